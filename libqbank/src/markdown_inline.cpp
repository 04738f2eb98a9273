// Inline Markdown cleanup: tags, links, images, symbol-only brackets and wrapping emphasis.
#include <cctype>
#include <cstdint>
#include <vector>

#include "markdown_blocks.hpp"
#include "text_words.hpp"
#include "utf8.hpp"

namespace qbank::detail::md {
namespace {

using txt::trim;

// Returns the index just past a "(...)" group starting at s[i] == '(', or npos.
std::size_t skip_parens(std::string_view s, std::size_t i) {
  int depth = 0;
  for (; i < s.size(); ++i) {
    if (s[i] == '(') ++depth;
    else if (s[i] == ')' && --depth == 0) return i + 1;
  }
  return std::string_view::npos;
}

// Returns the index of the ']' closing a '[' at s[i] (nesting allowed), or npos.
std::size_t close_bracket(std::string_view s, std::size_t i) {
  int depth = 0;
  for (; i < s.size(); ++i) {
    if (s[i] == '[') ++depth;
    else if (s[i] == ']' && --depth == 0) return i;
  }
  return std::string_view::npos;
}

// True when the text holds a letter or digit.
bool has_letters(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (txt::is_letter(utf8::next(s, i))) return true;
  return false;
}

// Removes one wrapping emphasis pair ("*x*", "**x**", "_x_", "__x__") around the whole text.
std::string_view unwrap_emphasis(std::string_view s) {
  for (std::string_view w : {"**", "__", "*", "_"}) {
    if (s.size() > 2 * w.size() && s.substr(0, w.size()) == w && s.substr(s.size() - w.size()) == w) {
      std::string_view inner = s.substr(w.size(), s.size() - 2 * w.size());
      if (!inner.empty() && inner[0] != ' ' && inner.back() != ' ') return trim(inner);
    }
  }
  return s;
}

// Link labels nested deeper than this are copied as they are instead of being simplified further.
constexpr int kMaxLinkDepth = 32;

// Marks an opener without a closer in InlineScan::pair.
constexpr std::uint32_t kUnmatched = 0xFFFFFFFF;

// One text being simplified: its bracket and paren pairs are matched once, so that unmatched openers and
// deep nesting cost linear time, and the next '>' is remembered because the scan only moves forward.
struct InlineScan {
  std::string_view s;               // The whole text.
  std::vector<std::uint32_t> pair;  // The closer of the '[' or '(' at each index, or kUnmatched.
  std::size_t next_gt;              // The first '>' at or after the last place looked at, or npos.

