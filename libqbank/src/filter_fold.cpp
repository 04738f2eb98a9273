// A one-pass fold for the common scripts, equal to qbank::fold (checked by tests), falling back to it.
#include "filter_fold.hpp"

#include "lang_internal.hpp"
#include "qbank/fold.hpp"
#include "utf8.hpp"

namespace qbank {
namespace {

// What the fast path does with one code point.
enum class Kind { kFallback, kSpace, kDrop, kLatin, kCyrillic, kOther };

// The result of mapping one code point: its kind and the folded code point (0 for none).
struct Mapped {
  Kind kind;
  char32_t c;
};

// Maps an ASCII character as fold does: lowercase, backtick as apostrophe, controls as space.
constexpr Mapped map_ascii(char32_t c) {
  if (c <= 0x20 || c == 0x7F) return {Kind::kSpace, 0};
  if (c == '&' || c == '\\') return {Kind::kFallback, 0};
  if (c >= 'A' && c <= 'Z') return {Kind::kLatin, c + 0x20};
  if (c >= 'a' && c <= 'z') return {Kind::kLatin, c};
  return {Kind::kOther, c == '`' ? U'\'' : c};
}

// map_ascii for every ASCII byte, computed once.
struct AsciiTable {
  Mapped entry[128];
  constexpr AsciiTable() : entry() {
    for (char32_t c = 0; c < 128; ++c) entry[c] = map_ascii(c);
  }
};
constexpr AsciiTable kAscii;

// Maps Latin-1 and Cyrillic code points whose folding is a plain lowercase.
Mapped map_letters(char32_t c) {
  if (c >= 0x80 && c <= 0xA0) return {Kind::kSpace, 0};
  if (c == 0xAB || c == 0xBB) return {Kind::kOther, U'"'};
  if (c == 0xAD) return {Kind::kDrop, 0};
  if (c == 0xA1 || c == 0xBF || c == 0xD7 || c == 0xF7) return {Kind::kOther, c};
  if ((c >= 0xC0 && c <= 0xDE) && c != 0xD7) return {Kind::kLatin, c + 0x20};
  if (c >= 0xE0 && c <= 0xFF && c != 0xF7) return {Kind::kLatin, c};
  if (c == 0x401 || c == 0x451) return {Kind::kCyrillic, 0x435};  // ё -> е
  if (c >= 0x410 && c <= 0x42F) return {Kind::kCyrillic, c + 0x20};
  if (c >= 0x430 && c <= 0x44F) return {Kind::kCyrillic, c};
  if (c == 0x404 || c == 0x406 || c == 0x407 || c == 0x40E) return {Kind::kCyrillic, c + 0x50};
  if (c == 0x454 || c == 0x456 || c == 0x457 || c == 0x45E || c == 0x491) return {Kind::kCyrillic, c};
  if (c == 0x490) return {Kind::kCyrillic, 0x491};
  return {Kind::kFallback, 0};
}

// Maps punctuation, spaces and East Asian characters that fold maps one to one.
Mapped map_other(char32_t c) {
  if (c >= 0x4E00 && c <= 0x9FFF) return {Kind::kOther, c};  // CJK ideographs, the most frequent case here.
  if ((c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000) return {Kind::kSpace, 0};
  if ((c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF) return {Kind::kDrop, 0};
  if (c >= 0x2010 && c <= 0x2015) return {Kind::kOther, U'-'};
  if (c >= 0x2018 && c <= 0x201B) return {Kind::kOther, U'\''};
  if (c >= 0x201C && c <= 0x201F) return {Kind::kOther, U'"'};
  if (c == 0x2026) return {Kind::kOther, c};  // Written as "...", its compatibility form.
  if (c == 0x2022 || c == 0x3001 || c == 0x3002 || (c >= 0x3008 && c <= 0x3011)) return {Kind::kOther, c};
  if ((c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC) return {Kind::kOther, c};
  if ((c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3))
    return {Kind::kOther, c};
  if (c >= 0xFF01 && c <= 0xFF5E && c != 0xFF06 && c != 0xFF3C) return map_ascii(c - 0xFEE0);
  return {Kind::kFallback, 0};
}

// Maps one code point for the fast path.
Mapped map_char(char32_t c) {
  if (c < 0x80) return kAscii.entry[c];
  if (c < 0x2000) return map_letters(c);
  return map_other(c);
}

// Writes a code point below U+10000 (all that the one-pass fold produces) as UTF-8 at o, advancing o.
void put_code_point(char*& o, char32_t c) {
  if (c < 0x80) {
    *o++ = static_cast<char>(c);
  } else if (c < 0x800) {
    *o++ = static_cast<char>(0xC0 | (c >> 6));
    *o++ = static_cast<char>(0x80 | (c & 0x3F));
  } else {
    *o++ = static_cast<char>(0xE0 | (c >> 12));
    *o++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *o++ = static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Decodes the code point at text[i], advancing i; two-byte sequences are decoded inline.
char32_t next_code_point(std::string_view text, std::size_t& i) {
  auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) {
    ++i;
    return b;
  }
  if (b >= 0xC2 && b <= 0xDF && i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) {
    char32_t c = (static_cast<char32_t>(b & 0x1F) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3F);
    i += 2;
    return c;
  }
  if (b >= 0xE1 && b <= 0xEC && i + 2 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80 &&
      (static_cast<unsigned char>(text[i + 2]) & 0xC0) == 0x80) {  // Three bytes, no overlong or surrogate form.
    char32_t c = (static_cast<char32_t>(b & 0x0F) << 12) |
                 (static_cast<char32_t>(static_cast<unsigned char>(text[i + 1]) & 0x3F) << 6) |
                 (static_cast<unsigned char>(text[i + 2]) & 0x3F);
    i += 3;
    return c;
  }
  return utf8::next(text, i);
}

}  // namespace

bool fold_simple(std::string_view text, std::string& out) {
  out.resize(text.size() + 4);  // No character folds to more bytes than it has; a space replaces a space run.
  char* const start = out.data();
  char* o = start;
  bool space = false, latin = false, cyrillic = false;  // Scripts seen in the current word.
  for (std::size_t i = 0; i < text.size();) {
    auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80 && kAscii.entry[b].kind == Kind::kLatin) {  // The common case, without the general steps.
      if (cyrillic) return false;
      latin = true;
      if (space) *o++ = ' ';
      space = false;
      *o++ = static_cast<char>(kAscii.entry[b].c);
      ++i;
      continue;
    }
    if (b == '\\') {  // fold drops a markdown escape's backslash; any other backslash takes the full path.
      if (i + 1 < text.size() && is_md_escapable(static_cast<unsigned char>(text[i + 1]))) {
        ++i;
        continue;
      }
      return false;
    }
    char32_t c = next_code_point(text, i);
    Mapped m = c >= 0x410 && c <= 0x44F ? Mapped{Kind::kCyrillic, c < 0x430 ? c + 0x20 : c} : map_char(c);
    if (m.kind == Kind::kFallback) return false;
    if (m.kind == Kind::kDrop) continue;
    if (m.kind == Kind::kSpace) {
      space = o != start;
      latin = cyrillic = false;
      continue;
    }
    latin = latin || m.kind == Kind::kLatin;
    cyrillic = cyrillic || m.kind == Kind::kCyrillic;
    if (latin && cyrillic) return false;  // fold repairs words that mix the two scripts.
    if (space) *o++ = ' ';
    space = false;
    if (c == 0x2026) {
      for (int k = 0; k < 3; ++k) *o++ = '.';
    } else {
      put_code_point(o, m.c);
    }
  }
  out.resize(static_cast<std::size_t>(o - start));
  return true;
}

void fold_into(std::string_view text, std::string& out) {
  if (!fold_simple(text, out) && !fold_fast(text, out)) out = fold_reference(text);
}

}  // namespace qbank
