#pragma once
// Per-language words of a question's frame read from data files: synonyms of the nouns that ask for good or bad
// sides (data/dedup/synonyms.txt), forms of "use" (data/dedup/use_words.txt), openings that ask for a meaning
// (data/dedup/definition_openings.txt) and question words (data/dedup/question_words.txt).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace qbank::internal {

namespace dedup_data {
// Returns the embedded synonym file.
std::string_view synonyms_text();
// Returns the embedded file of the forms of "use".
std::string_view use_words_text();
// Returns the embedded file of openings that ask for a meaning.
std::string_view definition_openings_text();
// Returns the embedded file of question words.
std::string_view question_words_text();
// Returns the embedded file of prepositions that open a context phrase.
std::string_view context_prepositions_text();
}  // namespace dedup_data

// Hash of a string or string view, so the tables are searched without a copy.
struct FrameHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const;
};

// The frame words of one language, parsed once.
struct FrameWords {
  std::unordered_map<std::string, std::string, FrameHash, std::equal_to<>> synonyms;  // Folded form -> group's first form.
  std::unordered_map<std::string, std::string, FrameHash, std::equal_to<>> synonym_stems;  // Snowball stem of a form -> first form.
  std::unordered_set<std::string, FrameHash, std::equal_to<>> uses;  // Folded forms of "use".
  std::vector<std::string> openings;  // Folded openings that ask for a meaning, and their forms without marks.
  std::vector<std::pair<std::string, std::string>> frames;  // Folded frames around the term: opening, closing.
  std::vector<std::string> context_prepositions;  // Folded prepositions that open a context phrase ("u").
  std::vector<std::string> written;   // The synonym forms, searched in texts without spaces (zh, ja).
  std::unordered_map<std::string, char, FrameHash, std::equal_to<>> question_forms;  // Folded question word -> its form.
  std::unordered_map<std::string, char, FrameHash, std::equal_to<>> bare_question_forms;  // Those with marks, without them.
};

// Returns the frame words of a language, or nullptr when the data files list none.
const FrameWords* frame_words(std::string_view lang);

// Returns the first form of the synonym group a folded word belongs to ("benefits" -> "advantages"), or "" when
// it belongs to none; a word not listed belongs to the group of a listed form whose Snowball stem is the word's
// lemma ("fördelen" / "fördelarna"), in a language with a stemmer.
std::string_view synonym_head(const FrameWords* words, std::string_view word, std::string_view lemma);

// The same in language lang.
std::string_view synonym_head(std::string_view word, std::string_view lang, std::string_view lemma);

// True when a folded Chinese or Japanese text, whose words the tokenizer may cut into pairs of characters,
// writes a form of a synonym group ("メリット").
bool writes_synonym(const FrameWords* words, std::string_view folded, std::string_view lang);

// The stem dedup gives every word of a synonym group: "≡" and the group's first form.
std::string synonym_stem(std::string_view head);

// True when a stem is one synonym_stem() gives.
bool is_synonym_stem(std::string_view stem);

// True when a folded word is a form of "use" ("utiliser", "使用").
bool is_use_word(const FrameWords* words, std::string_view word);

// Returns the length in bytes of the opening that asks for a meaning ("was versteht man unter") with which a
// folded text begins, followed by a space, or 0 when it begins with none; a text typed without marks may write
// the opening without them ("ce inseamna").
std::size_t definition_opening(const FrameWords* words, std::string_view folded);

// The same in language lang.
std::size_t definition_opening(std::string_view folded, std::string_view lang);

// The lengths in bytes of a frame that asks for a meaning around the term ("what does … mean"): its opening,
// which begins a folded text, and its closing, which ends it before any final punctuation; {0, 0} when the
// text is in no listed frame or the term between them is empty.
std::pair<std::size_t, std::size_t> definition_frame(const FrameWords* words, std::string_view folded);

// Writes to out a folded text that opens with a context phrase closed by a comma ("u pythonu, kako čitati
// datoteku?") with the phrase moved to its end ("kako čitati datoteku u pythonu?") and returns true; returns
// false, out untouched, when the text opens with no listed preposition or no comma closes the phrase within
// four words.
bool front_context(const FrameWords* words, std::string_view folded, std::string& out);

// Returns the form of question a folded word of the language asks ('w' what, 'h' how, 'y' why, 'n' when, 'r'
// where, 'o' who), or 0 when it is no question word listed for the language; in a text typed without marks
// (bare) a listed word's form without marks counts too.
char question_form(const FrameWords* words, std::string_view word, bool bare);

}  // namespace qbank::internal
