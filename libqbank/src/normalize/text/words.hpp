#pragma once
// Small word-level helpers for the line classifiers: letters, lowercase and word splitting.

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.hpp"

namespace qbank::internal::txt {

// is_letter for code points from U+0080 on.
bool is_letter_slow(char32_t c);

// True for a letter or digit of any script (punctuation, symbols, spaces and emoji are not).
inline bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  if (c < 0x2000) return c >= 0xC0 ? c != 0xD7 && c != 0xF7 : c == 0xAA || c == 0xB5 || c == 0xBA;
  return is_letter_slow(c);
}

// True for a Han, Hiragana, Katakana or Hangul character.
bool is_cjk(char32_t c);

// Lowercases one code point (ASCII, Latin-1, Latin Extended-A pairs, Greek and Cyrillic).
constexpr char32_t to_lower_cp(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149 && c != 0x17F) {
    bool odd_lower = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    if (odd_lower) return (c % 2 == 1) ? c + 1 : c;
    return (c % 2 == 0) ? c + 1 : c;
  }
  if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  if (c >= 0x490 && c <= 0x4BF) return (c % 2 == 0) ? c + 1 : c;
  return c;
}

// Writes the lowercase of c, read as the valid sequence of n bytes at seq, to out; returns the bytes written
// (n: lowercasing keeps a code point's length).
inline std::size_t put_lower(char32_t c, const char* seq, std::size_t n, char* out) {
  if (c < 0x80) {
    out[0] = static_cast<char>(to_lower_cp(c));
  } else if (c < 0x800) {
    utf8::encode_to(to_lower_cp(c), out);
  } else {  // to_lower_cp leaves code points from U+0800 on alone.
    for (std::size_t k = 0; k < n; ++k) out[k] = seq[k];
  }
  return n;
}

// True for an uppercase letter (ASCII, Latin-1 or Cyrillic).
bool is_upper_cp(char32_t c);

// Lowercases a whole text with to_lower_cp.
std::string lower_text(std::string_view text);

// Lowercases a whole text with to_lower_cp into out (replacing its contents, reusing its capacity).
void lower_text_into(std::string_view text, std::string& out);

// Lowercases text like lower_text into buf (cap bytes); returns the length, or cap + 1 when it does not fit.
std::size_t lower_text_to(std::string_view text, char* buf, std::size_t cap);

// A fixed set of words with a cheap lookup (open addressing on an FNV-1a hash).
class WordSet {
 public:
  // Builds the set from words that outlive it (string literals).
  WordSet(std::initializer_list<std::string_view> words) : WordSet(words.begin(), words.size()) {}

  // Builds the set from an array of words that outlive it.
  template <std::size_t N>
  explicit WordSet(const std::array<std::string_view, N>& words) : WordSet(words.data(), N) {}

  // Builds the set from n words at words that outlive it.
  WordSet(const std::string_view* words, std::size_t n);

  // True when word is in the set.
  bool contains(std::string_view word) const {
    if (word.size() > longest_) return false;
    for (std::size_t i = hash(word) & mask_;; i = (i + 1) & mask_) {
      std::string_view s = slots_[i];
      if (s.data() == nullptr) return false;
      if (s.size() == word.size() && s == word) return true;
    }
  }

  // Calls f(word) for each word of the set.
  template <class F>
  void each(F&& f) const {
    for (std::string_view s : slots_)
      if (s.data() != nullptr) f(s);
  }

  // The longest word's length in bytes.
  std::size_t longest() const { return longest_; }

  // The highest code point a word starts with (0 for an empty set).
  char32_t highest_start() const { return highest_start_; }

 private:
  // FNV-1a over the bytes of w.
  static std::size_t hash(std::string_view w) {
    std::uint32_t h = 2166136261u;
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
  }

  std::vector<std::string_view> slots_;  // The table; a null view marks a free slot.
  std::size_t mask_ = 0;                 // Table size minus one (a power of two minus one).
  std::size_t longest_ = 0;              // See longest().
  char32_t highest_start_ = 0;           // See highest_start().
};

// The longest word of a list, in bytes.
template <std::size_t N>
constexpr std::size_t longest(const std::array<std::string_view, N>& list) {
  std::size_t n = 0;
  for (auto w : list) n = w.size() > n ? w.size() : n;
  return n;
}

// True when word is in the list.
template <std::size_t N>
bool in_list(const std::array<std::string_view, N>& list, std::string_view word) {
  for (auto w : list)
    if (w.size() == word.size() && w[0] == word[0] && w == word) return true;
  return false;
}

// Splits text into words (runs of letters, digits, apostrophes and inner hyphens).
std::vector<std::string_view> split_words(std::string_view text);

// Calls f(word) for each word of text (the same words split_words returns) without allocating.
template <class F>
void for_each_word(std::string_view text, F&& f);

// Like for_each_word while f(word) returns true; stops after the first word for which it returns false.
template <class F>
void for_each_word_while(std::string_view text, F&& f);

// Counts the words of text.
std::size_t count_words(std::string_view text);

// True when the text holds a letter of some script.
bool has_letter(std::string_view text);

// Counts the code points of a UTF-8 text.
std::size_t count_chars(std::string_view text);

// Returns the last code point of text (0 when empty), ignoring closing quotes and trailing spaces.
char32_t last_char(std::string_view text);

// Decodes one code point with inline fast paths for ASCII and two-byte sequences.
inline char32_t next_cp(std::string_view s, std::size_t& i) {
  unsigned char b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    ++i;
    return b;
  }
  if (b >= 0xC2 && b < 0xE0 && i + 1 < s.size()) {
    unsigned char b1 = static_cast<unsigned char>(s[i + 1]);
    if ((b1 & 0xC0) == 0x80) {
      i += 2;
      return (static_cast<char32_t>(b & 0x1F) << 6) | (b1 & 0x3F);
    }
  }
  return utf8::next(s, i);
}

// For each ASCII byte, its part in a word: 1 for a letter or digit, 2 for an inner mark ('\'', '-'), 0 for none.
inline constexpr std::array<unsigned char, 128> kAsciiWordPart = [] {
  std::array<unsigned char, 128> t{};
  for (int c = 0; c < 128; ++c) {
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');  // is_letter
    t[c] = letter ? 1 : (c == '\'' || c == '-') ? 2 : 0;
  }
  return t;
}();

template <class F>
void for_each_word_while(std::string_view text, F&& f) {
  std::size_t start = std::string_view::npos;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t at = i;
    if (auto b = static_cast<unsigned char>(text[i]); b < 0x80) {  // ASCII: one table lookup.
      unsigned char part = kAsciiWordPart[b];
      ++i;
      if (part == 1 || (part == 2 && start != std::string_view::npos)) {
        if (start == std::string_view::npos) start = at;
        continue;
      }
      if (start != std::string_view::npos && !f(text.substr(start, at - start))) return;
      start = std::string_view::npos;
      continue;
    }
    char32_t c = next_cp(text, i);
    bool inner = (c == '\'' || c == U'\u2019' || c == '-') && start != std::string_view::npos;
    if (is_letter(c) || inner) {
      if (start == std::string_view::npos) start = at;
      continue;
    }
    if (start != std::string_view::npos && !f(text.substr(start, at - start))) return;
    start = std::string_view::npos;
  }
  if (start != std::string_view::npos) f(text.substr(start));
}

template <class F>
void for_each_word(std::string_view text, F&& f) {
  for_each_word_while(text, [&](std::string_view w) {
    f(w);
    return true;
  });
}

}  // namespace qbank::internal::txt
