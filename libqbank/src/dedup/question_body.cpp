// The question a record's text asks, without the scraper residue around it.
#include <cctype>

#include "dedup/features.hpp"
#include "lang/question_labels.hpp"

namespace qbank::internal {
namespace {

// The length of the HTML tag name at t[at] (ASCII letters and digits, starting with a letter); 0 when none.
std::size_t tag_name_length(std::string_view t, std::size_t at) {
  std::size_t i = at;
  while (i < t.size() && (std::isalpha(static_cast<unsigned char>(t[i])) ||
                          (i > at && std::isdigit(static_cast<unsigned char>(t[i])))))
    ++i;
  return i - at;
}

// The text inside one HTML element that wraps all of it ("<p>…</p>", "<b class=x>…</b>"), or t unchanged.
std::string_view unwrap_element(std::string_view t) {
  if (t.size() < 7 || t[0] != '<' || t.back() != '>') return t;
  std::size_t n = tag_name_length(t, 1);
  if (n == 0) return t;
  std::size_t open_end = t.find('>', 1 + n);
  if (open_end == std::string_view::npos || open_end > 128 || (t[1 + n] != '>' && t[1 + n] != ' ')) return t;
  std::string closing = "</" + std::string(t.substr(1, n)) + ">";
  if (t.size() < open_end + 1 + closing.size() || !t.ends_with(closing)) return t;
  return t.substr(open_end + 1, t.size() - open_end - 1 - closing.size());
}

// The text inside a Markdown emphasis or code run that wraps all of it ("**…**", "_…_", "`…`"), or t unchanged.
std::string_view unwrap_emphasis(std::string_view t) {
  if (t.empty() || (t[0] != '*' && t[0] != '_' && t[0] != '`')) return t;
  std::size_t n = t.find_first_not_of(t[0]);
  if (n == std::string_view::npos || n > 3 || t.size() < 2 * n + 1) return t;
  std::string_view run = t.substr(0, n);
  if (!t.ends_with(run) || t[t.size() - n - 1] == t[0] || t[n] == ' ' || t[t.size() - n - 1] == ' ') return t;
  return t.substr(n, t.size() - 2 * n);
}

// The text after a heading mark, block quote, list bullet or task box that opens it ("## ", "> ", "- [ ] "),
// or after an emphasis run left open by a label ("** " of "**Q1.** …"); t unchanged when none opens it.
std::string_view drop_line_mark(std::string_view t) {
  std::size_t n = 0;
  if (!t.empty() && (t[0] == '#' || t[0] == '>' || t[0] == '-' || t[0] == '+' || t[0] == '*' || t[0] == '_')) {
    n = t.find_first_not_of(t[0]);
    if (n == std::string_view::npos || t[n] != ' ' || (t[0] != '#' && t[0] != '*' && t[0] != '_' && n > 1)) return t;
  }
  std::string_view rest = trim(t.substr(n));
  if (rest.starts_with("[ ] ") || rest.starts_with("[x] ") || rest.starts_with("[X] ")) rest = trim(rest.substr(4));
  return rest;
}

// The text without its question label or list number, looked for also inside an emphasis run that opens it
// ("**Q1.** …" gives "** …", whose left-over run drop_line_mark() drops next).
std::string drop_label(std::string_view t) {
  std::string plain = strip_list_number(strip_question_label(t));
  if (plain.size() != t.size() || t.empty() || (t[0] != '*' && t[0] != '_')) return plain;
  std::size_t n = t.find_first_not_of(t[0]);
  if (n == std::string_view::npos || n > 3) return plain;
  std::string inner = strip_list_number(strip_question_label(t.substr(n)));
  return inner.size() + n == t.size() ? plain : inner;
}

}  // namespace

std::string question_body(std::string_view text) {
  std::string body(trim(text));
  for (int round = 0; round < 6; ++round) {
    std::string_view t = trim(unwrap_emphasis(unwrap_element(body)));
    t = drop_line_mark(t);
    std::string next = drop_label(t);
    if (next.empty() || next == body) break;
    body = std::move(next);
  }
  return body;
}

}  // namespace qbank::internal
