// gather_ascii_evidence(): the fast language evidence of a plain-ASCII text in one pass over its bytes. It
// applies the rules of gather_fast_evidence() to bytes; the per-byte facts come from the code point table, so
// both paths agree by construction (test_normalize_fast compares them with the reference code).
#include <array>

#include "lang/fast_evidence.hpp"

namespace qbank::internal {
namespace {

// What the pass needs to know about one ASCII byte.
struct AsciiInfo {
  bool latin = false;     // A Latin letter (script_of).
  bool upper = false;     // utf8proc_isupper.
  bool lower = false;     // utf8proc_islower.
  bool code = false;      // One of the characters that mark a code chunk ("_=;{}[]<>$\\|#@^~").
  int letter_index = -1;  // Index in distinguishing_letters(), or -1.
  char fold = 0;          // The folded byte of a letter or apostrophe.
};

// Bits of AsciiTable::flags: the facts of AsciiInfo that the one-word pass tests, packed into a byte.
enum : unsigned char { kLatinBit = 1, kUpperBit = 2, kLowerBit = 4, kIndexBit = 8 };

// The per-byte table and whether the pass may be used (every letter and the apostrophe fold to one byte).
struct AsciiTable {
  std::array<AsciiInfo, 128> at;
  std::array<unsigned char, 128> flags{};  // at[c] as kLatinBit | kUpperBit | kLowerBit | kIndexBit.
  std::array<char, 128> fold{};            // at[c].fold.
  bool usable = true;
};

const AsciiTable& ascii_table() {
  static const AsciiTable t = [] {
    AsciiTable out;
    const CodePointInfo* tab = lang_code_point_table();
    for (char32_t c = 0; c < 128; ++c) {
      const CodePointInfo& e = tab[c];
      AsciiInfo& a = out.at[c];
      a.latin = e.script == Script::kLatin;
      a.upper = e.upper;
      a.lower = e.lower;
      a.letter_index = e.letter_index;
      a.code = std::string_view("_=;{}[]<>$\\|#@^~").find(static_cast<char>(c)) != std::string_view::npos;
      out.flags[c] = static_cast<unsigned char>((a.latin ? kLatinBit : 0) | (a.upper ? kUpperBit : 0) |
                                                (a.lower ? kLowerBit : 0) | (a.letter_index >= 0 ? kIndexBit : 0));
      bool word_char = a.latin || c == U'\'';
      if (!word_char) continue;
      if (!e.evidence_ok || !e.fold_ok || e.fold_kind != CodePointInfo::kMap || e.fold_len != 1 || e.fold_self ||
          (a.latin && (!e.fold_word || static_cast<unsigned char>(e.fold[0]) >= 0x80 ||
                       tab[static_cast<unsigned char>(e.fold[0])].script != Script::kLatin)) ||
          (!a.latin && tab[static_cast<unsigned char>(e.fold[0])].script != Script::kNone))
        out.usable = false;
      a.fold = e.fold[0];
      out.fold[c] = a.fold;
    }
    const CodePointInfo& space = tab[static_cast<unsigned char>(' ')];
    if (!space.fold_ok || space.fold_kind != CodePointInfo::kSpace) out.usable = false;
    for (char32_t c = 0; c < 128; ++c)
      if (!tab[c].evidence_ok || tab[c].script == Script::kHan || tab[c].script == Script::kKana) out.usable = false;
    return out;
  }();
  return t;
}

inline bool is_separator(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// True when a lower-case letter is followed by an upper-case one (camelCase) in s[a, b).
bool has_camel_case(const AsciiTable& t, std::string_view s, std::size_t a, std::size_t b) {
  for (std::size_t k = a + 1; k < b; ++k)
    if (t.at[static_cast<unsigned char>(s[k])].upper && t.at[static_cast<unsigned char>(s[k - 1])].lower) return true;
  return false;
}

// True for the chunk s[a, b) that looks like code or an identifier (is_code_chunk() on bytes).
bool is_code_chunk(const AsciiTable& t, std::string_view s, std::size_t a, std::size_t b) {
  bool other = false;  // Digits and '.', '(' or ':', which the rules below look around.
  for (std::size_t k = a; k < b; ++k) {
    auto x = static_cast<unsigned char>(s[k]);
    if (t.at[x].code) return true;
    other = other || is_digit(x) || x == '.' || x == '(' || x == ':';
  }
  if (!other) return has_camel_case(t, s, a, b);  // Upper-case letters are Latin: the only rule left.
  for (std::size_t k = a; k < b; ++k) {
    auto x = static_cast<unsigned char>(s[k]);
    const AsciiInfo& e = t.at[x];
    if (e.code) return true;
    unsigned char prev = k > a ? static_cast<unsigned char>(s[k - 1]) : 0;
    unsigned char next = k + 1 < b ? static_cast<unsigned char>(s[k + 1]) : 0;
    bool prev_latin = t.at[prev].latin, next_latin = t.at[next].latin;
    bool prev_alnum = prev_latin || is_digit(prev), next_alnum = next_latin || is_digit(next);
    if ((x == '.' || x == '(' || x == ':') && prev_alnum && next != 0 && next != ' ' &&
        (next_alnum || next == ')' || next == ':'))
      return true;
    if (e.latin && prev_alnum && e.upper && t.at[prev].lower) return true;
    if (is_digit(x) && (prev_latin || next_latin)) return true;
  }
  return false;
}

// Adds the natural words of the chunk s[a, b) to the evidence, with their folded form and words.
void add_chunk_words(const AsciiTable& t, std::string_view s, std::size_t a, std::size_t b, FastEvidence& ev) {
  std::size_t i = a;
  while (i < b) {
    if (!t.at[static_cast<unsigned char>(s[i])].latin) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < b && (t.at[static_cast<unsigned char>(s[j])].latin ||
                     (s[j] == '\'' && j + 1 < b && t.at[static_cast<unsigned char>(s[j + 1])].latin)))
      ++j;
    bool acronym = j - i >= 2;
    for (std::size_t k = i; k < j && acronym; ++k) acronym = t.at[static_cast<unsigned char>(s[k])].upper;
    if (acronym) {
      ev.latin_code = true;
      i = j;
      continue;
    }
    if (!ev.folded.empty()) ev.folded.push_back(' ');
    std::size_t begin = ev.folded.size(), letters = 0;
    ev.folded.resize(begin + (j - i));
    char* out = ev.folded.data() + begin;
    for (std::size_t k = i; k < j; ++k) {
      const AsciiInfo& e = t.at[static_cast<unsigned char>(s[k])];
      if (e.letter_index >= 0) ++ev.letters[static_cast<std::size_t>(e.letter_index)], ev.any_letter = true;
      letters += e.latin;
      *out++ = e.fold;
    }
    ev.natural_words.emplace_back(static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j));
    ev.words.push_back({begin, ev.folded.size() - begin, Script::kLatin, letters});
    i = j;
  }
}

}  // namespace

