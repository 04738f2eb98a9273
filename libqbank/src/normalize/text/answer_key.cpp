// An answer key closing a quiz ("1-B 2-C 3-A", "1C 2B 3A", "1. b  2. d"): each numbered question gets its option.
#include <map>
#include <string>
#include <vector>

#include "normalize/text/units.hpp"
#include "normalize/question_cues.hpp"
#include "normalize/text/words.hpp"

namespace qbank::internal::txt {
namespace {

// The fewest number-option pairs a key must hold.
constexpr std::size_t kMinKeyPairs = 3;

// The most lines after the key (sign-off, copyright, rules) that may close the document.
constexpr std::size_t kMaxLinesAfterKey = 4;

// Reads a line made only of number-option pairs into key; returns the pairs read (0 when the line is anything
// else).
std::size_t key_pairs(std::string_view t, std::map<long, std::string>& key) {
  std::map<long, std::string> found;
  std::size_t i = 0;
  auto skip = [&](std::string_view set) {
    while (i < t.size() && set.find(t[i]) != std::string_view::npos) ++i;
  };
  while (true) {
    skip(" \t,;|");
    if (i >= t.size()) break;
    long n = 0;
    std::size_t digits = 0;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9' && digits < 4) n = n * 10 + (t[i++] - '0'), ++digits;
    if (digits == 0 || digits > 3) return 0;
    skip(" ");
    if (i < t.size() && std::string_view("-.:)=").find(t[i]) != std::string_view::npos) ++i;
    skip(" ");
    if (i >= t.size()) return 0;
    std::size_t at = i;
    char32_t c = next_cp(t, i);
    bool letter = c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : (is_letter(c) || (c >= 0x2460 && c <= 0x24E9));
    if (!letter || (i < t.size() && std::string_view(" \t,;|").find(t[i]) == std::string_view::npos)) return 0;
    found[n] = std::string(t.substr(at, i - at));
  }
  for (auto& [n, v] : found) key[n] = std::move(v);
  return found.size();
}

// The number a question's line gives it ("12. …", "Вопрос 12:", "12) …"), or -1.
long question_number(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && i < 24 && !(line[i] >= '0' && line[i] <= '9')) ++i;
  if (i >= line.size() || i >= 24) return -1;
  long n = 0;
  std::size_t digits = 0;
  while (i < line.size() && line[i] >= '0' && line[i] <= '9' && digits < 4) n = n * 10 + (line[i++] - '0'), ++digits;
  return digits <= 3 ? n : -1;
}

}  // namespace

void apply_answer_key(const std::vector<TextLine>& lines, ReaderOutput& out) {
  std::size_t end = lines.size(), tail = 0;
  while (end > 0 && tail <= kMaxLinesAfterKey) {  // lines after the key: footer, rules
    std::map<long, std::string> probe;
    if (!lines[end - 1].blank && key_pairs(lines[end - 1].text, probe) > 0) break;
    tail += lines[end - 1].blank ? 0 : 1;
    --end;
  }
  std::map<long, std::string> key;
  std::size_t first = end, pairs = 0;
  while (first > 0) {
    const TextLine& l = lines[first - 1];
    std::size_t n = l.blank ? 0 : key_pairs(l.text, key);
    if (!l.blank && n == 0) break;
    pairs += n;
    --first;
  }
  if (pairs < kMinKeyPairs) return;
  std::size_t matched = 0, numbered = 0;
  for (const auto& item : out.items) {
    if (item.line < 1 || static_cast<std::size_t>(item.line) > lines.size()) continue;
    long n = question_number(lines[static_cast<std::size_t>(item.line) - 1].text);
    numbered += n >= 0;
    matched += n >= 0 && key.count(n) > 0;
  }
  if (matched * 2 < key.size() || matched * 2 < numbered) return;
  std::vector<RawItem> kept;
  for (auto& item : out.items) {
    auto at = static_cast<std::size_t>(item.line);
    if (at > first && at <= end) {  // an item read from the key's own lines
      out.rejected.push_back({item.line, item.raw, "answer key"});
      continue;
    }
    long n = at >= 1 && at <= lines.size() ? question_number(lines[at - 1].text) : -1;
    if (auto k = key.find(n); k != key.end() && !item.answer) {
      const std::string& letter = k->second;
      std::size_t index = letter.size() == 1 ? static_cast<std::size_t>((letter[0] | 0x20) - 'a') : item.choices.size();
      item.answer = index < item.choices.size() ? item.choices[index] : letter;
    }
    kept.push_back(std::move(item));
  }
  out.items = std::move(kept);
}

