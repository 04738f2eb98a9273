// Finds the question and answer labels a document pairs ("**В:** … **О:** …", "D: … R: …", "質問： … 回答： …")
// from how its lines alternate, for labels that no word list of question or answer words holds.
#include <map>
#include <utility>

#include "normalize/markdown/blocks.hpp"
#include "normalize/text/words.hpp"
#include "base/utf8.hpp"

namespace qbank::internal::md {
namespace {

// Labels longer than this many code points are words of a sentence, not labels.
constexpr std::size_t kMaxLabelChars = 8;

// How many times one label must follow the other before the two are taken as a pair.
constexpr int kMinPairs = 3;

// Reads a leading label: optional emphasis marks, letters (digits after the first letter allowed: "س1"), then
// ':' or '：' inside or right after the emphasis. Sets label to the letters, lowercased and without digits, and
// rest to what follows; false when the text does not start so.
bool read_label(std::string_view text, std::string& label, std::string_view& rest) {
  std::string_view t = txt::trim(text);
  std::size_t i = 0;
  while (i < t.size() && (t[i] == '*' || t[i] == '_') && i < 2) ++i;
  std::size_t open = i, chars = 0, letters_end = i;
  while (i < t.size()) {
    std::size_t j = i;
    char32_t c = utf8::next(t, j);
    bool digit = c >= '0' && c <= '9';
    if (!(txt::is_letter(c) || (digit && chars > 0)) || ++chars > kMaxLabelChars) break;
    if (!digit) letters_end = j;
    i = j;
  }
  if (chars == 0 || letters_end == open) return false;
  // The emphasis closes around the colon as it opened: "В:", "**В:**", "**В**:", "質問：".
  std::string marks(t.substr(0, open));
  std::string_view tail = t.substr(i);
  std::size_t after = std::string_view::npos;
  for (std::string_view colon : {std::string_view(":"), std::string_view("\xEF\xBC\x9A")})
    if (tail.substr(0, marks.size() + colon.size()) == marks + std::string(colon) ||
        tail.substr(0, marks.size() + colon.size()) == std::string(colon) + marks)
      after = i + marks.size() + colon.size();
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
  std::string last, label;
  std::string_view rest;
  bool fence = false;
  for (std::string_view line : lines) {
    std::string_view c = line_content(line);
    if (c.substr(0, 3) == "```" || c.substr(0, 3) == "~~~") fence = !fence;
    if (fence || !read_label(c, label, rest)) continue;
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
    // The question label comes back after the answer label, and its texts mostly ask.
    if (back == follows.end() || back->second + 1 < n || q.second * 2 < q.first) continue;
    best = {pair.first, pair.second};
    best_count = n;
  }
  return best;
}

bool strip_paired_label(std::string_view text, const std::string& label, std::string_view& rest) {
  if (label.empty()) return false;
  std::string found;
  return read_label(text, found, rest) && found == label;
}

}  // namespace qbank::internal::md
