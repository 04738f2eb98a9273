// RFC 4180 parsing: quoted fields with "" escapes and line breaks, CRLF, separator sniffing.
#include "normalize/delimited/csv.hpp"

#include <map>

#include "normalize/question_cues.hpp"

namespace qbank::internal {
namespace {

// The records read so far and the line of an unterminated quote (0 when none).
struct SplitState {
  std::vector<CsvRecord> records;
  std::int64_t unterminated_line = 0;
};

// Reads a quoted field starting after its opening quote; returns false when the input ends inside it.
bool read_quoted(std::string_view text, std::size_t& pos, std::int64_t& line, std::string& field) {
  while (pos < text.size()) {
    char c = text[pos];
    if (c == '"') {
      if (pos + 1 < text.size() && text[pos + 1] == '"') {
        field.push_back('"');
        pos += 2;
        continue;
      }
      ++pos;
      return true;
    }
    if (c == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') ++pos, c = '\n';
    if (c == '\n') ++line;
    field.push_back(c);
    ++pos;
  }
  return false;
}

// True when the line starting at pos holds only spaces, tabs and a CR.
bool blank_line(std::string_view text, std::size_t pos, std::size_t& next) {
  std::size_t end = text.find('\n', pos);
  if (end == std::string_view::npos) end = text.size();
  if (trim(text.substr(pos, end - pos)).empty()) {
    next = end + 1;
    return true;
  }
  return false;
}

// Splits up to max_records records; stops at the first unterminated quote.
SplitState split(std::string_view text, char sep, std::int64_t first_line, std::size_t max_records) {
  SplitState st;
  std::size_t pos = 0;
  std::int64_t line = first_line;
  while (pos < text.size() && st.records.size() < max_records) {
    std::size_t next = 0;
    if (blank_line(text, pos, next)) {
      pos = next;
      ++line;
      continue;
    }
    CsvRecord rec;
    rec.line = line;
    std::size_t start = pos;
    while (true) {
      std::string field;
      bool quoted = text[pos] == '"';
      if (quoted) {
        std::int64_t open_line = line;
        ++pos;
        if (!read_quoted(text, pos, line, field)) {
          st.unterminated_line = open_line;
          return st;
        }
      }
      while (pos < text.size() && text[pos] != sep && text[pos] != '\n') field.push_back(text[pos++]);
      if (!field.empty() && field.back() == '\r' && (pos >= text.size() || text[pos] == '\n')) field.pop_back();
      rec.fields.push_back(std::move(field));
      if (pos < text.size() && text[pos] == sep) {
        ++pos;
        if (pos < text.size()) continue;
        rec.fields.emplace_back();
      }
      break;
    }
    std::size_t end = pos;
    if (end > start && text[end - 1] == '\r') --end;
    rec.raw = text.substr(start, end - start);
    if (pos < text.size()) ++pos, ++line;  // past '\n'
    st.records.push_back(std::move(rec));
  }
  return st;
}

}  // namespace

Result<std::vector<CsvRecord>> parse_csv(std::string_view text, char sep, const std::string& file,
                                         std::int64_t first_line) {
  SplitState st = split(text, sep, first_line, static_cast<std::size_t>(-1));
  if (st.unterminated_line > 0)
    return Status::DataError(file + ":" + std::to_string(st.unterminated_line) +
                             ": unterminated quoted field (a '\"' opened here is never closed)");
  return std::move(st.records);
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

}  // namespace qbank::internal
