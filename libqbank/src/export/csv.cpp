// CSV and TSV export: RFC 4180 quoting, a header row (optional), any delimiter, chosen columns, formula neutralisation.
#include <string>

#include "export/writers.hpp"

namespace qbank::internal {
namespace {

// Appends strings joined by sep.
void append_joined(std::string& out, const std::vector<std::string>& items, char sep) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out.push_back(sep);
    out += items[i];
  }
}

// Fills cell with the value of one column of a record (empty for a missing value).
void column_value(const Question& q, const std::string& column, char tag_sep, const TranslationTexts& tr,
                  std::vector<std::string>& lines, std::string& cell) {
  cell.clear();
  if (column == "id") cell = q.id;
  else if (column == "text") cell = q.text;
  else if (column == "answer") cell = q.answer.value_or("");
  else if (column == "tags") append_joined(cell, q.tags, tag_sep);
  else if (column == "topic") cell = q.topic.value_or("");
  else if (column == "lang") cell = q.lang;
  else if (column == "code") cell = q.code.value_or("");
  else if (column == "choices") append_joined(cell, q.choices, '\n');
  else if (column == "notes") append_joined(cell, q.notes, '\n');
  else if (column == "translations") tr.lines(q, lines), append_joined(cell, lines, '\n');
  else if (column == "source" && !q.sources.empty())
    cell = q.sources.front().file + ":" + std::to_string(q.sources.front().line);
}

// Appends cell text verbatim except NUL bytes, which CSV tools cannot carry.
void append_cell_text(std::string& out, std::string_view s) {
  for (std::size_t nul = s.find('\0'); nul != std::string_view::npos; nul = s.find('\0')) {
    out.append(s.substr(0, nul));
    s.remove_prefix(nul + 1);
  }
  out.append(s);
}

// True when a spreadsheet would treat a cell starting with c as a formula.
bool formula_start(char c) { return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'; }

// Appends one cell, neutralised unless raw, quoted when it holds the separator, a quote or a line break.
void append_cell(std::string& out, std::string_view cell, char sep, bool raw) {
  std::string_view prefix = (!raw && !cell.empty() && formula_start(cell.front())) ? "'" : "";
  const char special[] = {sep, '"', '\r', '\n', '\0'};
  bool quote = cell.find_first_of(special) != std::string_view::npos;
  if (!quote) {
    out += prefix;
    append_cell_text(out, cell);
    return;
  }
  out.push_back('"');
  out += prefix;
  std::size_t start = 0;
  for (std::size_t q = cell.find('"'); q != std::string_view::npos; q = cell.find('"', start)) {
    append_cell_text(out, cell.substr(start, q + 1 - start));
    out.push_back('"');
    start = q + 1;
  }
  append_cell_text(out, cell.substr(start));
  out.push_back('"');
}

}  // namespace

Status write_delimited(RecordSource& records, const ExportOptions& options, const TranslationTexts& tr,
                       ChunkWriter& w) {
  const char sep = options.delimiter != 0 ? options.delimiter : options.format == ExportFormat::kTsv ? '\t' : ',';
  const std::string_view eol = options.crlf ? "\r\n" : "\n";
  std::string& out = w.out();
  if (options.bom) out += "\xEF\xBB\xBF";
  if (options.header) {
    for (std::size_t i = 0; i < options.columns.size(); ++i) {
      if (i) out.push_back(sep);
      append_cell(out, options.columns[i], sep, true);
    }
    out += eol;
  }
  std::string cell;
  std::vector<std::string> lines;
  return records.each([&](const Question& q) {
    for (std::size_t i = 0; i < options.columns.size(); ++i) {
      if (i) out.push_back(sep);
      column_value(q, options.columns[i], options.tag_separator, tr, lines, cell);
      append_cell(out, cell, sep, options.raw);
    }
    out += eol;
    return w.spill();
  });
}

}  // namespace qbank::internal
