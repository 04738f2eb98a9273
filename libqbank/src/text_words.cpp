// Word-level helpers: letter classes, lowercase mapping, word splitting.
#include "text_words.hpp"

#include "utf8.hpp"

namespace qbank::detail::txt {

bool is_letter_slow(char32_t c) {
  if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;   // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303F) return false;   // CJK punctuation
  if (c >= 0xFE30 && c <= 0xFE4F) return false;   // CJK compatibility forms
  if (c >= 0xFF00 && c <= 0xFF0F) return false;   // full-width punctuation
  if (c >= 0xFF1A && c <= 0xFF20) return false;
  if (c >= 0xFF3B && c <= 0xFF40) return false;
  if (c >= 0xFF5B && c <= 0xFF65) return false;
  if (c >= 0x1F000) return false;                 // emoji and pictographs
  return c != 0xFFFD && c != 0xFEFF;
}

bool is_cjk(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x3040 && c <= 0x30FF) ||
         (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
}

char32_t to_lower_cp(char32_t c) {
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

bool is_upper_cp(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return true;
  if ((c >= 0x391 && c <= 0x3A9) || (c >= 0x400 && c <= 0x42F)) return true;
  return false;
}

std::string lower_text(std::string_view text) {
  std::string out;
  lower_text_into(text, out);
  return out;
}

void lower_text_into(std::string_view text, std::string& out) {
  out.clear();
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      out.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
      continue;
    }
    unsigned char b1 = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if (b >= 0xC2 && b < 0xE0 && (b1 & 0xC0) == 0x80) {  // two-byte fast path (Latin-1, Cyrillic)
      char32_t c = to_lower_cp((static_cast<char32_t>(b & 0x1F) << 6) | (b1 & 0x3F));
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
      i += 2;
      continue;
    }
    utf8::append(out, to_lower_cp(utf8::next(text, i)));
  }
}

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  for_each_word(text, [&](std::string_view w) { words.push_back(w); });
  return words;
}

std::size_t count_words(std::string_view text) {
  std::size_t n = 0;
  for_each_word(text, [&](std::string_view) { ++n; });
  return n;
}

std::size_t count_chars(std::string_view text) {
  std::size_t n = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

char32_t last_char(std::string_view text) {
  while (!text.empty()) {
    std::size_t start = text.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    std::size_t i = start;
    char32_t c = utf8::next(text, i);
    bool skip = c == ' ' || c == '\t' || c == '\r' || c == '"' || c == '\'' || c == '*' || c == '_' ||
                c == U'\u201D' || c == U'\u2019' || c == U'\u00BB' || c == U'\u300D' || c == 0xA0;
    if (!skip) return c;
    text = text.substr(0, start);
  }
  return 0;
}

}  // namespace qbank::detail::txt
