// Line shapes: list markers (bullets, numbers, letters, question prefixes) and code labels.
#include "text_lines.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "text_words.hpp"
#include "utf8.hpp"

namespace qbank::detail::txt {
namespace {

// Returns the byte length of a bullet ("•", "·", "‣", "▪", "◦", "●", "–", "—", "-", "*", "+", "▸") starting s
// (non-empty) and sets its code point, or returns 0.
std::size_t bullet_at(std::string_view s, char32_t& c) {
  auto b0 = static_cast<unsigned char>(s[0]);
  if (b0 == '-' || b0 == '*' || b0 == '+') return c = b0, 1;
  if (b0 == 0xC2) return s.size() >= 2 && s[1] == '\xB7' ? (c = U'·', 2) : 0;
  if (b0 != 0xE2 || s.size() < 3) return 0;
  unsigned tail = static_cast<unsigned>(static_cast<unsigned char>(s[1])) << 8 | static_cast<unsigned char>(s[2]);
  switch (tail) {
    case 0x80A2: return c = U'•', 3;
    case 0x80A3: return c = U'‣', 3;
    case 0x96AA: return c = U'▪', 3;
    case 0x97A6: return c = U'◦', 3;
    case 0x978F: return c = U'●', 3;
    case 0x8093: return c = U'–', 3;
    case 0x8094: return c = U'—', 3;
    case 0x96B8: return c = U'▸', 3;
    default: return 0;
  }
}

// Matches a numbered marker at the start of s; returns the marker length or 0.
std::size_t number_marker(std::string_view s, char32_t& style) {
  std::size_t i = 0;
  bool paren = false;
  if (!s.empty() && s[0] == '(') {
    paren = true;
    i = 1;
  } else if (s.substr(0, 3) == "（") {
    paren = true;
    i = 3;
  }
  std::size_t d = i;
  while (d < s.size() && d - i < 4 && std::isdigit(static_cast<unsigned char>(s[d]))) ++d;
  if (d == i) return 0;
  std::string_view rest = s.substr(d);
  auto followed_ok = [&](std::size_t n) {
    return n >= s.size() || s[n] == ' ' || s[n] == '\t' || !std::isdigit(static_cast<unsigned char>(s[n]));
  };
  if (paren) {
    if (rest.substr(0, 1) == ")") return style = U')', d + 1;
    if (rest.substr(0, 3) == "）") return style = U')', d + 3;
    return 0;
  }
  if (rest.substr(0, 3) == "、" || rest.substr(0, 3) == "．") return style = U'、', d + 3;
  if ((rest.substr(0, 1) == "." || rest.substr(0, 1) == ")") && followed_ok(d + 1)) {
    if (d + 1 < s.size() && s[d + 1] != ' ' && s[d + 1] != '\t') {
      // "1.What" is a marker; "3.14" or "1.2.3" is not.
      if (std::isdigit(static_cast<unsigned char>(s[d + 1])) || s[d + 1] == '.') return 0;
    }
    return style = static_cast<char32_t>(rest[0]), d + 1;
  }
  return 0;
}

// True for an ASCII letter (std::isalpha in the C locale).
bool ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// True when a trimmed line may start with a numbered marker ("1.", "(1)", "（1）").
bool may_be_number(std::string_view s) {
  auto b = static_cast<unsigned char>(s[0]);
  return (b >= '0' && b <= '9') || b == '(' || b == 0xEF;
}

}  // namespace

Marker parse_marker(std::string_view line) { return parse_marker(line, trim(line)); }

Marker parse_marker(std::string_view line, std::string_view s) {
  Marker m;
  parse_marker_into(line, s, m);
  return m;
}

void parse_marker_into(std::string_view line, std::string_view s, Marker& m) {
  m.indent = indent_of(line);
  m.content = s;
  if (s.empty()) return;
  char32_t bullet = 0;
  if (std::size_t n = bullet_at(s, bullet); n != 0 && s.size() > n && (s[n] == ' ' || s[n] == '\t')) {
    m.bullet = bullet;
    m.kind = MarkerKind::kBullet;
    m.content = trim(s.substr(n));
    return;
  }
  char32_t style = 0;
  if (std::size_t n = may_be_number(s) ? number_marker(s, style) : 0) {
    m.kind = MarkerKind::kNumber;
    m.bullet = style;
    m.content = trim(s.substr(n));
    if (m.content.empty() || is_question_header(m.content)) m.kind = MarkerKind::kHeader;
    return;
  }
  if (s.size() > 3 && ascii_alpha(s[0]) && (s[1] == '.' || s[1] == ')') && s[2] == ' ') {
    m.kind = MarkerKind::kLetter;
    m.bullet = static_cast<char32_t>(s[0]);
    m.content = trim(s.substr(3));
    return;
  }
  std::string_view rest;
  MarkerKind kind = question_marker(s, rest, m.answer_skip);
  if (kind != MarkerKind::kNone) {
    m.kind = kind;
    m.content = rest;
  }
}

bool is_code_label(std::string_view text) {
  static constexpr std::array<std::string_view, 18> kLabels = {
      "example code", "code example", "sample code", "code", "example", "пример кода", "пример", "код",
      "приклад коду", "beispielcode", "beispiel", "ejemplo", "código", "ejemplo de código", "exemple",
      "代码", "示例", "示例代码"};
  // Lowercasing never shortens a text and keeps ':' and '.': a text longer than every label once its
  // trailing ':' '.' and '：' are dropped is no label.
  std::string_view t = trim(text);
  while (!t.empty() && (t.back() == ':' || t.back() == '.')) t.remove_suffix(1);
  if (t.size() >= 3 && t.substr(t.size() - 3) == "：") t.remove_suffix(3);
  if (t.empty() || t.size() > longest(kLabels)) return false;
  char lower[3 * longest(kLabels)];
  std::size_t n = lower_text_to(t, lower, sizeof lower);
  return n <= sizeof lower && in_list(kLabels, std::string_view(lower, n));
}

}  // namespace qbank::detail::txt
