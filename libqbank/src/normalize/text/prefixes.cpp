// Question and answer prefixes and question headers: "Q:", "Вопрос 3:", "Question 12", "Answer:", "答案：".
#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "normalize/text/lines.hpp"
#include "normalize/text/words.hpp"
#include "base/utf8.hpp"

namespace qbank::internal::txt {
namespace {

// Words that name a question in a prefix ("Q:", "Вопрос:") or header ("Question 12").
constexpr std::array<std::string_view, 57> kQuestionWords = {
    "q", "p", "f", "ques", "question", "questions", "вопрос", "питання", "запитання", "frage", "pregunta", "domanda",
    "pergunta", "問題", "问题", "问", "題", "题", "quiz", "задача", "задание", "aufgabe", "ejercicio",
    "exercise", "task", "pytanie", "soru", "vraag", "fråga", "kysymys", "otázka", "întrebare", "pertanyaan",
    "въпрос", "pitanje", "spørsmål", "spørgsmål", "kérdés", "câu", "câu hỏi", "bài", "प्रश्न", "सवाल",
    "คำถาม", "ข้อ", "კითხვა", "שאלה", "س", "سؤال", "السؤال", "پرسش", "سوال", "ερώτηση", "soal", "문제",
    "질문", "設問"};

// Words that introduce an answer ("A:", "Answer:", "Ответ:").
constexpr std::array<std::string_view, 65> kAnswerWords = {
    "a", "r", "answer", "ans", "ответ", "відповідь", "antwort", "respuesta", "réponse", "resposta",
    "risposta", "答案", "答", "解答", "回答", "solution", "решение", "odpowiedź", "cevap", "yanıt", "antwoord",
    "svar", "vastaus", "odpověď", "răspuns", "jawaban", "отговор", "odgovor", "válasz", "trả lời", "đáp án",
    "उत्तर", "คำตอบ", "ตอบ", "პასუხი", "תשובה", "ج", "جواب", "الجواب", "إجابة", "الإجابة", "پاسخ",
    "απάντηση", "jawab", "답", "답변", "정답", "correct answer", "right answer", "respuesta correcta",
    "resposta correta", "risposta corretta", "réponse correcte", "bonne réponse", "richtige antwort",
    "правильный ответ", "правильна відповідь", "doğru cevap", "poprawna odpowiedź", "答え", "解説", "해설",
    "回答例", "解答例", "模範解答"};

// Abbreviations that may end with a dot instead of a colon ("Q. What is...", "Ans. It is...").
bool dotted_abbreviation(std::string_view word) { return word == "q" || word == "ques" || word == "ans"; }

// Longer leading words (in bytes, lowercasing keeps the length) are in neither list.
constexpr std::size_t kMaxListWord = std::max(longest(kQuestionWords), longest(kAnswerWords));

// The first code points a word may have when its lowercase is in kQuestionWords or kAnswerWords.
struct ListStarts {
  bool narrow[0x800] = {};     // For code points below U+0800: true when one may start a listed word.
  std::vector<char32_t> wide;  // The listed first code points from U+0800 on (lowercasing leaves them alone).

  // Collects the listed words' first code points and those that lowercase to them.
  ListStarts() {
    bool first[0x800] = {};
    auto add = [&](std::string_view w) {
      std::size_t i = 0;
      char32_t c = utf8::next(w, i);
      if (c < 0x800) first[c] = true;
      else if (std::find(wide.begin(), wide.end(), c) == wide.end()) wide.push_back(c);
    };
    for (auto w : kQuestionWords) add(w);
    for (auto w : kAnswerWords) add(w);
    for (char32_t c = 0; c < 0x800; ++c) narrow[c] = first[to_lower_cp(c)];  // Stays below U+0800.
  }

  // True when code point c may start a listed word.
  bool may(char32_t c) const {
    return c < 0x800 ? narrow[c] : std::find(wide.begin(), wide.end(), c) != wide.end();
  }
};

// The possible first code points of a listed word.
const ListStarts kListStarts;

// What a listed word names.
enum class Listed : unsigned char { kNone, kQuestion, kAnswer };

// kQuestionWords and kAnswerWords grouped by first byte: a lookup compares a few short words, no hashing.
struct ListTable {
  std::vector<std::pair<std::string_view, Listed>> by_first[256];  // The listed words starting with each byte.

