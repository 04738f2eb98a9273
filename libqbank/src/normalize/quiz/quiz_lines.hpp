#pragma once
// The line shapes of quiz text ("#Q" / "^" / "A"–"D", and Aiken "A." … "ANSWER: B").

#include <string_view>

namespace qbank::internal {

// What a quiz-text line is.
enum class QuizLineKind {
  kOther,         // Any other line (question text, or furniture outside a question).
  kHashQuestion,  // "#Q question text".
  kCaretAnswer,   // "^ right answer".
  kOption,        // "A text", "B. text", "C) text": one upper-case letter, then space, '.' or ')'.
  kAikenAnswer,   // "ANSWER: B".
};

// A classified quiz-text line.
struct QuizLine {
  QuizLineKind kind = QuizLineKind::kOther;  // Its shape.
  std::string_view text;                     // The text after the marker (the whole line for kOther).
  std::string_view letter;                   // The option or answer letter (kOption, kAikenAnswer).
  bool punctuated = false;                   // True when the option letter is followed by '.' or ')'.
};

// Classifies a trimmed line.
QuizLine classify_quiz_line(std::string_view line);

// True when the first bytes of an input read as quiz text: "#Q" questions with "^" answers, or Aiken
// questions whose options end in an "ANSWER:" line.
bool looks_like_quiz(std::string_view head);

}  // namespace qbank::internal
