// Finds the question and answer labels a document pairs ("**В:** … **О:** …", "D: … R: …", "質問： … 回答： …")
// from how its lines alternate, for labels that no word list of question or answer words holds.
#include <algorithm>
#include <map>
#include <utility>

#include "normalize/markdown/blocks.hpp"
#include "normalize/text/words.hpp"
#include "base/utf8.hpp"

namespace qbank::internal::md {
namespace {

// Labels longer than this many code points are words of a sentence, not labels.
constexpr std::size_t kMaxLabelChars = 8;

// Labels of more words than this are the opening words of a sentence.
constexpr std::size_t kMaxLabelWords = 3;

// How many times one label must follow the other before the two are taken as a pair.
constexpr int kMinPairs = 3;

// Reads a leading label: optional emphasis marks, letters, an optional number ("Frage 1", "س1"), then ':' or '：'
// inside or right after the emphasis ('.' or ')' too after a number: "**Questão 1.**"). Sets label to the letters,
// lowercased, rest to what follows and numbered to whether a number followed the letters; false when the text
// does not start so.
bool read_label(std::string_view text, std::string& label, std::string_view& rest, bool& numbered) {
  std::string_view t = txt::trim(text);
  std::size_t i = 0;
  while (i < t.size() && (t[i] == '*' || t[i] == '_') && i < 2) ++i;
  std::size_t open = i, chars = 0;
  while (i < t.size()) {
    std::size_t j = i;
    if (!txt::is_letter(utf8::next(t, j)) || ++chars > kMaxLabelChars) break;
    i = j;
  }
  if (chars == 0 || chars > kMaxLabelChars) return false;
  std::size_t letters_end = i, digits = i;
  while (digits < t.size() && t[digits] == ' ' && digits - i < 1) ++digits;
  std::size_t d = digits;
  while (d < t.size() && t[d] >= '0' && t[d] <= '9') ++d;
  numbered = d > digits;
  if (numbered) i = d;
  // The emphasis closes around the separator as it opened: "В:", "**В:**", "**В**:", "質問：", "**Questão 1.**".
  std::string marks(t.substr(0, open));
  std::string_view tail = t.substr(i);
  std::size_t after = std::string_view::npos;
  for (std::string_view sep : {std::string_view(":"), std::string_view("\xEF\xBC\x9A"), std::string_view("."),
                               std::string_view(")")}) {
    if ((sep == "." || sep == ")") && !numbered) continue;
    if (tail.substr(0, marks.size() + sep.size()) == marks + std::string(sep) ||
        tail.substr(0, marks.size() + sep.size()) == std::string(sep) + marks)
      after = i + marks.size() + sep.size();
  }
  if (after == std::string_view::npos) return false;
  label = txt::lower_text(t.substr(open, letters_end - open));
  rest = txt::trim(t.substr(after));
  return true;
}

// The line without block quote marks and an ATX heading's '#' marks.
std::string_view line_content(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '>')) ++i;
  std::size_t h = i;
  while (h < line.size() && line[h] == '#') ++h;
  if (h > i && h < line.size() && line[h] == ' ') i = h + 1;
  return line.substr(i);
}

}  // namespace

PairedLabels paired_labels(const std::vector<std::string_view>& lines) {
  std::map<std::pair<std::string, std::string>, int> follows;  // (label, the next different label) -> times
  std::map<std::string, std::pair<int, int>> asks;             // label -> (texts, texts that read as questions)
  std::map<std::string, bool> numbers;                          // label -> written with a number somewhere
  std::string last, label;
  std::string_view rest;
  bool fence = false;
  for (std::string_view line : lines) {
    std::string_view c = line_content(line);
    if (c.substr(0, 3) == "```" || c.substr(0, 3) == "~~~") fence = !fence;
    bool numbered = false;
    if (fence || !read_label(c, label, rest, numbered)) continue;
    numbers[label] = numbers[label] || numbered;
    auto& a = asks[label];
    ++a.first;
    a.second += !rest.empty() && txt::question_score(inline_text(rest)) >= 2;
    if (!last.empty() && last != label) ++follows[{last, label}];
    last = label;
  }
  PairedLabels best;
  int best_count = 0;
  for (const auto& [pair, n] : follows) {
    if (n < kMinPairs || n <= best_count) continue;
    auto back = follows.find({pair.second, pair.first});
    const auto& q = asks[pair.first];
    const auto& a = asks[pair.second];
    // The question label comes back after the answer label at least half as often (section labels such as
    // "Part 2." may come between), its texts mostly ask, answers are not numbered, and answers do not mostly ask
    // too (two languages of one question: "EN: …?" then "TH: …?").
    if (back == follows.end() || back->second * 2 < n || q.second * 2 < q.first || numbers[pair.second] ||
        a.second * 2 > a.first)
      continue;
    best = {pair.first, pair.second};
    best_count = n;
  }
  return best;
}

bool emphasized_label(std::string_view text, std::string& label, std::string_view& rest) {
  std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos || (text[first] != '*' && text[first] != '_')) return false;
  std::string_view t = txt::trim(text);
  for (std::string_view w : {std::string_view("**"), std::string_view("__")}) {
    if (t.size() <= 2 * w.size() || t.substr(0, w.size()) != w) continue;
    std::size_t close = t.find(w, w.size());
    if (close == std::string_view::npos) return false;
    std::string_view inside = txt::trim(t.substr(w.size(), close - w.size()));
    std::string_view after = t.substr(close + w.size());
    // The colon inside the emphasis ("**Label:**") or right after it ("**Label**:").
    if (!inside.empty() && inside.back() == ':') inside = txt::trim(inside.substr(0, inside.size() - 1));
    else if (!after.empty() && after.front() == ':') after.remove_prefix(1);
    else return false;
    if (inside.empty() || txt::count_words(inside) > kMaxLabelWords || inside.find('?') != std::string_view::npos)
      return false;
    label = txt::lower_text(inside);
    rest = txt::trim(after);
    return true;
  }
  return false;
}

std::vector<std::string> recurring_labels(const std::vector<std::string_view>& lines) {
  std::map<std::string, int> seen;
  std::string label;
  std::string_view rest;
  bool fence = false;
  for (std::string_view line : lines) {
    std::string_view c = line_content(line);
    if (c.substr(0, 3) == "```" || c.substr(0, 3) == "~~~") fence = !fence;
    if (fence) continue;
    // A list marker before the label ("- **Source:** …", "1. **Source:** …").
    std::size_t m = 0;
    while (m < c.size() && m < 9 && c[m] >= '0' && c[m] <= '9') ++m;
    if ((m > 0 && m + 1 < c.size() && (c[m] == '.' || c[m] == ')') && c[m + 1] == ' ') ||
        (m == 0 && c.size() > 2 && (c[0] == '-' || c[0] == '*' || c[0] == '+') && c[1] == ' '))
      c = c.substr(m > 0 ? m + 2 : 2);
    if (emphasized_label(c, label, rest)) ++seen[label];
  }
  std::vector<std::string> out;
  for (const auto& [l, n] : seen)
    if (n >= 2) out.push_back(l);
  return out;  // std::map keeps them sorted.
}

bool strip_paired_label(std::string_view text, const std::string& label, std::string_view& rest) {
  if (label.empty()) return false;
  std::string found;
  bool numbered = false;
  return read_label(text, found, rest, numbered) && found == label;
}

}  // namespace qbank::internal::md
