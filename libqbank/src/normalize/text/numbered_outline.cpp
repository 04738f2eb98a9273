// The plain-text reader's numbered-outline shape: an FAQ whose entries carry dotted numbers ("1.1 What is
// curl?", "  4.5 Why …"), grouped under numbered sections ("1. Philosophy") and answered by the lines below
// them, often after a table of contents that lists the same numbers.
//   * The entries are the dotted depth (2 or more parts) that occurs most; deeper entries ("4.5.1 …") belong to
//     the answer of the entry above them.
//   * An entry without a body whose number recurs later is a table-of-contents line, and so is the run of
//     body-less entries it sits in; entries with a body are the questions.
//   * A section is the last one-part number N ("2. Install") before the first question numbered N.x; other
//     one-part numbers ("1. copy the file") are answer lines.
//   * A question's answer is every line up to the next question or section.
// The shape is taken only when at least kMinEntries questions exist and most of them have an answer.
#include <algorithm>
#include <map>

#include "normalize/text/units.hpp"
#include "normalize/text/words.hpp"

namespace qbank::internal::txt {
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

// True for a line that closes an answer: the "--" that opens a signature, or a rule of one repeated mark.
bool closes_answer(std::string_view t) {
  if (t == "--") return true;
  return t.size() >= 3 && std::string_view("-=_*~#").find(t[0]) != std::string_view::npos &&
         t.find_first_not_of(t[0]) == std::string_view::npos;
}

// True when a line holds a letter or a digit (not blank, not a rule of '=' or '-').
bool has_text(const TextLine& l) {
  if (l.blank) return false;
  for (std::size_t k = 0; k < l.text.size();) {
    char32_t c = next_cp(l.text, k);
    if (is_letter(c) || (c >= '0' && c <= '9')) return true;
  }
  return false;
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
  bool after_text = false;  // The previous line is a text line (not blank, not an entry).
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) {
      after_text = false;
      continue;
    }
    bool entry = parse_numbered(lines[i].text, n);
    // A number that starts a lower-case line right under a text line is a wrapped sentence ("… FAQ entry\n
    // 4.12 and the SSLCERTS document"), not an entry.
    if (entry && after_text) {
      std::size_t k = 0;
      char32_t c = next_cp(n.title, k);
      entry = !(is_letter(c) && !is_upper_cp(c) && !is_cjk(c));
    }
    after_text = !entry;
    if (entry) {
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
  // Contents lines: an entry without a body (no line with a letter or digit before the next entry) whose
  // number recurs later. A run of body-less entries (any depth) up to its last such entry is the contents.
  std::vector<char> has_body(entries.size(), 0);
  for (std::size_t k = 0; k < entries.size(); ++k) {
    std::size_t end = k + 1 < entries.size() ? entries[k + 1].line : lines.size();
    for (std::size_t x = entries[k].line + 1; x < end && !has_body[k]; ++x) has_body[k] = has_text(lines[x]);
  }
  std::map<std::vector<std::uint32_t>, std::size_t> last;  // path -> index in entries of its last occurrence
  for (std::size_t k = 0; k < entries.size(); ++k)
    if (entries[k].path.size() == depth) last[entries[k].path] = k;
  std::vector<char> is_question(entries.size(), 0), is_toc(entries.size(), 0), is_section(entries.size(), 0);
  for (std::size_t k = 0; k < entries.size();) {
    std::size_t run_end = k;  // The run: entries k..run_end, each but the last without a body.
    while (run_end + 1 < entries.size() && !has_body[run_end]) ++run_end;
    std::size_t last_toc = entries.size();
    for (std::size_t j = k; j <= run_end; ++j)
      if (entries[j].path.size() == depth && !has_body[j] && last[entries[j].path] != j) last_toc = j;
    if (last_toc != entries.size())
      for (std::size_t j = k; j <= last_toc; ++j) is_toc[j] = 1;
    k = run_end + 1;
  }
  for (std::size_t k = 0; k < entries.size(); ++k)
    if (entries[k].path.size() == depth && !is_toc[k]) is_question[k] = 1;
  std::size_t first_question = entries.size();
  for (std::size_t k = 0; k < entries.size() && first_question == entries.size(); ++k)
    if (is_question[k]) first_question = k;
  if (first_question == entries.size()) return false;
  // Sections: the last entry with the parent number before the parent's first question.
  for (std::size_t k = first_question; k < entries.size(); ++k) {
    if (!is_question[k]) continue;
    const auto& parent = entries[k].path;
    std::size_t want = depth - 1;
    for (std::size_t j = k; j-- > 0;) {
      if (is_toc[j]) break;
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
  }
  // Every question needs the line after it (before the next entry) to exist; most must have an answer.
  std::size_t questions = 0, answered = 0;
  std::vector<std::size_t> stops;  // Line indexes where an answer ends: questions and sections.
  for (std::size_t k = 0; k < entries.size(); ++k)
    if (is_question[k] || is_section[k] || is_toc[k]) stops.push_back(entries[k].line);
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
  // The indent most answers start at: the first line under a question.
  std::map<int, std::size_t> starts;
  for (std::size_t k = 0; k < entries.size(); ++k) {
    if (!is_question[k]) continue;
    std::size_t x = entries[k].line + 1;
    while (x < lines.size() && lines[x].blank) ++x;
    if (x < lines.size()) ++starts[lines[x].marker.indent];
  }
  int answer_indent = 0;
  std::size_t most = 0;
  for (const auto& [indent, count] : starts)
    if (count > most) answer_indent = indent, most = count;
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
    // A signature delimiter or a rule, no deeper than the entry, ends the answer; what follows it is the document's.
    for (std::size_t x = e.line + 1; x < end; ++x)
      if (!lines[x].blank && why[x] == nullptr && lines[x].marker.indent <= lines[e.line].marker.indent &&
          closes_answer(lines[x].text)) {
        why[x] = "separator";
        for (std::size_t y = x + 1; y < end; ++y) why[y] = "outro";
        end = x;
      }
    // Lines indented deeper than the document's answers, between the question and its answer's text, show what
    // it asks about.
    int base = answer_indent;
    std::size_t first = e.line + 1;
    while (first < end && lines[first].blank) ++first;
    std::size_t shown = first;
    while (shown < end && (lines[shown].blank || lines[shown].marker.indent > base)) ++shown;
    if (shown > first && shown < end) {
      std::size_t margin = std::string_view::npos;  // The block's own indent, taken off every line.
      for (std::size_t x = first; x < shown; ++x)
        if (!lines[x].blank) margin = std::min(margin, lines[x].raw.find_first_not_of(" \t"));
      std::string code;
      for (std::size_t x = first; x < shown; ++x) {
        used[x] = 1;
        std::string_view raw = lines[x].raw;
        if (!lines[x].blank) code.append(raw.substr(std::min(margin, raw.size())));
        code.push_back('\n');
      }
      while (!code.empty() && (code.back() == '\n' || code.back() == ' ')) code.pop_back();
      item.code = std::move(code);
    } else {
      shown = e.line + 1;
    }
    std::string answer;
    bool gap = false;
    for (std::size_t x = shown; x < end; ++x) {
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
                         : !has_text(lines[x])     ? "separator"
                         : x < first_line          ? "title"
                         : x < first_question_line ? "table of contents"
                                                   : "intro prose";
    out.rejected.push_back({static_cast<std::int64_t>(x + 1), std::string(lines[x].raw), reason});
  }
  return true;
}

}  // namespace qbank::internal::txt
