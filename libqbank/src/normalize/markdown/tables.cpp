// Markdown tables: rows split into cells, and tables with a question column read as one question per row.
#include "normalize/field_map.hpp"
#include "normalize/markdown/walker.hpp"
#include "normalize/text/words.hpp"

namespace qbank::internal::md {
namespace {

// Column indexes of a question table (-1: no such column).
struct TableColumns {
  int text = -1;    // The question column.
  int answer = -1;  // The answer column.
  int code = -1;    // The code column.
};

// Maps header cells to columns; the question column must carry a question name ("Question", "Q", "Вопрос").
TableColumns table_columns(const std::vector<std::string>& header) {
  TableColumns c;
  int rank[3] = {99, 99, 99};
  for (std::size_t k = 0; k < header.size(); ++k) {
    auto f = field_for_name(inline_text(header[k]));
    if (!f) continue;
    int slot = f->first == Field::kText ? 0 : f->first == Field::kAnswer ? 1 : f->first == Field::kCode ? 2 : -1;
    if (slot < 0 || f->second >= rank[slot]) continue;
    rank[slot] = f->second;
    (slot == 0 ? c.text : slot == 1 ? c.answer : c.code) = static_cast<int>(k);
  }
  if (rank[0] != 0) c.text = -1;
  return c;
}

// The cell at column k of a row, or empty.
std::string cell(const std::vector<std::string>& cells, int k) {
  return k >= 0 && static_cast<std::size_t>(k) < cells.size() ? cells[static_cast<std::size_t>(k)] : std::string();
}

}  // namespace

std::vector<std::string> table_cells(std::string_view row) {
  std::string_view t = txt::trim(row);
  if (!t.empty() && t[0] == '|') t.remove_prefix(1);
  if (!t.empty() && t.back() == '|' && (t.size() < 2 || t[t.size() - 2] != '\\')) t.remove_suffix(1);
  std::vector<std::string> cells(1);
  bool code = false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c == '\\' && i + 1 < t.size() && t[i + 1] == '|') {
      cells.back().push_back('|');
      ++i;
    } else if (c == '|' && !code) {
      cells.emplace_back();
    } else {
      code = c == '`' ? !code : code;
      cells.back().push_back(c);
    }
  }
  for (auto& s : cells) s = std::string(txt::trim(s));
  return cells;
}

bool is_table_rule(std::string_view row) {
  auto cells = table_cells(row);
  for (const auto& c : cells)
    if (c.find('-') == std::string::npos || c.find_first_not_of("-: ") != std::string::npos) return false;
  return !cells.empty();
}

bool Walker::contents_table(std::size_t first, std::size_t last, int column) const {
  int rows = 0, anchors = 0;
  for (std::size_t k = first; k <= last; ++k) {
    std::string c = cell(table_cells(blocks[k].text), column);
    if (c.empty()) continue;
    ++rows;
    anchors += is_anchor_link(c);
  }
  return anchors > 0 && anchors * 2 >= rows;
}

