// The CSV/TSV reader: Anki headers, separator sniffing, RFC 4180 records, columns found by header name.
#include "normalize/delimited/anki_header.hpp"
#include "normalize/delimited/csv.hpp"
#include "normalize/field_map.hpp"
#include "normalize/html/visible_text.hpp"
#include "normalize/reader.hpp"
#include "normalize/question_cues.hpp"

namespace qbank::internal {
namespace {

// The share of a cell's remaining lines that must look like code for them to become the code.
constexpr double kCodeShare = 0.5;

// True when a line looks like source code rather than prose.
bool code_like(std::string_view line) {
  if (line.empty()) return false;
  if (line[0] == ' ' || line[0] == '\t' || line.rfind("//", 0) == 0) return true;
  std::string_view t = trim(line);
  if (t.empty()) return false;
  char last = t.back();
  return last == ';' || last == '{' || last == '}' || last == ')' || last == '(' ||
         t.find(" = ") != std::string_view::npos || t.find(';') != std::string_view::npos ||
         t.find("//") != std::string_view::npos || t.find("=>") != std::string_view::npos;
}

// Moves the lines after a question line into code when they look like code ("Question: …?\nvar x = 1;").
void split_code(std::string& text, std::optional<std::string>& code) {
  std::string_view all = trim(text);
  std::size_t nl = all.find('\n');
  if (nl == std::string_view::npos) return;
  std::string_view first = trim(all.substr(0, nl));
  if (question_cue(first) != QuestionCue::kStrong) return;
  std::string_view rest = all.substr(nl + 1);
  std::size_t lines = 0, codey = 0;
  for (std::size_t pos = 0; pos <= rest.size();) {
    std::size_t end = rest.find('\n', pos);
    if (end == std::string_view::npos) end = rest.size();
    std::string_view l = rest.substr(pos, end - pos);
    if (!trim(l).empty()) ++lines, codey += code_like(l);
    pos = end + 1;
  }
  if (lines == 0 || static_cast<double>(codey) < kCodeShare * static_cast<double>(lines)) return;
  code = std::string(rest.substr(rest.find_first_not_of("\r\n")));
  while (!code->empty() && (code->back() == '\n' || code->back() == '\r' || code->back() == ' ')) code->pop_back();
  text = std::string(first);
}

// The header row, where it came from, and the column of each field.
struct Layout {
  std::vector<std::string> header;  // Header names (empty: no header).
  bool first_record_is_header = false;  // The first record is the header row.
  ColumnIndex index;                // Column per field.
};

// Finds the header (Anki "#columns:", a commented "# FRONT<TAB>BACK" row, or a first row of known names).
Layout find_header(const AnkiHeader& h, const std::vector<CsvRecord>& records, char sep,
                   const NormalizeOptions& options, ReaderOutput& out) {
  Layout layout;
  bool named = false;
  for (const auto& [field, column] : options.columns)
    named = named || column.find_first_not_of("0123456789") != std::string::npos;
  auto first_fields = [&](const std::string& s) {
    auto r = parse_csv(s, sep, options.file);
    return r.ok() && !r->empty() ? r->front().fields : std::vector<std::string>{};
  };
  if (!h.columns.empty()) {
    layout.header = first_fields(h.columns);
  } else if (!h.commented_header.empty()) {
    auto cells = first_fields(h.commented_header);
    bool header = looks_like_header(cells) || named;
    out.rejected.push_back({h.commented_header_line, "#" + h.commented_header, header ? "header" : "comment"});
    if (header) layout.header = std::move(cells);
  }
  if (layout.header.empty() && !records.empty() && (looks_like_header(records.front().fields) || named)) {
    layout.header = records.front().fields;
    layout.first_record_is_header = true;
    out.rejected.push_back({records.front().line, std::string(records.front().raw), "header"});
  }
  return layout;
}

// Fills the columns that neither the header nor --column named: Anki tag/deck columns, then the
// first free column as the question and the next as the answer.
void default_columns(const AnkiHeader& h, std::size_t width, ColumnIndex& index) {
  auto& text = index[static_cast<std::size_t>(Field::kText)];
  auto& answer = index[static_cast<std::size_t>(Field::kAnswer)];
  if (h.tags_column && !index[static_cast<std::size_t>(Field::kTags)])
    index[static_cast<std::size_t>(Field::kTags)] = h.tags_column;
  if (h.deck_column && !index[static_cast<std::size_t>(Field::kTopic)])
    index[static_cast<std::size_t>(Field::kTopic)] = h.deck_column;
  auto taken = [&](std::size_t c) {
    for (auto s : h.skip_columns)
      if (s == c) return true;
    for (const auto& i : index)
      if (i == c) return true;
    return false;
  };
  for (std::size_t c = 0; c < std::max<std::size_t>(width, 2) && (!text || !answer); ++c) {
    if (taken(c)) continue;
    if (!text) text = c;
    else if (!answer) answer = c;
  }
}

// Returns a cell, as plain text when the file says its fields are HTML.
std::string cell_text(const CsvRecord& r, std::optional<std::size_t> col, bool html) {
  if (!col || *col >= r.fields.size()) return "";
  const std::string& v = r.fields[*col];
  return html ? html_fragment_to_text(v) : std::string(trim(v));
}

// Splits a choices cell on line breaks, or on '|' when it has none.
std::vector<std::string> split_choices(std::string_view cell) {
  char sep = cell.find('\n') != std::string_view::npos ? '\n' : '|';
  std::vector<std::string> out;
  for (std::size_t pos = 0; pos <= cell.size();) {
    std::size_t end = cell.find(sep, pos);
    if (end == std::string_view::npos) end = cell.size();
    if (auto c = trim(cell.substr(pos, end - pos)); !c.empty()) out.emplace_back(c);
    pos = end + 1;
  }
  return out;
}

// Turns one record into an item, or rejects it when its question cell is empty.
void read_record(const CsvRecord& r, const ColumnIndex& index, const AnkiHeader& h, ReaderOutput& out) {
  auto col = [&](Field f) { return index[static_cast<std::size_t>(f)]; };
  std::string text = cell_text(r, col(Field::kText), h.html);
  if (text.empty()) {
    out.rejected.push_back({r.line, std::string(r.raw), "no question text in the question column"});
    return;
  }
  RawItem item;
  item.line = r.line;
  item.raw = r.fields[*col(Field::kText)];
  split_code(text, item.code);
  item.text = strip_question_label(text);
  if (std::string a = cell_text(r, col(Field::kAnswer), h.html); !a.empty()) item.answer = std::move(a);
  if (std::string c = cell_text(r, col(Field::kCode), false); !c.empty())
    item.code = item.code ? *item.code + "\n\n" + c : c;
  std::string topic = cell_text(r, col(Field::kTopic), false);
  if (topic.empty()) topic = h.deck;
  if (!topic.empty()) item.topic = std::move(topic);
  item.tags = h.tags;
  for (const auto& t : split_tags(cell_text(r, col(Field::kTags), false))) add_tag(item.tags, t);
  item.lang_hint = cell_text(r, col(Field::kLang), false);
  item.choices = split_choices(cell_text(r, col(Field::kChoices), h.html));
  out.items.push_back(std::move(item));
}

}  // namespace

Status read_delimited(std::string_view text, const NormalizeOptions& options, char separator,
                      ReaderOutput& out) {
  AnkiHeader h = read_anki_header(text, out.rejected);
  std::string_view body = text.substr(h.body_offset);
  char sep = h.separator ? *h.separator : sniff_separator(body, separator);
  auto records = parse_csv(body, sep, options.file, h.body_line);
  if (!records.ok()) return records.status();
  Layout layout = find_header(h, *records, sep, options, out);
  auto index = map_header(layout.header, options.columns, options.file);
  if (!index.ok()) return index.status();
  std::size_t width = layout.header.size();
  for (const auto& r : *records) width = std::max(width, r.fields.size());
  default_columns(h, width, *index);
  for (std::size_t i = layout.first_record_is_header ? 1 : 0; i < records->size(); ++i)
    read_record((*records)[i], *index, h, out);
  return Status::Ok();
}

}  // namespace qbank::internal
