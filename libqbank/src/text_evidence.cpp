// Evidence about a line: question-likeness, prose, headings and page furniture.
#include <array>
#include <cctype>
#include <unordered_set>

#include "text_lines.hpp"
#include "text_words.hpp"
#include "utf8.hpp"

namespace qbank::detail::txt {
namespace {

// Words that start a question or a task, in the languages qbank meets most (lowercase).
const std::unordered_set<std::string_view>& question_starters() {
  static const std::unordered_set<std::string_view> words = {
      // English
      "what", "what's", "whats", "how", "how's", "why", "when", "where", "which", "who", "whom", "whose",
      "is", "are", "do", "does", "did", "can", "could", "should", "would", "will", "have", "has", "was",
      "were", "explain", "describe", "define", "compare", "contrast", "list", "name", "write", "implement",
      "give", "tell", "discuss", "distinguish", "differentiate", "difference", "differences", "mention",
      "outline", "create", "design", "find", "calculate", "convert", "evaluate", "identify", "briefly",
      "suggest", "talk", "consider", "fix", "solve", "purpose", "summarize", "demonstrate", "illustrate",
      "predict", "reverse", "sort", "build", "provide", "elaborate", "state", "whats", "in", "if",
      // Russian / Ukrainian
      "что", "чем", "как", "какой", "какая", "какое", "какие", "каким", "какими", "каков", "какова",
      "каковы", "какую", "каких", "каком", "какому", "кем", "кому", "чего", "почему", "зачем", "когда", "где", "кто", "сколько", "можно", "может", "расскажи",
      "расскажите", "объясни", "объясните", "опиши", "опишите", "назови", "назовите", "напиши",
      "напишите", "приведи", "приведите", "разница", "отличие", "чему", "перечисли", "перечислите",
      "реализуйте", "реализуй", "в", "для", "есть", "що", "як", "який", "яка", "яке", "які", "чому",
      "навіщо", "коли", "де", "хто", "скільки", "поясніть", "опишіть", "назвіть", "напишіть", "чим",
      // Spanish / Portuguese / Italian / French
      "qué", "que", "cómo", "como", "cuál", "cuáles", "cuándo", "cuando", "dónde", "donde", "por", "quién",
      "explica", "explique", "describe", "define", "diferencia", "diferencias", "menciona", "escribe",
      "para", "cuántos", "cuántas", "qual", "quais", "quando", "onde", "descreva", "cosa", "che", "come",
      "perché", "quale", "quali", "dove", "spiega", "descrivi", "quel", "quelle", "quels", "quelles",
      "comment", "pourquoi", "quand", "où", "qui", "expliquez", "décrivez", "citez", "différence",
      "qu'est-ce",
      // German
      "was", "wie", "warum", "wann", "wo", "welche", "welcher", "welches", "wer", "weshalb", "wieso",
      "erkläre", "erklären", "erklären sie", "beschreibe", "beschreiben", "nenne", "nennen",
      "unterschied", "ist", "sind", "kann", "können", "gibt"};
  return words;
}

// First-person words that mark an author's prose (intros, outros).
const std::unordered_set<std::string_view>& first_person() {
  static const std::unordered_set<std::string_view> words = {
      "i", "i'm", "i’m", "i've", "i’ve", "i'd", "i'll", "my", "we", "we're", "our", "us", "me", "я", "мы",
      "мой", "моя", "мои", "наш", "наши", "меня", "мне", "ich", "wir", "mein", "meine", "unser", "yo",
      "nosotros", "nuestro", "je", "j'ai", "nous", "notre", "mes"};
  return words;
}

// Han substrings that mark a question in Chinese.
constexpr std::array<std::string_view, 12> kHanQuestion = {"什么", "怎么", "如何", "为什么", "哪", "吗",
                                                           "是否", "区别", "多少", "请", "简述", "说说"};

// True when s (lowercase) starts with prefix.
bool starts(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

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

namespace {

// Returns the bytes of the first word of text (letters, inner apostrophes and hyphens) after any non-letters.
std::string_view first_word(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = i;
    if (is_letter(next_cp(text, j))) break;
    i = j;
  }
  std::size_t end = i;
  while (end < text.size()) {
    std::size_t j = end;
    char32_t c = next_cp(text, j);
    if (!is_letter(c) && !(end > i && (c == '\'' || c == U'\u2019' || c == '-'))) break;
    end = j;
  }
  return text.substr(i, end - i);
}

// True when the first word of text, lowercased, is a question starter.
bool starts_with_starter(std::string_view text) {
  thread_local std::string lower;
  lower_text_into(first_word(text), lower);
  return question_starters().count(lower) > 0;
}

// True when the text holds a byte that may start a Han character (0xE3-0xE9 lead bytes).
bool may_hold_han(std::string_view t) {
  for (char ch : t)
    if (static_cast<unsigned char>(ch) >= 0xE3 && static_cast<unsigned char>(ch) <= 0xE9) return true;
  return false;
}

}  // namespace

std::string first_word_lower(std::string_view text) { return lower_text(first_word(text)); }

int question_score(std::string_view text) {
  char32_t last = last_char(text);
  int score = 0;
  if (last == '?' || last == U'？') score = 3;
  else if (text.find('?') != std::string_view::npos || text.find("？") != std::string_view::npos) score = 2;
  std::string_view t = trim(text);
  if (starts(t, "¿")) return score + 3;
  if (starts_with_starter(t)) score += 2;
  if (may_hold_han(t))
    for (auto h : kHanQuestion)
      if (t.find(h) != std::string_view::npos) return score + 2;
  return score;
}

bool ends_with_terminal(std::string_view text) {
  char32_t c = last_char(text);
  return c == '.' || c == '?' || c == '!' || c == ':' || c == ';' || c == U'。' || c == U'？' ||
         c == U'！' || c == U'：' || c == U'…';
}

bool ends_with_colon(std::string_view text) {
  char32_t c = last_char(text);
  return c == ':' || c == U'：';
}

bool looks_like_prose(std::string_view text) {
  char32_t last = last_char(text);
  if (last == '?' || last == U'？') return false;
  std::size_t chars = count_chars(text);
  if (chars > 220) return true;
  bool starter = starts_with_starter(text);
  if (sentence_count(text) >= 2 && chars > 100 && !starter) return true;
  int first = 0;
  for_each_word(text, [&](std::string_view w) {
    if (w.size() <= 8 && first_person().count(lower_text(w))) ++first;
  });
  bool sentence_end = last == '.' || last == '!';
  if (first >= 2 || (first == 1 && !starter && (chars > 80 || sentence_end))) return true;
  return false;
}

bool looks_like_heading(std::string_view text) {
  text = trim(text);
  if (text.empty() || count_chars(text) > 60) return false;
  std::size_t words = count_words(text);
  if (words == 0 || words > 8) return false;
  char32_t last = last_char(text);
  if (last == '.' || last == '?' || last == '!' || last == ';' || last == ',' || last == U'？' ||
      last == U'。')
    return false;
  if ((last == ':' || last == U'：') && words > 5) return false;
  if (text.find('?') != std::string_view::npos || text.find("？") != std::string_view::npos) return false;
  return !looks_like_code(text);
}

bool parse_section_count(std::string_view text, std::string& topic, std::int64_t& count) {
  static constexpr std::array<std::string_view, 18> kNouns = {
      "questions", "question", "qs", "вопросов", "вопроса", "вопрос", "питань", "питання", "preguntas",
      "fragen", "questões", "domande", "题", "道题", "个问题", "items", "задач", "tasks"};
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
  std::string lower = lower_text(noun);
  bool ok = false;
  for (auto n : kNouns)
    if (lower == n) ok = true;
  if (!ok) return false;
  count = std::stoll(std::string(inner.substr(0, d)));
  topic = std::string(head);
  return true;
}

}  // namespace qbank::detail::txt
