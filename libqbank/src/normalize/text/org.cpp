// Org documents read line for line as plain text, so the plain-text reader finds their outline, questions and
// answers with its own rules and every line keeps its number.
#include "normalize/text/org.hpp"

#include <algorithm>
#include <cctype>

#include "normalize/text/lines.hpp"

namespace qbank::internal::txt {
namespace {

// True when t starts with prefix, letters compared without case.
bool starts_with_ci(std::string_view t, std::string_view prefix) {
  if (t.size() < prefix.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(t[k])) != prefix[k]) return false;
  return true;
}

// The kind of block a "#+BEGIN_x" line opens: 'c' for code (src, example), 'q' for text (quote, verse,
// center), 0 when the line opens none.
char block_kind(std::string_view t) {
  if (!starts_with_ci(t, "#+begin_")) return 0;
  std::string_view name = t.substr(8);
  return starts_with_ci(name, "src") || starts_with_ci(name, "example") ? 'c' : 'q';
}

// True for an Org outline line ("* Topic", "** Question").
bool outline_line(std::string_view line) {
  std::size_t k = 0;
  while (k < line.size() && line[k] == '*') ++k;
  return k > 0 && k < line.size() && line[k] == ' ';
}

// True when the document has an outline line and a "#+" keyword or block line.
bool is_org(std::string_view text) {
  bool outline = false, keyword = false;
  for (std::string_view line : line_views(text)) {
    if (outline && keyword) break;
    outline = outline || outline_line(line);
    std::string_view t = trim(line);
    keyword = keyword || (t.size() > 3 && t[0] == '#' && t[1] == '+' && std::isalpha(static_cast<unsigned char>(t[2])) &&
                          (block_kind(t) != 0 || t.find(':') != std::string_view::npos));
  }
  return outline && keyword;
}

}  // namespace

std::optional<std::string> org_to_text(std::string_view text,
                                       std::vector<std::pair<std::int64_t, std::string_view>>& metadata_lines) {
  if (!is_org(text)) return std::nullopt;
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  char block = 0;        // The block in force ('c' code, 'q' text), 0 outside one.
  std::size_t block_indent = 0;  // Spaces before the block's "#+BEGIN_" line; its code goes four further.
  bool drawer = false;   // Inside a ":PROPERTIES:" … ":END:" drawer.
  std::vector<std::string_view> lines = line_views(text);
  for (std::size_t k = 0; k < lines.size(); ++k) {
    std::string_view line = lines[k];
    std::string_view t = trim(line);
    auto number = static_cast<std::int64_t>(k + 1);
    if (block != 0) {
      std::size_t lead = std::min(line.find_first_not_of(' '), block_indent);
      if (starts_with_ci(t, "#+end_")) block = 0;
      else if (block == 'c' && !t.empty()) out.append(block_indent + 4, ' ').append(line.substr(lead));
      else out.append(line);
    } else if (drawer) {
      metadata_lines.emplace_back(number, t);
      drawer = !starts_with_ci(t, ":end:");
    } else if (char kind = block_kind(t); kind != 0) {
      block = kind;
      block_indent = std::min(line.find_first_not_of(' '), line.size());
    } else if (starts_with_ci(t, "#+title:")) {
      out.append(trim(t.substr(8)));
    } else if (t.size() > 2 && t[0] == '#' && t[1] == '+') {
      metadata_lines.emplace_back(number, t);
    } else if (starts_with_ci(t, ":properties:")) {
      metadata_lines.emplace_back(number, t);
      drawer = true;
    } else {
      out.append(line);
    }
    if (k + 1 < lines.size()) out.push_back('\n');
  }
  return out;
}

}  // namespace qbank::internal::txt
