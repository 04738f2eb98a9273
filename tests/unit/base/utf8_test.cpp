// Tests for the strict UTF-8 decoder: utf8::next against the rules, on every sequence of up to three bytes.
#include <catch2/catch.hpp>

#include <string>

#include "base/utf8.hpp"

namespace {

// Decodes the sequence at s[0] by the rules of UTF-8 (shortest form, no surrogates, at most U+10FFFF);
// sets len to its length, or to 1 with U+FFFD when it is invalid.
char32_t decode_by_rules(const std::string& s, std::size_t& len) {
  auto b0 = static_cast<unsigned char>(s[0]);
  std::size_t n = b0 < 0x80 ? 1 : b0 >= 0xC0 && b0 < 0xE0 ? 2 : b0 >= 0xE0 && b0 < 0xF0 ? 3 : b0 >= 0xF0 && b0 < 0xF8 ? 4 : 0;
  len = 1;
  if (n == 0 || n > s.size()) return 0xFFFD;
  char32_t c = n == 1 ? b0 : b0 & (0x7Fu >> n);
  for (std::size_t k = 1; k < n; ++k) {
    auto b = static_cast<unsigned char>(s[k]);
    if ((b & 0xC0) != 0x80) return 0xFFFD;
    c = (c << 6) | (b & 0x3Fu);
  }
  const char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
  if (c < least[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0xFFFD;
  len = n;
  return c;
}

}  // namespace

TEST_CASE("utf8::next decodes every sequence of up to three bytes by the rules") {
  std::string s(4, 'x');
  for (unsigned b0 = 0; b0 < 256; ++b0) {
    for (unsigned b1 = 0; b1 < (b0 >= 0xC0 ? 256u : 1u); ++b1) {
      for (unsigned b2 = 0; b2 < (b0 >= 0xE0 ? 256u : 1u); ++b2) {
        s[0] = static_cast<char>(b0), s[1] = static_cast<char>(b1), s[2] = static_cast<char>(b2);
        for (std::size_t size : {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{4}}) {
          std::string t = s.substr(0, size);
          std::size_t len = 0;
          char32_t expected = decode_by_rules(t, len);
          std::size_t i = 0, j = 0;
          char32_t got = qbank::internal::utf8::next(t, i);
          char32_t got_inline = qbank::internal::utf8::next_inline(t, j);
          if (got != expected || i != len || got_inline != expected || j != len)
            FAIL("bytes " << b0 << " " << b1 << " " << b2 << " of " << size << ": got " << unsigned{got} << "/" << i
                          << ", expected " << unsigned{expected} << "/" << len);
        }
      }
    }
  }
}
