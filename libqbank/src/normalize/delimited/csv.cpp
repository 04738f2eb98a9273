// RFC 4180 parsing with libcsv: quoted fields with "" escapes and line breaks, CRLF, separator sniffing.
#include "normalize/delimited/csv.hpp"

#include <csv.h>

#include <algorithm>
#include <map>

#include "normalize/field_map.hpp"
#include "normalize/question_cues.hpp"

namespace qbank::internal {
namespace {

// The records read so far, the line of an unterminated quote (0 when none) and whether libcsv ran out of
// memory.
struct SplitState {
  std::vector<CsvRecord> records;
  std::int64_t unterminated_line = 0;
  bool out_of_memory = false;
};

// True for the bytes libcsv skips before a field, after a closing quote and at the ends of an unquoted field:
// the CR of a CRLF and spaces ("\"Q\", \"A\"", "\"Q\" , \"A\"" hold the fields Q and A).
int space_or_carriage_return(unsigned char c) { return c == '\r' || c == ' ' ? 1 : 0; }

// True for the byte that ends a record: only LF (a CR before it is skipped, a lone CR is text).
int line_feed(unsigned char c) { return c == '\n' ? 1 : 0; }

// What libcsv's callbacks fill while one input is split.
struct Collector {
  std::string_view text;               // The input.
  std::vector<std::string> fields;     // Fields of the record being read.
  std::vector<CsvRecord>* records;     // Where finished records go.
  std::size_t record_start = 0;        // Offset of the first byte of the record being read.
  std::int64_t record_line = 1;        // Its line.
  std::size_t line_end = 0;            // End offset of the line being fed.
  std::int64_t line = 1;               // The line being fed.
};

// Takes one field from libcsv; CRLF inside a quoted field becomes "\n".
void on_field(void* data, std::size_t len, void* sink) {
  auto* c = static_cast<Collector*>(sink);
  std::string field(data ? static_cast<const char*>(data) : "", data ? len : 0);
  for (std::size_t p = field.find("\r\n"); p != std::string::npos; p = field.find("\r\n", p)) field.erase(p, 1);
  c->fields.push_back(std::move(field));
}

// The parser state of libcsv while it is inside a field (FIELD_BEGUN in libcsv.c).
constexpr int kFieldBegun = 2;

// Moves the start of the record being read past the blank lines libcsv skipped before it; returns its line.
std::int64_t first_record_line(Collector& c) {
  while (c.record_start < c.line_end) {
    std::size_t nl = c.text.find('\n', c.record_start);
    if (nl == std::string_view::npos || nl >= c.line_end ||
        !trim(c.text.substr(c.record_start, nl - c.record_start)).empty())
      break;
    c.record_start = nl + 1;
    ++c.record_line;
  }
  return c.record_line;
}

// Takes the end of one record from libcsv: it ends on the line being fed. A record of one blank field is a
// blank line, which is skipped.
void on_record(int, void* sink) {
  auto* c = static_cast<Collector*>(sink);
  first_record_line(*c);
  bool blank = c->fields.size() == 1 && trim(c->fields[0]).empty();
  if (!blank) {
    CsvRecord rec;
    rec.line = c->record_line;
    std::size_t end = c->line_end;
    if (end > c->record_start && c->text[end - 1] == '\r') --end;
    rec.raw = c->text.substr(c->record_start, end - c->record_start);
    rec.fields = std::move(c->fields);
    c->records->push_back(std::move(rec));
  }
  c->fields.clear();
  c->record_start = std::min(c->line_end + 1, c->text.size());
  c->record_line = c->line + 1;
}

// Splits up to max_records records with libcsv, feeding it a line at a time so that every record knows its
// first line and source text; stops at the first unterminated quote.
SplitState split(std::string_view text, char sep, std::int64_t first_line, std::size_t max_records) {
  SplitState st;
  csv_parser parser;
  if (csv_init(&parser, CSV_EMPTY_IS_NULL) != 0) {
    st.out_of_memory = true;
    return st;
  }
  csv_set_delim(&parser, static_cast<unsigned char>(sep));
  csv_set_space_func(&parser, space_or_carriage_return);
  csv_set_term_func(&parser, line_feed);
  Collector c{text, {}, &st.records, 0, first_line, 0, first_line};
  for (std::size_t pos = 0; pos < text.size() && st.records.size() < max_records; ++c.line) {
    std::size_t end = std::min(text.find('\n', pos), text.size());
    c.line_end = end;
    std::size_t len = std::min(end + 1, text.size()) - pos;
    if (csv_parse(&parser, text.data() + pos, len, on_field, on_record, &c) != len) {
      st.out_of_memory = csv_error(&parser) == CSV_ENOMEM || csv_error(&parser) == CSV_ETOOBIG;
      csv_free(&parser);
      return st;
    }
    pos = end + 1;
  }
  if (st.records.size() < max_records) {
    // libcsv reports an open quote at the end only in its strict mode, which also refuses quotes inside
    // unquoted fields; its parser state (public in csv.h) tells it instead.
    if (parser.pstate == kFieldBegun && parser.quoted) {
      st.unterminated_line = first_record_line(c);
    } else {
      c.line_end = text.size();
      --c.line;
      csv_fini(&parser, on_field, on_record, &c);
    }
  }
  csv_free(&parser);
  return st;
}

}  // namespace

Result<std::vector<CsvRecord>> parse_csv(std::string_view text, char sep, const std::string& file,
                                         std::int64_t first_line) {
  SplitState st = split(text, sep, first_line, static_cast<std::size_t>(-1));
  if (st.out_of_memory) return Status::IoError(file + ": out of memory while reading CSV");
  if (st.unterminated_line > 0)
    return Status::DataError(file + ":" + std::to_string(st.unterminated_line) +
                             ": unterminated quoted field (a '\"' opened here is never closed)");
  return std::move(st.records);
}

std::size_t record_end_after(std::string_view text, char sep, std::size_t from) {
  // The states of libcsv's non-strict parser that matter for where a record ends.
  enum class State { kFieldStart, kUnquoted, kQuoted, kQuoteSeen };
  State st = State::kFieldStart;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (st == State::kQuoted) {
      if (c == '"') st = State::kQuoteSeen;
      continue;
    }
    if (c == '\n') {
      if (i >= from) return i + 1;
      st = State::kFieldStart;
    } else if (c == sep) {
      st = State::kFieldStart;
    } else if (c == '\r') {
      continue;  // Skipped around fields, text inside one: the state holds either way.
    } else if (st == State::kQuoteSeen) {
      st = State::kQuoted;  // A doubled quote, or a quote kept as text: the quoted field goes on.
    } else {
      st = c == '"' && st == State::kFieldStart ? State::kQuoted : State::kUnquoted;
    }
  }
  return std::string_view::npos;
}

