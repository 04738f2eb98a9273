// Admonition blocks of Python-Markdown and MkDocs, read like <details> elements.
#include "normalize/markdown/admonition.hpp"

#include <cctype>

namespace qbank::internal::md {
namespace {

// The columns of a line's leading spaces (a tab counts four).
std::size_t indent_columns(std::string_view line) {
  std::size_t cols = 0;
  for (char c : line) {
    if (c == ' ') ++cols;
    else if (c == '\t') cols += 4;
    else break;
  }
  return cols;
}

// True when a line holds only spaces and tabs.
bool blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

}  // namespace

std::optional<Admonition> admonition_opener(std::string_view line) {
  std::size_t i = line.find_first_not_of(' ');
  if (i == std::string_view::npos) return std::nullopt;
  std::string_view t = line.substr(i);
  while (!t.empty() && (t.back() == ' ' || t.back() == '\r' || t.back() == '\t')) t.remove_suffix(1);
  std::size_t k = 0;
  if (t.substr(0, 4) == "???+") k = 4;
  else if (t.substr(0, 3) == "???" || t.substr(0, 3) == "!!!") k = 3;
  else return std::nullopt;
  if (k >= t.size() || t[k] != ' ') return std::nullopt;
  while (k < t.size() && t[k] == ' ') ++k;
  std::size_t type_start = k;
  while (k < t.size() && (std::isalnum(static_cast<unsigned char>(t[k])) || t[k] == '-' || t[k] == '_')) ++k;
  Admonition a;
  a.type = t.substr(type_start, k - type_start);
  while (k < t.size() && t[k] != '"') {  // Extra class words ("note inline end").
    if (t[k] != ' ' && !std::isalnum(static_cast<unsigned char>(t[k])) && t[k] != '-' && t[k] != '_')
      return std::nullopt;
    ++k;
  }
  if (k < t.size()) {
    if (t.size() - k < 2 || t.back() != '"') return std::nullopt;
    a.title = t.substr(k + 1, t.size() - k - 2);
  }
  if (a.type.empty() && a.title.empty()) return std::nullopt;
  return a;
}

std::size_t admonition_end(const std::vector<std::string_view>& lines, std::size_t opener, std::size_t to) {
  std::size_t base = indent_columns(lines[opener]);
  std::size_t end = opener + 1;
  for (std::size_t k = opener + 1; k < to && k < lines.size(); ++k) {
    if (blank(lines[k])) continue;
    if (indent_columns(lines[k]) < base + 4) break;
    end = k + 1;
  }
  return end;
}

std::string admonition_summary(const Admonition& a, bool closed) {
  std::string title;
  if (a.title.empty()) {
    title = std::string(a.type);
    if (!title.empty()) title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
  }
  for (char c : a.title) {
    if (c == '<') title += "&lt;";
    else if (c == '>') title += "&gt;";
    else if (c == '&') title += "&amp;";
    else title.push_back(c);
  }
  return "<details><summary>" + title + "</summary>" + (closed ? "</details>" : "");
}

}  // namespace qbank::internal::md
