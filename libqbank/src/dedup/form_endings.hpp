#pragma once
// Per-language ending alternations that join two forms of one word the stemmers keep apart
// (data/dedup/form_endings.txt): "função" / "funções", "wyjątek" / "wyjątki", "viiteavain" / "viiteavaimet".

#include <bitset>
#include <string>
#include <string_view>
#include <vector>

namespace qbank::internal {

namespace dedup_data {
// Returns the embedded file of ending alternations.
std::string_view form_endings_text();
}  // namespace dedup_data

// One alternation: a form ending and the lemma ending that replaces it.
struct Alternation {
  std::string form;   // The folded form ending ("ões").
  std::string lemma;  // The folded lemma ending ("ão"), maybe empty.
};

// The alternations of one language.
struct FormEndings {
  std::vector<Alternation> alternations;  // Longest form ending first.
  std::bitset<256> last_bytes;            // The last bytes of the form endings.
};

// Returns the alternations of a language, or nullptr when the data file lists none.
const FormEndings* form_endings(std::string_view lang);

// Returns the lemma form of a folded word: the word with its longest listed form ending replaced by the lemma
// ending ("funções" -> "função"), or "" when no listed ending applies or too little stays before it.
std::string lemma_form(std::string_view word, const FormEndings& endings);

// Returns lemma_form() of a folded word of a language, or "" when the language has no alternations.
std::string lemma_form(std::string_view word, std::string_view lang);

// True when two different folded words are forms of one word by a listed alternation: their lemma forms (a
// word without a listed ending being its own) are the same word.
bool alternate_forms(std::string_view a, std::string_view b, const FormEndings& endings);

// Returns alternate_forms() of two folded words of a language, false when the language has no alternations.
bool alternate_forms(std::string_view a, std::string_view b, std::string_view lang);

}  // namespace qbank::internal
