// The words that label a question in many languages, and the removal of such labels and of list numbers.
#include "lang/question_labels.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <vector>

#include <utf8proc.h>

#include "base/utf8.hpp"
#include "qbank/fold.hpp"

namespace qbank::internal {
namespace {

// Folded labels that introduce a question ("Question 3:", "Вопрос:"): the word for "question" in many
// languages, spaces removed.
constexpr std::string_view kQuestionLabels[] = {
    "q", "question", "вопрос", "питання", "frage", "pregunta", "pergunta", "domanda", "问题", "问", "题目", "問題",
    "问题描述", "質問", "quiz", "câu", "câuhỏi", "प्रश्न", "คำถาม", "კითხვა", "שאלה", "س", "سؤال", "السؤال",
    "پرسش", "سوال", "ερώτηση", "soal", "pertanyaan", "문제", "질문", "pytanie", "soru", "vraag", "fråga", "otázka",
    "kysymys", "spørgsmål", "spørsmål", "問", "第题", "第題", "questão", "questao", "въпрос", "питање", "pitanje",
    "vprašanje", "прашање", "пытанне", "întrebare", "întrebarea", "kérdés", "küsimus", "jautājums", "klausimas",
    "spurning", "spurningur", "soalan", "swali", "tambaya", "ibeere", "umbuzo", "imibuzo", "ceist", "cwestiwn",
    "mistoqsija", "pyetja", "pyetje", "sual", "savol", "савол", "сұрақ", "суроо", "асуулт", "sorag", "prašanje",
    "galdera", "fraach", "fro", "demando", "pangutana", "tanong", "pātai", "patai", "pitakonan",
    "su'aal", "suaal", "প্রশ্ন", "ਸਵਾਲ", "પ્રશ્ન", "கேள்வி", "ప్రశ్న", "ಪ್ರಶ್ನೆ", "ചോദ്യം", "ጥያቄ", "পৰশ্ন",
    "ප්‍රශ්නය", "ข้อ", "ຄຳຖາມ", "សំណួរ", "မေးခွန်း", "հարց", "پوښتنه", "ސުވާލު",
};

// Folded words that end a label of two or three words naming a kind of question ("Coding question:",
// "Bonus question 2:").
constexpr std::string_view kQuestionLabelHeads[] = {
    "question", "вопрос", "питання", "frage", "pregunta", "pergunta", "domanda", "vraag", "pytanie",
};

// True when the folded label is two or three words, the last of them a question label ("coding question",
// "interview question 3").
bool is_kind_of_question_label(std::string_view folded) {
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < folded.size();) {
    while (i < folded.size() && folded[i] == ' ') ++i;
    std::size_t start = i;
    while (i < folded.size() && folded[i] != ' ') ++i;
    std::string_view w = folded.substr(start, i - start);
    bool number = !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c)) || c == '#';
    });
    if (!w.empty() && !number) words.push_back(w);
  }
  if (words.size() < 2 || words.size() > 3) return false;
  return std::find(std::begin(kQuestionLabelHeads), std::end(kQuestionLabelHeads), words.back()) !=
         std::end(kQuestionLabelHeads);
}

// The CJK numerals an ordinal such as "十二、" is written with, three UTF-8 bytes each.
constexpr std::string_view kCjkDigits = "一二三四五六七八九十百零";

// True when s is one CJK numeral.
bool is_cjk_digit(std::string_view s) {
  if (s.size() != 3) return false;
  std::size_t at = kCjkDigits.find(s);
  return at != std::string_view::npos && at % 3 == 0;
}

// Returns the length of the label before a ':' / '：' / '.' / '．' / ')' terminator, or npos when none leads.
std::size_t label_end(std::string_view t, std::size_t& after) {
  std::size_t limit = std::min<std::size_t>(t.size(), 32);
  for (std::size_t i = 0; i < limit; ++i) {
    if (t[i] == ':' || t[i] == '.' || t[i] == ')') {
      after = i + 1;
      return i;
    }
    if (t.substr(i, 3) == "\xEF\xBC\x9A" || t.substr(i, 3) == "\xEF\xBC\x8E") {  // full-width colon, full stop
      after = i + 3;
      return i;
    }
  }
  return std::string_view::npos;
}

// The folded label without its number: digits of any script, spaces, '#', '-' and '№' dropped.
std::string label_word(std::string_view label) {
  std::string folded = fold(label);
  std::string word;
  for (std::size_t i = 0; i < folded.size();) {
    std::size_t start = i;
    char32_t c = utf8::next(folded, i);
    bool skip = c == ' ' || c == '#' || c == '-' ||
                utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_ND;
    if (!skip) word.append(folded, start, i - start);
  }
  if (word.size() > 2 && word.ends_with("no") && label.find("\xE2\x84\x96") != std::string_view::npos)
    word.resize(word.size() - 2);  // "№" folds to "no".
  return word;
}

}  // namespace

std::string_view trim(std::string_view text) {
  auto b = text.find_first_not_of(" \t\r\n\f\v");
  if (b == std::string_view::npos) return {};
  auto e = text.find_last_not_of(" \t\r\n\f\v");
  return text.substr(b, e - b + 1);
}

std::string strip_question_label(std::string_view text) {
  std::string_view t = trim(text);
  std::size_t after = 0;
  std::size_t end = label_end(t, after);
  if (end == std::string_view::npos || end == 0) return std::string(t);
  std::string label = label_word(t.substr(0, end));
  bool is_label = std::find(std::begin(kQuestionLabels), std::end(kQuestionLabels), label) != std::end(kQuestionLabels) ||
                  is_kind_of_question_label(fold(t.substr(0, end)));
  if (!is_label) return std::string(t);
  std::string_view rest = trim(t.substr(after));
  return std::string(rest.empty() ? t : rest);
}

std::string strip_list_number(std::string_view text) {
  std::string_view t = trim(text);
  std::size_t i = 0;
  while (i < t.size() && i < 5 && std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
  if (i == 0) {  // CJK ordinals: "一、", "十二、"
    while (i < 12 && is_cjk_digit(t.substr(i, 3))) i += 3;
    if (i == 0 || t.substr(i, 3) != "\xE3\x80\x81") return std::string(t);
  }
  if (i >= t.size()) return std::string(t);
  if (t.substr(i, 3) == "\xE3\x80\x81") {  // "1、" / "一、": the ideographic comma closes the number
    std::string_view rest = trim(t.substr(i + 3));
    return rest.empty() ? std::string(t) : std::string(rest);
  }
  std::size_t j = i;
  while (j < t.size() && t[j] == ' ') ++j;
  if (j >= t.size() || (t[j] != '.' && t[j] != ')' && t[j] != '-')) return std::string(t);
  if (j + 1 >= t.size() || (t[j + 1] != ' ' && t[j + 1] != '\t')) return std::string(t);
  std::string_view rest = trim(t.substr(j + 1));
  return rest.empty() ? std::string(t) : std::string(rest);
}

bool is_question_label(std::string_view words) {
  std::string folded = fold(trim(words));
  std::string label;
  for (char c : folded)
    if (c != ' ') label.push_back(c);
  return std::find(std::begin(kQuestionLabels), std::end(kQuestionLabels), label) != std::end(kQuestionLabels) ||
         is_kind_of_question_label(folded);
}

}  // namespace qbank::internal
