// gather_chunked_evidence(): the language evidence of a text put together from the evidence of its chunks.
// gather_fast_evidence() treats the runs of text between separators independently, and its folded words are
// those of each run joined by single spaces, so each distinct run ("what", "funciona", "如何使用Django") is
// gathered once, kept in a per-thread four-way set-associative cache and reused (texts repeat their words).
#include <xxhash.h>

#include <array>
#include <cstring>

#include "base/byte_scan.hpp"
#include "base/utf8.hpp"
#include "lang/fast_evidence.hpp"

namespace qbank::internal {
namespace {

constexpr std::size_t kMaxChunkBytes = 64;  // Longer chunks are gathered every time, not cached.
constexpr std::size_t kChunkSlots = 1 << 13;     // Cache slots (per thread), in sets of kChunkWays.
constexpr std::size_t kChunkWays = 4;            // Slots a chunk may take: the set its hash picks.
constexpr std::size_t kShortChunk = 16;          // Chunks of up to this many bytes are told apart by chunk_words.

// The evidence of one chunk: its folded words (offsets into folded) and natural words (offsets into the chunk).
struct Chunk {
  std::string key;                 // The chunk's bytes (chunks of more than kShortChunk bytes only).
  std::uint64_t hash = 0;          // chunk_hash of the bytes.
  std::uint64_t head = 0, tail = 0;  // chunk_words of the bytes (chunks of up to kShortChunk bytes).
  std::uint32_t size = 0;          // The number of bytes.
  bool used = false;               // True once the slot holds a chunk.
  bool hit = false;                // True when the chunk was met again since it was stored or last spared.
  bool ok = false;                 // False when the chunk needs the full path (gather_fast_evidence failed).
  bool latin_code = false;         // Code or acronyms with Latin letters.
  std::size_t kana = 0;            // Kana letters.
  std::uint32_t scripts = 0;       // A bit per script of its words (1 << script).
  std::string folded;              // The chunk's folded natural words joined by spaces.
  std::vector<FastEvidence::Word> words;  // The words of folded.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> natural;  // Byte ranges of the natural words.
  std::vector<std::pair<std::uint32_t, int>> letters;             // (letter index, count), counts > 0.
};

// True when a chunk's folded words can be joined as they are: no leading, trailing or doubled space.
bool joinable(std::string_view f) {
  return f.empty() || (f.front() != ' ' && f.back() != ' ' && f.find("  ") == std::string_view::npos);
}

// Gathers the chunk's evidence into c through gather_fast_evidence on the chunk alone.
void fill(std::string_view bytes, Chunk& c) {
  if (fold_ascii_word(bytes, c.folded)) {  // One plain word, the usual new chunk: its evidence directly.
    std::size_t j = c.folded.size();
    c.ok = true;
    c.latin_code = false;
    c.kana = 0;
    c.words.assign(1, {0, j, Script::kLatin, j, true, find_stop_word(c.folded)});
    c.scripts = 1u << static_cast<unsigned>(Script::kLatin);
    c.natural.assign(1, {0, static_cast<std::uint32_t>(j)});
    c.letters.clear();
    return;
  }
  thread_local FastEvidence scratch;
  bool ascii = true;  // An ASCII chunk holds no markup (checked on the whole text): the byte pass serves it.
  for (char b : bytes) ascii = ascii && static_cast<unsigned char>(b) < 0x80;
  bool gathered = false;
  if (ascii) {
    clear_evidence(scratch);
    scratch.source = bytes;
    gathered = gather_ascii_evidence(bytes, scratch);  // Equals gather_ascii_word on the one-word chunks left.
  }
  if (!gathered) gathered = gather_fast_evidence(bytes, scratch);
  c.ok = gathered && joinable(scratch.folded);
  if (!c.ok) return;
  c.latin_code = scratch.latin_code;
  c.kana = scratch.kana;
  c.folded = scratch.folded;
  c.words.assign(scratch.words.begin(), scratch.words.end());
  c.scripts = 0;
  for (auto& w : c.words) {  // Stop-word entries are looked up once per chunk, not once per text.
    w.stop = find_stop_word(std::string_view(c.folded).substr(w.begin, w.size));
    w.stop_known = true;
    c.scripts |= 1u << static_cast<unsigned>(w.script);
  }
  c.natural.assign(scratch.natural_words.begin(), scratch.natural_words.end());
  c.letters.clear();
  if (scratch.any_letter)
    for (std::size_t i = 0; i < scratch.letters.size(); ++i)
      if (scratch.letters[i] != 0) c.letters.emplace_back(static_cast<std::uint32_t>(i), scratch.letters[i]);
}

// A chunk found by the scan: where it starts, its length and its hash (0 for chunks too long to cache).
struct Found {
  std::uint32_t start = 0;
  std::uint32_t size = 0;
  std::uint64_t hash = 0;
  std::uint64_t head = 0, tail = 0;  // chunk_words of a short chunk.
};

// The bytes of a chunk of up to kShortChunk bytes as two numbers that, with its size, give back every byte: the
// first and the last eight (or four) bytes, overlapping; chunks of up to three bytes packed into head.
inline void chunk_words(const char* p, std::size_t n, std::uint64_t& head, std::uint64_t& tail) {
  head = tail = 0;
  if (n >= 8) {
    std::memcpy(&head, p, 8), std::memcpy(&tail, p + n - 8, 8);
  } else if (n >= 4) {
    std::uint32_t x, y;
    std::memcpy(&x, p, 4), std::memcpy(&y, p + n - 4, 4);
    head = x, tail = y;
  } else if (n > 0) {
    head = static_cast<unsigned char>(p[0]) | static_cast<unsigned char>(p[n / 2]) << 8 |
           static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16;
  }
}

// The per-thread cache of chunks, in sets of kChunkWays slots picked by hash.
std::vector<Chunk>& chunk_cache() {
  thread_local std::vector<Chunk> cache(kChunkSlots);
  return cache;
}

// Returns the evidence of a found chunk, from the cache when it was seen before.
const Chunk& chunk_of(std::vector<Chunk>& cache, std::string_view bytes, const Found& f) {
  thread_local Chunk uncached;
  std::uint64_t h = f.hash;
  if (bytes.size() > kMaxChunkBytes) {
    fill(bytes, uncached);
    return uncached;
  }
  bool is_short = f.size <= kShortChunk;
  Chunk* set = &cache[h & (kChunkSlots - kChunkWays)];
  for (std::size_t w = 0; w < kChunkWays; ++w) {
    Chunk& slot = set[w];
    if (slot.used && slot.hash == h && slot.size == f.size &&
        (is_short ? slot.head == f.head && slot.tail == f.tail : slot.key == bytes)) {
      slot.hit = true;
      return slot;
    }
  }
  Chunk* victim = nullptr;  // An empty slot, else one not met again since it was stored or last spared.
  for (std::size_t w = 0; w < kChunkWays && victim == nullptr; ++w)
    if (!set[w].used) victim = &set[w];
  for (std::size_t w = 0; w < kChunkWays && victim == nullptr; ++w)
    if (!set[w].hit) victim = &set[w];
  if (victim == nullptr) {  // Second chance: chunks met again outlive one-off chunks (new words).
    for (std::size_t w = 0; w < kChunkWays; ++w) set[w].hit = false;
    fill(bytes, uncached);
    return uncached;
  }
  victim->used = true;
  victim->hit = false;
  victim->hash = h;
  victim->size = f.size;
  victim->head = f.head;
  victim->tail = f.tail;
  if (is_short) victim->key.clear();
  else victim->key.assign(bytes);
  fill(bytes, *victim);
  return *victim;
}

// Hashes a chunk for the cache: short chunks (the usual words) from their chunk_words, mixed inline, longer ones
// with XXH3. Only the cache's hit rate depends on it, never the evidence.
inline std::uint64_t chunk_hash(const char* p, std::size_t n, std::uint64_t a, std::uint64_t b) {
  if (n > kShortChunk) return XXH3_64bits(p, n);
  std::uint64_t h = (a ^ (n * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull;
  h = (h ^ (h >> 31) ^ b) * 0x94D049BB133111EBull;
  return (h ^ (h >> 29)) | 1;  // Never 0, the mark of chunks too long to cache.
}

// Asks the CPU to start loading the start of each slot of a chunk's cache set, where a lookup compares keys
// and hashes (the lookups of a text then overlap their misses).
inline void prefetch_slot(const std::vector<Chunk>& cache, std::uint64_t h) {
  const Chunk* set = &cache[h & (kChunkSlots - kChunkWays)];
  for (std::size_t w = 0; w < kChunkWays; ++w) __builtin_prefetch(set + w);
}

// Adds a chunk that starts at byte `at` of the text to the evidence.
void add_chunk(const Chunk& c, std::size_t at, FastEvidence& ev) {
  ev.latin_code = ev.latin_code || c.latin_code;
  ev.kana += c.kana;
  ev.word_scripts |= c.scripts;
  for (const auto& [b, e] : c.natural)
    ev.natural_words.emplace_back(static_cast<std::uint32_t>(b + at), static_cast<std::uint32_t>(e + at));
  for (const auto& [i, n] : c.letters) ev.letters[i] += n;
  if (!c.letters.empty()) ev.any_letter = true;
  if (c.folded.empty()) return;
  if (!ev.folded.empty()) ev.folded.push_back(' ');
  std::size_t base = ev.folded.size();
  ev.folded.append(c.folded);
  for (FastEvidence::Word w : c.words) {
    w.begin += base;
    ev.words.push_back(w);
  }
}

// What the scan needs to know about a byte: an ASCII separator, a byte that may open markup, the lead byte of
// a two- or three-byte code point that is always a word character (never a separator, Han or kana: C3..DF, E1,
// E2, EA..EC, EE), the lead byte of any other multi-byte code point, or anything else.
enum ByteClass : unsigned char { kPlain, kBlank, kMarkup, kMulti, kWord2, kWord3 };

const std::array<ByteClass, 256>& byte_classes() {
  static const auto table = [] {
    std::array<ByteClass, 256> t{};
    for (int b = 0; b < 256; ++b)
      t[b] = b >= 0x80 ? kMulti : is_evidence_separator(static_cast<char32_t>(b)) ? kBlank : kPlain;
    for (int b = 0xC3; b <= 0xDF; ++b) t[b] = kWord2;
    for (int b : {0xE1, 0xE2, 0xEA, 0xEB, 0xEC, 0xEE}) t[b] = kWord3;
    for (char c : std::string_view("`<hw")) t[static_cast<unsigned char>(c)] = kMarkup;
    return t;
  }();
  return table;
}

// The length of the code point at s[i] when it is plain ASCII (not markup or a separator) or a well-formed
// word character of class kWord2 or kWord3; 0 for anything else.
inline std::size_t word_bytes(const std::array<ByteClass, 256>& cls, std::string_view s, std::size_t i) {
  const auto* d = reinterpret_cast<const unsigned char*>(s.data());
  switch (cls[d[i]]) {
    case kPlain: return 1;
    case kWord2: return i + 1 < s.size() && (d[i + 1] & 0xC0) == 0x80 ? 2 : 0;
    case kWord3: return i + 2 < s.size() && (d[i + 1] & 0xC0) == 0x80 && (d[i + 2] & 0xC0) == 0x80 ? 3 : 0;
    default: return 0;
  }
}

// The outcome of looking at the code point at s[i]: a separator, a code point of a word (CJK or not), or a
// markup opener, which ends the scan (the text goes to the one-pass path, which blanks markup).
enum class Step { kWord, kCjk, kSeparator, kMarkup };

inline Step step_at(const std::array<ByteClass, 256>& cls, std::string_view s, std::size_t& i) {
  auto b = static_cast<unsigned char>(s[i]);
  switch (cls[b]) {
    case kPlain: ++i; return Step::kWord;
    case kBlank: ++i; return Step::kSeparator;
    case kMarkup: {
      std::string_view r = s.substr(i, 4);
      if (b == '`' || b == '<' || r == "http" || r == "www.") return Step::kMarkup;
      ++i;
      return Step::kWord;
    }
    case kWord2:
    case kWord3:
      if (std::size_t k = word_bytes(cls, s, i)) {
        i += k;
        return Step::kWord;
      }
      break;
    case kMulti: break;
  }
  char32_t c = utf8::next_inline(s, i);
  bool maybe = b == 0xC2 || b == 0xE3 || b == 0xEF;  // The lead bytes of the non-ASCII separators.
  if (maybe && is_evidence_separator(c)) return Step::kSeparator;
  if (b < 0xE3) return Step::kWord;  // Han and kana are three-byte code points from U+3000.
  const CodePointInfo* e = lang_code_point_info(c);
  return e != nullptr && (e->script == Script::kHan || e->script == Script::kKana) ? Step::kCjk : Step::kWord;
}

// Adds the chunk text[start, end) to found and starts loading its cache set.
inline void add_found(std::string_view text, std::size_t start, std::size_t end, const std::vector<Chunk>& cache,
                      std::vector<Found>& found) {
  std::size_t n = end - start;
  Found f{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(n), 0, 0, 0};
  if (n <= kShortChunk) chunk_words(text.data() + start, n, f.head, f.tail);
  f.hash = n > kMaxChunkBytes ? 0 : chunk_hash(text.data() + start, n, f.head, f.tail);
  prefetch_slot(cache, f.hash);
  found.push_back(f);
}

// What simple_chunks() made of a text.
enum class SimpleScan { kDone, kMarkup, kOther };

// Finds the chunks of a text of ASCII, no-break spaces and well-formed word characters (two-byte ones, three-byte
// ones led by E1, E2, EA..EE; never separators, Han or kana) sixteen bytes at a time: the runs between ASCII blanks and no-break spaces, as the byte scan finds them.
// Stops with kMarkup at a backtick, '<', "http" or "www." (where the byte scan gives up too), and with kOther
// at any other byte of 0x80 or more or an ill-formed sequence (then the byte scan serves the text).
SimpleScan simple_chunks(std::string_view text, const std::vector<Chunk>& cache, std::vector<Found>& found) {
  const std::size_t n = text.size();
  bool in = false;        // True inside a chunk.
  unsigned pending = 0;   // Bits of this block's bytes that continue a character of the last block.
  std::size_t start = 0;
  for (std::size_t at = 0; at < n; at += 16) {
    unsigned valid = 0xFFFFu;
    scan::Block x;
    if (at + 16 <= n) {
      x = scan::load16(text.data() + at);
    } else {
      char tail[16] = {};
      std::memcpy(tail, text.data() + at, n - at);
      x = scan::load16(tail);
      valid = (1u << (n - at)) - 1;
    }
    unsigned blank = scan::eq_mask(x, ' ') | scan::eq_mask(x, '\t') | scan::eq_mask(x, '\n') | scan::eq_mask(x, '\r');
    if (unsigned high = scan::high_mask(x) & valid; high != 0 || pending != 0) {
      unsigned cont = high & ~scan::high_range_mask(x, 0xC0, 0xFF);
      unsigned c2 = scan::eq_mask(x, static_cast<char>(0xC2)) & valid;
      unsigned lead2 = (scan::high_range_mask(x, 0xC3, 0xDF) & valid) | c2;
      unsigned lead3 = (scan::high_range_mask(x, 0xEA, 0xEC) | scan::eq_mask(x, static_cast<char>(0xE1)) |
                        scan::eq_mask(x, static_cast<char>(0xE2)) | scan::eq_mask(x, static_cast<char>(0xEE)) |
                        (scan::eq_mask(x, static_cast<char>(0xED)) & (~scan::high_range_mask(x, 0xA0, 0xFF) >> 1) & 0x7FFFu)) &
                       valid;
      unsigned expected = (lead2 << 1) | (lead3 << 1) | (lead3 << 2) | pending;  // Bits 16, 17: the next block's.
      if ((high & ~(cont | lead2 | lead3)) != 0 || (expected & valid) != cont || (expected & ~valid & 0xFFFFu) != 0 ||
          (c2 & 0x8000u) != 0)
        return SimpleScan::kOther;
      pending = expected >> 16 & 3u;
      unsigned nbsp = c2 & (scan::eq_mask(x, static_cast<char>(0xA0)) >> 1);  // U+00A0 separates chunks.
      blank |= nbsp | nbsp << 1;
    }
    if ((scan::eq_mask(x, '`') | scan::eq_mask(x, '<')) & valid) return SimpleScan::kMarkup;
    for (unsigned hw = (scan::eq_mask(x, 'h') | scan::eq_mask(x, 'w')) & valid; hw != 0; hw &= hw - 1) {
      std::string_view r = text.substr(at + static_cast<std::size_t>(scan::first_bit(hw)), 4);
      if (r == "http" || r == "www.") return SimpleScan::kMarkup;
    }
    unsigned word = ~blank & valid;
    for (unsigned change = (word ^ ((word << 1) | unsigned{in})) & valid; change != 0; change &= change - 1) {
      std::size_t k = at + static_cast<std::size_t>(scan::first_bit(change));
      if (!in) start = k;
      else add_found(text, start, k, cache, found);
      in = !in;
    }
  }
  if (pending != 0) return SimpleScan::kOther;
  if (in) add_found(text, start, n, cache, found);
  return SimpleScan::kDone;
}

}  // namespace

bool gather_chunked_evidence(std::string_view text, FastEvidence& ev) {
  thread_local std::vector<Found> found;
  found.clear();
  std::vector<Chunk>& cache = chunk_cache();
  SimpleScan simple = simple_chunks(text, cache, found);
  if (simple == SimpleScan::kMarkup) return false;
  if (simple == SimpleScan::kOther) {
    found.clear();
    const auto& cls = byte_classes();
    std::size_t i = 0, n = text.size();
    while (i < n) {  // Chunks end at separators and where CJK characters meet other letters.
      std::size_t start = i;
      Step first = step_at(cls, text, i);
      if (first == Step::kMarkup) return false;
      if (first == Step::kSeparator) continue;
      while (i < n) {
        if (first == Step::kWord) {  // Plain ASCII and word characters continue a word: skip them in a tight loop.
          while (i < n) {
            std::size_t k = word_bytes(cls, text, i);
            if (k == 0) break;
            i += k;
          }
        }
        if (i == n) break;
        std::size_t at = i;
        Step st = step_at(cls, text, i);
        if (st == Step::kMarkup) return false;
        if (st != first) {
          i = at;
          break;
        }
      }
      add_found(text, start, i, cache, found);
    }
  }
  clear_evidence(ev);
  ev.source = text;
  for (const Found& f : found) {
    const Chunk& c = chunk_of(cache, text.substr(f.start, f.size), f);
    if (!c.ok) return false;
    add_chunk(c, f.start, ev);
  }
  ev.scripts_known = true;
  return true;
}

}  // namespace qbank::internal
