// A strict UTF-8 decoder (no overlongs, no surrogates, nothing above U+10FFFF) and encoder.
#include "base/utf8.hpp"

namespace qbank::internal::utf8 {
namespace {

// Returns the number of continuation bytes a lead byte announces, or -1 for an invalid lead byte.
int continuation_count(unsigned char b) {
  if (b < 0x80) return 0;
  if (b >= 0xC2 && b <= 0xDF) return 1;
  if (b >= 0xE0 && b <= 0xEF) return 2;
  if (b >= 0xF0 && b <= 0xF4) return 3;
  return -1;
}

// Decodes one sequence at i without advancing; returns the code point and sets len, or len = 0 if invalid.
char32_t decode_at(std::string_view s, std::size_t i, std::size_t& len) {
  auto b0 = static_cast<unsigned char>(s[i]);
  int n = continuation_count(b0);
  len = 0;
  if (n < 0) return kReplacement;
  if (n == 0) {
    len = 1;
    return b0;
  }
  if (s.size() - i <= static_cast<std::size_t>(n)) return kReplacement;
  char32_t c = b0 & (0x3Fu >> n);
  for (int k = 1; k <= n; ++k) {
    auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
    if ((b & 0xC0) != 0x80) return kReplacement;
    c = (c << 6) | (b & 0x3Fu);
  }
  bool overlong = (n == 2 && c < 0x800) || (n == 3 && c < 0x10000);
  if (overlong || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return kReplacement;
  len = static_cast<std::size_t>(n) + 1;
  return c;
}

}  // namespace

char32_t next(std::string_view bytes, std::size_t& i) {
  auto b0 = static_cast<unsigned char>(bytes[i]);
  std::size_t left = bytes.size() - i;
  if (b0 < 0x80) return ++i, b0;
  if (b0 >= 0xE1 && b0 < 0xF0 && left >= 3) {  // Three bytes, the usual case outside Latin and Cyrillic.
    auto b1 = static_cast<unsigned char>(bytes[i + 1]), b2 = static_cast<unsigned char>(bytes[i + 2]);
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80 && (b0 != 0xED || b1 < 0xA0))
      return i += 3, (static_cast<char32_t>(b0 & 0x0F) << 12) | (static_cast<char32_t>(b1 & 0x3F) << 6) | (b2 & 0x3Fu);
  } else if (b0 >= 0xC2 && b0 < 0xE0 && left >= 2) {
    auto b1 = static_cast<unsigned char>(bytes[i + 1]);
    if ((b1 & 0xC0) == 0x80) return i += 2, (static_cast<char32_t>(b0 & 0x1F) << 6) | (b1 & 0x3Fu);
  }
  std::size_t len = 0;
  char32_t c = decode_at(bytes, i, len);
  i += len == 0 ? 1 : len;
  return c;
}

std::u32string decode(std::string_view bytes) {
  std::u32string out;
  out.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size();) out.push_back(next(bytes, i));
  return out;
}

std::string encode(std::u32string_view cps) {
  std::string out;
  out.reserve(cps.size());
  for (char32_t c : cps) append(out, c);
  return out;
}

std::size_t find_invalid(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    decode_at(bytes, i, len);
    if (len == 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

}  // namespace qbank::internal::utf8
