#pragma once
// Reading dedup's embedded data files: "field | field | rest" lines with comments, and two-letter language codes.

#include <array>
#include <cstddef>
#include <string_view>

namespace qbank::internal {

// Returns s without the spaces, tabs and carriage return around it.
inline std::string_view data_trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Calls add(fields) for every line of a data file that holds N fields: the line cut at its first N - 1 '|', each
// field trimmed (the last one holds the rest of the line); blank lines, '#' comments and shorter lines skipped.
template <std::size_t N, typename Add>
void each_data_line(std::string_view text, Add add) {
  static_assert(N >= 2);
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (line.empty() || line.front() == '#') continue;
    std::array<std::string_view, N> fields;
    std::size_t k = 0;
    for (; k + 1 < N; ++k) {
      std::size_t bar = line.find('|');
      if (bar == std::string_view::npos) break;
      fields[k] = data_trimmed(line.substr(0, bar));
      line = line.substr(bar + 1);
    }
    if (k + 1 < N) continue;
    fields[N - 1] = data_trimmed(line);
    add(fields);
  }
}

// The slot of a two-letter lower-case language code in a table of 26 * 26 entries, or -1 for any other code.
inline int two_letter_slot(std::string_view code) {
  if (code.size() != 2 || code[0] < 'a' || code[0] > 'z' || code[1] < 'a' || code[1] > 'z') return -1;
  return (code[0] - 'a') * 26 + (code[1] - 'a');
}

}  // namespace qbank::internal
