// Column roles of a headerless table, read from what its cells hold.
#include "normalize/delimited/content_columns.hpp"

#include <algorithm>
#include <cctype>
#include <functional>
#include <set>

#include "normalize/question_cues.hpp"

namespace qbank::internal {
namespace {

// The most records looked at.
constexpr std::size_t kSample = 200;

// What one column's cells look like.
struct ColumnStats {
  std::size_t filled = 0;     // Non-empty cells.
  std::size_t questions = 0;  // Cells that read as a question.
  std::size_t numbers = 0;    // Cells that hold only a number or an identifier-like token.
  std::size_t links = 0;      // Cells that hold a URL.
  std::size_t codes = 0;      // Cells that hold a language code.
  std::size_t bytes = 0;      // Total bytes of the non-empty cells.
  std::size_t longest = 0;    // The most words in one cell.
  std::set<std::string_view> values;  // The distinct non-empty cells.

  // True when the column holds words people read (not numbers, links or codes).
  bool text() const { return filled > 0 && (numbers + links + codes) * 2 < filled; }
  // The mean length of the non-empty cells.
  double mean() const { return filled ? static_cast<double>(bytes) / static_cast<double>(filled) : 0; }
};

// True when the cell holds no letters, or is a single token mixing digits with letters ("Q12", "a1b2").
bool number_like(std::string_view c) {
  bool letters = false, digits = false, spaces = false;
  for (char ch : c) {
    spaces = spaces || ch == ' ';
    letters = letters || std::isalpha(static_cast<unsigned char>(ch)) || static_cast<unsigned char>(ch) >= 0x80;
    digits = digits || std::isdigit(static_cast<unsigned char>(ch));
  }
  return !letters || (digits && !spaces && c.size() <= 24);
}

// True when the cell is a language code: two or three lowercase letters, with an optional region.
bool language_code(std::string_view c) {
  std::size_t n = 0;
  while (n < c.size() && std::islower(static_cast<unsigned char>(c[n]))) ++n;
  if (n < 2 || n > 3) return false;
  if (n == c.size()) return true;
  if (c[n] != '-' && c[n] != '_') return false;
  std::string_view region = c.substr(n + 1);
  if (region.size() < 2 || region.size() > 4) return false;
  for (char ch : region)
    if (!std::isalpha(static_cast<unsigned char>(ch))) return false;
  return true;
}

// Rates every column over the first records, from record first on.
std::vector<ColumnStats> rate(const std::vector<CsvRecord>& records, std::size_t width, std::size_t first = 0) {
  std::vector<ColumnStats> stats(width);
  for (std::size_t r = first; r < records.size() && r < kSample; ++r) {
    const auto& fields = records[r].fields;
    for (std::size_t c = 0; c < width && c < fields.size(); ++c) {
      std::string_view cell = trim(fields[c]);
      if (cell.empty()) continue;
      ColumnStats& s = stats[c];
      ++s.filled;
      s.bytes += cell.size();
      s.longest = std::max<std::size_t>(s.longest, 1 + static_cast<std::size_t>(std::count(cell.begin(), cell.end(), ' ')));
      s.values.insert(cell);
      s.questions += question_cue(cell) == QuestionCue::kStrong;
      if (cell.rfind("http://", 0) == 0 || cell.rfind("https://", 0) == 0 || cell.rfind("www.", 0) == 0) ++s.links;
      else if (language_code(cell)) ++s.codes;
      else if (number_like(cell)) ++s.numbers;
    }
  }
  return stats;
}

}  // namespace

ContentColumns columns_by_content(const std::vector<CsvRecord>& records, std::size_t width) {
  ContentColumns out;
  std::vector<ColumnStats> stats = rate(records, width);
  for (std::size_t c = 0; c < width; ++c) {
    const ColumnStats& s = stats[c];
    if (!out.lang && s.filled > 0 && s.codes * 10 >= s.filled * 9) out.lang = c;
    if (!s.text()) continue;
    // The question column: most cells that read as questions (at least a fifth), then longer cells.
    if (s.questions * 5 < s.filled) continue;
    if (!out.text || s.questions > stats[*out.text].questions ||
        (s.questions == stats[*out.text].questions && s.mean() > stats[*out.text].mean()))
      out.text = c;
  }
  if (!out.text)
    for (std::size_t c = 0; c < width && !out.text; ++c)
      if (stats[c].text()) out.text = c;
  if (!out.text) return out;
  // The answer: the next column when it is filled and holds words or numbers, else the next text column.
  std::size_t next = *out.text + 1;
  if (next < width && stats[next].filled * 2 >= stats[*out.text].filled &&
      (stats[next].links + stats[next].codes) * 2 < stats[next].filled)
    out.answer = next;
  for (std::size_t c = next; c < width && !out.answer; ++c)
    if (stats[c].text()) out.answer = c;
  for (std::size_t c = 0; c < *out.text && !out.answer; ++c)
    if (stats[c].text()) out.answer = c;
  if (!out.answer || *out.answer < *out.text) return out;
  // Wrong options: two or more text columns right after the answer, about as short as the answer and
  // filled about as often.
  const ColumnStats& a = stats[*out.answer];
  std::vector<std::size_t> wrong;
  for (std::size_t c = *out.answer + 1; c < width; ++c) {
    const ColumnStats& s = stats[c];
    if (!s.text() || s.filled * 2 < a.filled || s.mean() > 2.5 * a.mean() + 16 || s.questions * 5 > s.filled) break;
    if (s.values.size() < s.filled && a.values.size() == a.filled) break;  // Recurring labels next to distinct answers.
    wrong.push_back(c);
  }
  if (wrong.size() >= 2) out.wrong = std::move(wrong);
  return out;
}

std::optional<std::size_t> label_column(const std::vector<CsvRecord>& records, std::size_t width,
                                        const std::function<bool(std::size_t)>& used) {
  std::vector<ColumnStats> stats = rate(records, width);
  std::optional<std::size_t> best;
  for (std::size_t c = 0; c < width; ++c) {
    const ColumnStats& s = stats[c];
    if (used(c) || !s.text() || s.filled < 3 || s.questions > 0 || s.longest > 4 || s.mean() > 40 ||
        s.values.size() >= s.filled || s.values.size() < 2)
      continue;
    if (!best || s.values.size() > stats[*best].values.size()) best = c;
  }
  return best;
}

bool header_by_content(const std::vector<CsvRecord>& records, std::size_t width) {
  constexpr std::size_t kLabelBytes = 40;  // The longest header name.
  if (records.size() < 3) return false;
  const auto& head = records.front().fields;
  if (head.size() < 2) return false;
  for (const auto& cell : head) {
    std::string_view c = trim(cell);
    if (c.empty() || c.size() > kLabelBytes || question_cue(c) == QuestionCue::kStrong) return false;
  }
  std::vector<ColumnStats> rest = rate(records, width, 1);
  for (std::size_t c = 0; c < width && c < head.size(); ++c) {
    const ColumnStats& s = rest[c];
    if (s.filled < 2) continue;
    std::string_view cell = trim(head[c]);
    bool label = !number_like(cell) && !language_code(cell);
    // A label over a column of numbers, or over a column of questions.
    if (label && s.numbers * 10 >= s.filled * 9) return true;
    // Over questions only a short label of a few words counts, so a first question without '?' stays data.
    std::size_t words = 1;
    for (char ch : cell) words += ch == ' ';
    if (label && words <= 3 && cell.size() <= 24 && static_cast<double>(cell.size()) * 2 <= s.mean() &&
        s.questions * 2 >= s.filled)
      return true;
  }
  return false;
}

}  // namespace qbank::internal
