// The CSV/TSV reader: Anki headers, separator sniffing, RFC 4180 records, columns found by header name.
#include <algorithm>
#include <cctype>

#include "normalize/delimited/anki_header.hpp"
#include "normalize/delimited/content_columns.hpp"
#include "normalize/delimited/csv.hpp"
#include "normalize/field_map.hpp"
#include "normalize/html/rich_text.hpp"
#include "normalize/html/visible_text.hpp"
#include "normalize/reader.hpp"
#include "normalize/question_cues.hpp"
#include "qbank/io.hpp"

namespace qbank::internal {
namespace {

// The header row, where it came from, and the column of each field.
struct Layout {
  std::vector<std::string> header;  // Header names (empty: no header).
  bool first_record_is_header = false;  // The first record is the header row.
  ColumnIndex index;                // Column per field.
  std::vector<std::size_t> options;  // Columns holding one option each, in order.
  bool wrong_only = false;          // The option columns hold wrong options only (the answer is one too).
  bool lettered = false;            // The option columns are named A, B, C…, so an answer "B" names one.
  bool numbered = false;            // The option columns are named Answer 1, Answer 2…, so an answer "2" names one.
  std::vector<std::pair<std::string, std::size_t>> extensions;  // Extension fields (x_ name, column).
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
  if (layout.header.empty() && !records.empty() &&
      (looks_like_header(records.front().fields) || named ||
       (h.columns.empty() && header_by_content(records, records.front().fields.size())))) {
    layout.header = records.front().fields;
    layout.first_record_is_header = true;
    out.rejected.push_back({records.front().line, std::string(records.front().raw), "header"});
  }
  return layout;
}

// True when a column already feeds a field, an option or an extension, or the Anki header skips it.
bool taken(const Layout& layout, const AnkiHeader& h, std::size_t c) {
  for (auto s : h.skip_columns)
    if (s == c) return true;
  for (const auto& i : layout.index)
    if (i == c) return true;
  for (auto o : layout.options)
    if (o == c) return true;
  for (const auto& e : layout.extensions)
    if (e.second == c) return true;
  return false;
}

// Returns the columns of the first run of three or more header names that are consecutive letters from A
// ("A", "B", "C", "D"), the options of a multiple-choice table; empty when there is none.
std::vector<std::size_t> lettered_columns(const std::vector<std::string>& header) {
  auto letter = [&](std::size_t c) {
    std::string_view n = trim(header[c]);
    return n.size() == 1 ? std::tolower(static_cast<unsigned char>(n[0])) : 0;
  };
  for (std::size_t c = 0; c < header.size(); ++c) {
    if (letter(c) != 'a') continue;
    std::vector<std::size_t> run{c};
    while (c + run.size() < header.size() && letter(c + run.size()) == static_cast<int>('a' + run.size()))
      run.push_back(c + run.size());
    if (run.size() >= 3) return run;
  }
  return {};
}

// Takes a run of columns named A, B, C… as the options; "A" then stops standing for the answer, which goes to
// the best other answer name unless --column named it.
bool lettered_options(Layout& layout, const NormalizeOptions& options) {
  std::vector<std::size_t> run = lettered_columns(layout.header);
  if (run.empty()) return false;
  auto& answer = layout.index[static_cast<std::size_t>(Field::kAnswer)];
  auto wanted = parse_column_options(options.columns);
  bool named = wanted.ok() && (*wanted)[static_cast<std::size_t>(Field::kAnswer)].has_value();
  if (answer && !named && std::find(run.begin(), run.end(), *answer) != run.end()) {
    answer.reset();
    int best = 1000;
    for (std::size_t c = 0; c < layout.header.size(); ++c) {
      auto f = field_for_name(layout.header[c]);
      if (f && f->first == Field::kAnswer && f->second < best &&
          std::find(run.begin(), run.end(), c) == run.end())
        answer = c, best = f->second;
    }
  }
  for (auto c : run)
    for (auto& i : layout.index)
      if (i == c && &i != &answer) i.reset();
  layout.options = std::move(run);
  layout.lettered = true;
  return true;
}

// Returns the free columns named by the answer word and a number ("Answer 1", "Answer 2 - max 75 characters")
// when there are two or more: options, as another column holds the answer; empty otherwise.
std::vector<std::size_t> numbered_answer_columns(const Layout& layout, const AnkiHeader& h) {
  std::vector<std::size_t> found;
  for (std::size_t c = 0; c < layout.header.size(); ++c) {
    if (taken(layout, h, c)) continue;
    std::string_view head = described_name(layout.header[c]);
    std::string key = name_key(head.empty() ? std::string_view(layout.header[c]) : head);
    std::size_t digits = key.find_first_of("0123456789");
    if (digits == std::string::npos || digits == 0 || key.find_first_not_of("0123456789", digits) != std::string::npos)
      continue;
    auto f = field_for_name(key.substr(0, digits));
    if (f && f->first == Field::kAnswer && f->second == 0) found.push_back(c);
  }
  return found.size() >= 2 ? found : std::vector<std::size_t>{};
}

// Adds the option columns named by the header ("wrong1", "Option B", a run of "A", "B", "C"): wrong options
// when any is named so.
void header_options(Layout& layout, const AnkiHeader& h, const NormalizeOptions& options) {
  if (layout.index[static_cast<std::size_t>(Field::kChoices)]) return;
  if (lettered_options(layout, options)) return;
  std::vector<std::size_t> wrong, any;
  for (std::size_t c = 0; c < layout.header.size(); ++c) {
    if (taken(layout, h, c) || field_for_name(layout.header[c])) continue;
    if (auto kind = option_column(layout.header[c])) (*kind ? wrong : any).push_back(c);
  }
  if (wrong.empty() && any.empty() && layout.index[static_cast<std::size_t>(Field::kAnswer)]) {
    any = numbered_answer_columns(layout, h);
    layout.numbered = !any.empty();
  }
  layout.wrong_only = !wrong.empty();
  layout.options = wrong.empty() ? std::move(any) : std::move(wrong);
}

// Fills the columns that neither the header nor --column named: Anki tag/deck columns, then (by content
// when there is no header) the question, answer, option and language columns.
void default_columns(const AnkiHeader& h, const std::vector<CsvRecord>& records, std::size_t width,
                     Layout& layout) {
  ColumnIndex& index = layout.index;
  auto slot = [&](Field f) -> std::optional<std::size_t>& { return index[static_cast<std::size_t>(f)]; };
  if (h.tags_column && !slot(Field::kTags)) slot(Field::kTags) = h.tags_column;
  if (h.deck_column && !slot(Field::kTopic)) slot(Field::kTopic) = h.deck_column;
  if (h.columns.empty() && !slot(Field::kText) && h.skip_columns.empty() && width > 2) {
    std::vector<CsvRecord> body(records.begin() + (layout.first_record_is_header ? 1 : 0), records.end());
    ContentColumns found = columns_by_content(body, width);
    auto free = [&](std::optional<std::size_t> c) { return c && !taken(layout, h, *c); };
    if (free(found.text)) slot(Field::kText) = found.text;
    if (free(found.answer) && !slot(Field::kAnswer)) slot(Field::kAnswer) = found.answer;
    if (free(found.lang) && !slot(Field::kLang)) slot(Field::kLang) = found.lang;
    if (slot(Field::kAnswer) == found.answer && !slot(Field::kChoices)) {
      for (auto c : found.wrong)
        if (free(c)) layout.options.push_back(c);
      layout.wrong_only = !layout.options.empty();
    }
  }
  auto& text = slot(Field::kText);
  auto& answer = slot(Field::kAnswer);
  for (std::size_t c = 0; c < std::max<std::size_t>(width, 2) && (!text || !answer); ++c) {
    if (taken(layout, h, c)) continue;
    if (!text) text = c;
    else if (!answer) answer = c;
  }
  // A column of recurring labels no name claimed is the topic under a header row, and tags without one (a
  // flashcard export's third column).
  Field labels = layout.first_record_is_header ? Field::kTopic : Field::kTags;
  if (!slot(Field::kTopic) && !slot(Field::kTags)) {
    std::vector<CsvRecord> body(records.begin() + (layout.first_record_is_header ? 1 : 0), records.end());
    slot(labels) = label_column(body, width, [&](std::size_t c) {
      return taken(layout, h, c) || (c < layout.header.size() && is_grade_name(layout.header[c]));
    });
  }
}

// Names the columns no field uses, with the --column that would keep the first ("" when all are used).
std::string unused_columns(const Layout& layout, const AnkiHeader& h, const std::vector<CsvRecord>& records,
                           std::size_t width, const std::string& file) {
  std::vector<std::size_t> unused;
  for (std::size_t c = 0; c < width; ++c) {
    if (taken(layout, h, c)) continue;
    bool filled = false;
    for (std::size_t r = layout.first_record_is_header ? 1 : 0; r < records.size() && !filled; ++r)
      filled = c < records[r].fields.size() && !trim(records[r].fields[c]).empty();
    if (filled) unused.push_back(c);
  }
  if (unused.empty()) return "";
  bool named = !layout.header.empty();
  auto name = [&](std::size_t c) {
    return named && c < layout.header.size() && !trim(layout.header[c]).empty()
               ? std::string(trim(layout.header[c])) : std::to_string(c + 1);
  };
  std::string list;
  for (auto c : unused) list += (list.empty() ? "" : ", ") + name(c);
  std::string first = name(unused.front());
  std::string number = std::to_string(unused.front() + 1);
  bool plain = first.find_first_of(" ,=\"") == std::string::npos;
  std::string hint = plain && named ? "x_" + first + "=" + first : "x_column" + number + "=" + number;
  return (file == "-" ? std::string("stdin") : file) + ": " + (named ? "fields" : "columns") + " not used: " + list + " (--column " + hint +
         (unused.size() == 1 ? " keeps it)" : " keeps the first)");
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

// True when the question, answer, choice and option cells from row `first` on hold rich text (HTML).
bool rich_text_cells(const std::vector<CsvRecord>& records, std::size_t first, const Layout& layout) {
  std::vector<std::size_t> cols = layout.options;
  for (Field f : {Field::kText, Field::kAnswer, Field::kChoices})
    if (auto c = layout.index[static_cast<std::size_t>(f)]) cols.push_back(*c);
  RichTextVote vote;
  for (std::size_t i = first; i < records.size(); ++i)
    for (std::size_t c : cols)
      if (c < records[i].fields.size()) vote.add(records[i].fields[c]);
  return vote.html();
}

// Turns one record into an item, or rejects it when its question cell is empty.
void read_record(const CsvRecord& r, const Layout& layout, const AnkiHeader& h, ReaderOutput& out) {
  auto col = [&](Field f) { return layout.index[static_cast<std::size_t>(f)]; };
  std::string text = cell_text(r, col(Field::kText), h.html);
  if (text.empty()) {
    out.rejected.push_back({r.line, std::string(r.raw), "no question text in the question column"});
    return;
  }
  if (text.find("---") != std::string::npos && text.find_first_not_of("-:| ") == std::string::npos) {
    out.rejected.push_back({r.line, std::string(r.raw), "table rule"});  // "--- | ---" under a header
    return;
  }
  RawItem item;
  item.line = r.line;
  item.raw = r.fields[*col(Field::kText)];
  split_code_lines(text, item.code);
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
  if (!layout.options.empty()) {
    if (layout.wrong_only && item.answer) item.choices.push_back(*item.answer);
    for (auto c : layout.options)
      if (std::string o = cell_text(r, c, h.html); !o.empty()) item.choices.push_back(std::move(o));
  }
  // An answer that is an option's letter ("B") becomes that option's text.
  if ((layout.lettered || !layout.wrong_only) && item.answer && item.answer->size() == 1 &&
      std::isalpha(static_cast<unsigned char>((*item.answer)[0]))) {
    auto k = static_cast<std::size_t>(std::tolower(static_cast<unsigned char>((*item.answer)[0])) - 'a');
    if (k < layout.options.size())
      if (std::string o = cell_text(r, layout.options[k], h.html); !o.empty()) item.answer = std::move(o);
  }
  // An answer that is a numbered option's number ("2", "1;3") becomes those options' texts.
  if (layout.numbered && item.answer && item.answer->find_first_not_of("0123456789;, ") == std::string::npos) {
    std::string named;
    for (std::size_t pos = 0; pos < item.answer->size();) {
      std::size_t end = item.answer->find_first_of(";, ", pos);
      if (end == std::string::npos) end = item.answer->size();
      std::string n = item.answer->substr(pos, end - pos);
      pos = end + 1;
      if (n.empty() || n.size() > 3) continue;
      std::size_t k = std::stoul(n);
      if (k == 0 || k > layout.options.size()) continue;
      if (std::string o = cell_text(r, layout.options[k - 1], h.html); !o.empty())
        named += (named.empty() ? "" : "\n") + o;
    }
    if (!named.empty()) item.answer = std::move(named);
  }
  for (const auto& [name, c] : layout.extensions) {
    if (c >= r.fields.size()) continue;
    std::string value;
    append_json_string(value, r.fields[c]);
    item.extra.emplace_back(name, std::move(value));
  }
  out.items.push_back(std::move(item));
}

// Finds the columns of each --column extension field by header name or 1-based number.
Status map_extensions(const NormalizeOptions& options, Layout& layout) {
  for (const auto& [name, source] : column_extensions(options.columns)) {
    std::optional<std::size_t> hit;
    for (std::size_t i = 0; i < layout.header.size() && !hit; ++i)
      if (name_key(layout.header[i]) == name_key(source)) hit = i;
    if (!hit && !source.empty() && source.find_first_not_of("0123456789") == std::string::npos && source.size() < 5 &&
        std::stoul(source) > 0)
      hit = std::stoul(source) - 1;
    if (!hit)
      return Status::InvalidArgument(options.file + ": column '" + source + "' for " + name +
                                     " is not in the header");
    layout.extensions.emplace_back(name, *hit);
  }
  return Status::Ok();
}

// Rejects and removes the rows above a header row that fill one cell at most (a spreadsheet template's title
// and instructions), when the first row with more is a header.
void drop_rows_above_header(std::vector<CsvRecord>& records, ReaderOutput& out) {
  auto filled = [](const CsvRecord& r) {
    std::size_t n = 0;
    for (const auto& f : r.fields) n += !trim(f).empty();
    return n;
  };
  std::size_t k = 0;
  while (k < records.size() && filled(records[k]) <= 1) ++k;
  if (k == 0 || k == records.size() || !looks_like_header(records[k].fields)) return;
  for (std::size_t i = 0; i < k; ++i)
    if (filled(records[i]) > 0) out.rejected.push_back({records[i].line, std::string(records[i].raw), "title"});
  records.erase(records.begin(), records.begin() + static_cast<long>(k));
}

// Reads a delimited file: the first piece decides the separator, the header and the columns, which every
// later piece is read by.
class DelimitedReader final : public PieceReader {
 public:
  DelimitedReader(const NormalizeOptions& options, char fallback) : options_(options), fallback_(fallback) {}

  std::size_t cut(std::string_view buf, std::size_t from) override {
    std::size_t skip = 0;  // The Anki header lines at the top of the file hold no record.
    if (!started_) {
      std::vector<RejectedLine> scratch;
      AnkiHeader h = read_anki_header(buf, scratch);
      skip = std::min(h.body_offset, buf.size());
      if (!sep_) sep_ = h.separator ? *h.separator : sniff_separator(buf.substr(skip), fallback_);
    }
    std::size_t end = record_end_after(buf.substr(skip), *sep_, from > skip ? from - skip : 0);
    return end == std::string_view::npos ? end : skip + end;
  }

  Status read(std::string_view text, ReaderOutput& out) override {
    if (!started_) {
      started_ = true;
      return read_first(text, out);
    }
    auto records = parse_csv(text, *sep_, options_.file);
    if (!records.ok()) return records.status();
    for (const auto& r : *records) read_record(r, layout_, h_, out);
    return Status::Ok();
  }

 private:
  // Reads the file's first piece (or the whole file), deciding its layout.
  Status read_first(std::string_view text, ReaderOutput& out) {
    h_ = read_anki_header(text, out.rejected);
    std::string_view body = text.substr(h_.body_offset);
    if (!sep_) sep_ = h_.separator ? *h_.separator : sniff_separator(body, fallback_);
    char sep = *sep_;
    auto records = parse_csv(body, sep, options_.file, h_.body_line);
    if (!records.ok()) return records.status();
    if (h_.columns.empty() && h_.commented_header.empty()) drop_rows_above_header(*records, out);
    layout_ = find_header(h_, *records, sep, options_, out);
    auto index = map_header(layout_.header, options_.columns, options_.file);
    if (!index.ok()) return index.status();
    layout_.index = *index;
    if (Status s = map_extensions(options_, layout_); !s.ok()) return s;
    header_options(layout_, h_, options_);
    std::size_t width = layout_.header.size();
    for (const auto& r : *records) width = std::max(width, r.fields.size());
    default_columns(h_, *records, width, layout_);
    std::size_t first = layout_.first_record_is_header ? 1 : 0;
    bool found_html = !h_.html && rich_text_cells(*records, first, layout_);
    h_.html = h_.html || found_html;
    for (std::size_t i = first; i < records->size(); ++i) read_record((*records)[i], layout_, h_, out);
    out.layout = "delimiter " + separator_name(sep) + (layout_.header.empty() ? ", no header row" : ", header row") +
                 (found_html ? ", fields read as HTML" : "");
    if (std::string unused = unused_columns(layout_, h_, *records, width, options_.file); !unused.empty())
      out.notes.push_back(std::move(unused));
    return Status::Ok();
  }

  const NormalizeOptions& options_;  // The caller's options, which outlive the reader.
  char fallback_;                    // The separator when sniffing finds none.
  std::optional<char> sep_;          // The separator, once decided.
  bool started_ = false;             // True once the first piece was read.
  AnkiHeader h_;                     // What the file's leading '#' lines say.
  Layout layout_;                    // The header and columns the first piece decided.
};

}  // namespace

std::unique_ptr<PieceReader> delimited_piece_reader(const NormalizeOptions& options, char separator) {
  return std::make_unique<DelimitedReader>(options, separator);
}

Status read_delimited(std::string_view text, const NormalizeOptions& options, char separator,
                      ReaderOutput& out) {
  DelimitedReader reader(options, separator);
  return reader.read(text, out);
}

}  // namespace qbank::internal
