// MediaWiki tables ("{|" … "|}") in a plain-text document: each is written out as HTML, line for line, and read
// by the HTML reader's table rules, so that a wiki table is read like the same table in a page.
#include <algorithm>
#include <cctype>

#include "normalize/text/mediawiki.hpp"
#include "normalize/text/units.hpp"

namespace qbank::internal::txt {
namespace {

// True when the trimmed line starts with prefix.
bool opens_with(std::string_view t, std::string_view prefix) { return t.substr(0, prefix.size()) == prefix; }

// The text of a cell without its attributes ("style=\"…\" | text" gives "text").
std::string_view cell_content(std::string_view cell) {
  std::size_t bar = cell.find('|');
  if (bar == std::string_view::npos || cell.substr(0, bar).find('=') == std::string_view::npos ||
      cell.substr(0, bar).find("[[") != std::string_view::npos)
    return trim(cell);
  return trim(cell.substr(bar + 1));
}

// Appends the cells of a row line (after its leading '|' or '!'), split at "||" (and "!!" in header lines),
// each opened with tag.
void append_cells(std::string& out, std::string_view rest, bool header) {
  std::size_t start = 0;
  while (true) {
    std::size_t split = rest.find("||", start);
    if (header) split = std::min(split, rest.find("!!", start));
    std::string_view cell = rest.substr(start, split == std::string_view::npos ? std::string_view::npos : split - start);
    out += header ? "<th>" : "<td>";
    append_wiki_inline(out, cell_content(cell), true);
    if (split == std::string_view::npos) return;
    start = split + 2;
  }
}

// Writes lines [first, last] of a wiki table as HTML, one output line per input line.
std::string table_html(const std::vector<TextLine>& lines, std::size_t first, std::size_t last) {
  std::string html;
  bool row = false;  // A row is open.
  for (std::size_t k = first; k <= last; ++k) {
    std::string_view t = lines[k].text;
    if (opens_with(t, "{|")) {
      html += "<table>";
    } else if (opens_with(t, "|}")) {
      html += "</table>";
      row = false;
    } else if (opens_with(t, "|+")) {
      html += "<caption>";
      append_wiki_inline(html, trim(t.substr(2)), true);
      html += "</caption>";
    } else if (opens_with(t, "|-")) {
      html += "<tr>";
      row = true;
    } else if (opens_with(t, "|") || opens_with(t, "!")) {
      if (!row) html += "<tr>";
      row = true;
      append_cells(html, t.substr(1), t[0] == '!');
    } else {
      append_wiki_inline(html, t, true);
    }
    html.push_back('\n');
  }
  return html;
}

}  // namespace

std::vector<WikiTable> read_wiki_tables(std::vector<TextLine>& lines, const NormalizeOptions& options) {
  std::vector<WikiTable> tables;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!opens_with(lines[i].text, "{|")) continue;
    std::size_t last = i;
    int open = 0;
    for (; last < lines.size(); ++last) {
      std::string_view t = lines[last].text;
      open += opens_with(t, "{|") ? 1 : opens_with(t, "|}") ? -1 : 0;
      if (open == 0) break;
    }
    if (last == lines.size()) break;  // An unclosed table is read as lines.
    WikiTable table;
    table.first = i;
    table.last = last;
    if (read_html_fragment(table_html(lines, i, last), static_cast<std::int64_t>(i), options, table.out).ok() &&
        !table.out.items.empty()) {
      for (std::size_t k = i; k <= last; ++k) {
        lines[k].blank = true;
        lines[k].text = {};
        lines[k].marker = Marker{};
        lines[k].titled = lines[k].leaf_title = lines[k].parent_title = lines[k].underline = false;
      }
      tables.push_back(std::move(table));
    }
    i = last;
  }
  return tables;
}

void take_table_output(const std::vector<TextLine>& lines, const WikiTable& table,
                       const std::optional<std::string>& topic, ReaderOutput& out) {
  for (const RawItem& it : table.out.items) {
    RawItem& item = out.items.emplace_back(it);
    std::size_t k = static_cast<std::size_t>(std::max<std::int64_t>(item.line, 1) - 1);
    if (k < lines.size()) item.raw = std::string(lines[k].raw);
    if (!item.topic) item.topic = topic;
  }
  out.rejected.insert(out.rejected.end(), table.out.rejected.begin(), table.out.rejected.end());
  out.diagnostics.insert(out.diagnostics.end(), table.out.diagnostics.begin(), table.out.diagnostics.end());
}

void add_table_units(std::vector<WikiTable>& tables, UnitList& list) {
  if (tables.empty()) return;
  std::vector<Unit> merged;
  merged.reserve(list.units.size() + tables.size());
  std::size_t u = 0;
  for (std::size_t k = 0; k < tables.size(); ++k) {
    while (u < list.units.size() && list.units[u].line < tables[k].first) merged.push_back(list.units[u++]);
    Unit t;
    t.kind = UnitKind::kTable;
    t.line = tables[k].first;
    t.first = list.tables.size() + k;
    t.count[0] = t.count[1] = t.count[2] = 0;
    merged.push_back(t);
  }
  while (u < list.units.size()) merged.push_back(list.units[u++]);
  list.units = std::move(merged);
  for (WikiTable& t : tables) list.tables.push_back(std::move(t));
}

}  // namespace qbank::internal::txt
