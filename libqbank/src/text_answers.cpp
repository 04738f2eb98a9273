// Answers written as plain lines under their questions: "What is X?" then "X is ...", with or without a blank
// line between. A document is read so only when most of its questions are followed by such a line, so that a
// list of questions never has some of its items taken for answers.
#include "text_units.hpp"
#include "text_words.hpp"

namespace qbank::detail::txt {
namespace {

// True when the text ends with a question mark.
bool ends_with_question_mark(std::string_view text) {
  char32_t c = last_char(text);
  return c == '?' || c == U'？';
}

// Returns the next non-blank line index after i, or lines.size().
std::size_t next_filled(const std::vector<TextLine>& lines, std::size_t i) {
  ++i;
  while (i < lines.size() && lines[i].blank) ++i;
  return i;
}

}  // namespace

bool reads_as_answer(const TextLine& line) {
  std::string_view t = line.text;
  if (t.empty() || line.marker.kind != MarkerKind::kNone || line.marker.answer_skip != std::string_view::npos)
    return false;
  if (is_question_like(t) || ends_with_colon(t) || looks_like_code(t) || !furniture_reason(t).empty()) return false;
  if (ends_with_terminal(t)) return true;  // A sentence.
  return !looks_like_heading(t) && count_words(t) >= 5;
}

AnswerLayout find_answer_layout(const std::vector<TextLine>& lines, bool (*is_question)(const TextLine&)) {
  AnswerLayout layout;
  std::size_t questions = 0, paired = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank || !is_question(lines[i])) continue;
    ++questions;
    layout.last_question = i;
    std::size_t j = next_filled(lines, i);
    if (j < lines.size() && lines[j].marker.indent <= lines[i].marker.indent && reads_as_answer(lines[j])) ++paired;
  }
  layout.paired = paired > 0 && paired * 2 >= questions;
  return layout;
}

bool AnswerLayout::takes(const TextLine& line, std::size_t i) const {
  if (!paired || !reads_as_answer(line)) return false;
  return i < last_question || !looks_like_prose(line.text);  // After the last question, prose is the outro.
}

bool plain_question_line(const TextLine& line) {
  return line.marker.kind == MarkerKind::kNone && ends_with_question_mark(line.text) && is_question_like(line.text);
}

}  // namespace qbank::detail::txt
