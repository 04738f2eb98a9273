// The plain-text reader's numbered-outline shape: an FAQ whose entries carry dotted numbers ("1.1 What is
// curl?", "  4.5 Why …"), grouped under numbered sections ("1. Philosophy") and answered by the lines below
// them, often after a table of contents that lists the same numbers.
//   * The entries are the dotted depth (2 or more parts) that occurs most; deeper entries ("4.5.1 …") belong to
//     the answer of the entry above them.
//   * An entry whose number recurs later is a table-of-contents line; the last occurrence is the question.
//   * A section is the last one-part number N ("2. Install") before the first question numbered N.x; other
//     one-part numbers ("1. copy the file") are answer lines.
//   * A question's answer is every line up to the next question or section.
// The shape is taken only when at least kMinEntries questions exist and most of them have an answer.
#include <algorithm>
#include <map>

#include "normalize/text/units.hpp"
#include "normalize/text/words.hpp"

namespace qbank::detail::txt {
namespace {

// The fewest questions for the shape.
constexpr std::size_t kMinEntries = 3;

// The deepest number path read.
constexpr std::size_t kMaxDepth = 6;

// A line that starts with a (dotted) number.
struct Numbered {
  std::size_t line = 0;           // Index of the line.
  std::vector<std::uint32_t> path;  // The number's parts ("4.5.1" -> 4, 5, 1).
  std::string_view title;         // The text after the number.
};

// Parses "N.M.K Title" / "N.M. Title" / "N. Title" at the start of a trimmed line; false when the line does
// not start so (a one-part number needs its dot: "2 apples" is no entry).
bool parse_numbered(std::string_view t, Numbered& n) {
  std::size_t i = 0;
  n.path.clear();
  bool dot_after_last = false;
  while (i < t.size() && n.path.size() < kMaxDepth) {
    std::size_t start = i;
    std::uint32_t v = 0;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9' && i - start < 5) v = v * 10 + static_cast<std::uint32_t>(t[i++] - '0');
    if (i == start || (i < t.size() && t[i] >= '0' && t[i] <= '9')) return false;
    n.path.push_back(v);
    dot_after_last = i < t.size() && t[i] == '.';
    if (!dot_after_last) break;
    ++i;
    if (i >= t.size() || t[i] < '0' || t[i] > '9') break;
  }
  if (n.path.empty() || i >= t.size() || (t[i] != ' ' && t[i] != '\t')) return false;
  if (n.path.size() == 1 && !dot_after_last) return false;
  n.title = trim(t.substr(i));
  if (n.title.empty()) return false;
  // A title starts with a letter, a quote, or a symbol of a command ("curl: (1) …"), never a digit or a unit.
  unsigned char c = static_cast<unsigned char>(n.title[0]);
  return !(c >= '0' && c <= '9');
}

}  // namespace

bool read_numbered_outline(const std::vector<TextLine>& lines, ReaderOutput& out) {
  // Cheap test first: enough dotted entries (two or more parts) at all.
  std::size_t dotted = 0;
  for (const auto& l : lines) {
    if (l.blank) continue;
    unsigned char c = static_cast<unsigned char>(l.text[0]);
    if (c < '0' || c > '9') continue;
    std::size_t d = l.text.find_first_not_of("0123456789");
    if (d != std::string_view::npos && d + 1 < l.text.size() && l.text[d] == '.' && l.text[d + 1] >= '0' &&
        l.text[d + 1] <= '9')
      ++dotted;
  }
  if (dotted < kMinEntries) return false;
  std::vector<Numbered> entries;
  Numbered n;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) continue;
    if (parse_numbered(lines[i].text, n)) {
      n.line = i;
      entries.push_back(n);
    }
  }
  // The question depth: the dotted depth with the most entries.
  std::size_t per_depth[kMaxDepth + 1] = {};
  for (const auto& e : entries) ++per_depth[e.path.size()];
  std::size_t depth = 2;
  for (std::size_t d = 3; d <= kMaxDepth; ++d)
    if (per_depth[d] > per_depth[depth]) depth = d;
  if (per_depth[depth] < kMinEntries) return false;
  // The last occurrence of each question number is the question; earlier ones are contents lines.
  std::map<std::vector<std::uint32_t>, std::size_t> last;  // path -> index in entries
  for (std::size_t k = 0; k < entries.size(); ++k)
    if (entries[k].path.size() == depth) last[entries[k].path] = k;
  std::vector<char> is_question(entries.size(), 0), is_toc(entries.size(), 0), is_section(entries.size(), 0);
  for (std::size_t k = 0; k < entries.size(); ++k)
    if (entries[k].path.size() == depth) (last[entries[k].path] == k ? is_question : is_toc)[k] = 1;
  // Contents lines of other depths: shorter or deeper numbers among the contents lines.
  std::size_t first_question = entries.size();
  for (std::size_t k = 0; k < entries.size() && first_question == entries.size(); ++k)
    if (is_question[k]) first_question = k;
  if (first_question == entries.size()) return false;
  for (std::size_t k = 0; k < first_question; ++k) is_toc[k] = 1;
  // Sections: the last entry with the parent number before the parent's first question.
  for (std::size_t k = first_question; k < entries.size(); ++k) {
    if (!is_question[k]) continue;
    const auto& parent = entries[k].path;
    std::size_t want = depth - 1;
    for (std::size_t j = k; j-- > first_question;) {
      if (is_question[j]) {
        if (std::equal(parent.begin(), parent.begin() + static_cast<long>(want), entries[j].path.begin())) break;
        continue;
      }
      if (entries[j].path.size() == want &&
          std::equal(entries[j].path.begin(), entries[j].path.end(), parent.begin())) {
        is_section[j] = 1;
        break;
      }
    }
    // A section right before the first question: it sits inside the contents range when no contents exist.
    if (k == first_question)
      for (std::size_t j = k; j-- > 0;)
        if (entries[j].path.size() == want && std::equal(entries[j].path.begin(), entries[j].path.end(), parent.begin())) {
          bool only_blank = true;
          for (std::size_t x = entries[j].line + 1; x < entries[k].line; ++x) only_blank = only_blank && lines[x].blank;
          if (only_blank) is_section[j] = 1, is_toc[j] = 0;
          break;
        }
  }
  // Every question needs the line after it (before the next entry) to exist; most must have an answer.
  std::size_t questions = 0, answered = 0;
  std::vector<std::size_t> stops;  // Line indexes where an answer ends: questions and sections.
  for (std::size_t k = 0; k < entries.size(); ++k)
    if (is_question[k] || is_section[k]) stops.push_back(entries[k].line);
  for (std::size_t k = 0; k < entries.size(); ++k) {
    if (!is_question[k]) continue;
    ++questions;
    auto next = std::upper_bound(stops.begin(), stops.end(), entries[k].line);
    std::size_t end = next == stops.end() ? lines.size() : *next;
    for (std::size_t x = entries[k].line + 1; x < end; ++x)
      if (!lines[x].blank) {
        ++answered;
        break;
      }
  }
  if (questions < kMinEntries || answered * 2 < questions) return false;
  // Emit: questions with their answers and topics; every other line rejected with its reason.
  std::vector<const char*> why(lines.size(), nullptr);
  std::vector<char> used(lines.size(), 0);
  std::optional<std::string> topic;
  std::size_t first_line = entries[0].line;
  for (std::size_t k = 0; k < entries.size(); ++k) {
    const Numbered& e = entries[k];
    if (is_toc[k]) why[e.line] = "table of contents";
    if (is_section[k]) {
      why[e.line] = "heading";
      std::string t = clean_topic(e.title);
      topic = t.empty() ? std::nullopt : std::optional<std::string>(t);
      continue;
    }
    if (!is_question[k]) continue;
    RawItem& item = out.items.emplace_back();
    item.line = static_cast<std::int64_t>(e.line + 1);
    item.raw = std::string(lines[e.line].raw);
    item.text = std::string(e.title);
    item.topic = topic;
    used[e.line] = 1;
    auto next = std::upper_bound(stops.begin(), stops.end(), e.line);
    std::size_t end = next == stops.end() ? lines.size() : *next;
    std::string answer;
    bool gap = false;
    for (std::size_t x = e.line + 1; x < end; ++x) {
      if (lines[x].blank) {
        gap = !answer.empty();
        continue;
      }
      if (why[x] != nullptr) continue;
      used[x] = 1;
      if (!answer.empty()) answer += gap ? "\n\n" : "\n";
      answer += lines[x].text;
      gap = false;
    }
    if (!answer.empty()) item.answer = std::move(answer);
  }
  std::size_t first_question_line = entries[first_question].line;
  for (std::size_t x = 0; x < lines.size(); ++x) {
    if (lines[x].blank || used[x]) continue;
    const char* reason = why[x] != nullptr        ? why[x]
                         : x < first_line          ? "title"
                         : x < first_question_line ? "table of contents"
                                                   : "intro prose";
    out.rejected.push_back({static_cast<std::int64_t>(x + 1), std::string(lines[x].raw), reason});
  }
  return true;
}

}  // namespace qbank::detail::txt
