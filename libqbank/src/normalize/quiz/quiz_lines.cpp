// Classifies quiz-text lines and recognises quiz text from its first bytes.
#include "normalize/quiz/quiz_lines.hpp"

#include "normalize/question_cues.hpp"

namespace qbank::internal {

QuizLine classify_quiz_line(std::string_view t) {
  QuizLine q;
  q.text = t;
  if (t.size() >= 2 && t[0] == '#' && t[1] == 'Q' && (t.size() == 2 || t[2] == ' ' || t[2] == '\t')) {
    q.kind = QuizLineKind::kHashQuestion;
    q.text = trim(t.substr(2));
    return q;
  }
  if (!t.empty() && t[0] == '^' && (t.size() == 1 || t[1] == ' ' || t[1] == '\t')) {
    q.kind = QuizLineKind::kCaretAnswer;
    q.text = trim(t.substr(1));
    return q;
  }
  if (t.rfind("ANSWER:", 0) == 0) {
    std::string_view rest = trim(t.substr(7));
    if (rest.size() == 1 && rest[0] >= 'A' && rest[0] <= 'Z') {
      q.kind = QuizLineKind::kAikenAnswer;
      q.letter = rest;
      q.text = rest;
    }
    return q;
  }
  if (t.size() >= 3 && t[0] >= 'A' && t[0] <= 'Z') {
    char sep = t[1];
    bool punct = (sep == '.' || sep == ')') && (t[2] == ' ' || t[2] == '\t');
    if (sep == ' ' || sep == '\t' || punct) {
      std::string_view rest = trim(t.substr(punct ? 2 : 1));
      if (!rest.empty()) {
        q.kind = QuizLineKind::kOption;
        q.letter = t.substr(0, 1);
        q.text = rest;
        q.punctuated = punct;
      }
    }
  }
  return q;
}

bool looks_like_quiz(std::string_view head) {
  int hash = 0, caret = 0, aiken = 0, options = 0;
  for (std::size_t pos = 0; pos < head.size();) {
    std::size_t end = std::min(head.find('\n', pos), head.size());
    std::string_view l = trim(head.substr(pos, end - pos));
    pos = end + 1;
    QuizLine q = classify_quiz_line(l);
    hash += q.kind == QuizLineKind::kHashQuestion;
    caret += q.kind == QuizLineKind::kCaretAnswer;
    aiken += q.kind == QuizLineKind::kAikenAnswer;
    options += q.kind == QuizLineKind::kOption && q.punctuated;
  }
  return (hash >= 2 && caret >= 2) || (aiken >= 2 && options >= 2 * aiken);
}

}  // namespace qbank::internal