  // Groups both lists.
  ListTable() {
    for (auto w : kQuestionWords) by_first[static_cast<unsigned char>(w[0])].push_back({w, Listed::kQuestion});
    for (auto w : kAnswerWords) by_first[static_cast<unsigned char>(w[0])].push_back({w, Listed::kAnswer});
  }

  // Returns which list holds word (non-empty), or kNone.
  Listed find(std::string_view word) const {
    for (const auto& [w, listed] : by_first[static_cast<unsigned char>(word[0])]) {
      if (w.size() != word.size()) continue;
      std::size_t k = 1;
      while (k < w.size() && w[k] == word[k]) ++k;
      if (k == w.size()) return listed;
    }
    return Listed::kNone;
  }
};

// The lookup table of both lists.
const ListTable kListTable;

// True when s holds the bytes of literal lit at offset i.
template <std::size_t N>
bool has_at(std::string_view s, std::size_t i, const char (&lit)[N]) {
  if (i > s.size() || s.size() - i < N - 1) return false;
  for (std::size_t k = 0; k + 1 < N; ++k)
    if (s[i + k] != lit[k]) return false;
  return true;
}

// A leading word, lowercased, held without allocating.
struct ListWord {
  char bytes[kMaxListWord + 4];  // The lowercase bytes (room for one more code point).
  std::size_t size = 0;          // Bytes used.

  // The word as a view.
  std::string_view view() const { return {bytes, size}; }
};

// The first words of the listed two-word labels ("trả" of "trả lời"), collected once.
struct TwoWordFirsts {
  std::vector<std::string_view> words;  // Each first word once.

  // Collects the first words of both lists' two-word entries.
  TwoWordFirsts() {
    auto add = [&](std::string_view w) {
      std::size_t sp = w.find(' ');
      if (sp != std::string_view::npos && std::find(words.begin(), words.end(), w.substr(0, sp)) == words.end())
        words.push_back(w.substr(0, sp));
    };
    for (auto w : kQuestionWords) add(w);
    for (auto w : kAnswerWords) add(w);
  }
};

// True when a listed label has two words and its first word is word.
bool starts_two_word_label(std::string_view word) {
  static const TwoWordFirsts firsts;
  return std::find(firsts.words.begin(), firsts.words.end(), word) != firsts.words.end();
}

// Extends word, read up to byte i of s, by the space and second word of a two-word label ("Trả lời",
// "Respuesta correcta") when the two words are listed; returns the bytes taken (0 when word stays as it was).
std::size_t second_label_word(std::string_view s, std::size_t i, ListWord& word) {
  if (i + 1 >= s.size() || s[i] != ' ' || !starts_two_word_label(word.view())) return 0;
  ListWord two = word;
  two.bytes[two.size++] = ' ';
  std::size_t j = i + 1;
  while (j < s.size()) {
    auto b = static_cast<unsigned char>(s[j]);
    std::size_t next = j;
    char32_t c = b < 0x80 ? static_cast<char32_t>(b) : utf8::next_inline(s, next);
    if (b < 0x80) ++next;
    if (!is_letter(c) || (b < 0x80 && !std::isalpha(b))) break;
    if (two.size + (next - j) > kMaxListWord) return 0;
    two.size += put_lower(c, s.data() + j, next - j, two.bytes + two.size);
    j = next;
  }
  if (j == i + 1 || kListTable.find(two.view()) == Listed::kNone) return 0;
  word = two;
  return j - i;
}

// Reads a leading word and an optional number ("Frage 3", "Q1", "Question #12"); returns bytes consumed,
// or 0 when there is no word or it cannot be a listed word (first letter, length).
std::size_t word_and_number(std::string_view s, ListWord& word, bool& has_number) {
  std::size_t i = 0;
  word.size = 0;
  has_number = false;
  if (s.empty()) return 0;
  std::size_t first_end = 0;
  if (!kListStarts.may(utf8::next_inline(s, first_end))) return 0;  // No listed word starts so.
  while (i < s.size()) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {  // ASCII: letters go on, digits and the rest end the word.
      bool upper = b >= 'A' && b <= 'Z';
      if (!upper && !(b >= 'a' && b <= 'z')) break;
      if (word.size >= kMaxListWord) return 0;
      word.bytes[word.size++] = static_cast<char>(upper ? b + 32 : b);
      ++i;
      continue;
    }
    std::size_t j = i;
    char32_t c = utf8::next_inline(s, j);
    if (!is_letter(c)) break;
    if (word.size + (j - i) > kMaxListWord) return 0;
    word.size += put_lower(c, s.data() + i, j - i, word.bytes + word.size);
    i = j;
  }
  if (word.size == 0) return 0;
  i += second_label_word(s, i, word);
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
  if (i == s.size()) return 0;
  if (s[i] == ':') return i + 1;
  if (has_at(s, i, "：")) return i + 3;
  if (allow_dot && (s[i] == '.' || s[i] == ')')) return i + 1;
  return 0;
}

// True when the rest after a numbered question word ends a header ("", ".", ":", "：", ")").
bool header_rest(std::string_view text, std::size_t n) {
  std::string_view rest = trim(text.substr(n));
  return rest.empty() || rest == "." || rest == ":" || rest == "：" || rest == ")";
}

// Sets rest to the question after a question word read by word_and_number; false without a separator
// (a dot counts after a number or an abbreviation).
bool prefix_rest(std::string_view text, std::size_t n, bool dot, std::string_view& rest) {
  std::size_t sep = separator(text.substr(n), dot);
  if (sep == 0) return false;
  rest = trim(text.substr(n + sep));
  return true;
}

}  // namespace

