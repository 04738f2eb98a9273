// Question cues, labels and tag splitting shared by the structured-format readers.
#include "normalize/question_cues.hpp"

#include <algorithm>
#include <iterator>
#include <cctype>
#include <vector>

#include "qbank/fold.hpp"
#include "normalize/text/lines.hpp"
#include "normalize/text/words.hpp"

namespace qbank::internal {
namespace {

// Folded words and phrases that open a question or an interview task, in several languages.
constexpr std::string_view kQuestionStarts[] = {
    "what", "what's", "whats", "why", "how", "when", "where", "which", "who", "whom", "whose", "explain",
    "describe", "define", "name", "list", "compare", "tell", "talk", "give", "write", "implement", "discuss",
    "create", "find", "fix", "make", "consider", "predict", "solve", "can you", "could you", "would you",
    "do you", "have you", "is it", "are there", "is there", "what is", "что", "чем", "зачем", "почему", "как",
    "какой", "какая", "какое", "какие", "каким", "какую", "когда", "где", "куда", "кто", "сколько", "объясните",
    "объясни", "опишите", "расскажите", "назовите", "перечислите", "сравните", "напишите", "реализуйте",
    "найдите", "создайте", "в чем", "в чём", "для чего", "що", "чим", "навіщо", "чому", "як", "який", "яка",
    "яке", "які", "коли", "хто", "скільки", "поясніть", "опишіть", "розкажіть", "назвіть", "напишіть", "у чому",
    "в чому", "was", "warum", "wie", "wann", "welche", "welcher", "welches", "wer", "wozu", "weshalb",
    "erklären", "erkläre", "beschreiben", "beschreibe", "nenne", "qué", "por qué", "cómo", "cuál", "cuáles",
    "cuándo", "dónde", "quién", "cuánto", "explica", "explique", "describa", "qu'est-ce", "pourquoi", "comment",
    "quand", "quel", "quelle", "expliquez", "décrivez", "perché", "spiega", "o que", "por que", "qual", "quais",
    "descreva", "czy", "czym", "czego", "jak", "jaki", "jaka", "jakie", "dlaczego", "kiedy", "gdzie", "opisz",
    "wyjaśnij", "wymień", "opowiedz", "napisz",
};

// Substrings that mark a Chinese or Japanese sentence as a question.
constexpr std::string_view kCjkCues[] = {
    "什么", "为什么", "如何", "怎么", "怎样", "哪些", "哪个", "是否", "有何", "区别", "作用", "なぜ", "何", "どう",
};

// Folded labels that only introduce an answer.
constexpr std::string_view kAnswerLabels[] = {
    "answer", "answers", "the answer", "show answer", "view answer", "see answer", "reveal answer", "solution",
    "show solution", "explanation", "answer and explanation", "ответ", "показать ответ", "ответы", "решение",
    "відповідь", "показати відповідь", "antwort", "lösung", "antwort anzeigen", "respuesta", "solución",
    "ver respuesta", "mostrar respuesta", "réponse", "voir la réponse", "risposta", "resposta", "答案", "解答",
    "回答", "参考答案", "查看答案", "显示答案", "解析", "答案与解析", "答え", "उत्तर", "คำตอบ", "პასუხი", "תשובה",
    "جواب", "الجواب", "الإجابة", "پاسخ", "απάντηση", "jawaban", "답", "정답", "답변", "trả lời", "đáp án", "cevap",
    "odpowiedź", "antwoord", "svar", "odpověď", "답변 보기", "정답 보기", "정답 및 해설", "해설", "答えを見る",
    "解答を見る", "解説", "点击查看答案", "点击展开", "展开答案", "ver resposta", "mostrar resposta", "afficher la réponse",
    "mostra risposta", "soluzione", "pokaż odpowiedź", "cevabı göster", "xem đáp án", "lihat jawaban",
    "показать решение", "click to expand", "click to see answer", "click to show answer", "show me the answer",
    "toggle answer",
};

// True when byte c cannot continue a word (ASCII and not a letter or digit).
bool word_boundary(std::string_view s, std::size_t at) {
  if (at >= s.size()) return true;
  auto c = static_cast<unsigned char>(s[at]);
  return c < 0x80 && !std::isalnum(c) && c != '\'' && c != '-';
}

// Drops trailing spaces and closing marks so the final punctuation can be inspected.
std::string_view strip_closers(std::string_view s) {
  while (!s.empty() && std::string_view(" \t\r\n*_\"'`)]}>").find(s.back()) != std::string_view::npos)
    s.remove_suffix(1);
  return s;
}

// True when the text holds a '?' outside its `code` spans.
bool asks_outside_code(std::string_view s) {
  bool in_code = false;
  for (std::size_t i = 0;;) {
    std::size_t at = s.find_first_of(in_code ? std::string_view("`") : std::string_view("`?"), i);
    if (at == std::string_view::npos) return false;
    if (s[at] == '?') return true;
    in_code = !in_code;
    i = at + 1;
  }
}

// True when the text holds a byte of 0x80 or more (every CJK cue starts with one).
bool has_non_ascii(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// True when every CJK cue starts with a byte of 0x80 or more (question_cue looks for them only then).
constexpr bool cues_start_non_ascii() {
  for (std::string_view w : kCjkCues)
    if (static_cast<unsigned char>(w[0]) < 0x80) return false;
  return true;
}
static_assert(cues_start_non_ascii());

// The share of a cell's remaining lines that must look like code for them to become the code.
constexpr double kCodeShare = 0.5;

// True when a line looks like source code rather than prose.
bool code_like(std::string_view line) {
  if (line.empty()) return false;
  if (line[0] == ' ' || line[0] == '\t' || line.rfind("//", 0) == 0) return true;
  std::string_view t = trim(line);
  if (t.empty()) return false;
  char last = t.back();
  return last == ';' || last == '{' || last == '}' || last == ')' || last == '(' ||
         t.find(" = ") != std::string_view::npos || t.find(';') != std::string_view::npos ||
         t.find("//") != std::string_view::npos || t.find("=>") != std::string_view::npos;
}

}  // namespace

std::size_t letter_enumerator_length(std::string_view t, bool dot) {
  std::size_t i = !t.empty() && t[0] == '(' ? 1 : 0;
  std::size_t j = i;
  char32_t c = txt::next_cp(t, j);
  if (j == i || !txt::is_letter(c) || (c >= '0' && c <= '9') || j + 1 >= t.size()) return 0;
  if (t[j] != ')' && !(dot && i == 0 && t[j] == '.')) return 0;
  std::size_t k = j + 1;
  if (t[k] != ' ') return 0;
  while (k < t.size() && t[k] == ' ') ++k;
  return k < t.size() ? k : 0;
}

std::size_t point_mark_length(std::string_view t) {
  // A sub-question's letter before the mark ("(a) (5 pts) …", "б) (3 т.) …") goes with it.
  if (std::size_t letter = letter_enumerator_length(t, false); letter > 0) {
    std::size_t mark = point_mark_length(t.substr(letter));
    return mark > 0 ? letter + mark : 0;
  }
  if (t.size() < 5 || (t[0] != '(' && t[0] != '[')) return 0;
  char close = t[0] == '(' ? ')' : ']';
  std::size_t end = t.find(close);
  if (end == std::string_view::npos || end > 32) return 0;
  std::string_view in = t.substr(1, end - 1);
  std::size_t i = 0;
  while (i < in.size() && std::isdigit(static_cast<unsigned char>(in[i]))) ++i;
  if (i == 0 || i > 3) return 0;
  if (i + 1 < in.size() && (in[i] == '.' || in[i] == ',') && std::isdigit(static_cast<unsigned char>(in[i + 1])))
    for (i += 1; i < in.size() && std::isdigit(static_cast<unsigned char>(in[i]));) ++i;
  std::size_t words = 0;
  while (i < in.size()) {  // Words of letters and dots, set apart by spaces or a comma.
    while (i < in.size() && (in[i] == ' ' || in[i] == ',')) ++i;
    std::size_t start = i;
    while (i < in.size() && in[i] != ' ' && in[i] != ',') {
      auto b = static_cast<unsigned char>(in[i]);
      if (b < 0x80 && !std::isalpha(b) && b != '.') return 0;
      ++i;
    }
    words += i > start ? 1 : 0;
  }
  if (words == 0 || words > 2) return 0;
  std::size_t k = end + 1;
  while (k < t.size() && t[k] == ' ') ++k;
  return k > end + 1 && k < t.size() ? k : 0;
}

QuestionCue question_cue(std::string_view text) {
  std::string_view t = trim(text);
  if (t.empty()) return QuestionCue::kNone;
  if (strip_question_label(t).size() != t.size()) return QuestionCue::kStrong;
  std::string f = fold(t.substr(0, std::min<std::size_t>(t.size(), 4096)));
  std::string_view tail = strip_closers(f);
  if (txt::ends_with_question_mark(tail)) return QuestionCue::kStrong;
  if (f.find("\u055E") != std::string::npos) return QuestionCue::kStrong;  // Armenian: the mark sits on the asking word
  if (tail.size() >= 3 && (tail.substr(tail.size() - 3) == "吗" || tail.substr(tail.size() - 3) == "呢"))
    return QuestionCue::kStrong;
  if (f.rfind("¿", 0) == 0) return QuestionCue::kStrong;
  std::string body = strip_list_number(f);
  if (!body.empty())
    for (std::string_view w : kQuestionStarts)
      if (w[0] == body[0] && body.starts_with(w) && word_boundary(body, w.size())) return QuestionCue::kWeak;
  if (has_non_ascii(f))
    for (std::string_view w : kCjkCues)
      if (f.find(w) != std::string::npos) return QuestionCue::kWeak;
  if (asks_outside_code(f)) return QuestionCue::kWeak;
  return QuestionCue::kNone;
}

bool is_answer_label(std::string_view text) {
  std::string_view t = trim(text);
  if (t.empty() || t.size() > 64) return false;
  std::string f = fold(t);
  std::string_view v = f;
  while (!v.empty() && std::string_view(" :.!>▶▼-").find(v.back()) != std::string_view::npos) v.remove_suffix(1);
  if (v.size() >= 3 && v.substr(v.size() - 3) == "\xEF\xBC\x9A") v.remove_suffix(3);
  return std::find(std::begin(kAnswerLabels), std::end(kAnswerLabels), v) != std::end(kAnswerLabels);
}

void add_tag(std::vector<std::string>& tags, std::string_view tag) {
  std::string t(trim(tag));
  if (t.empty()) return;
  for (char& c : t)
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') c = '_';
  if (std::find(tags.begin(), tags.end(), t) == tags.end()) tags.push_back(std::move(t));
}

std::vector<std::string> split_tags(std::string_view text) {
  std::vector<std::string> tags;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && std::string_view(" \t\r\n,;").find(text[i]) == std::string_view::npos) continue;
    add_tag(tags, text.substr(start, i - start));
    start = i + 1;
  }
  return tags;
}