  // Matches every '[' and '(' of s with its closer in one pass (nesting allowed).
  explicit InlineScan(std::string_view text) : s(text), next_gt(text.find('>')) {
    if (s.find('[') == std::string_view::npos || s.size() >= kUnmatched) return;
    pair.assign(s.size(), kUnmatched);
    std::vector<std::uint32_t> brackets, parens;
    for (std::size_t i = 0; i < s.size(); ++i) {
      auto k = static_cast<std::uint32_t>(i);
      if (s[i] == '[' || s[i] == '(') (s[i] == '[' ? brackets : parens).push_back(k);
      if (s[i] != ']' && s[i] != ')') continue;
      auto& open = s[i] == ']' ? brackets : parens;
      if (open.empty()) continue;
      pair[open.back()] = k;
      open.pop_back();
    }
  }
  // The closer of the opener at i if it lies before end, else npos.
  std::size_t closer(std::size_t i, std::size_t end) const {
    if (pair.empty() || pair[i] == kUnmatched || pair[i] >= end) return std::string_view::npos;
    return pair[i];
  }
  // The first '>' at or after i and before end, else npos (i never decreases between calls).
  std::size_t gt_after(std::size_t i, std::size_t end) {
    if (next_gt != std::string_view::npos && next_gt < i) next_gt = s.find('>', i);
    return next_gt < end ? next_gt : std::string_view::npos;
  }
};

// Appends s[i..end) to out with links, images and tags simplified.
void simplify(InlineScan& scan, std::size_t i, std::size_t end, int depth, std::string& out) {
  std::string_view s = scan.s.substr(0, end);
  while (i < end) {
    char c = s[i];
    if (c == '`') {  // code span: copy verbatim
      std::size_t ticks = 0;
      while (i + ticks < end && s[i + ticks] == '`') ++ticks;
      std::size_t close = s.find(std::string(ticks, '`'), i + ticks);
      std::size_t stop = close == std::string_view::npos ? end : close + ticks;
      out.append(s.substr(i, stop - i));
      i = stop;
      continue;
    }
    if (c == '\\' && i + 1 < end) {
      out.append(s.substr(i, 2));
      i += 2;
      continue;
    }
    if (c == '<' && i + 1 < end && (std::isalpha(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '/')) {
      std::size_t gt = scan.gt_after(i, end);
      if (gt != std::string_view::npos) {
        i = gt + 1;
        continue;
      }
    }
    bool image = c == '!' && i + 1 < end && s[i + 1] == '[';
    if (c == '[' || image) {
      std::size_t open = image ? i + 1 : i;
      std::size_t close = scan.closer(open, end);
      if (close != std::string_view::npos) {
        std::size_t next = close + 1;
        if (next < end && s[next] == '(') {
          std::size_t paren = scan.closer(next, end);
          if (paren != std::string_view::npos) next = paren + 1;
        }
        if (!image && has_letters(s.substr(open + 1, close - open - 1))) {
          if (depth < kMaxLinkDepth) simplify(scan, open + 1, close, depth + 1, out);
          else out.append(s.substr(open + 1, close - open - 1));
        }
        i = next;
        continue;
      }
    }
    out.push_back(c);
    ++i;
  }
}

}  // namespace

std::string inline_text(std::string_view text) {
  std::string out;
  InlineScan scan(trim(text));
  simplify(scan, 0, scan.s.size(), 0, out);
  std::string_view t = trim(out);
  t = unwrap_emphasis(t);
  return std::string(t);
}

bool single_link(std::string_view text, std::string_view& label) {
  std::string_view t = unwrap_emphasis(trim(text));
  if (t.empty() || t[0] != '[') return false;
  std::size_t close = close_bracket(t, 0);
  if (close == std::string_view::npos || close + 1 >= t.size() || t[close + 1] != '(') return false;
  std::size_t after = skip_parens(t, close + 1);
  if (after == std::string_view::npos || !trim(t.substr(after)).empty()) return false;
  label = t.substr(1, close - 1);
  return true;
}

bool is_anchor_link(std::string_view text) {
  std::string_view label;
  if (!single_link(text, label)) return false;
  std::string_view t = trim(text);
  std::size_t open = t.find("](");
  return open != std::string_view::npos && open + 2 < t.size() && t[open + 2] == '#';
}

bool strip_heading_number(std::string_view text, std::string_view& rest) {
  std::string_view t = trim(text);
  if (txt::strip_question_prefix(t, rest) && !rest.empty()) return true;
  std::size_t d = 0;
  while (d < t.size() && std::isdigit(static_cast<unsigned char>(t[d]))) ++d;
  if (d == 0 || d > 4) return false;
  std::size_t k = d;
  while (k < t.size() && t[k] == ' ') ++k;
  bool decimal = k + 1 < t.size() && std::isdigit(static_cast<unsigned char>(t[k + 1]));
  if (k < t.size() && (t[k] == '.' || t[k] == ')') && !decimal) {
    rest = trim(t.substr(k + 1));
    return !rest.empty();
  }
  if (t.substr(k, 3) == "、" || t.substr(k, 3) == "．") {
    rest = trim(t.substr(k + 3));
    return !rest.empty();
  }
  return false;
}

}  // namespace qbank::detail::md
