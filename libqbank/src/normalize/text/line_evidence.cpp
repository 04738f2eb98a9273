// Evidence about a line: prose, headings, sentence ends and declared section counts.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

#include "normalize/text/lines.hpp"
#include "normalize/text/words.hpp"
#include "base/utf8.hpp"

namespace qbank::internal::txt {
namespace {

// First-person words that mark an author's prose (intros, outros).
const WordSet& first_person() {
  static const WordSet words = {
      "i", "i'm", "i’m", "i've", "i’ve", "i'd", "i'll", "my", "we", "we're", "our", "us", "me", "я", "мы",
      "мой", "моя", "мои", "наш", "наши", "меня", "мне", "ich", "wir", "mein", "meine", "unser", "yo",
      "nosotros", "nuestro", "je", "j'ai", "nous", "notre", "mes"};
  return words;
}

// Code points below U+0800 whose lowercase starts a first-person word: one bit each.
struct FirstPersonStarts {
  std::uint64_t bits[0x800 / 64] = {};
  bool high = false;  // True when some word starts from U+0800 on (lowercasing leaves those alone).
  FirstPersonStarts() {
    std::uint64_t firsts[0x800 / 64] = {};  // The first code points of the words.
    first_person().each([&](std::string_view w) {
      std::size_t k = 0;
      char32_t f = utf8::next(w, k);
      if (f < 0x800) firsts[f / 64] |= std::uint64_t{1} << (f % 64);
      else high = true;
    });
    for (char32_t c = 0; c < 0x800; ++c)  // Lowercasing keeps a code point below U+0800 below it.
      if (char32_t l = to_lower_cp(c); (firsts[l / 64] >> (l % 64) & 1) != 0)
        bits[c / 64] |= std::uint64_t{1} << (c % 64);
  }
  // True when a word whose first code point is c may lowercase to a first-person word.
  bool may_start(char32_t c) const { return c < 0x800 ? (bits[c / 64] >> (c % 64) & 1) != 0 : high; }
};

// Counts sentences: sentence ends followed by a space and an uppercase letter, plus the last one.
int sentence_count(std::string_view text) {
  int n = 1;
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    char c = text[i];
    if ((c == '.' || c == '!' || c == '?') && text[i + 1] == ' ') {
      std::size_t j = i + 2;
      if (is_upper_cp(utf8::next(text, j))) ++n;
    }
  }
  return n;
}

}  // namespace

bool ends_with_terminal(std::string_view text) {
  char32_t c = last_char(text);
  return c == '.' || is_question_mark(c) || c == '!' || c == ':' || c == ';' || c == U'。' ||
         c == U'！' || c == U'：' || c == U'…';
}

bool ends_with_colon(std::string_view text) {
  char32_t c = last_char(text);
  return c == ':' || c == U'：';
}

namespace {

// looks_like_prose for a text that does not end with a question mark and holds at most 220 characters (chars),
// whose last character is last and whose starts_with_question_word is starter.
bool prose_within_limit(std::string_view text, char32_t last, std::size_t chars, bool starter) {
  static const FirstPersonStarts kStarts;
  if (chars > 100 && !starter && sentence_count(text) >= 2) return true;
  int first = 0;
  for_each_word_while(text, [&](std::string_view w) {
    // English writes "I" upper case; a lower-case "i" is the word "and" (Polish, Croatian, Czech …).
    if (w.size() > 8 || w == "i") return true;
    std::size_t k = 0;
    if (!kStarts.may_start(next_cp(w, k))) return true;
    char lower[3 * 8];
    if (first_person().contains(std::string_view(lower, lower_text_to(w, lower, sizeof lower)))) ++first;
    return first < 2;
  });
  bool sentence_end = last == '.' || last == '!';
  return first >= 2 || (first == 1 && !starter && (chars > 80 || sentence_end));
}

}  // namespace

bool looks_like_prose(std::string_view text) {
  char32_t last = last_char(text);
  if (is_question_mark(last)) return false;
  std::size_t chars = count_chars(text);
  return chars > 220 || prose_within_limit(text, last, chars, starts_with_question_word(text));
}

bool looks_like_prose(std::string_view text, bool starter) {
  char32_t last = last_char(text);
  if (is_question_mark(last)) return false;
  std::size_t chars = count_chars(text);
  return chars > 220 || prose_within_limit(text, last, chars, starter);
}

