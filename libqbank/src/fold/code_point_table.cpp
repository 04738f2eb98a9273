// The code point table behind the fast paths of fold() and language detection, built from the reference code.
#include <utf8proc.h>

#include <algorithm>
#include <array>

#include "fold/fold_internal.hpp"
#include "base/utf8.hpp"

namespace qbank::internal {
namespace {

// True when c lies in one of the table's ranges.
bool tabulated(char32_t c) {
  return c < kTableLowEnd || (c >= kTableHanFirst && c <= kTableHanLast) ||
         (c >= kTablePunctFirst && c < kTablePunctEnd) || (c >= kTableCjkFirst && c < kTableCjkEnd) ||
         (c >= kTableWideFirst && c < kTableWideEnd) || (c >= kTableHangulFirst && c <= kTableHangulLast);
}

// Fills the folded form of c by folding it between two digits (which never join words or compose), so the
// probe also shows whether c folds to a space or to nothing.
void fill_fold(char32_t c, CodePointInfo& e) {
  std::string probe = "1";
  utf8::append(probe, c);
  probe += "1";
  std::string f = fold_reference(probe);
  if (f.size() < 2 || f.front() != '1' || f.back() != '1') return;
  std::string mid = f.substr(1, f.size() - 2);
  if (mid.empty()) {
    e.fold_kind = CodePointInfo::kDrop;
  } else if (mid == " ") {
    e.fold_kind = CodePointInfo::kSpace;
  } else {
    if (mid.size() > sizeof(e.fold) || mid.find_first_of(" &\\") != std::string::npos) return;
    bool word = true, nonword = true;
    for (std::size_t i = 0; i < mid.size();) {
      char32_t m = utf8::next(mid, i);
      if (m >= 0x80 && (!tabulated(m) || is_mark(m))) return;  // Only plain, tabulated results.
      Script s = script_of(m);
      (s != Script::kNone ? nonword : word) = false;
      e.fold_latin = e.fold_latin || s == Script::kLatin;
      e.fold_cyrillic = e.fold_cyrillic || s == Script::kCyrillic;
    }
    if (!word && !nonword) return;  // Mixed letters and symbols: let the reference code handle it.
    e.fold_word = word;
    e.fold_len = static_cast<unsigned char>(mid.size());
    std::copy(mid.begin(), mid.end(), e.fold);
  }
  e.fold_ok = c != U'&' && c != U'\\';
}

// Builds the entry of one code point.
CodePointInfo make_info(char32_t c) {
  CodePointInfo e;
  e.known = true;
  e.script = script_of(c);
  bool mark = is_mark(c);
  e.evidence_ok = !mark && c != 0xFFFD;
  e.upper = utf8proc_isupper(static_cast<utf8proc_int32_t>(c));
  e.lower = utf8proc_islower(static_cast<utf8proc_int32_t>(c));
  char32_t lowered = is_apostrophe(c) ? U'\'' : static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
  e.lower_is_kana = script_of(lowered) == Script::kKana;
  if (!mark) fill_fold(c, e);
  return e;
}

// The table, built on first use (thread-safe static initialisation). CJK unified ideographs and Hangul syllables
// have no case and fold to themselves, so each group shares one entry that keeps the code point's own bytes (a
// unit test checks this); a syllable followed by a conjoining jamo, which composes, meets the untabulated jamo.
const std::vector<CodePointInfo>& table() {
  static const std::vector<CodePointInfo> t = [] {
    std::vector<CodePointInfo> out;
    out.reserve(kTableSize);
    for (char32_t c = 0; c < kTableLowEnd; ++c) out.push_back(make_info(c));
    for (char32_t c = kTablePunctFirst; c < kTablePunctEnd; ++c) out.push_back(make_info(c));
    for (char32_t c = kTableCjkFirst; c < kTableCjkEnd; ++c) out.push_back(make_info(c));
    for (char32_t c = kTableWideFirst; c < kTableWideEnd; ++c) out.push_back(make_info(c));
    CodePointInfo han = make_info(kTableHanFirst);
    han.fold_self = true;
    out.push_back(han);
    CodePointInfo hangul = make_info(kTableHangulFirst);
    hangul.fold_self = true;
    out.push_back(hangul);
    return out;
  }();
  return t;
}

}  // namespace

const CodePointInfo* code_point_table() { return table().data(); }

bool fold_fast(std::string_view text, std::string& out) {
  out.clear();
  out.reserve(text.size());
  bool space = false, latin = false, cyrillic = false;
  const CodePointInfo* tab = code_point_table();
  for (std::size_t i = 0; i < text.size();) {
    std::size_t at = i;
    char32_t c = utf8::next_inline(text, i);
    if (c == U'\\' && i < text.size() && is_md_escapable(static_cast<unsigned char>(text[i]))) continue;
    const CodePointInfo* e = c < kTableLowEnd ? tab + c : lookup_code_point(tab, c);
    if (e == nullptr || !e->fold_ok) return false;
    if (e->fold_kind == CodePointInfo::kDrop) continue;
    if (e->fold_kind == CodePointInfo::kSpace) {
      space = !out.empty();
      latin = cyrillic = false;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    if (e->fold_self) out.append(text.substr(at, i - at));
    else if (e->fold_len == 1) out.push_back(e->fold[0]);
    else out.append(e->fold, e->fold_len);
    if (!e->fold_word) {
      latin = cyrillic = false;
      continue;
    }
    latin = latin || e->fold_latin;
    cyrillic = cyrillic || e->fold_cyrillic;
    if (latin && cyrillic) return false;  // A mixed word: the reference code repairs it.
  }
  return true;
}

}  // namespace qbank::internal
