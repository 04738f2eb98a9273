// The code point table of language detection: folding's table with each letter's distinguishing-letter index.
#include <utf8proc.h>

#include <algorithm>
#include <vector>

#include "lang/lang_internal.hpp"

namespace qbank::internal {
namespace {

// Returns the code point of entry i of the code point table (the first one for the shared CJK and Hangul entries).
char32_t code_point_at(std::size_t i) {
  if (i < kTablePunctAt) return static_cast<char32_t>(i);
  if (i < kTableCjkAt) return kTablePunctFirst + static_cast<char32_t>(i - kTablePunctAt);
  if (i < kTableWideAt) return kTableCjkFirst + static_cast<char32_t>(i - kTableCjkAt);
  if (i < kTableHanAt) return kTableWideFirst + static_cast<char32_t>(i - kTableWideAt);
  if (i == kTableHanAt) return kTableHanFirst;
  return kTableHangulFirst;
}

// Returns the letter a code point counts as for distinguishing letters: lowercased, apostrophes as '.
char32_t evidence_letter(char32_t c) {
  if (is_apostrophe(c)) return U'\'';
  return static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
}

}  // namespace

const std::vector<char32_t>& distinguishing_letters() {
  static const std::vector<char32_t> letters = [] {
    std::vector<char32_t> out;
    for (const auto& p : language_profiles())
      for (char32_t c : p.letters)
        if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
    return out;
  }();
  return letters;
}

const CodePointInfo* lang_code_point_table() {
  static const std::vector<CodePointInfo> table = [] {
    const CodePointInfo* base = code_point_table();
    std::vector<CodePointInfo> out(base, base + kTableSize);
    const auto& letters = distinguishing_letters();
    for (std::size_t i = 0; i < out.size(); ++i) {
      auto it = std::find(letters.begin(), letters.end(), evidence_letter(code_point_at(i)));
      if (it != letters.end()) out[i].letter_index = static_cast<int>(it - letters.begin());
    }
    return out;
  }();
  return table.data();
}

}  // namespace qbank::internal
