// Splits Markdown into blocks: front matter, fenced code, ATX and setext headings, list items, paragraphs,
// HTML, tables and link reference definitions.
#include "normalize/markdown/blocks.hpp"

#include <algorithm>
#include <cctype>

namespace qbank::internal::md {
namespace {

using txt::trim;

// Counts case-insensitive occurrences of a lowercase ASCII needle in s.
int count_ci(std::string_view s, std::string_view needle) {
  int n = 0;
  for (std::size_t i = 0; i + needle.size() <= s.size(); ++i) {
    bool eq = true;
    for (std::size_t k = 0; k < needle.size() && eq; ++k)
      eq = std::tolower(static_cast<unsigned char>(s[i + k])) == needle[k];
    if (eq) ++n;
  }
  return n;
}

// Returns the fence ("```" or "~~~" run) opening the line, or an empty view.
std::string_view fence_of(std::string_view t) {
  if (t.size() < 3 || (t[0] != '`' && t[0] != '~')) return {};
  std::size_t n = 0;
  while (n < t.size() && t[n] == t[0]) ++n;
  return n >= 3 ? t.substr(0, n) : std::string_view{};
}

// Returns the heading level of a line (1-6), or 0 when it is not an ATX heading.
int heading_level(std::string_view t) {
  int n = 0;
  while (n < static_cast<int>(t.size()) && t[static_cast<std::size_t>(n)] == '#') ++n;
  if (n == 0 || n > 6) return 0;
  if (static_cast<std::size_t>(n) < t.size() && t[static_cast<std::size_t>(n)] != ' ' &&
      t[static_cast<std::size_t>(n)] != '\t')
    return 0;
  return n;
}

// True for a thematic break ("---", "***", "___", spaced or not).
bool is_rule(std::string_view t) {
  if (t.size() < 3 || (t[0] != '-' && t[0] != '*' && t[0] != '_')) return false;
  int n = 0;
  for (char c : t) {
    if (c == t[0]) ++n;
    else if (c != ' ') return false;
  }
  return n >= 3;
}

// True for a line that is an HTML tag line ("<div ...>", "</details>", "<p align=...>").
bool is_html_line(std::string_view t) {
  return t.size() >= 2 && t[0] == '<' && (std::isalpha(static_cast<unsigned char>(t[1])) || t[1] == '/' || t[1] == '!');
}

// Returns the setext heading level an underline line gives ("===" 1, "---" 2), or 0.
int setext_level(std::string_view raw, std::string_view t) {
  if (txt::indent_of(raw) > 3 || t.size() < 2 || (t[0] != '=' && t[0] != '-')) return 0;
  if (t.find_first_not_of(t[0]) != std::string_view::npos) return 0;
  return t[0] == '=' ? 1 : 2;
}

// When the line is a link reference definition ("[ref]: https://…"), sets label and returns true.
bool definition_label(std::string_view raw, std::string_view t, std::string_view& label) {
  if (txt::indent_of(raw) > 3 || t.size() < 4 || t[0] != '[') return false;
  std::size_t close = t.find("]:");
  if (close == std::string_view::npos || close < 2 || t.substr(1, close - 1).find_first_of("[]") != std::string_view::npos)
    return false;
  if (trim(t.substr(close + 2)).empty()) return false;
  label = t.substr(1, close - 1);
  return true;
}

// Removes an ATX heading mark that opens a list item's content ("1. ### What is React?").
std::string_view item_content(std::string_view content) {
  int level = heading_level(content);
  return level > 0 ? trim(content.substr(static_cast<std::size_t>(level))) : content;
}

// True when the text ends with a question mark ('?' or the full-width "？").
bool ends_with_question_mark(std::string_view text) {
  std::string_view t = trim(text);
  return (!t.empty() && t.back() == '?') || (t.size() >= 3 && t.substr(t.size() - 3) == "\xEF\xBC\x9F");
}

}  // namespace

std::vector<Block> split_blocks(const std::vector<std::string_view>& lines) {
  std::vector<Block> blocks;
  int details = 0;
  bool para_open = false;
  std::size_t i = 0, n = lines.size();
  auto push = [&](BlockKind kind, std::size_t first, std::size_t last, std::string text, int level = 0) {
    Block b;
    b.kind = kind;
    b.first = first;
    b.last = last;
    b.text = std::move(text);
    b.level = level;
    b.details = details;
    blocks.push_back(std::move(b));
    para_open = false;
  };
  if (n > 0 && trim(lines[0]) == "---") {
    std::size_t j = 1;
    while (j < n && trim(lines[j]) != "---") ++j;
    if (j < n) {
      push(BlockKind::kFrontMatter, 0, j, "");
      i = j + 1;
    }
  }
  for (; i < n; ++i) {
    std::string_view raw = lines[i];
    std::string_view t = trim(raw);
    if (t.empty()) {
      para_open = false;
      continue;
    }
    if (auto fence = fence_of(t); !fence.empty()) {
      int indent = txt::indent_of(raw);
      std::string body;
      std::size_t j = i + 1;
      for (; j < n; ++j) {
        std::string_view tj = trim(lines[j]);
        if (tj.substr(0, fence.size()) == fence && fence_of(tj).size() >= fence.size() &&
            trim(tj.substr(fence_of(tj).size())).empty())
          break;
        std::string_view r = txt::rtrim(lines[j]);
        int cut = 0;
        while (cut < indent && static_cast<std::size_t>(cut) < r.size() && r[static_cast<std::size_t>(cut)] == ' ') ++cut;
        body.append(r.substr(static_cast<std::size_t>(cut))).push_back('\n');
      }
      while (!body.empty() && body.back() == '\n') body.pop_back();
      push(BlockKind::kCode, i, j < n ? j : n - 1, std::move(body), indent);
      i = j < n ? j : n;
      continue;
    }
    if (is_html_line(t)) {
      int opens = count_ci(t, "<details"), closes = count_ci(t, "</details");
      push(BlockKind::kHtml, i, i, std::string(t));
      blocks.back().opens_details = opens > 0;
      details += opens;
      blocks.back().details = details;
      details = std::max(0, details - closes);
      continue;
    }
    if (int level = heading_level(t)) {
      std::string_view h = trim(t.substr(static_cast<std::size_t>(level)));
      while (!h.empty() && h.back() == '#') h = trim(h.substr(0, h.size() - 1));
      push(BlockKind::kHeading, i, i, std::string(h), level);
      continue;
    }
    if (int level = para_open && !blocks.empty() && blocks.back().kind == BlockKind::kParagraph ? setext_level(raw, t) : 0) {
      blocks.back().kind = BlockKind::kHeading;
      blocks.back().level = level;
      blocks.back().last = i;
      para_open = false;
      continue;
    }
    if (is_rule(t)) {
      push(BlockKind::kRule, i, i, "");
      continue;
    }
    if (t[0] == '|') {
      push(BlockKind::kTable, i, i, std::string(t));
      continue;
    }
    txt::Marker m = txt::parse_marker(raw);
    bool item = (m.kind == txt::MarkerKind::kBullet && m.bullet != U'–' && m.bullet != U'—') ||
                m.kind == txt::MarkerKind::kNumber || (m.kind == txt::MarkerKind::kHeader && m.bullet != 0);
    if (item) {
      push(BlockKind::kItem, i, i, std::string(item_content(m.content)), m.indent);
      blocks.back().marker = m.kind;
      bool inside = m.content.data() >= raw.data() && m.content.data() <= raw.data() + raw.size();
      blocks.back().column = inside ? static_cast<int>(m.content.data() - raw.data()) : m.indent + 2;
      para_open = true;  // lazy continuation lines join the item
      continue;
    }
    std::string_view unused;
    if (definition_label(raw, t, unused)) {
      push(BlockKind::kDefinition, i, i, std::string(unused));
      continue;
    }
    std::string plain = inline_text(t);
    bool labelled = strip_answer_label(plain, unused) || txt::strip_question_prefix(plain, unused);
    // A list item that already asks its question ("1. What is a transaction?") does not run on into the line
    // below it: that line is its answer (a paragraph of its own, indented under it or not).
    bool asked = !blocks.empty() && blocks.back().kind == BlockKind::kItem && ends_with_question_mark(blocks.back().text);
    if (para_open && !blocks.empty() && !labelled && !asked) {
      Block& b = blocks.back();
      b.text.push_back(' ');
      b.text.append(t);
      b.last = i;
      continue;
    }
    // A lazy line right under an asking item is read as indented under it (its answer).
    int under = asked && para_open ? blocks.back().column : 0;
    push(BlockKind::kParagraph, i, i, std::string(t), std::max(txt::indent_of(raw), under));
    para_open = true;
  }
  return blocks;
}

}  // namespace qbank::internal::md
