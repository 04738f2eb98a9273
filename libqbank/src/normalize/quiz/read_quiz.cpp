// The quiz-text reader, for two line-oriented multiple-choice shapes.
//   "#Q" shape:  "#Q question" (its text runs on over further lines, blank ones included, up to the answer),
//                "^ right answer", then options "A text", "B text", ….
//   Aiken:       a question line (or several), options "A. text" / "A) text", then "ANSWER: B".
// Options become choices; the right answer (the "^" text, or the option the ANSWER letter names) becomes the
// answer. Lines outside a question are rejected as "not question-like".
#include <cctype>

#include "normalize/quiz/quiz_lines.hpp"
#include "normalize/reader.hpp"
#include "normalize/question_cues.hpp"

namespace qbank::internal {
namespace {

// One question being read.
struct QuizQuestion {
  std::int64_t line = 0;          // The line where its text starts.
  std::string raw;                // Its source lines.
  std::string text;               // Its text lines joined with "\n".
  std::vector<std::string> letters;  // The option letters, parallel to choices.
  std::vector<std::string> choices;  // The option texts.
  std::optional<std::string> answer;  // The right answer.
  bool options_started = false;   // True once an option or the answer line was read.
  bool marked = false;            // True when a "#Q" line opened it (an Aiken question needs options).
};

// The longest raw source kept for one question.
constexpr std::size_t kMaxRaw = 4000;

// Appends a source line to the question's raw text, within kMaxRaw.
void add_raw(QuizQuestion& q, std::string_view l) {
  if (q.raw.size() >= kMaxRaw) return;
  if (!q.raw.empty()) q.raw += '\n';
  q.raw += l;
}

// Turns a finished question into an item; text without a "#Q" mark, options or an answer is rejected.
void flush(QuizQuestion& q, const NormalizeOptions& options, ReaderOutput& out) {
  if (q.line == 0) return;
  std::string_view text = trim(q.text);
  if (text.empty() && q.marked) {
    out.rejected.push_back({q.line, q.raw, "no question text"});
  } else if (text.empty() || (!q.marked && q.choices.empty() && !q.answer)) {
    out.rejected.push_back({q.line, q.raw, "not question-like"});
  } else {
    RawItem& item = out.items.emplace_back();
    item.line = q.line;
    item.raw = shorten(q.raw, kMaxRaw);
    item.text = std::string(text);
    item.choices = std::move(q.choices);
    item.answer = std::move(q.answer);
    if (!options.topic.empty()) item.topic = options.topic;
  }
  q = QuizQuestion{};
}

}  // namespace

Status read_quiz(std::string_view text, const NormalizeOptions& options, ReaderOutput& out) {
  QuizQuestion q;
  std::int64_t line = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t end = std::min(text.find('\n', pos), text.size());
    std::string_view l = text.substr(pos, end - pos);
    pos = end + 1;
    ++line;
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    std::string_view t = trim(l);
    QuizLine ql = classify_quiz_line(t);
    if (ql.kind == QuizLineKind::kHashQuestion) {
      flush(q, options, out);
      q.line = line;
      q.text = std::string(ql.text);
      q.marked = true;
      add_raw(q, l);
      continue;
    }
    if (t.empty()) {
      // A blank line inside a "#Q" question's text is part of it; after the options, or inside an unmarked
      // (Aiken) question's text, it ends the question.
      if (q.line != 0 && (q.options_started || !q.marked)) flush(q, options, out);
      else if (q.line != 0) q.text += '\n';
      continue;
    }
    if (q.line != 0 && ql.kind == QuizLineKind::kCaretAnswer) {
      if (!ql.text.empty()) q.answer = std::string(ql.text);
      q.options_started = true;
      add_raw(q, l);
      continue;
    }
    if (q.line != 0 && ql.kind == QuizLineKind::kAikenAnswer) {
      for (std::size_t k = 0; k < q.letters.size(); ++k)
        if (q.letters[k] == ql.letter) q.answer = q.choices[k];
      if (!q.answer) q.answer = std::string(ql.letter);
      add_raw(q, l);
      flush(q, options, out);
      continue;
    }
    // An option: after the "^" line in the "#Q" shape, or an "A." / "A)" line after an Aiken question.
    bool option = ql.kind == QuizLineKind::kOption && q.line != 0 &&
                  (q.options_started || (!q.marked && ql.punctuated));
    if (option) {
      q.letters.emplace_back(ql.letter);
      q.choices.emplace_back(ql.text);
      q.options_started = true;
      add_raw(q, l);
      continue;
    }
    if (q.line != 0 && !q.options_started) {  // The question's text runs on.
      if (!q.text.empty() && q.text.back() != '\n') q.text += '\n';
      q.text += t;
      add_raw(q, l);
      continue;
    }
    if (q.line != 0) flush(q, options, out);
    // Outside a question: an Aiken question starts with any text line when options follow it.
    q.line = line;
    q.text = std::string(t);
    add_raw(q, l);
  }
  flush(q, options, out);
  return Status::Ok();
}

}  // namespace qbank::internal
