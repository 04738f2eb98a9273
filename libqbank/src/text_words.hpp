#pragma once
// Small word-level helpers for the line classifiers: letters, lowercase and word splitting.

#include <string>
#include <string_view>
#include <vector>

#include "utf8.hpp"

namespace qbank::detail::txt {

// is_letter for code points from U+0080 on.
bool is_letter_slow(char32_t c);

// True for a letter or digit of any script (punctuation, symbols, spaces and emoji are not).
inline bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return is_letter_slow(c);
}

// True for a Han, Hiragana, Katakana or Hangul character.
bool is_cjk(char32_t c);

// Lowercases one code point (ASCII, Latin-1, Latin Extended-A pairs, Greek and Cyrillic).
char32_t to_lower_cp(char32_t c);

// True for an uppercase letter (ASCII, Latin-1 or Cyrillic).
bool is_upper_cp(char32_t c);

// Lowercases a whole text with to_lower_cp.
std::string lower_text(std::string_view text);

// Lowercases a whole text with to_lower_cp into out (replacing its contents, reusing its capacity).
void lower_text_into(std::string_view text, std::string& out);

// Splits text into words (runs of letters, digits, apostrophes and inner hyphens).
std::vector<std::string_view> split_words(std::string_view text);

// Calls f(word) for each word of text (the same words split_words returns) without allocating.
template <class F>
void for_each_word(std::string_view text, F&& f);

// Counts the words of text.
std::size_t count_words(std::string_view text);

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

template <class F>
void for_each_word(std::string_view text, F&& f) {
  std::size_t start = std::string_view::npos;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t at = i;
    char32_t c = next_cp(text, i);
    bool inner = (c == '\'' || c == U'\u2019' || c == '-') && start != std::string_view::npos;
    if (is_letter(c) || inner) {
      if (start == std::string_view::npos) start = at;
      continue;
    }
    if (start != std::string_view::npos) f(text.substr(start, at - start));
    start = std::string_view::npos;
  }
  if (start != std::string_view::npos) f(text.substr(start));
}

}  // namespace qbank::detail::txt
