#pragma once
// Sixteen-bytes-at-a-time byte tests (SSE2 where available) for the ASCII fast paths of text scanning loops.

#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace qbank::internal::scan {

#if defined(__SSE2__)

// Sixteen bytes held for testing.
using Block = __m128i;

// Loads sixteen bytes from p, at any alignment.
inline Block load16(const char* p) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }

// Bit k set when byte k equals c.
inline unsigned eq_mask(Block x, char c) {
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(c))));
}

// Bit k set when byte k is below the ASCII character c or is not ASCII (0x80 and up).
inline unsigned below_mask(Block x, char c) {
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(x, _mm_set1_epi8(c))));
}

// Bit k set when byte k is not ASCII.
inline unsigned high_mask(Block x) { return static_cast<unsigned>(_mm_movemask_epi8(x)); }

// Bit k set when byte k is below the ASCII character lo, is not ASCII, or equals a, b or c.
inline unsigned below_or_eq_mask(Block x, char lo, char a, char b, char c) {
  __m128i m = _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(lo)), _mm_cmpeq_epi8(x, _mm_set1_epi8(a)));
  m = _mm_or_si128(m, _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(b)), _mm_cmpeq_epi8(x, _mm_set1_epi8(c))));
  return static_cast<unsigned>(_mm_movemask_epi8(m));
}

// Bit k set when byte k is an ASCII letter.
inline unsigned letter_mask(Block x) {
  __m128i lower = _mm_or_si128(x, _mm_set1_epi8(0x20));
  __m128i in = _mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)),
                             _mm_cmplt_epi8(lower, _mm_set1_epi8('z' + 1)));
  return static_cast<unsigned>(_mm_movemask_epi8(in));
}

// Bit k set when byte k lies in [lo, hi], both non-ASCII (0x80-0xFF, compared as signed bytes).
inline unsigned high_range_mask(Block x, unsigned char lo, unsigned char hi) {
  __m128i in = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(static_cast<char>(lo - 1))),
                             _mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(hi + 1))));
  return static_cast<unsigned>(_mm_movemask_epi8(in));
}

// Stores x at o with ASCII capitals lowercased and backticks made apostrophes.
inline void store_folded(char* o, Block x) {
  __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(x, _mm_set1_epi8('Z' + 1)));
  x = _mm_add_epi8(x, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
  __m128i tick = _mm_cmpeq_epi8(x, _mm_set1_epi8('`'));
  x = _mm_sub_epi8(x, _mm_and_si128(tick, _mm_set1_epi8('`' - '\'')));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(o), x);
}

// Writes the sixteen bytes at p to out with ASCII capitals and the Cyrillic capitals U+0400-U+042F lowercased
// (U+0400-U+040F to U+0450-U+045F, U+0410-U+042F to U+0430-U+044F) when they hold only ASCII and whole
// characters of U+0400-U+045F (leads D0 and D1, a D1 followed by 80-9F); returns false, writing nothing, for any
// other block.
inline bool lower_cyrillic16(const char* p, char* out) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  auto all = [](unsigned char b) { return _mm_set1_epi8(static_cast<char>(b)); };  // Compared as signed.
  auto bits = [](__m128i v) { return static_cast<unsigned>(_mm_movemask_epi8(v)); };
  const __m128i d0 = _mm_cmpeq_epi8(x, all(0xD0)), d1 = _mm_cmpeq_epi8(x, all(0xD1));
  const __m128i cont = _mm_cmplt_epi8(x, all(0xC0));  // 0x80-0xBF (ASCII compares as positive).
  unsigned high = bits(x), lead0 = bits(d0), lead1 = bits(d1), tail = bits(cont);
  unsigned lead = lead0 | lead1;
  if ((high & ~(lead | tail)) != 0 || tail != ((lead << 1) & 0xFFFFu) || (lead & 0x8000u) != 0) return false;
  if (((lead1 << 1) & bits(_mm_cmpgt_epi8(x, all(0x9F))) & tail) != 0) return false;  // D1 A0-BF: U+0460 on.
  const __m128i after0 = _mm_slli_si128(d0, 1);  // The continuation bytes of D0.
  const __m128i r1 = _mm_cmplt_epi8(x, all(0x90));                                       // 80-8F (and no ASCII).
  const __m128i r2 = _mm_andnot_si128(r1, _mm_cmplt_epi8(x, all(0xA0)));                 // 90-9F.
  const __m128i r3 = _mm_andnot_si128(_mm_or_si128(r1, r2), _mm_cmplt_epi8(x, all(0xB0)));  // A0-AF.
  __m128i add = _mm_and_si128(
      after0, _mm_or_si128(_mm_or_si128(_mm_and_si128(r1, all(0x10)), _mm_and_si128(r2, all(0x20))), _mm_and_si128(r3, all(0xE0))));
  add = _mm_or_si128(add, _mm_and_si128(_mm_and_si128(d0, _mm_srli_si128(_mm_or_si128(r1, r3), 1)), all(0x01)));
  const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(x, all('A' - 1)), _mm_cmplt_epi8(x, all('Z' + 1)));
  add = _mm_or_si128(add, _mm_and_si128(upper, all(0x20)));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm_add_epi8(x, add));
  return true;
}

#else

// Sixteen bytes held for testing.
struct Block {
  unsigned char b[16];  // The bytes.
};

// Loads sixteen bytes from p.
inline Block load16(const char* p) {
  Block x;
  for (int k = 0; k < 16; ++k) x.b[k] = static_cast<unsigned char>(p[k]);
  return x;
}

// Bit k set when byte k equals c.
inline unsigned eq_mask(Block x, char c) {
  unsigned m = 0;
  for (int k = 0; k < 16; ++k) m |= static_cast<unsigned>(x.b[k] == static_cast<unsigned char>(c)) << k;
  return m;
}