std::size_t Walker::table(std::size_t i) {
  std::size_t last = i;
  while (last + 1 < blocks.size() && blocks[last + 1].kind == BlockKind::kTable &&
         blocks[last + 1].first == blocks[last].last + 1 && blocks[last + 1].details == blocks[i].details)
    ++last;
  TableColumns cols;
  bool header = last > i && is_table_rule(blocks[i + 1].text);
  if (header) cols = table_columns(table_cells(blocks[i].text));
  if (header && (cols.answer < 0 || (cols.text < 0 && !answering()))) {  // Columns the header does not name.
    std::vector<std::vector<std::string>> body;
    for (std::size_t k = i + 2; k <= last; ++k) {
      body.emplace_back();
      for (const std::string& c : table_cells(blocks[k].text)) body.back().push_back(inl(c));
    }
    std::vector<std::string> names;
    for (const std::string& c : table_cells(blocks[i].text)) names.push_back(inl(c));
    ColumnIndex index;
    auto set = [&](Field f, int k) { if (k >= 0) index[static_cast<std::size_t>(f)] = static_cast<std::size_t>(k); };
    set(Field::kText, cols.text);
    set(Field::kAnswer, cols.answer);
    set(Field::kCode, cols.code);
    move_question_column_off_codes(body, index);
    infer_answer_column(names, body, index);
    if (!answering()) infer_question_column(body, index);
    if (auto t = index[static_cast<std::size_t>(Field::kText)]) cols.text = static_cast<int>(*t);
    if (auto a = index[static_cast<std::size_t>(Field::kAnswer)]; a && cols.text >= 0) cols.answer = static_cast<int>(*a);
  }
  if (cols.text < 0) {
    for (std::size_t k = i; k <= last; ++k) answering() ? add_answer(inl(blocks[k].text)) : reject(blocks[k], "table");
    return last;
  }
  if (contents_table(i + 2, last, cols.text)) {
    for (std::size_t k = i; k <= last; ++k) reject(blocks[k], "table of contents");
    return last;
  }
  reject(blocks[i], "table header");
  reject(blocks[i + 1], "table header");
  auto t = topic();
  for (std::size_t k = i + 2; k <= last; ++k) {
    auto cells = table_cells(blocks[k].text);
    std::string q = inl(cell(cells, cols.text));
    if (q.empty()) {
      reject(blocks[k], "empty row");
      continue;
    }
    if (!txt::has_letter(q)) {  // a number or a mark ("| 3 | 25 |"): a row of a score table
      reject(blocks[k], "not question-like");
      continue;
    }
    start(blocks[k], q, Owner::kTable, t);
    add_answer(inl(cell(cells, cols.answer)));
    if (std::string c = cell(cells, cols.code); !c.empty()) item().code = c;
  }
  cur_open = false;
  return last;
}

bool Walker::html_table(std::size_t& i) {
  return blocks[i].table_end != 0 && html_fragment(i, blocks[i].table_end);
}

namespace {

// When the trimmed line opens an HTML list ("<ul>", "<ol start=\"3\">"), the index of the line that closes it (nested
// lists counted) in lines; 0 otherwise.
std::size_t html_list_end(const std::vector<std::string_view>& lines, std::size_t first) {
  auto opens_list = [](std::string_view t) {
    return t.size() >= 4 && t[0] == '<' && (t[1] == 'u' || t[1] == 'o') && t[2] == 'l' && (t[3] == '>' || t[3] == ' ');
  };
  if (first >= lines.size() || !opens_list(txt::lower_text(txt::trim(lines[first])))) return 0;
  int open = 0;
  for (std::size_t k = first; k < lines.size(); ++k) {
    std::string l = txt::lower_text(lines[k]);
    for (std::size_t at = l.find('<'); at != std::string::npos; at = l.find('<', at + 1)) {
      std::string_view tag = std::string_view(l).substr(at);
      if (opens_list(tag)) ++open;
      else if (tag.starts_with("</ul>") || tag.starts_with("</ol>")) --open;
    }
    if (open <= 0) return k > first ? k : 0;
  }
  return 0;
}

}  // namespace

bool Walker::html_list(std::size_t& i) {
  std::size_t end = html_list_end(lines, blocks[i].first);
  return end != 0 && html_fragment(i, end);
}

bool Walker::html_fragment(std::size_t& i, std::size_t last) {
  const Block& b = blocks[i];
  if (b.quote > 0 || answering() || furniture_level > 0 || options == nullptr) return false;
  std::string html;
  for (std::size_t k = b.first; k <= last; ++k) html.append(lines[k]).push_back('\n');
  ReaderOutput part;
  if (!read_html_fragment(html, static_cast<std::int64_t>(b.first), *options, part).ok() || part.items.empty())
    return false;
  auto t = topic();
  for (RawItem& it : part.items) {
    if (!it.topic) it.topic = t;
    out.items.push_back(std::move(it));
    if (section >= 0) ++out.sections[static_cast<std::size_t>(section)].found;
  }
  for (RejectedLine& r : part.rejected) out.rejected.push_back(std::move(r));
  cur = -1;
  owner = Owner::kNone;
  cur_open = false;
  while (i + 1 < blocks.size() && blocks[i + 1].first <= last) ++i;
  return true;
}

}  // namespace qbank::internal::md
