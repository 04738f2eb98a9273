#pragma once
// Unicode facts below folding and language detection: scripts of code points, Latin/Cyrillic look-alikes,
// Markdown-escapable punctuation, and the code point table behind the fast paths.

#include <cstddef>
#include <string>
#include <string_view>

namespace qbank::internal {

// The writing system of a code point, as far as language detection and tokenisation care.
enum class Script { kNone, kLatin, kCyrillic, kGreek, kArmenian, kHebrew, kArabic, kDevanagari, kBengali,
                    kTamil, kThai, kGeorgian, kHangul, kKana, kHan, kOtherLetter };

// Returns the script of a letter, or kNone for anything else (marks, digits, punctuation, space).
Script script_of(char32_t c);

// True for combining marks (Unicode categories Mn, Mc, Me), which belong to the letter before them.
bool is_mark(char32_t c);

// Returns the lowercase name of a script ("latin", "cyrillic", "han"...), "" for kNone.
std::string_view script_name(Script s);

// Returns the script named by a data file ("latin", "cyrillic"...), kNone when unknown.
Script script_from_name(std::string_view name);

// True for CJK code points that are tokenised as character bigrams (Han ideographs and kana).
bool is_cjk_ideograph(char32_t c);

// True for sentence punctuation encoded inside a script's own block, which script_of() counts as that
// script's: the Arabic comma, semicolon, question mark, percent sign and full stop, and the Devanagari danda
// and double danda ("UDP؟", "समझाइए।").
inline bool is_script_punctuation(char32_t c) {
  return c == 0x60C || c == 0x61B || c == 0x61F || c == 0x66A || c == 0x6D4 || c == 0x964 || c == 0x965;
}

// True for apostrophes that can sit inside a word (l'objet, м'ясо).
inline bool is_apostrophe(char32_t c) { return c == U'\'' || c == 0x2019 || c == 0x02BC; }

// True for the inverted question and exclamation marks (¿, ¡) that open Spanish sentences.
inline bool is_inverted_mark(char32_t c) { return c == 0xBF || c == 0xA1; }

// Maps a Latin letter to its Cyrillic look-alike (C→С, o→о...), or returns 0 when it has none.
char32_t latin_to_cyrillic(char32_t c);

// Maps a Cyrillic letter to its Latin look-alike (С→C, о→o...), or returns 0 when it has none.
char32_t cyrillic_to_latin(char32_t c);

// True for ASCII punctuation that markdown lets a writer escape with a backslash; fold drops the backslash.
inline bool is_md_escapable(char32_t c) {
  return c != 0 && c < 0x80 &&
         std::string_view("\\`*_{}[]()#+-.!<>|~\"'$%&,/:;=?@^").find(static_cast<char>(c)) != std::string_view::npos;
}

// True when c alone can never change under NFC, whatever surrounds it: it has no canonical decomposition that
// NFC keeps apart, combining class 0, and never composes with a character before it (checked against utf8proc
// over every code point by a unit test). Text made only of such code points is already NFC. U+FFFD, which
// stands for invalid bytes, is left out.
inline bool is_nfc_stable(char32_t c) {
  if (c < 0x300) return true;                                               // Latin-1, Latin Extended A/B.
  if (c < 0x2000) {
    return (c >= 0x388 && c <= 0x482) || (c >= 0x48A && c <= 0x52F) ||    // Greek, Cyrillic.
           (c >= 0x5D0 && c <= 0x5F4) || (c >= 0x620 && c <= 0x64A) ||    // Hebrew, Arabic letters.
           (c >= 0xE01 && c <= 0xE30) || (c >= 0x1E00 && c <= 0x1EFF);    // Thai, Latin Extended Additional.
  }
  return (c >= 0x2002 && c <= 0x20CF) || (c >= 0x212C && c <= 0x2328) ||  // Punctuation, currency, symbols.
         (c >= 0x232B && c <= 0x2ADB) || (c >= 0x3000 && c <= 0x3029) ||  // Arrows, shapes; CJK punctuation.
         (c >= 0x3030 && c <= 0x3098) || (c >= 0x309B && c <= 0xA66E) ||  // Kana, CJK ideographs, Yi.
         (c >= 0xAC00 && c <= 0xD7FF) || (c >= 0xFE30 && c <= 0xFFFC);    // Hangul syllables; wide forms.
}

// What the fast paths know about one code point (Latin, Greek, Cyrillic, punctuation, kana, CJK), built once from the
// reference implementations (script_of, is_mark, utf8proc, the full fold) so both paths agree exactly.
struct CodePointInfo {
  bool known = false;      // True when the code point lies in a tabulated range.
  bool evidence_ok = false;  // True when the fast language evidence may handle it (not a mark).
  bool fold_ok = false;    // True when folding it alone is context-free (no marks, '&' or '\\' involved).
  Script script = Script::kNone;  // script_of(c).
  bool upper = false;      // utf8proc_isupper(c).
  bool lower = false;      // utf8proc_islower(c).
  bool lower_is_kana = false;  // True when tolower(c) is a kana letter (counted as Japanese evidence).
  int letter_index = -1;   // Index of tolower(c) in distinguishing_letters() (lang_code_point_table() only), or -1.
  enum FoldKind : unsigned char { kMap, kSpace, kDrop } fold_kind = kMap;  // What folding makes of it.
  unsigned char fold_len = 0;  // Bytes of the folded form (kMap).
  char fold[8] = {};           // The folded form, UTF-8 (kMap).
  bool fold_word = false;      // True when the folded form continues a word (letters only).
  bool fold_latin = false;     // True when the folded form holds a Latin letter.
  bool fold_cyrillic = false;  // True when the folded form holds a Cyrillic letter.
  bool fold_self = false;      // True when the code point folds to itself (the shared CJK ideograph entry).
};

// The tabulated ranges of the code point table, in table order; CJK unified ideographs share one entry, and
// so do Hangul syllables.
inline constexpr char32_t kTableLowEnd = 0x500;                                   // Latin, Greek, Cyrillic.
inline constexpr char32_t kTablePunctFirst = 0x2000, kTablePunctEnd = 0x2070;     // General punctuation.
inline constexpr char32_t kTableCjkFirst = 0x3000, kTableCjkEnd = 0x3100;         // CJK punctuation, kana.
inline constexpr char32_t kTableWideFirst = 0xFF00, kTableWideEnd = 0xFFF0;       // Full- and half-width forms.
inline constexpr char32_t kTableHanFirst = 0x4E00, kTableHanLast = 0x9FFF;        // CJK unified ideographs.
inline constexpr char32_t kTableHangulFirst = 0xAC00, kTableHangulLast = 0xD7A3;  // Hangul syllables.
inline constexpr std::size_t kTablePunctAt = kTableLowEnd;
inline constexpr std::size_t kTableCjkAt = kTablePunctAt + (kTablePunctEnd - kTablePunctFirst);
inline constexpr std::size_t kTableWideAt = kTableCjkAt + (kTableCjkEnd - kTableCjkFirst);
inline constexpr std::size_t kTableHanAt = kTableWideAt + (kTableWideEnd - kTableWideFirst);
inline constexpr std::size_t kTableHangulAt = kTableHanAt + 1;
inline constexpr std::size_t kTableSize = kTableHangulAt + 1;

// The code point table: kTableSize entries in the order above, letter_index -1 (built once, thread-safe).
const CodePointInfo* code_point_table();

// Returns the entry of a code point in a table from code_point_table(), or nullptr outside its ranges.
inline const CodePointInfo* lookup_code_point(const CodePointInfo* table, char32_t c) {
  if (c < kTableLowEnd) return table + c;
  if (c >= kTableHanFirst && c <= kTableHanLast) return table + kTableHanAt;
  if (c >= kTablePunctFirst && c < kTablePunctEnd) return table + kTablePunctAt + (c - kTablePunctFirst);
  if (c >= kTableCjkFirst && c < kTableCjkEnd) return table + kTableCjkAt + (c - kTableCjkFirst);
  if (c >= kTableWideFirst && c < kTableWideEnd) return table + kTableWideAt + (c - kTableWideFirst);
  if (c >= kTableHangulFirst && c <= kTableHangulLast) return table + kTableHangulAt;
  return nullptr;
}

// Returns the table entry of a code point, or nullptr outside the tabulated ranges.
inline const CodePointInfo* code_point_info(char32_t c) { return lookup_code_point(code_point_table(), c); }

}  // namespace qbank::internal
