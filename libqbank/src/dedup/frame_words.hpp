#pragma once
// Per-language words of a question's frame read from data files: synonyms of the nouns that ask for good or bad
// sides (data/dedup/synonyms.txt), forms of "use" (data/dedup/use_words.txt) and openings that ask for a meaning
// (data/dedup/definition_openings.txt).

#include <cstddef>
#include <string>
#include <string_view>

namespace qbank::internal {

namespace dedup_data {
// Returns the embedded synonym file.
std::string_view synonyms_text();
// Returns the embedded file of the forms of "use".
std::string_view use_words_text();
// Returns the embedded file of openings that ask for a meaning.
std::string_view definition_openings_text();
}  // namespace dedup_data

// Returns the first form of the synonym group a folded word belongs to in language lang ("benefits" ->
// "advantages"), or "" when it belongs to none; a word not listed belongs to the group of a listed form whose
// Snowball stem is the word's lemma ("fördelen" / "fördelarna"), in a language with a stemmer.
std::string_view synonym_head(std::string_view word, std::string_view lang, std::string_view lemma);

// True when a folded Chinese or Japanese text, whose words the tokenizer may cut into pairs of characters,
// writes a form of a synonym group ("メリット").
bool writes_synonym(std::string_view folded, std::string_view lang);

// The stem dedup gives every word of a synonym group: "≡" and the group's first form.
std::string synonym_stem(std::string_view head);

// True when a stem is one synonym_stem() gives.
bool is_synonym_stem(std::string_view stem);

// True when a folded word is a form of "use" in language lang ("utiliser", "使用").
bool is_use_word(std::string_view word, std::string_view lang);

// Returns the length in bytes of the opening of language lang that asks for a meaning ("was versteht man unter")
// with which a folded text begins, followed by a space, or 0 when it begins with none; a text typed without
// marks may write the opening without them ("ce inseamna").
std::size_t definition_opening(std::string_view folded, std::string_view lang);

}  // namespace qbank::internal
