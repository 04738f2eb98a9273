#pragma once
// Small word-level helpers for the line classifiers: letters, lowercase and word splitting.

#include <string>
#include <string_view>
#include <vector>

namespace qbank::detail::txt {

// True for a letter or digit of any script (punctuation, symbols, spaces and emoji are not).
bool is_letter(char32_t c);

// True for a Han, Hiragana, Katakana or Hangul character.
bool is_cjk(char32_t c);

// Lowercases one code point (ASCII, Latin-1, Latin Extended-A pairs, Greek and Cyrillic).
char32_t to_lower_cp(char32_t c);

// True for an uppercase letter (ASCII, Latin-1 or Cyrillic).
bool is_upper_cp(char32_t c);

// Lowercases a whole text with to_lower_cp.
std::string lower_text(std::string_view text);

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

// Decodes one code point with an inline ASCII fast path.
char32_t next_cp(std::string_view s, std::size_t& i);

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
