#pragma once
// Internal UTF-8 decoding and encoding helpers shared by the library's text code.

#include <cstddef>
#include <string>
#include <string_view>

namespace qbank::internal::utf8 {

// The code point used in place of an invalid byte sequence.
inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes one code point at bytes[i], advancing i; invalid sequences yield kReplacement and advance by one.
char32_t next(std::string_view bytes, std::size_t& i);

// Decodes one code point like next(), with inline paths for ASCII and valid two- and three-byte sequences.
inline char32_t next_inline(std::string_view bytes, std::size_t& i) {
  auto b0 = static_cast<unsigned char>(bytes[i]);
  if (b0 < 0x80) return ++i, b0;
  std::size_t left = bytes.size() - i;
  if (b0 >= 0xC2 && b0 < 0xE0 && left >= 2) {
    auto b1 = static_cast<unsigned char>(bytes[i + 1]);
    if ((b1 & 0xC0) == 0x80) return i += 2, (static_cast<char32_t>(b0 & 0x1F) << 6) | (b1 & 0x3Fu);
  } else if (b0 >= 0xE0 && b0 < 0xF0 && left >= 3) {
    auto b1 = static_cast<unsigned char>(bytes[i + 1]), b2 = static_cast<unsigned char>(bytes[i + 2]);
    char32_t c = (static_cast<char32_t>(b0 & 0x0F) << 12) | (static_cast<char32_t>(b1 & 0x3F) << 6) | (b2 & 0x3Fu);
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80 && c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) return i += 3, c;
  }
  return next(bytes, i);
}

// Decodes a whole string, replacing invalid sequences with kReplacement.
std::u32string decode(std::string_view bytes);

// Writes the UTF-8 encoding of one code point (at most U+10FFFF) at out, which has room for 4 bytes; returns
// its length in bytes.
inline std::size_t encode_to(char32_t c, char* out) {
  if (c < 0x80) return out[0] = static_cast<char>(c), 1;
  if (c < 0x800) {
    out[0] = static_cast<char>(0xC0 | (c >> 6));
    out[1] = static_cast<char>(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (c >> 12));
    out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (c >> 18));
  out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (c & 0x3F));
  return 4;
}

// Appends the UTF-8 encoding of one code point.
inline void append(std::string& out, char32_t c) {
  char bytes[4];
  out.append(bytes, encode_to(c, bytes));
}

// Encodes a sequence of code points as UTF-8.
std::string encode(std::u32string_view cps);

// Returns the byte offset of the first invalid sequence, or npos when the bytes are valid UTF-8.
std::size_t find_invalid(std::string_view bytes);

}  // namespace qbank::internal::utf8
