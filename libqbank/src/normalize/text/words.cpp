// Word-level helpers: letter classes, lowercase mapping, word splitting.
#include "normalize/text/words.hpp"

#include <algorithm>
#include <cctype>
#include <array>
#include <cstdint>
#include <cstring>

#include <utf8proc.h>

#include "base/utf8.hpp"
#include "base/byte_scan.hpp"

namespace qbank::internal::txt {

bool is_letter_slow(char32_t c) {
  if (c >= 0x3040 && c < 0xFE30) return true;     // kana, CJK ideographs, Hangul: none of the ranges below
  if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;   // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303F) return false;   // CJK punctuation
  if (c >= 0xFE30 && c <= 0xFE4F) return false;   // CJK compatibility forms
  if (c >= 0xFF00 && c <= 0xFF0F) return false;   // full-width punctuation
  if (c >= 0xFF1A && c <= 0xFF20) return false;
  if (c >= 0xFF3B && c <= 0xFF40) return false;
  if (c >= 0xFF5B && c <= 0xFF65) return false;
  if (c >= 0x1F000) return false;                 // emoji and pictographs
  return c != 0xFFFD && c != 0xFEFF;
}

bool is_cjk(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x3040 && c <= 0x30FF) ||
         (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
}

bool is_upper_cp(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return true;
  if ((c >= 0x391 && c <= 0x3A9) || (c >= 0x400 && c <= 0x42F)) return true;
  return false;
}

std::string lower_text(std::string_view text) {
  std::string out;
  lower_text_into(text, out);
  return out;
}

namespace {

// Decodes the code point at text[i] the way lower_text reads it and returns it lowercased.
char32_t next_lower(std::string_view text, std::size_t& i) {
  auto b = static_cast<unsigned char>(text[i]);
  unsigned char b1 = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
  if (b >= 0xC2 && b < 0xE0 && (b1 & 0xC0) == 0x80) {  // two-byte fast path (Latin-1, Cyrillic)
    i += 2;
    return to_lower_cp((static_cast<char32_t>(b & 0x1F) << 6) | (b1 & 0x3F));
  }
  return to_lower_cp(utf8::next(text, i));
}

}  // namespace

void lower_text_into(std::string_view text, std::string& out) {
  out.resize(text.size() * 3);  // Lowercasing at most triples a byte (an invalid byte becomes U+FFFD).
  out.resize(lower_text_to(text, out.data(), out.size()));
}

namespace {

// to_lower_cp of every code point below U+0800 (whose lowercase stays below it).
constexpr std::array<char16_t, 0x800> kLowerTwoByte = [] {
  std::array<char16_t, 0x800> table{};
  for (char32_t c = 0; c < 0x800; ++c) table[c] = static_cast<char16_t>(to_lower_cp(c));
  return table;
}();

// The UTF-8 bytes of kLowerTwoByte for each code point from U+0080 to U+07FF.
constexpr std::array<std::array<char, 2>, 0x800> kLowerTwoByteUtf8 = [] {
  std::array<std::array<char, 2>, 0x800> table{};
  for (std::size_t c = 0x80; c < 0x800; ++c)
    table[c] = {static_cast<char>(0xC0 | (kLowerTwoByte[c] >> 6)),
                static_cast<char>(0x80 | (kLowerTwoByte[c] & 0x3F))};
  return table;
}();

// True when kLowerTwoByte maps U+0400-U+045F as scan::lower_cyrillic16() does: U+0400-U+040F to U+0450-U+045F,
// U+0410-U+042F to U+0430-U+044F, U+0430-U+045F to themselves.
constexpr bool basic_cyrillic_lowering() {
  for (char32_t c = 0x400; c < 0x460; ++c) {
    char32_t want = c < 0x410 ? c + 0x50 : c < 0x430 ? c + 0x20 : c;
    if (kLowerTwoByte[c] != want) return false;
  }
  return true;
}
static_assert(basic_cyrillic_lowering());

#if defined(__SSE2__)
// The bytes of x compared as signed numbers with b.
inline __m128i all_bytes(unsigned char b) { return _mm_set1_epi8(static_cast<char>(b)); }

// The bits of the bytes of v whose high bit is set.
inline unsigned bits_of(__m128i v) { return static_cast<unsigned>(_mm_movemask_epi8(v)); }

// x with 'A'..'Z' lowered.
inline __m128i lower_ascii(__m128i x) {
  const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(x, all_bytes('A' - 1)), _mm_cmplt_epi8(x, all_bytes('Z' + 1)));
  return _mm_add_epi8(x, _mm_and_si128(upper, all_bytes(0x20)));
}

// Lowercases the sixteen bytes at p into out when they hold only ASCII and whole three-byte characters that
// lowering keeps (leads E1-EF, ED only below the surrogates: Hangul, Han, punctuation); returns false, writing
// nothing, for any other block.
inline bool lower_wide_block(const char* p, char* out) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  unsigned high = bits_of(x), tail = bits_of(_mm_cmplt_epi8(x, all_bytes(0xC0)));
  unsigned ed = bits_of(_mm_cmpeq_epi8(x, all_bytes(0xED)));
  unsigned low = bits_of(_mm_cmplt_epi8(x, all_bytes(0xA0)));  // 0x80-0x9F.
  unsigned e1_ef = bits_of(_mm_and_si128(_mm_cmpgt_epi8(x, all_bytes(0xE0)), _mm_cmplt_epi8(x, all_bytes(0xF0))));
  unsigned lead = (e1_ef & ~ed) | (ed & (low >> 1));
  unsigned expected = (lead << 1) | (lead << 2);
  if ((high & ~(lead | tail)) != 0 || tail != (expected & 0xFFFFu) || (expected >> 16) != 0) return false;
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), lower_ascii(x));
  return true;
}
#endif

}  // namespace

