// Technical abbreviations read as the words they stand for, parsed once from the embedded data file.

#include "dedup/abbreviations.hpp"

#include <unordered_map>
#include <vector>

#include "base/utf8.hpp"
#include "dedup/data_file.hpp"

namespace qbank::internal {
namespace {

// One line of the data file: the language it holds for ("*" for every language) and the expansion.
struct Expansion {
  std::string lang;
  std::string words;
};

// The parsed data file: expansions by lower-case abbreviation.
const std::unordered_map<std::string, std::vector<Expansion>>& table() {
  static const auto parsed = [] {
    std::unordered_map<std::string, std::vector<Expansion>> out;
    each_data_line<3>(dedup_data::abbreviations_text(), [&](const auto& f) {
      out[std::string(f[1])].push_back({std::string(f[0]), std::string(f[2])});
    });
    return out;
  }();
  return parsed;
}

// The class of the character at text[i] for finding words, with its length in bytes: 1 ASCII letter or digit,
// 2 Cyrillic letter (two-byte UTF-8 with lead byte D0-D3), 0 anything else (its length up to the next lead byte).
int word_class(std::string_view text, std::size_t i, std::size_t& length) {
  auto c = static_cast<unsigned char>(text[i]);
  length = 1;
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') ? 1 : 0;
  while (i + length < text.size() && (static_cast<unsigned char>(text[i + length]) & 0xC0) == 0x80) ++length;
  return c >= 0xD0 && c <= 0xD3 && length == 2 ? 2 : 0;
}

// Returns the lower-case key of a word written as an abbreviation is (capitals with an optional final "s", or
// with a digit), or "" for any other word.
std::string abbreviation_key(std::string_view word) {
  bool digit = false, capitals = true;
  std::string key;
  for (std::size_t k = 0; k < word.size();) {
    char32_t c = utf8::next(word, k);
    bool capital = (c >= 'A' && c <= 'Z') || (c >= 0x400 && c <= 0x42F);
    if (c >= '0' && c <= '9') digit = true;
    else if (!capital && !(c == 's' && k == word.size() && key.size() >= 2)) capitals = false;
    if (c >= 'A' && c <= 'Z') c += 32;
    else if (c >= 0x410 && c <= 0x42F) c += 32;
    else if (c >= 0x400 && c <= 0x40F) c += 80;
    utf8::append(key, c);
  }
  return digit || capitals ? key : std::string();
}

}  // namespace

// True when the text has two capitals in a row (ASCII or Cyrillic) or a digit beside an ASCII letter, as every
// listed abbreviation has: most texts have neither and are not read word by word.
bool may_hold_abbreviation(std::string_view text) {
  bool capital = false, letter = false, digit = false;  // What the previous character was.
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    bool is_digit = c >= '0' && c <= '9';
    bool is_letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    bool is_capital = (c >= 'A' && c <= 'Z') ||
                      (c == 0xD0 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0xAF);
    if ((is_capital && capital) || (is_digit && letter) || (is_letter && digit)) return true;
    if (c == 0xD0 && is_capital) ++i;
    capital = is_capital, letter = is_letter, digit = is_digit;
  }
  return false;
}

bool expand_abbreviations(std::string_view text, std::string_view lang, std::string& out) {
  constexpr std::size_t kLongest = 16;  // Bytes of the longest abbreviation looked up.
  if (!may_hold_abbreviation(text)) return false;
  const auto& abbreviations = table();
  bool any = false;
  std::size_t copied = 0;  // Bytes of text already written to out.
  std::size_t length = 0;
  for (std::size_t i = 0; i < text.size();) {
    int cls = word_class(text, i, length);
    if (cls == 0) {
      i += length;
      continue;
    }
    std::size_t start = i;
    bool worth = false;  // A capital or a digit: the word may be written as an abbreviation is.
    while (i < text.size() && word_class(text, i, length) == cls) {
      auto c = static_cast<unsigned char>(text[i]);
      worth = worth || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              (c == 0xD0 && static_cast<unsigned char>(text[i + 1]) <= 0xAF);  // А-Я, Ѐ-Џ.
      i += length;
    }
    if (!worth || i - start > kLongest) continue;
    char before = start > 0 ? text[start - 1] : ' ';
    char after = i < text.size() ? text[i] : ' ';
    bool dotted = after == '.' && i + 1 < text.size() && word_class(text, i + 1, length) != 0;
    if (before == '.' || before == '_' || after == '_' || dotted) continue;  // "Node.JS", "MAX_DB".
    std::string key = abbreviation_key(text.substr(start, i - start));
    if (key.empty()) continue;
    auto found = abbreviations.find(key);
    if (found == abbreviations.end()) continue;
    for (const Expansion& e : found->second) {
      if (e.lang != "*" && e.lang != lang) continue;
      if (!any) out.clear();
      any = true;
      out.append(text.substr(copied, start - copied)).append(e.words);
      copied = i;
      break;
    }
  }
  if (any) out.append(text.substr(copied));
  return any;
}

}  // namespace qbank::internal
