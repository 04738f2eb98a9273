// clean_text(): the display form of a question (escapes removed, spaces collapsed, NFC).
#include <array>
#include <cctype>

#include "fold/fold_internal.hpp"
#include "base/byte_scan.hpp"
#include "normalize/reader.hpp"
#include "qbank/fold.hpp"
#include "base/utf8.hpp"

namespace qbank::internal {
namespace {

// True for an ASCII punctuation character that markdown lets one escape with a backslash.
bool escapable(char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; }

// Length of a Unicode space or invisible character at s[i] (NBSP, zero-width space, BOM), else 0.
std::size_t unicode_space(std::string_view s, std::size_t i) {
  auto at = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  unsigned b0 = at(0);
  if (b0 == 0xC2) return at(1) == 0xA0 ? 2 : 0;
  if (b0 != 0xE2 && b0 != 0xEF && b0 != 0xE3) return 0;
  unsigned b1 = at(1), b2 = at(2);
  if ((b0 == 0xE2 && b1 == 0x80 && b2 == 0x8B) || (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF)) return 3;
  if (b0 == 0xE3 && b1 == 0x80 && b2 == 0x80) return 3;  // ideographic space
  return 0;
}

// True when NFC could change the text.
bool needs_nfc(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    if (!is_nfc_stable(utf8::next_inline(s, i))) return true;
  }
  return false;
}

// Per byte: true for printable ASCII other than the backslash, which clean_text keeps as it is.
struct KeptTable {
  bool kept[256];
  constexpr KeptTable() : kept() {
    for (int b = 0x21; b < 0x7F; ++b) kept[b] = b != '\\';
  }
};
constexpr KeptTable kKept;

// Returns the length of the character at s[i] (not ASCII) when clean_text keeps it as it is: well-formed, not
// a Unicode space and stable under NFC; 0 otherwise. Common letters are told by their leading bytes.
std::size_t kept_character(std::string_view s, std::size_t i) {
  const auto* d = reinterpret_cast<const unsigned char*>(s.data()) + i;
  const std::size_t left = s.size() - i;
  unsigned b0 = d[0];
  if (b0 >= 0xC2 && b0 <= 0xD1 && left >= 2 && (d[1] & 0xC0) == 0x80) {
    if (b0 <= 0xCB) return b0 == 0xC2 && d[1] == 0xA0 ? 0 : 2;  // Below U+0300, except the no-break space.
    if (b0 >= 0xD0) return 2;                                    // U+0400-U+047F, Cyrillic letters.
  }
  if (b0 >= 0xE4 && b0 <= 0xED && left >= 3 && (d[1] & 0xC0) == 0x80 && (d[2] & 0xC0) == 0x80) {
    if (b0 <= 0xE9 ? b0 != 0xE4 || d[1] >= 0xB8 : b0 == 0xEA ? d[1] >= 0xB0 : b0 != 0xED || d[1] < 0xA0)
      return 3;  // U+4E00-U+9FFF, CJK ideographs; U+AC00-U+D7FF, Hangul.
  }
  std::size_t next = i;  // A copy whose address may escape, so that i can stay in a register.
  char32_t c = utf8::next_inline(s, next);
  if (c == 0xA0 || c == 0x200B || c == 0x3000 || c == 0xFEFF || !is_nfc_stable(c)) return 0;
  return next - i;
}

// Returns the end of the run from `from` of a block's characters that clean_text surely keeps as they are,
// stopping at a byte in stop: ASCII, and well-formed characters whose lead byte puts them in NFC-stable ranges
// that hold no Unicode space (U+00C0-U+02FF, U+0400-U+047F, U+4000-U+9FFF, U+B000-U+D7FF); returns `from`
// when the character there is not one of them.
inline unsigned stable_run_end(scan::Block x, unsigned high, unsigned from, unsigned stop) {
  scan::Utf8Masks m = scan::utf8_masks(x, high);
  unsigned stable2 = scan::high_range_mask(x, 0xC3, 0xCB) | scan::high_range_mask(x, 0xD0, 0xD1);
  unsigned stable3 = scan::high_range_mask(x, 0xE4, 0xE9) | scan::high_range_mask(x, 0xEB, 0xED);
  return scan::utf8_run_end(m, from, stop | (m.lead2 & ~stable2) | (m.lead3 & ~stable3));
}

// True when clean_text leaves the text as it is: no leading, trailing or doubled space, no control,
// backslash or Unicode space, and nothing NFC could change.
bool already_clean(std::string_view s) {
  const std::size_t n = s.size();
  if (n == 0 || s[0] == ' ' || s[n - 1] == ' ') return n == 0;
  const char* d = s.data();
  unsigned space = 0;  // 1 when the previous byte was a space.
  for (std::size_t i = 0; i < n;) {
    if (n >= 16) {  // Skips the ASCII bytes kept as they are; the last block overlaps the one before.
      std::size_t at = i + 16 <= n ? i : n - 16;
      auto from = static_cast<unsigned>(i - at);
      scan::Block x = scan::load16(d + at);
      unsigned spaces = scan::eq_mask(x, ' ');
      if ((spaces & ((spaces << 1) | (from == 0 ? space : 0u))) != 0) return false;
      unsigned odd = scan::below_or_eq_mask(x, 0x20, '\\', 0x7F, 0x7F) >> from << from;
      unsigned k = odd != 0 ? static_cast<unsigned>(scan::first_bit(odd)) : 16u;
      if (unsigned high = scan::high_mask(x); (odd & high) != 0 && (high & (1u << k)) != 0)
        k = stable_run_end(x, high, from, odd & ~high);
      if (k > from) {
        space = (spaces >> (k - 1)) & 1u;
        i = at + k;
        continue;
      }
    }
    do {  // One character, then the non-ASCII ones that follow.
      auto b = static_cast<unsigned char>(d[i]);
      if (b < 0x80) {
        if (!kKept.kept[b] && (b != ' ' || space)) return false;
        space = b == ' ';
        ++i;
        continue;
      }
      space = 0;
      std::size_t len = kept_character(s, i);
      if (len == 0) return false;
      i += len;
    } while (i < n && static_cast<unsigned char>(d[i]) >= 0x80);
  }
  return true;
}

}  // namespace

