// Options of quiz text: "A) …", "b. …", "(क) …", "① …" lines, one option or a row of them per line.
#include "normalize/text/units.hpp"
#include "normalize/text/words.hpp"

namespace qbank::internal::txt {
namespace {

// True for a circled digit or letter used to number options ("①", "Ⓐ", "ⓐ").
bool circled(char32_t c) { return (c >= 0x2460 && c <= 0x2473) || (c >= 0x24B6 && c <= 0x24E9); }

// True for an option letter: an ASCII letter, or one letter of another script ("क", "α", "а").
bool option_letter(char32_t c) { return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : is_letter(c) && !is_cjk(c); }

}  // namespace

std::size_t option_marker(std::string_view t) {
  if (t.empty()) return 0;
  std::size_t k = 0;
  char32_t c = next_cp(t, k);
  if (circled(c)) {
    while (k < t.size() && t[k] == ' ') ++k;
    return k < t.size() ? k : 0;
  }
  std::size_t end = 0;
  if (c == '(') {
    std::size_t j = k;
    char32_t letter = j < t.size() ? next_cp(t, j) : 0;
    if (!option_letter(letter) || j >= t.size() || t[j] != ')') return 0;
    end = j + 1;
  } else {
    if (!option_letter(c) || k >= t.size() || (t[k] != ')' && !(c < 0x80 && t[k] == '.'))) return 0;
    end = k + 1;
  }
  if (end >= t.size() || t[end] != ' ') return 0;
  while (end < t.size() && t[end] == ' ') ++end;
  return end < t.size() ? end : 0;
}

std::vector<std::string_view> split_option_row(std::string_view t) {
  std::vector<std::string_view> out;
  std::size_t start = option_marker(t);
  if (start == 0) return out;
  for (std::size_t i = start; i < t.size(); ++i) {
    if (t[i] != ' ' || i + 1 >= t.size() || t[i + 1] == ' ') continue;
    if (std::size_t m = option_marker(t.substr(i + 1)); m != 0) {
      out.push_back(trim(t.substr(start, i - start)));
      start = i + 1 + m;
      i = start - 1;
    }
  }
  out.push_back(trim(t.substr(start)));
  return out;
}

}  // namespace qbank::internal::txt
