#pragma once
// JSON string writing: the escaping every JSON output of the library shares.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "base/byte_scan.hpp"

namespace qbank::internal::json {

// The most bytes the JSON string form of s can take, with the quotes. Short strings get the loose bound of
// six bytes per byte; long ones are counted: an escaped ASCII byte takes at most 6, a non-ASCII byte at most 3.
std::size_t string_bound(std::string_view s);

// Writes s as a JSON string (quotes included, at most string_bound(s) bytes) at o; returns the end. Invalid
// UTF-8 bytes become U+FFFD; controls, '"', '\\', DEL, U+2028 and U+2029 are escaped.
char* write_any_string(char* o, std::string_view s);

// True when none of the eight bytes of x is a control, '"', '\\', DEL or non-ASCII: a zero byte of
// x - 0x20.., x ^ '"'.. or x ^ '\\'.., or a high bit of x | (x + 0x01..), marks one.
inline bool plain_word(std::uint64_t x) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  auto zero = [](std::uint64_t v) { return (v - kOnes) & ~v; };
  std::uint64_t care = ((x - 0x20 * kOnes) & ~x) | zero(x ^ ('"' * kOnes)) | zero(x ^ ('\\' * kOnes)) | x | (x + kOnes);
  return (care & kHighs) == 0;
}

// Writes s as write_any_string does, copying a short string of plain ASCII directly.
inline char* write_string(char* o, std::string_view s) {
  const char* d = s.data();
  const std::size_t n = s.size();
  if (n >= 16 && n <= 32) {  // Two overlapping blocks cover the string (ids, file names, short texts).
    scan::Block a = scan::load16(d), b = scan::load16(d + n - 16);
    if ((scan::below_or_eq_mask(a, 0x20, '"', '\\', 0x7F) | scan::below_or_eq_mask(b, 0x20, '"', '\\', 0x7F)) == 0) {
      o[0] = '"';
      std::memcpy(o + 1, d, 16), std::memcpy(o + 1 + n - 16, d + n - 16, 16);
      o[n + 1] = '"';
      return o + n + 2;
    }
  } else if (n >= 8 && n < 16) {  // Two overlapping words cover the string.
    std::uint64_t a, b;
    std::memcpy(&a, d, 8), std::memcpy(&b, d + n - 8, 8);
    if (plain_word(a) && plain_word(b)) {
      o[0] = '"';
      std::memcpy(o + 1, &a, 8), std::memcpy(o + 1 + n - 8, &b, 8);
      o[n + 1] = '"';
      return o + n + 2;
    }
  } else if (n >= 4 && n < 8) {
    std::uint32_t a, b;
    std::memcpy(&a, d, 4), std::memcpy(&b, d + n - 4, 4);
    if (plain_word((std::uint64_t{a} << 32) | b)) {
      o[0] = '"';
      std::memcpy(o + 1, &a, 4), std::memcpy(o + 1 + n - 4, &b, 4);
      o[n + 1] = '"';
      return o + n + 2;
    }
  } else if (n < 4) {
    bool plain = true;
    for (std::size_t k = 0; k < n; ++k) {
      auto c = static_cast<unsigned char>(d[k]);
      plain = plain && c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
    }
    if (plain) {
      o[0] = '"';
      for (std::size_t k = 0; k < n; ++k) o[k + 1] = d[k];
      o[n + 1] = '"';
      return o + n + 2;
    }
  }
  return write_any_string(o, s);
}

}  // namespace qbank::internal::json
