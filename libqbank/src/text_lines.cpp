// Line shapes: trimming, list markers, question headers and question/answer prefixes.
#include "text_lines.hpp"

#include <array>
#include <cctype>

#include "text_words.hpp"
#include "utf8.hpp"

namespace qbank::detail::txt {
namespace {

// Words that name a question in a prefix ("Q:", "Вопрос:") or header ("Question 12").
constexpr std::array<std::string_view, 22> kQuestionWords = {
    "q", "question", "questions", "вопрос", "питання", "запитання", "frage", "pregunta", "domanda",
    "pergunta", "問題", "问题", "问", "題", "题", "quiz", "задача", "задание", "aufgabe", "ejercicio",
    "exercise", "task"};

// Words that introduce an answer ("A:", "Answer:", "Ответ:").
constexpr std::array<std::string_view, 16> kAnswerWords = {
    "a", "answer", "ans", "ответ", "відповідь", "antwort", "respuesta", "réponse", "resposta",
    "risposta", "答案", "答", "解答", "回答", "solution", "решение"};

// Bullet characters (after them a space is required).
constexpr std::array<std::string_view, 12> kBullets = {"•", "·", "‣", "▪", "◦", "●", "–", "—", "-",
                                                       "*", "+", "▸"};

// True when word (lowercase) is in the list.
template <std::size_t N>
bool in_list(const std::array<std::string_view, N>& list, std::string_view word) {
  for (auto w : list)
    if (w == word) return true;
  return false;
}

// The longest word of kQuestionWords and kAnswerWords has fewer bytes than this.
constexpr std::size_t kMaxListWord = 32;

// Reads a leading word and an optional number ("Frage 3", "Q1", "Question #12"); returns bytes consumed.
std::size_t word_and_number(std::string_view s, std::string& word, bool& has_number) {
  std::size_t i = 0;
  word.clear();
  has_number = false;
  while (i < s.size()) {
    std::size_t j = i;
    char32_t c = utf8::next_inline(s, j);
    if (!is_letter(c) || (c < 0x80 && std::isdigit(static_cast<int>(c)))) break;
    if (word.size() >= kMaxListWord) return 0;  // Longer than any listed word: no prefix or header.
    utf8::append(word, to_lower_cp(c));
    i = j;
  }
  if (word.empty()) return 0;
  std::size_t k = i;
  while (k < s.size() && (s[k] == ' ' || s[k] == '#' || s[k] == '\xC2')) {
    if (s[k] == '\xC2') {  // no-break space
      if (k + 1 < s.size() && s[k + 1] == '\xA0') ++k;
      else break;
    }
    ++k;
  }
  std::size_t d = k;
  while (d < s.size() && std::isdigit(static_cast<unsigned char>(s[d]))) ++d;
  if (d > k) {
    has_number = true;
    if (d < s.size() && std::isalpha(static_cast<unsigned char>(s[d])) &&
        (d + 1 == s.size() || !std::isalpha(static_cast<unsigned char>(s[d + 1]))))
      ++d;  // "17a"
    return d;
  }
  return i;
}

// Skips a separator (":", "：", ".", ")", " -") after a prefix word; returns bytes consumed or 0.
std::size_t separator(std::string_view s, bool allow_dot) {
  std::size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  if (s.substr(i, 1) == ":") return i + 1;
  if (s.substr(i, 3) == "：") return i + 3;
  if (allow_dot && (s.substr(i, 1) == "." || s.substr(i, 1) == ")")) return i + 1;
  return 0;
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

}  // namespace

std::string_view rtrim(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

std::string_view trim(std::string_view s) {
  s = rtrim(s);
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  if (s.substr(0, 2) == "\xC2\xA0") return trim(s.substr(2));
  return s;
}

int indent_of(std::string_view line) {
  int n = 0;
  for (char c : line) {
    if (c == ' ') ++n;
    else if (c == '\t') n += 4;
    else break;
  }
  return n;
}

bool strip_question_prefix(std::string_view text, std::string_view& rest) {
  std::string word;
  bool number = false;
  std::size_t n = word_and_number(text, word, number);
  if (n == 0 || !in_list(kQuestionWords, word)) return false;
  std::size_t sep = separator(text.substr(n), number);
  if (sep == 0) return false;
  rest = trim(text.substr(n + sep));
  return true;
}

bool is_question_header(std::string_view text) {
  text = trim(text);
  std::string word;
  bool number = false;
  std::size_t n = word_and_number(text, word, number);
  if (n == 0 || !number || !in_list(kQuestionWords, word)) return false;
  std::string_view rest = trim(text.substr(n));
  return rest.empty() || rest == "." || rest == ":" || rest == "：" || rest == ")";
}

bool strip_answer_prefix(std::string_view text, std::string_view& rest) {
  std::string word;
  bool number = false;
  std::size_t n = word_and_number(text, word, number);
  if (n == 0 || number || !in_list(kAnswerWords, word)) return false;
  std::size_t sep = separator(text.substr(n), false);
  if (sep == 0) return false;
  rest = trim(text.substr(n + sep));
  return true;
}

Marker parse_marker(std::string_view line) {
  Marker m;
  m.indent = indent_of(line);
  std::string_view s = trim(line);
  m.content = s;
  for (auto b : kBullets) {
    if (s.size() > b.size() && s.substr(0, b.size()) == b && (s[b.size()] == ' ' || s[b.size()] == '\t')) {
      std::size_t i = 0;
      m.bullet = utf8::next(b, i);
      m.kind = MarkerKind::kBullet;
      m.content = trim(s.substr(b.size()));
      return m;
    }
  }
  char32_t style = 0;
  if (std::size_t n = number_marker(s, style)) {
    m.kind = MarkerKind::kNumber;
    m.bullet = style;
    m.content = trim(s.substr(n));
    if (is_question_header(m.content) || m.content.empty()) m.kind = MarkerKind::kHeader;
    return m;
  }
  if (s.size() > 3 && std::isalpha(static_cast<unsigned char>(s[0])) && (s[1] == '.' || s[1] == ')') &&
      s[2] == ' ') {
    m.kind = MarkerKind::kLetter;
    m.bullet = static_cast<char32_t>(s[0]);
    m.content = trim(s.substr(3));
    return m;
  }
  std::string_view rest;
  if (is_question_header(s)) {
    m.kind = MarkerKind::kHeader;
    m.content = {};
  } else if (strip_question_prefix(s, rest)) {
    m.kind = rest.empty() ? MarkerKind::kHeader : MarkerKind::kPrefix;
    m.content = rest;
  }
  return m;
}

bool is_code_label(std::string_view text) {
  std::string t = lower_text(trim(text));
  while (!t.empty() && (t.back() == ':' || t.back() == '.')) t.pop_back();
  if (t.size() >= 3 && t.substr(t.size() - 3) == "：") t.resize(t.size() - 3);
  static constexpr std::array<std::string_view, 18> kLabels = {
      "example code", "code example", "sample code", "code", "example", "пример кода", "пример", "код",
      "приклад коду", "beispielcode", "beispiel", "ejemplo", "código", "ejemplo de código", "exemple",
      "代码", "示例", "示例代码"};
  return in_list(kLabels, t);
}

}  // namespace qbank::detail::txt