// Bit k set when byte k is below the ASCII character c or is not ASCII (0x80 and up).
inline unsigned below_mask(Block x, char c) {
  unsigned m = 0;
  for (int k = 0; k < 16; ++k) m |= static_cast<unsigned>(x.b[k] < c || x.b[k] >= 0x80) << k;
  return m;
}

// Bit k set when byte k is not ASCII.
inline unsigned high_mask(Block x) {
  unsigned m = 0;
  for (int k = 0; k < 16; ++k) m |= static_cast<unsigned>(x.b[k] >= 0x80) << k;
  return m;
}

// Bit k set when byte k is below the ASCII character lo, is not ASCII, or equals a, b or c.
inline unsigned below_or_eq_mask(Block x, char lo, char a, char b, char c) {
  return below_mask(x, lo) | eq_mask(x, a) | eq_mask(x, b) | eq_mask(x, c);
}

// Bit k set when byte k is an ASCII letter.
inline unsigned letter_mask(Block x) {
  unsigned m = 0;
  for (int k = 0; k < 16; ++k) m |= static_cast<unsigned>((x.b[k] | 0x20) >= 'a' && (x.b[k] | 0x20) <= 'z') << k;
  return m;
}

// Stores x at o with ASCII capitals lowercased and backticks made apostrophes.
inline void store_folded(char* o, Block x) {
  for (int k = 0; k < 16; ++k) {
    unsigned char c = x.b[k];
    o[k] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 0x20 : c == '`' ? '\'' : c);
  }
}

// Bit k set when byte k lies in [lo, hi] (bytes compared as unsigned).
inline unsigned range_mask(Block x, unsigned char lo, unsigned char hi) {
  unsigned m = 0;
  for (int k = 0; k < 16; ++k) m |= static_cast<unsigned>(x.b[k] >= lo && x.b[k] <= hi) << k;
  return m;
}

// Bit k set when byte k lies in [lo, hi], both non-ASCII (0x80-0xFF).
inline unsigned high_range_mask(Block x, unsigned char lo, unsigned char hi) { return range_mask(x, lo, hi); }

// lower_cyrillic16 without SSE2: no fast path.
inline bool lower_cyrillic16(const char*, char*) { return false; }

#endif

// The UTF-8 byte classes of a block; bit k of each mask describes byte k.
struct Utf8Masks {
  unsigned cont;   // Continuation bytes (0x80-0xBF).
  unsigned lead2;  // Leads of two-byte characters (0xC2-0xDF).
  unsigned lead3;  // Leads of three-byte characters without range checks (0xE1-0xEC, 0xEE, 0xEF), and 0xED
                   // followed in the block by 0x80-0x9F (U+D000-U+D7FF, below the surrogates).
  unsigned other;  // Every other non-ASCII byte: 0xC0, 0xC1, 0xE0, other 0xED and 0xF0 up.
};

// Classifies the bytes of a block that holds the non-ASCII bytes in high.
inline Utf8Masks utf8_masks(Block x, unsigned high) {
  Utf8Masks m;
#if defined(__SSE2__)
  auto byte = [](unsigned char b) { return _mm_set1_epi8(static_cast<char>(b)); };  // Compared as signed.
  auto mask = [](__m128i v) { return static_cast<unsigned>(_mm_movemask_epi8(v)); };
  m.cont = mask(_mm_cmplt_epi8(x, byte(0xC0)));
  m.lead2 = mask(_mm_and_si128(_mm_cmpgt_epi8(x, byte(0xC1)), _mm_cmplt_epi8(x, byte(0xE0))));
  __m128i lead3 = _mm_and_si128(_mm_cmpgt_epi8(x, byte(0xE0)), _mm_cmplt_epi8(x, byte(0xF0)));
  unsigned ed = mask(_mm_cmpeq_epi8(x, byte(0xED)));
  unsigned low_cont = mask(_mm_cmplt_epi8(x, byte(0xA0)));  // 0x80-0x9F.
  m.lead3 = (mask(lead3) & ~ed) | (ed & (low_cont >> 1));
#else
  m.cont = range_mask(x, 0x80, 0xBF);
  m.lead2 = range_mask(x, 0xC2, 0xDF);
  unsigned ed = eq_mask(x, static_cast<char>(0xED));
  m.lead3 = (range_mask(x, 0xE1, 0xEF) & ~ed) | (ed & (range_mask(x, 0x80, 0x9F) >> 1));
#endif
  m.other = high & ~(m.cont | m.lead2 | m.lead3);
  return m;
}

// Returns the end of the run of whole, well-formed characters of a block that starts at from (a character
// boundary, below 16) and holds no byte marked in stop: ASCII and the two- and three-byte characters of
// Utf8Masks::lead2 and lead3. The run also ends before a character that would pass the block's end; when the
// bytes from there are not such a run, from itself is returned.
inline unsigned utf8_run_end(const Utf8Masks& m, unsigned from, unsigned stop) {
  unsigned live = 0xFFFFu << from;
  unsigned spill = (m.lead2 & 0x8000u) | (m.lead3 & 0xC000u);  // Leads whose character passes the end.
  unsigned halt = (stop | m.other | spill) & live;
  unsigned end = halt != 0 ? static_cast<unsigned>(__builtin_ctz(halt)) : 16u;
  unsigned in = live & ((1u << end) - 1);
  unsigned expected = ((m.lead2 & in) << 1) | ((m.lead3 & in) << 1) | ((m.lead3 & in) << 2);
  return expected == (m.cont & in) ? end : from;
}

// The index of the lowest set bit of a nonzero mask.
inline int first_bit(unsigned mask) { return __builtin_ctz(mask); }

}  // namespace qbank::internal::scan
