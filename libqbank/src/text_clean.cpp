// clean_text(): the display form of a question (escapes removed, spaces collapsed, NFC).
#include <cctype>

#include "normalize_internal.hpp"
#include "qbank/fold.hpp"
#include "utf8.hpp"

namespace qbank::detail {
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

// True when a code point may change under NFC; ranges known to be NFC-stable return false.
bool may_change_under_nfc(char32_t c) {
  if (c < 0x300) return false;                     // Latin-1, Latin Extended A/B
  if (c >= 0x400 && c <= 0x482) return false;      // Cyrillic letters
  if (c >= 0x48A && c <= 0x52F) return false;
  if (c >= 0x2002 && c <= 0x206F) return false;    // general punctuation
  if (c >= 0x2190 && c <= 0x2199) return false;    // simple arrows
  if (c >= 0x2500 && c <= 0x25FF) return false;    // box drawing, shapes
  if (c >= 0x3000 && c <= 0x303F) return false;    // CJK punctuation
  if (c >= 0x4E00 && c <= 0x9FFF) return false;    // CJK unified ideographs
  if (c >= 0xFF01 && c <= 0xFF5E) return false;    // full-width ASCII
  return true;
}

// True when NFC could change the text.
bool needs_nfc(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    if (may_change_under_nfc(utf8::next_inline(s, i))) return true;
  }
  return false;
}

}  // namespace

std::string clean_text(std::string_view text) {
  std::string out(text.size(), '\0');  // Cleaning never lengthens the text.
  char* o = out.data();
  char* const begin = o;
  bool space = false;
  bool ascii = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    auto b = static_cast<unsigned char>(c);
    if (b > ' ' && b < 0x7F && c != '\\') {  // Plain printable ASCII: kept as is.
      if (space) *o++ = ' ';
      space = false;
      *o++ = c;
      continue;
    }
    if (c == '\\' && i + 1 < text.size() && escapable(text[i + 1])) {
      if (space && o != begin) *o++ = ' ';
      space = false;
      *o++ = text[++i];
      continue;
    }
    std::size_t u = b >= 0x80 ? unicode_space(text, i) : 0;
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
  out.resize(static_cast<std::size_t>(o - begin));
  if (ascii || !needs_nfc(out)) return out;
  return to_nfc(out);
}

}  // namespace qbank::detail