std::int64_t line_at(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  auto end = text.begin() + static_cast<std::ptrdiff_t>(offset);
  return 1 + static_cast<std::int64_t>(std::count(text.begin(), end, '\n'));
}

std::string shorten(std::string_view text, std::size_t max) {
  if (text.size() <= max) return std::string(text);
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "…";
}

bool move_fenced_code(std::string& text, std::optional<std::string>& code) {
  std::size_t open = text.find("```");
  if (open == std::string::npos || (open > 0 && text[open - 1] != '\n')) return false;
  std::string prose, moved;
  std::size_t pos = 0;
  while (open != std::string::npos) {
    std::size_t body = text.find('\n', open);
    if (body == std::string::npos) break;
    std::size_t close = text.find("\n```", body);
    if (close == std::string::npos) break;
    prose.append(text, pos, open - pos);
    std::string_view b = std::string_view(text).substr(body + 1, close - body - 1);
    if (!moved.empty()) moved += "\n\n";
    moved.append(b);
    pos = text.find('\n', close + 4);
    pos = pos == std::string::npos ? text.size() : pos + 1;
    open = text.find("```", pos);
    if (open != std::string::npos && open > 0 && text[open - 1] != '\n') break;
  }
  if (moved.empty() && prose.empty()) return false;
  prose.append(text, pos, std::string::npos);
  if (trim(prose).empty()) return false;  // A question that is only code keeps it as its text.
  text = std::string(trim(prose));
  if (code && !code->empty()) code->append("\n\n").append(moved);
  else code = std::move(moved);
  return true;
}

bool mostly_code(std::string_view text) {
  std::size_t lines = 0, codey = 0;
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view l = text.substr(pos, end - pos);
    if (!trim(l).empty()) ++lines, codey += code_like(l);
    pos = end + 1;
  }
  return lines > 0 && static_cast<double>(codey) >= kCodeShare * static_cast<double>(lines);
}

bool split_code_lines(std::string& text, std::optional<std::string>& code) {
  std::string_view all = trim(text);
  std::size_t nl = all.find('\n');
  if (nl == std::string_view::npos) return false;
  std::string_view first = trim(all.substr(0, nl));
  if (question_cue(first) != QuestionCue::kStrong) return false;
  std::string_view rest = all.substr(nl + 1);
  if (!mostly_code(rest)) return false;
  code = std::string(rest.substr(rest.find_first_not_of("\r\n")));
  while (!code->empty() && (code->back() == '\n' || code->back() == '\r' || code->back() == ' ')) code->pop_back();
  text = std::string(first);
  return true;
}


}  // namespace qbank::internal
