// JSON string writing: printable ASCII and well-formed UTF-8 are copied in runs found sixteen bytes at a time.
#include "base/json_string.hpp"

#include <cstdint>
#include <cstring>

#include "base/byte_scan.hpp"
#include "base/utf8.hpp"

namespace qbank::internal::json {
namespace {

// Per byte: true for printable ASCII other than '"' and '\\', which JSON strings hold as is.
struct PlainTable {
  bool plain[256];
  constexpr PlainTable() : plain() {
    for (int b = 0x20; b < 0x7F; ++b) plain[b] = b != '"' && b != '\\';
  }
};
constexpr PlainTable kPlain;

// Length of the well-formed UTF-8 sequence at d[i] (of n bytes) that can be copied as is (0: look closer).
// Covers two-byte sequences and three-byte ones led by E1..EF (ED only below the surrogates), except U+2028
// and U+2029 (E2 80 A8/A9), which JSON writers escape.
inline std::size_t plain_multibyte(const unsigned char* d, std::size_t i, std::size_t n) {
  unsigned b = d[i];
  if (b >= 0xC2 && b <= 0xDF) return i + 1 < n && (d[i + 1] & 0xC0) == 0x80 ? 2 : 0;
  if (b < 0xE1 || b > 0xEF || i + 2 >= n || (d[i + 1] & 0xC0) != 0x80 || (d[i + 2] & 0xC0) != 0x80) return 0;
  if (b == 0xED && d[i + 1] >= 0xA0) return 0;  // A surrogate.
  return b == 0xE2 && d[i + 1] == 0x80 && (d[i + 2] | 1) == 0xA9 ? 0 : 3;
}

// Copies len bytes to dst and returns the end of the copy; copies up to 64 bytes are done inline.
inline char* copy_bytes(char* dst, const char* src, std::size_t len) {
  if (len > 64) {
    std::memcpy(dst, src, len);
  } else if (len >= 16) {
    for (std::size_t k = 0; k + 16 <= len; k += 16) std::memcpy(dst + k, src + k, 16);
    std::memcpy(dst + len - 16, src + len - 16, 16);
  } else if (len >= 8) {
    std::memcpy(dst, src, 8);
    std::memcpy(dst + len - 8, src + len - 8, 8);
  } else if (len >= 4) {
    std::memcpy(dst, src, 4);
    std::memcpy(dst + len - 4, src + len - 4, 4);
  } else {
    for (std::size_t k = 0; k < len; ++k) dst[k] = src[k];
  }
  return dst + len;
}

// Writes the escape of a character that JSON strings cannot hold as is (U+FFFD for an invalid byte) at o;
// returns the end of it.
char* write_escape(char* o, char32_t c, bool invalid) {
  static constexpr char kHex[] = "0123456789abcdef";
  const char* simple = nullptr;
  switch (c) {
    case '"': simple = "\\\""; break;
    case '\\': simple = "\\\\"; break;
    case '\b': simple = "\\b"; break;
    case '\f': simple = "\\f"; break;
    case '\n': simple = "\\n"; break;
    case '\r': simple = "\\r"; break;
    case '\t': simple = "\\t"; break;
    default: break;
  }
  if (simple) {
    o[0] = simple[0], o[1] = simple[1];
    return o + 2;
  }
  if (invalid) return copy_bytes(o, "\xEF\xBF\xBD", 3);
  auto v = static_cast<unsigned>(c);
  const char out[6] = {'\\', 'u', kHex[(v >> 12) & 0xF], kHex[(v >> 8) & 0xF], kHex[(v >> 4) & 0xF], kHex[v & 0xF]};
  return copy_bytes(o, out, 6);
}

// Bit k set when byte k of x is not printable ASCII, or is '"' or '\\'.
inline unsigned care_mask(scan::Block x) { return scan::below_or_eq_mask(x, 0x20, '"', '\\', 0x7F); }

// Bit k set when byte k leads U+2028 or U+2029 (E2 80 A8/A9), which JSON writers escape.
inline unsigned separator_mask(scan::Block x) {
  unsigned e2 = scan::eq_mask(x, static_cast<char>(0xE2));
  if (e2 == 0) return 0;
  unsigned tail = scan::eq_mask(x, static_cast<char>(0xA8)) | scan::eq_mask(x, static_cast<char>(0xA9));
  return e2 & (scan::eq_mask(x, static_cast<char>(0x80)) >> 1) & (tail >> 2);
}

// Returns where the bytes from s[i] that JSON takes as is end, looking at the sixteen bytes from s[i] or,
// nearer the end, the last sixteen (s.size() >= 16); returns i when s[i] needs a closer look.
inline std::size_t plain_run_end(std::string_view s, std::size_t i) {
  std::size_t at = i + 16 <= s.size() ? i : s.size() - 16;
  auto from = static_cast<unsigned>(i - at);
  scan::Block x = scan::load16(s.data() + at);
  unsigned care = care_mask(x) >> from << from;
  if (care == 0) return at + 16;
  unsigned high = scan::high_mask(x);
  unsigned ascii = care & ~high;  // The first ASCII byte to escape ends the run.
  if (ascii != 0) {
    auto stop = static_cast<unsigned>(scan::first_bit(ascii));
    if ((care & high & ((1u << stop) - 1)) == 0) return at + stop;
  }
  return at + scan::utf8_run_end(scan::utf8_masks(x, high), from, ascii | separator_mask(x));
}

// Handles the character at s[i] that plain_run_end stopped at (or any character of a short string): copies
// the plain bytes from run and writes its escape when it needs one. Returns where the next character starts.
inline std::size_t one_character(std::string_view s, std::size_t i, char*& o, std::size_t& run) {
  const auto* d = reinterpret_cast<const unsigned char*>(s.data());
  unsigned b = d[i];
  if (kPlain.plain[b]) return i + 1;
  std::size_t start = i;
  char32_t c = b;
  bool invalid = false;
  if (b >= 0x80) {
    if (std::size_t m = plain_multibyte(d, i, s.size())) return i + m;
    std::size_t next = i;  // A copy whose address may escape, so that i can stay in a register.
    c = utf8::next(s, next);
    i = next;
    invalid = c == utf8::kReplacement && i - start == 1;
    if (!invalid && c != 0x2028 && c != 0x2029) return i;
  } else {
    ++i;
  }
  o = copy_bytes(o, s.data() + run, start - run);
  o = write_escape(o, c, invalid);
  run = i;
  return i;
}

}  // namespace

std::size_t string_bound(std::string_view s) {
  if (s.size() <= 4096) return 6 * s.size() + 2;
  std::size_t n = s.size() + 2;
  for (char c : s) {
    auto b = static_cast<unsigned char>(c);
    if (b >= 0x80) n += 2;
    else if (!kPlain.plain[b]) n += 5;
  }
  return n;
}

char* write_any_string(char* o, std::string_view s) {
  const std::size_t n = s.size();
  *o++ = '"';
  std::size_t run = 0;  // Start of the bytes not yet copied; they need no escaping.
  std::size_t i = 0;
  if (n >= 16) {
    while (i < n) {
      while (i + 16 <= n && care_mask(scan::load16(s.data() + i)) == 0) i += 16;  // Plain ASCII, the common case.
      if (i == n) break;
      std::size_t end = plain_run_end(s, i);
      i = end != i ? end : one_character(s, i, o, run);
    }
  } else {
    while (i < n) i = one_character(s, i, o, run);
  }
  o = copy_bytes(o, s.data() + run, n - run);
  *o++ = '"';
  return o;
}

}  // namespace qbank::internal::json
