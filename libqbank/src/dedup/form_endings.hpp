#pragma once
// Per-language ending alternations that join two forms of one word the stemmers keep apart
// (data/dedup/form_endings.txt): "função" / "funções", "wyjątek" / "wyjątki", "viiteavain" / "viiteavaimet".

#include <string>
#include <string_view>

namespace qbank::internal {

namespace dedup_data {
// Returns the embedded file of ending alternations.
std::string_view form_endings_text();
}  // namespace dedup_data

// True when the data file lists alternations of the language.
bool has_form_endings(std::string_view lang);

// Returns the lemma form of a folded word of a language: the word with its longest listed form ending replaced
// by the lemma ending ("funções" -> "função"), or "" when no listed ending applies or too little stays before it.
std::string lemma_form(std::string_view word, std::string_view lang);

// True when two different folded words of a language are forms of one word by a listed alternation: their
// lemma forms (a word without a listed ending being its own) are the same word.
bool alternate_forms(std::string_view a, std::string_view b, std::string_view lang);

}  // namespace qbank::internal