void clean_text_in_place(std::string& text) {
  if (already_clean(text)) return;
  char* const begin = text.data();
  char* o = begin;
  const std::string_view in(text);
  bool space = false;
  bool ascii = true;
  for (std::size_t i = 0; i < in.size(); ++i) {  // Writes never pass reads: no step lengthens the text.
    char c = in[i];
    auto b = static_cast<unsigned char>(c);
    if (kKept.kept[b]) {  // Plain printable ASCII: kept as is.
      if (space) *o++ = ' ';
      space = false;
      *o++ = c;
      continue;
    }
    if (c == '\\' && i + 1 < in.size() && escapable(in[i + 1])) {
      if (space && o != begin) *o++ = ' ';
      space = false;
      *o++ = in[++i];
      continue;
    }
    std::size_t u = b >= 0x80 ? unicode_space(in, i) : 0;
    bool control = b < 0x20 || c == 0x7F;  // NUL and other C0 controls.
    if (c == ' ' || control || u > 0) {
      if (u > 0) i += u - 1;
      space = o != begin;
      continue;
    }
    if (space) *o++ = ' ';
    space = false;
    if (b >= 0x80) ascii = false;
    *o++ = c;
  }
  text.resize(static_cast<std::size_t>(o - begin));
  if (!ascii && needs_nfc(text)) text = to_nfc(text);
}

std::string clean_text(std::string_view text) {
  std::string out(text);
  clean_text_in_place(out);
  return out;
}

}  // namespace qbank::internal

namespace qbank::internal {

void strip_controls_in_place(std::string& text) {
  // Bytes that may start a control character: C0 other than tab, line feed and carriage return; DEL; the lead
  // byte 0xC2 of C1 (U+0080 to U+009F) and of everything else up to U+00BF.
  static constexpr auto kMaybe = [] {
    std::array<bool, 256> t{};
    for (int b = 0; b < 0x20; ++b) t[static_cast<std::size_t>(b)] = b != '\t' && b != '\n' && b != '\r';
    t[0x7F] = t[0xC2] = true;
    return t;
  }();
  auto length = [&](std::size_t i) -> std::size_t {  // The length of the control character at i (0: none).
    auto b = static_cast<unsigned char>(text[i]);
    if (!kMaybe[b]) return 0;
    if (b != 0xC2) return 1;
    return i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0 ? 2 : 0;
  };
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {  // Finds the first control character, sixteen bytes at a time where there is none.
    if (i + 16 <= n) {
      scan::Block x = scan::load16(text.data() + i);
      unsigned kept = scan::eq_mask(x, '\t') | scan::eq_mask(x, '\n') | scan::eq_mask(x, '\r');
      unsigned m = (scan::below_mask(x, 0x20) & ~scan::high_mask(x) & ~kept) | scan::eq_mask(x, 0x7F) |
                   scan::eq_mask(x, static_cast<char>(0xC2));
      if (m == 0) {
        i += 16;
        continue;
      }
      i += static_cast<std::size_t>(scan::first_bit(m));
    }
    if (length(i) > 0) break;
    ++i;
  }
  if (i >= n) return;
  std::size_t o = i;
  while (i < text.size()) {
    if (std::size_t len = length(i); len > 0) i += len;
    else text[o++] = text[i++];
  }
  text.resize(o);
}

}  // namespace qbank::internal