std::string_view strip_decoration(std::string_view text) {
  std::string_view t = trim(text);
  if (t.size() > 2 && t.front() == '[' && t.back() == ']' && t.find_first_of("[]", 1) == t.size() - 1) {
    std::string_view in = trim(t.substr(1, t.size() - 2));  // "[Databases]", "[데이터베이스]"; "[x for x in y]" is code.
    std::size_t k = 0;
    char32_t first = in.empty() ? 0 : next_cp(in, k);
    return is_upper_cp(first) || is_cjk(first) ? in : t;
  }
  auto deco = [](char c) { return std::string_view("=-~*#_+").find(c) != std::string_view::npos; };
  std::size_t a = 0, b = t.size();
  while (a < b && deco(t[a])) ++a;
  while (b > a && deco(t[b - 1])) --b;
  std::string_view in = trim(t.substr(a, b - a));
  bool letter = false;
  for (std::size_t k = 0; k < in.size() && !letter;) letter = is_letter(next_cp(in, k));
  if (!letter || in.size() == t.size()) return t;
  bool framed = a >= 2 && t.size() - b >= 2;                                      // "=== Networking ==="
  bool hashes = a <= 6 && t.substr(0, a).find_first_not_of('#') == std::string_view::npos && b == t.size() &&
                a < t.size() && t[a] == ' ';                                      // "## Networking"
  bool dash = a == 0 && t.size() - b == 1 && (t[b - 1] == ' ') && t.back() == '-';  // "OOP Concepts -"
  return framed || hashes || dash ? in : t;
}

bool looks_like_heading(std::string_view text) {
  text = strip_decoration(text);
  if (!text.empty() && text[0] == '[') {  // "[1과목] 소프트웨어 설계": a bracketed part tag, then the title
    std::size_t close = text.find(']');
    if (close != std::string_view::npos && close < 24 && close + 1 < text.size() && text[close + 1] == ' ')
      text = trim(text.substr(close + 1));
  }
  if (text.empty() || count_chars(text) > 60) return false;
  std::size_t words = 0;  // Counted up to 9: more than 8 is no heading.
  for_each_word_while(text, [&](std::string_view) { return ++words <= 8; });
  if (words == 0 || words > 8) return false;
  char32_t last = last_char(text);
  if (last == '.' || last == '?' || last == '!' || last == ';' || last == ',' || is_question_mark(last) ||
      last == U'。')
    return false;
  if ((last == ':' || last == U'：') && words > 5) return false;
  if (text.find('?') != std::string_view::npos || has_wide_question_mark(text)) return false;
  return !looks_like_code(text);
}

bool parse_section_view(std::string_view text, std::string_view& topic, std::int64_t& count) {
  static constexpr std::array<std::string_view, 18> kNouns = {
      "questions", "question", "qs", "вопросов", "вопроса", "вопрос", "питань", "питання", "preguntas",
      "fragen", "questões", "domande", "题", "道题", "个问题", "items", "задач", "tasks"};
  static constexpr std::size_t kLongest = longest(kNouns);
  std::string_view t = trim(text);
  std::string_view inner = t;
  std::string_view head;
  if (!t.empty() && (t.back() == ')' || t.substr(t.size() >= 3 ? t.size() - 3 : 0) == "）")) {
    std::size_t open = t.rfind('(');
    std::size_t open_w = t.rfind("（");
    std::size_t close = t.back() == ')' ? t.size() - 1 : t.size() - 3;
    if (open == std::string_view::npos && open_w == std::string_view::npos) return false;
    std::size_t o = open != std::string_view::npos ? open : open_w;
    std::size_t olen = open != std::string_view::npos ? 1 : 3;
    inner = trim(t.substr(o + olen, close - o - olen));
    head = trim(t.substr(0, o));
  }
  std::size_t d = 0;
  while (d < inner.size() && std::isdigit(static_cast<unsigned char>(inner[d]))) ++d;
  if (d == 0 || d > 6) return false;
  std::string_view noun = trim(inner.substr(d));
  if (!noun.empty() && noun[0] == '+') noun = trim(noun.substr(1));
  if (noun.size() > kLongest) return false;  // Lowercasing never shortens a text.
  char lower[3 * kLongest];
  std::string_view lowered(lower, lower_text_to(noun, lower, sizeof lower));
  bool ok = false;
  for (auto n : kNouns)
    if (lowered == n) ok = true;
  if (!ok) return false;
  count = 0;
  for (std::size_t k = 0; k < d; ++k) count = count * 10 + (inner[k] - '0');
  topic = head;
  return true;
}

bool parse_section_count(std::string_view text, std::string& topic, std::int64_t& count) {
  std::string_view head;
  if (!parse_section_view(text, head, count)) return false;
  topic = std::string(head);
  return true;
}

}  // namespace qbank::internal::txt
