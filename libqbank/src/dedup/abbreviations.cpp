// Technical abbreviations read as the words they stand for, parsed once from the embedded data file.

#include "dedup/abbreviations.hpp"

#include <unordered_map>
#include <vector>

#include "base/utf8.hpp"

namespace qbank::internal {
namespace {

// One line of the data file: the language it holds for ("*" for every language) and the expansion.
struct Expansion {
  std::string lang;
  std::string words;
};

// Returns s without the spaces around it.
std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// The parsed data file: expansions by lower-case abbreviation.
const std::unordered_map<std::string, std::vector<Expansion>>& table() {
  static const auto parsed = [] {
    std::unordered_map<std::string, std::vector<Expansion>> out;
    std::string_view text = dedup_data::abbreviations_text();
    while (!text.empty()) {
      std::size_t end = text.find('\n');
      std::string_view line = text.substr(0, end);
      text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
      std::size_t a = line.find('|');
      std::size_t b = a == std::string_view::npos ? a : line.find('|', a + 1);
      if (line.empty() || line.front() == '#' || b == std::string_view::npos) continue;
      out[std::string(trimmed(line.substr(a + 1, b - a - 1)))].push_back(
          {std::string(trimmed(line.substr(0, a))), std::string(trimmed(line.substr(b + 1)))});
    }
    return out;
  }();
  return parsed;
}

// The class of a code point for finding words: 1 ASCII letter or digit, 2 Cyrillic letter, 0 anything else.
int word_class(char32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return 1;
  return c >= 0x400 && c <= 0x4FF ? 2 : 0;
}

// True for a capital letter of the scripts abbreviations are written in.
bool is_capital(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 0x400 && c <= 0x42F); }

// Returns the lower case of a capital (ASCII or Cyrillic), else c.
char32_t lower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

// Returns the lower-case key of a word written as an abbreviation is (capitals with an optional final "s", or
// with a digit), or "" for any other word.
std::string abbreviation_key(std::u32string_view word) {
  bool digit = false, capitals = true;
  for (std::size_t k = 0; k < word.size(); ++k) {
    char32_t c = word[k];
    if (c >= '0' && c <= '9') digit = true;
    else if (!is_capital(c) && !(c == 's' && k + 1 == word.size() && k >= 2)) capitals = false;
  }
  if (!digit && !capitals) return {};
  std::string key;
  for (char32_t c : word) utf8::append(key, lower(c));
  return key;
}

}  // namespace

bool expand_abbreviations(std::string_view text, std::string_view lang, std::string& out) {
  const auto& abbreviations = table();
  bool any = false;
  std::size_t copied = 0;  // Bytes of text already written to out.
  std::size_t i = 0;
  char32_t before = 0;  // The code point before the current word.
  std::u32string word;
  while (i < text.size()) {
    std::size_t start = i;
    char32_t c = utf8::next(text, i);
    int cls = word_class(c);
    if (cls == 0) {
      before = c;
      continue;
    }
    word.assign(1, c);
    std::size_t end = i;
    while (end < text.size()) {
      std::size_t next = end;
      char32_t d = utf8::next(text, next);
      if (word_class(d) != cls) break;
      word.push_back(d);
      end = next;
    }
    i = end;
    char32_t after = 0;
    std::size_t after_at = end;
    if (end < text.size()) after = utf8::next(text, after_at);
    char32_t after_next = 0;
    if (after_at < text.size()) after_next = utf8::next(text, after_at);
    bool in_name = before == '.' || before == '_' || after == '_' || (after == '.' && word_class(after_next) != 0);
    before = word.back();
    if (word.size() > 8 || in_name) continue;
    std::string key = abbreviation_key(word);
    if (key.empty()) continue;
    auto found = abbreviations.find(key);
    if (found == abbreviations.end()) continue;
    for (const Expansion& e : found->second) {
      if (e.lang != "*" && e.lang != lang) continue;
      if (!any) out.clear();
      any = true;
      out.append(text.substr(copied, start - copied)).append(e.words);
      copied = end;
      break;
    }
  }
  if (any) out.append(text.substr(copied));
  return any;
}

}  // namespace qbank::internal