std::size_t lower_text_to(std::string_view text, char* buf, std::size_t cap) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size();) {
    auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      if (i + 8 <= text.size() && cap - n >= 8) {  // Eight ASCII bytes at once: 'A'..'Z' gain 0x20.
        std::uint64_t w;
        std::memcpy(&w, text.data() + i, 8);
        constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
        if ((w & kHigh) == 0) {
          std::uint64_t upper = (w + (0x80 - 'A') * kOnes) & ~(w + (0x80 - 'Z' - 1) * kOnes) & kHigh;
          w |= upper >> 2;
          std::memcpy(buf + n, &w, 8);
          n += 8;
          i += 8;
          continue;
        }
      }
      if (n == cap) return cap + 1;
      buf[n++] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      ++i;
      continue;
    }
#if defined(__SSE2__)
    if (((b == 0xD0 || b == 0xD1) ? i + 16 <= text.size() && cap - n >= 16 && scan::lower_cyrillic16(text.data() + i, buf + n)
                                  : b > 0xE2 && b < 0xF0 && i + 16 <= text.size() && cap - n >= 16 &&
                                        lower_wide_block(text.data() + i, buf + n))) {
      n += 16;  // Sixteen bytes of Cyrillic or kept three-byte characters and ASCII: each byte maps to one byte.
      i += 16;
      continue;
    }
#endif
    unsigned char b1 = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if (b >= 0xC2 && b < 0xE0 && (b1 & 0xC0) == 0x80) {  // Two bytes (Latin-1, Greek, Cyrillic) stay two.
      if (cap - n < 2) return cap + 1;
      std::memcpy(buf + n, kLowerTwoByteUtf8[(static_cast<unsigned>(b & 0x1F) << 6) | (b1 & 0x3F)].data(), 2);
      n += 2;
      i += 2;
      continue;
    }
    unsigned char b2 = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0;
    if (b >= 0xE1 && b <= 0xEF && b != 0xED && (b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
      if (cap - n < 3) return cap + 1;  // A valid three-byte sequence (no overlong form, no surrogate): kept.
      buf[n++] = static_cast<char>(b);
      buf[n++] = static_cast<char>(b1);
      buf[n++] = static_cast<char>(b2);
      i += 3;
      continue;
    }
    char tmp[4];
    std::size_t len = utf8::encode_to(next_lower(text, i), tmp);
    if (cap - n < len) return cap + 1;
    for (std::size_t k = 0; k < len; ++k) buf[n++] = tmp[k];
  }
  return n;
}

WordSet::WordSet(const std::string_view* words, std::size_t n) {
  std::size_t size = 16;
  while (size < n * 4) size *= 2;
  slots_.assign(size, std::string_view());
  mask_ = size - 1;
  for (std::size_t k = 0; k < n; ++k) {
    std::string_view w = words[k];
    longest_ = std::max(longest_, w.size());
    std::size_t first = 0;
    if (!w.empty()) highest_start_ = std::max(highest_start_, utf8::next(w, first));
    std::size_t i = hash(w) & mask_;
    while (slots_[i].data() != nullptr && slots_[i] != w) i = (i + 1) & mask_;
    slots_[i] = w;
  }
}

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  for_each_word(text, [&](std::string_view w) { words.push_back(w); });
  return words;
}

bool has_letter(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = utf8::next(text, i);
    if (c < 0x80 ? std::isalpha(static_cast<int>(c)) != 0 : is_letter(c) && utf8proc_category(static_cast<utf8proc_int32_t>(c)) != UTF8PROC_CATEGORY_ND) return true;
  }
  return false;
}

std::size_t count_words(std::string_view text) {
  std::size_t n = 0;
  for_each_word(text, [&](std::string_view) { ++n; });
  return n;
}

std::size_t count_chars(std::string_view text) {
  std::size_t n = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

char32_t last_char(std::string_view text) {
  while (!text.empty()) {
    auto b = static_cast<unsigned char>(text.back());
    if (b < 0x80) {  // ASCII fast path: the byte is the whole character.
      if (b != ' ' && b != '\t' && b != '\r' && b != '"' && b != '\'' && b != '*' && b != '_') return b;
      text.remove_suffix(1);
      continue;
    }
    std::size_t start = text.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    std::size_t i = start;
    char32_t c = utf8::next(text, i);
    bool skip = c == ' ' || c == '\t' || c == '\r' || c == '"' || c == '\'' || c == '*' || c == '_' ||
                c == U'\u201D' || c == U'\u2019' || c == U'\u00BB' || c == U'\u300D' || c == 0xA0;
    if (!skip) return c;
    text = text.substr(0, start);
  }
  return 0;
}

}  // namespace qbank::internal::txt