namespace {

// The number a line opens with ("12. …", "3) …"), or -1.
long leading_number(std::string_view line) {
  std::size_t i = 0;
  long n = 0;
  while (i < line.size() && i < 3 && line[i] >= '0' && line[i] <= '9') n = n * 10 + (line[i++] - '0');
  if (i == 0 || i >= line.size() || (line[i] != '.' && line[i] != ')')) return -1;
  return n;
}

// Splits "а) 20 m; б) 150 s." into the texts after each letter ("20 m", "150 s."): letters of any script that
// open the text or follow "; " / ", ", each followed by ')' and a space; one part (the whole) when none.
std::vector<std::string> split_lettered_parts(std::string_view t) {
  std::vector<std::size_t> starts, ends;  // Where each part's text starts, and where its letter starts.
  for (std::size_t i = 0; i < t.size();) {
    bool boundary = i == 0 || (i >= 2 && t[i - 1] == ' ' && (t[i - 2] == ';' || t[i - 2] == ','));
    if (std::size_t n = boundary ? letter_enumerator_length(t.substr(i), false) : 0; n > 0) {
      ends.push_back(i);
      starts.push_back(i + n);
      i += n;
      continue;
    }
    std::size_t j = i;
    next_cp(t, j);
    i = j;
  }
  if (starts.empty() || ends[0] != 0) return {std::string(trim(t))};
  std::vector<std::string> parts;
  for (std::size_t k = 0; k < starts.size(); ++k) {
    std::size_t stop = k + 1 < starts.size() ? ends[k + 1] : t.size();
    std::string_view p = trim(t.substr(starts[k], stop - starts[k]));
    while (!p.empty() && (p.back() == ';' || p.back() == ',')) p = trim(p.substr(0, p.size() - 1));
    parts.emplace_back(p);
  }
  return parts;
}

}  // namespace

void apply_answer_section(const std::vector<TextLine>& lines, ReaderOutput& out) {
  auto text_at = [&](std::int64_t line) -> std::string_view {
    auto at = static_cast<std::size_t>(line);
    return line >= 1 && at <= lines.size() ? lines[at - 1].text : std::string_view();
  };
  auto line_of = [&](const RawItem& item) { return text_at(item.line); };
  std::size_t start = out.items.size();  // The first item of the closing run.
  long next = -1;                        // The number the run's item before start must be below.
  while (start > 0) {
    const RawItem& item = out.items[start - 1];
    long n = leading_number(line_of(item));
    if (n < 0 || (next >= 0 && n >= next) || item.answer || !item.code.value_or("").empty() ||
        question_cue(std::string_view(item.text)) != QuestionCue::kNone)
      break;
    next = n;
    --start;
  }
  std::size_t run = out.items.size() - start;
  if (run < 2 || start == 0) return;
  std::map<long, std::size_t> asked;  // Questions before the run, by number (the last one kept).
  for (std::size_t i = 0; i < start; ++i)
    if (long n = question_number(line_of(out.items[i])); n >= 0) asked[n] = i;
  // A task whose stem was rejected numbers its sub-questions: the questions between the stem and the next item.
  std::map<long, std::pair<std::size_t, std::size_t>> tasks;  // number -> [first, last) of its sub-questions
  for (const RejectedLine& r : out.rejected) {
    if (r.reason != "question stem") continue;
    long n = question_number(text_at(r.line));
    std::size_t first = 0;
    while (first < start && out.items[first].line < r.line) ++first;
    std::size_t last = first;
    while (last < start && question_number(line_of(out.items[last])) < 0) ++last;
    if (n >= 0 && last > first) tasks[n] = {first, last};
  }
  std::size_t matched = 0;
  for (std::size_t i = start; i < out.items.size(); ++i) {
    long n = leading_number(line_of(out.items[i]));
    matched += asked.count(n) > 0 || tasks.count(n) > 0 ? 1 : 0;
  }
  if (matched < 2 || matched * 5 < run * 4) return;
  for (std::size_t i = start; i < out.items.size(); ++i) {
    RawItem& key = out.items[i];
    long n = leading_number(line_of(key));
    if (auto q = asked.find(n); q != asked.end() && !out.items[q->second].answer) {
      out.items[q->second].answer = std::string(std::string_view(key.text));
    } else if (auto t = tasks.find(n); t != tasks.end()) {  // "а) 20 m; б) 150 s.": one part per sub-question
      std::vector<std::string> parts = split_lettered_parts(std::string_view(key.text));
      if (parts.size() == t->second.second - t->second.first)
        for (std::size_t k = 0; k < parts.size(); ++k)
          if (!out.items[t->second.first + k].answer) out.items[t->second.first + k].answer = parts[k];
    }
    out.rejected.push_back({key.line, key.raw, "answer key"});
  }
  out.items.resize(start);
}

}  // namespace qbank::internal::txt
