// Line shapes: list markers (bullets, numbers, letters, question prefixes) and code labels.
#include "normalize/text/lines.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include <utf8proc.h>

#include "normalize/text/words.hpp"
#include "base/utf8.hpp"

namespace qbank::internal::txt {
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

// True for a UTF-8 lead byte whose code points include decimal digits of other scripts (NKo U+07C0…, Devanagari,
// Bengali, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian in U+0800–1FFF, Vai and others in U+A000–AFFF).
bool script_digit_lead(unsigned char b) { return b == 0xDF || b == 0xE0 || b == 0xE1 || b == 0xEA; }

// Returns the byte length of a decimal digit at s[i]: ASCII, full-width, Arabic-Indic, Persian or another
// script's decimal digit (Unicode Nd: Devanagari, Thai, Bengali, …); 0 for none.
std::size_t digit_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  auto b = static_cast<unsigned char>(s[i]);
  if (b >= '0' && b <= '9') return 1;
  if (i + 1 >= s.size()) return 0;
  auto c = static_cast<unsigned char>(s[i + 1]);
  if ((b == 0xD9 && c >= 0xA0 && c <= 0xA9) || (b == 0xDB && c >= 0xB0 && c <= 0xB9)) return 2;
  if (b == 0xEF && c == 0xBC && i + 2 < s.size()) {
    auto d = static_cast<unsigned char>(s[i + 2]);
    return d >= 0x90 && d <= 0x99 ? 3 : 0;
  }
  if (!script_digit_lead(b)) return 0;
  std::size_t k = i;
  char32_t cp = utf8::next(s, k);
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_ND ? k - i : 0;
}

// Returns the byte length of the digits (at most six) at s[i], 0 for none.
std::size_t digits_at(std::string_view s, std::size_t i) {
  std::size_t d = i;
  for (int n = 0; n < 6; ++n) {
    std::size_t k = digit_at(s, d);
    if (k == 0) break;
    d += k;
  }
  return d - i;
}

// Matches "第3题：" (a Chinese ordinal question marker) at the start of s; returns its length or 0.
std::size_t ordinal_marker(std::string_view s) {
  if (s.substr(0, 3) != "第") return 0;
  std::size_t d = 3 + digits_at(s, 3);
  constexpr std::string_view kNumerals = "一二三四五六七八九十百";  // Three bytes each: a match is aligned.
  if (d == 3)
    while (s.size() >= d + 3 && kNumerals.find(s.substr(d, 3)) != std::string_view::npos) d += 3;
  if (d == 3) return 0;
  std::string_view unit = s.substr(d, 3);
  if (unit != "题" && unit != "題" && unit != "问" && unit != "問" && unit != "道") return 0;
  d += 3;
  for (std::string_view sep : {"：", "、", "．", "。"})
    if (s.substr(d, sep.size()) == sep) return d + sep.size();
  if (d < s.size() && (s[d] == ':' || s[d] == '.' || s[d] == ' ')) return d + 1;
  return d;
}

// Returns the length of a dash separator after a number ("1 - ", "#2 – ", "3- "), 0 for none; unless after_hash
// with a space before the dash, the item must go on with a word ("10 - 3 = 7" is arithmetic).
std::size_t dash_separator(std::string_view rest, bool after_hash) {
  std::size_t k = 0;
  while (k < rest.size() && rest[k] == ' ') ++k;
  std::size_t dash = rest.substr(k, 1) == "-" ? 1 : (rest.substr(k, 3) == "–" || rest.substr(k, 3) == "—") ? 3 : 0;
  if (dash == 0 || k + dash + 1 >= rest.size() || rest[k + dash] != ' ') return 0;
  if (after_hash && k > 0) return k + dash + 1;
  std::size_t at = k + dash + 1;
  char32_t c = utf8::next(rest, at);
  bool word = (is_letter(c) && !(c >= '0' && c <= '9')) || c == U'¿' || c == U'¡' || c == '"';
  return word ? k + dash + 1 : 0;
}