char sniff_separator(std::string_view text, char fallback) {
  constexpr char kCandidates[] = {'\t', ',', ';', '|'};
  char best = fallback;
  double best_score = 0;
  for (char sep : kCandidates) {
    SplitState st = split(text.substr(0, 65536), sep, 1, 50);
    std::map<std::size_t, std::size_t> counts;
    for (const auto& r : st.records) ++counts[r.fields.size()];
    std::size_t mode = 1, freq = 0;
    for (auto [n, f] : counts)
      if (f > freq || (f == freq && n > mode)) mode = n, freq = f;
    if (mode < 2 || st.records.empty()) continue;
    double score = static_cast<double>(freq) / static_cast<double>(st.records.size());
    if (score > best_score + 1e-9 || (score > best_score - 1e-9 && sep == fallback)) {
      best = sep;
      best_score = score;
    }
  }
  return best;
}

std::optional<char> sniff_table(std::string_view text) {
  constexpr std::size_t kHead = 65536, kRecords = 50;
  char sep = sniff_separator(text, '\0');
  if (sep == '\0') return std::nullopt;
  SplitState st = split(text.substr(0, kHead), sep, 1, kRecords);
  const auto& recs = st.records;
  bool whole = st.unterminated_line == 0 && text.size() <= kHead && recs.size() < kRecords;
  if (recs.size() < 2) return std::nullopt;
  // The records that are cut short by the end of the sample do not count.
  std::size_t n = whole ? recs.size() : recs.size() - 1;
  std::map<std::size_t, std::size_t> counts;
  for (std::size_t i = 0; i < n; ++i) ++counts[recs[i].fields.size()];
  std::size_t width = 0, freq = 0;
  for (auto [w, f] : counts)
    if (f > freq) width = w, freq = f;
  if (width < 2 || freq * 10 < n * 9) return std::nullopt;
  // A separator that only ends lines leaves one column of data ("Τι είναι το REST;" is Greek for "…?"): no table.
  std::size_t filled = 0;  // Columns that hold data in some record.
  for (std::size_t c = 0; c < width && filled < 2; ++c)
    for (std::size_t i = 0; i < n; ++i)
      if (c < recs[i].fields.size() && !trim(recs[i].fields[c]).empty()) {
        ++filled;
        break;
      }
  if (filled < 2) return std::nullopt;
  std::size_t piped = 0, spaced = 0, seps = 0;
  for (std::size_t i = 0; i < n; ++i) {
    std::string_view raw = trim(recs[i].raw);
    piped += !raw.empty() && raw.front() == '|';
    for (std::size_t p = raw.find(sep); p != std::string_view::npos; p = raw.find(sep, p + 1)) {
      ++seps;
      spaced += p + 1 < raw.size() && raw[p + 1] == ' ';
    }
  }
  if (sep == '|' && piped * 2 >= n) return std::nullopt;  // a Markdown table
  // Few records: only a header row, or separators that prose would follow with a space, make it a table.
  bool prose_like = sep != '\t' && spaced * 10 >= seps * 8;
  bool header = looks_like_header(recs.front().fields);
  if (!header && (prose_like || n < 3)) return std::nullopt;
  return sep;
}

std::string separator_name(char sep) {
  if (sep == '\t') return "tab";
  return std::string("'") + sep + "'";
}

}  // namespace qbank::internal
