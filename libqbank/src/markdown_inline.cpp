// Inline Markdown cleanup: tags, links, images, symbol-only brackets and wrapping emphasis.
#include <cctype>

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

// Appends s[i..] to out with links, images and tags simplified; stops at the end.
void simplify(std::string_view s, std::string& out) {
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == '`') {  // code span: copy verbatim
      std::size_t ticks = 0;
      while (i + ticks < s.size() && s[i + ticks] == '`') ++ticks;
      std::size_t end = s.find(std::string(ticks, '`'), i + ticks);
      std::size_t stop = end == std::string_view::npos ? s.size() : end + ticks;
      out.append(s.substr(i, stop - i));
      i = stop;
      continue;
    }
    if (c == '\\' && i + 1 < s.size()) {
      out.append(s.substr(i, 2));
      i += 2;
      continue;
    }
    if (c == '<' && i + 1 < s.size() && (std::isalpha(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '/')) {
      std::size_t end = s.find('>', i);
      if (end != std::string_view::npos) {
        i = end + 1;
        continue;
      }
    }
    bool image = c == '!' && i + 1 < s.size() && s[i + 1] == '[';
    if (c == '[' || image) {
      std::size_t open = image ? i + 1 : i;
      std::size_t close = close_bracket(s, open);
      if (close != std::string_view::npos) {
        std::string_view label = s.substr(open + 1, close - open - 1);
        std::size_t next = close + 1;
        if (next < s.size() && s[next] == '(') {
          std::size_t after = skip_parens(s, next);
          if (after != std::string_view::npos) next = after;
        }
        if (!image && has_letters(label)) simplify(label, out);
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
  simplify(trim(text), out);
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