// Matches a numbered marker at the start of s; returns the marker length or 0.
std::size_t number_marker(std::string_view s, char32_t& style) {
  if (std::size_t n = ordinal_marker(s)) return style = U'第', n;
  std::size_t i = 0;
  bool paren = false, hash = false;
  if (!s.empty() && s[0] == '(') {
    paren = true;
    i = 1;
  } else if (s.substr(0, 3) == "（") {
    paren = true;
    i = 3;
  } else if (!s.empty() && s[0] == '#') {  // "#12." or "#12 -", not a Markdown heading ("# 12").
    hash = true;
    i = 1;
  }
  std::size_t d = i + digits_at(s, i);
  if (d == i) return 0;
  std::string_view rest = s.substr(d);
  if (std::size_t dash = paren ? 0 : dash_separator(rest, hash)) return style = U'-', d + dash;
  if (hash && !rest.empty() && rest[0] == ' ') return style = U'#', d + 1;
  auto followed_ok = [&](std::size_t n) {
    return n >= s.size() || s[n] == ' ' || s[n] == '\t' || !std::isdigit(static_cast<unsigned char>(s[n]));
  };
  if (paren) {
    if (rest.substr(0, 1) == ")") return style = U')', d + 1;
    if (rest.substr(0, 3) == "）") return style = U')', d + 3;
    return 0;
  }
  if (rest.substr(0, 3) == "、" || rest.substr(0, 3) == "．") return style = U'、', d + 3;
  // "1.2 What", "1.2. What" and "8.4 - What" are dotted markers; "3.14", "1.2.3" and "3.14 is pi" (a number
  // followed by a lower-case word) are not.
  if (!paren && !hash && rest.size() > 1 && rest[0] == '.' && std::isdigit(static_cast<unsigned char>(rest[1]))) {
    std::size_t e = d + 1;
    while (e < s.size() && (std::isdigit(static_cast<unsigned char>(s[e])) ||
                            (s[e] == '.' && e + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[e + 1])))))
      ++e;
    if (e < s.size() && s[e] == '.') ++e;
    std::size_t k = e;
    while (k < s.size() && (s[k] == ' ' || s[k] == '\t')) ++k;
    if (k > e && k + 1 < s.size() && s[k] == '-' && s[k + 1] == ' ') {  // "8.4 - What …"
      e = k + 1;
      for (k = e; k < s.size() && (s[k] == ' ' || s[k] == '\t');) ++k;
    }
    unsigned char c = k < s.size() ? static_cast<unsigned char>(s[k]) : 0;
    if (k > e && ((c >= 'A' && c <= 'Z') || c >= 0x80)) return style = U'.', e;
    return 0;
  }
  if ((rest.substr(0, 1) == "." || rest.substr(0, 1) == ")") && followed_ok(d + 1)) {
    if (d + 1 < s.size() && s[d + 1] != ' ' && s[d + 1] != '\t') {
      // "1.What" is a marker; "3.14" or "1.2.3" is not.
      if (std::isdigit(static_cast<unsigned char>(s[d + 1])) || s[d + 1] == '.') return 0;
    }
    return style = static_cast<char32_t>(rest[0]), d + 1;
  }
  return 0;
}

// Matches a section-lettered number ("A1)", "B12.") followed by a space and more text; returns its length or 0.
std::size_t section_number_marker(std::string_view s) {
  if (s.size() < 5 || s[0] < 'A' || s[0] > 'Z') return 0;
  std::size_t d = 1;
  while (d < s.size() && d < 4 && std::isdigit(static_cast<unsigned char>(s[d]))) ++d;
  if (d == 1 || d + 2 >= s.size() || (s[d] != ')' && s[d] != '.') || s[d + 1] != ' ') return 0;
  return d + 1;
}

// True for an ASCII letter (std::isalpha in the C locale).
bool ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// True when a trimmed line may start with a numbered marker ("1.", "(1)", "（1）", "#1", "١.", "１．", "第1题").
bool may_be_number(std::string_view s) {
  auto b = static_cast<unsigned char>(s[0]);
  return (b >= '0' && b <= '9') || b == '(' || b == '#' || b == 0xEF || b == 0xD9 || b == 0xDB || b == 0xE7 ||
         script_digit_lead(b);
}

}  // namespace

Marker parse_marker(std::string_view line) { return parse_marker(line, trim(line)); }

Marker parse_marker(std::string_view line, std::string_view s) {
  Marker m;
  parse_marker_into(line, s, m);
  return m;
}

bool reread_as_section_number(Marker& m, std::string_view s) {
  std::size_t n = section_number_marker(s);
  if (n == 0 || m.answer_skip == std::string_view::npos) return false;
  m.kind = MarkerKind::kNumber;
  m.bullet = static_cast<char32_t>(s[0]);
  m.content = trim(s.substr(n));
  m.answer_skip = std::string_view::npos;
  return true;
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
  bool q_dot = (s[0] == 'Q' || s[0] == 'q') && s.size() > 1 && s[1] == '.';  // "Q. What...": a question prefix.
  if (s.size() > 3 && ascii_alpha(s[0]) && (s[1] == '.' || s[1] == ')') && s[2] == ' ' && !q_dot) {
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
    return;
  }
  if (std::size_t n = m.answer_skip == std::string_view::npos ? section_number_marker(s) : 0) {  // "B12. …"
    m.kind = MarkerKind::kNumber;
    m.bullet = static_cast<char32_t>(s[0]);
    m.content = trim(s.substr(n));
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

}  // namespace qbank::internal::txt