namespace {

// Folds the letters that open s into out (room for s.size() bytes) up to the first byte that is not a Latin
// letter, a non-ASCII byte or the upper-case letter of a camelCase word; returns how many it took and whether
// the chunk is one word (those letters, not an acronym, then nothing but '?', '.', '!' or ','). any gets the
// bits of every letter taken.
std::size_t fold_word_letters(const AsciiTable& t, std::string_view s, char* out, bool& one_word, unsigned& any) {
  const std::size_t n = s.size();
  const unsigned char* in = reinterpret_cast<const unsigned char*>(s.data());
  const unsigned char* flags = t.flags.data();
  const char* fold = t.fold.data();  // Local pointers: the byte stores below may not alias them.
  std::size_t j = 0;
  unsigned all = kUpperBit, prev = 0;  // Bits and-ed, and those of the previous letter.
  any = 0;
  for (; j < n; ++j) {
    unsigned c = in[j];
    if (c >= 0x80) break;
    unsigned f = flags[c];
    if (!(f & kLatinBit)) break;
    if ((f & kUpperBit) && (prev & kLowerBit)) break;  // camelCase: a code chunk (declined below).
    all &= f;
    any |= f;
    prev = f;
    out[j] = fold[c];
  }
  one_word = j > 0 && !(j >= 2 && (all & kUpperBit));  // Letters, and not an acronym.
  for (std::size_t k = j; k < n && one_word; ++k) one_word = s[k] == '?' || s[k] == '.' || s[k] == '!' || s[k] == ',';
  return j;
}

}  // namespace

bool fold_ascii_word(std::string_view chunk, std::string& folded) {
  const AsciiTable& t = ascii_table();
  if (!t.usable) return false;
  folded.resize(chunk.size());
  bool one_word = false;
  unsigned any = 0;
  std::size_t j = fold_word_letters(t, chunk, folded.data(), one_word, any);
  if (!one_word || (any & kIndexBit)) return false;
  folded.resize(j);
  return true;
}

bool gather_ascii_word(std::string_view s, FastEvidence& ev) {
  const AsciiTable& t = ascii_table();
  if (!t.usable) return false;
  ev.folded.resize(s.size());
  bool ok = false;
  unsigned any = 0;
  std::size_t j = fold_word_letters(t, s, ev.folded.data(), ok, any);
  ev.folded.resize(ok ? j : 0);
  if (!ok) return false;
  for (std::size_t k = 0; k < j && (any & kIndexBit); ++k) {
    int index = t.at[static_cast<unsigned char>(s[k])].letter_index;
    if (index >= 0) ++ev.letters[static_cast<std::size_t>(index)], ev.any_letter = true;
  }
  ev.natural_words.emplace_back(0, static_cast<std::uint32_t>(j));
  ev.words.push_back({0, j, Script::kLatin, j});
  return true;
}

bool gather_ascii_evidence(std::string_view s, FastEvidence& ev) {
  const AsciiTable& t = ascii_table();
  if (!t.usable) return false;
  std::size_t n = s.size();
  for (std::size_t i = 0; i < n;) {
    while (i < n && is_separator(static_cast<unsigned char>(s[i]))) ++i;
    if (i == n) break;
    std::size_t j = i + 1;
    while (j < n && !is_separator(static_cast<unsigned char>(s[j]))) ++j;
    if (is_code_chunk(t, s, i, j)) {
      for (std::size_t k = i; k < j; ++k)
        if (t.at[static_cast<unsigned char>(s[k])].latin) ev.latin_code = true;
    } else {
      add_chunk_words(t, s, i, j, ev);
    }
    i = j;
  }
  return true;
}

}  // namespace qbank::internal