bool strip_question_prefix(std::string_view text, std::string_view& rest) {
  ListWord word;
  bool number = false;
  std::size_t n = word_and_number(text, word, number);
  if (n == 0 || kListTable.find(word.view()) != Listed::kQuestion) return false;
  return prefix_rest(text, n, number || dotted_abbreviation(word.view()), rest);
}

bool is_question_header(std::string_view text) {
  text = trim(text);
  // A header ends with its number, a letter after it ("17a") or one of ". : ： )": no other ASCII byte.
  auto last = static_cast<unsigned char>(text.empty() ? ' ' : text.back());
  bool end_ok = last >= 0x80 || (last >= '0' && last <= '9') || ((last | 0x20) >= 'a' && (last | 0x20) <= 'z') ||
                last == '.' || last == ':' || last == ')';
  if (!end_ok) return false;
  ListWord word;
  bool number = false;
  std::size_t n = word_and_number(text, word, number);
  if (n == 0 || !number || kListTable.find(word.view()) != Listed::kQuestion) return false;
  return header_rest(text, n);
}

bool strip_answer_prefix(std::string_view text, std::string_view& rest) {
  ListWord word;
  bool number = false;
  std::size_t n = word_and_number(text, word, number);
  if (n == 0 || number || kListTable.find(word.view()) != Listed::kAnswer) return false;
  std::size_t sep = separator(text.substr(n), dotted_abbreviation(word.view()));
  if (sep == 0) return false;
  rest = trim(text.substr(n + sep));
  return true;
}

MarkerKind question_marker(std::string_view s, std::string_view& content, std::size_t& answer_skip) {
  ListWord word;  // One read of the leading word serves the header, question and answer prefix checks.
  bool number = false;
  std::size_t n = word_and_number(s, word, number);
  answer_skip = std::string_view::npos;
  if (n == 0) return MarkerKind::kNone;
  Listed listed = kListTable.find(word.view());
  if (listed != Listed::kQuestion) {
    // "A:", "Ans. …", "A1. …" (numbered like its "Q1."), or the answer word alone on its line ("Answer").
    std::size_t sep = listed != Listed::kAnswer ? 0 : separator(s.substr(n), number || dotted_abbreviation(word.view()));
    if (sep != 0) answer_skip = s.size() - trim(s.substr(n + sep)).size();
    else if (listed == Listed::kAnswer && !number && word.size > 1 && trim(s.substr(n)).empty()) answer_skip = s.size();
    return MarkerKind::kNone;
  }
  std::string_view rest;
  if (number && header_rest(s, n)) {
    content = {};
    return MarkerKind::kHeader;
  }
  if (!prefix_rest(s, n, number || dotted_abbreviation(word.view()), rest)) return MarkerKind::kNone;
  content = rest;
  return rest.empty() ? MarkerKind::kHeader : MarkerKind::kPrefix;
}

}  // namespace qbank::internal::txt
