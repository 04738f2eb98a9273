// Answers written as plain lines under their questions: "What is X?" then "X is ...", with or without a blank
// line between. A document is read so only when most of its questions are followed by such a line, so that a
// list of questions never has some of its items taken for answers.
#include "normalize/text/units.hpp"
#include "normalize/text/words.hpp"

namespace qbank::internal::txt {
namespace {


// Returns the next non-blank line index after i, or lines.size().
std::size_t next_filled(const std::vector<TextLine>& lines, std::size_t i) {
  ++i;
  while (i < lines.size() && lines[i].blank) ++i;
  return i;
}

// The last line of a marked question wrapped over the lines right under it, indented past its marker and
// unmarked (i itself when it does not wrap).
std::size_t wrapped_end(const std::vector<TextLine>& lines, std::size_t i) {
  std::size_t k = i;
  while (k + 1 < lines.size() && k < i + 3 && !lines[k + 1].blank && lines[k + 1].marker.kind == MarkerKind::kNone &&
         lines[k + 1].marker.indent > lines[i].marker.indent && !ends_with_terminal(lines[k].text))
    ++k;
  return k;
}

}  // namespace

bool underlined_heading(const std::vector<TextLine>& lines, std::size_t i) {
  return ((i + 1 < lines.size() && lines[i + 1].underline) || lines[i].titled) && looks_like_heading(lines[i].text) &&
         !is_question_like(lines[i].text);
}

bool reads_as_answer(const TextLine& line, bool headings_underlined) {
  std::string_view t = line.text;
  if (t.empty() || line.marker.kind != MarkerKind::kNone || line.marker.answer_skip != std::string_view::npos)
    return false;
  bool sentence = ends_with_terminal(t);  // Else a line of five words or more that is no heading.
  if ((!sentence && count_words(t) < 5) || ends_with_colon(t) || is_question_like(t) || looks_like_code(t)) return false;
  return (sentence || headings_underlined || !looks_like_heading(t)) && furniture_reason(t).empty();
}

bool reads_as_short_answer(const TextLine& line) {
  std::string_view t = line.text;
  if (t.empty() || line.marker.kind != MarkerKind::kNone || line.marker.answer_skip != std::string_view::npos)
    return false;
  return !ends_with_colon(t) && !is_question_like(t) && !looks_like_code(t) && !is_decorated_heading(t) &&
         furniture_reason(t).empty() && !is_sign_off(t);
}

namespace {

// True when line is a bullet or numbered line in another shape than the question's, that does not ask
// ("1. What is X?" / "- X is …").
bool other_list_line(const TextLine& question, const TextLine& line) {
  MarkerKind k = line.marker.kind;
  return (k == MarkerKind::kBullet || k == MarkerKind::kNumber) && k != question.marker.kind &&
         !is_question_like(line.marker.content);
}

}  // namespace

AnswerLayout find_answer_layout(const std::vector<TextLine>& lines, bool marked) {
  AnswerLayout layout;
  std::size_t questions = 0, paired = 0, adjacent = 0, underlined = 0;
  for (std::size_t i = 1; i < lines.size() && underlined < 2; ++i)
    underlined += lines[i].underline && underlined_heading(lines, i - 1) ? 1 : 0;
  layout.underlined_headings = underlined >= 2;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const TextLine& l = lines[i];
    if (l.blank || (l.marker.kind == MarkerKind::kNone) == marked) continue;  // Cheap tests first.
    std::size_t end = marked ? wrapped_end(lines, i) : i;  // "1. What is …, and what" / "   does it own?"
    // A numbered question may ask without a question mark ("3. GIL คืออะไร", "4. Explain the GIL").
    bool numbered_asks = marked && l.marker.kind == MarkerKind::kNumber && is_question_like(l.marker.content);
    if (end > i ? !ends_with_question_mark(lines[end].text) && !numbered_asks
                : marked ? !marked_question(l) && !numbered_asks : !plain_question_line(l))
      continue;
    ++questions;
    layout.last_question = end;
    std::size_t j = next_filled(lines, end);
    if (j < lines.size() && lines[j].underline) j = next_filled(lines, j);  // The question's own rule.
    if (end > i) {
      if (j < lines.size() && lines[j].marker.indent <= l.marker.indent &&
          reads_as_answer(lines[j], layout.underlined_headings))
        ++paired;
      continue;
    }
    if (j < lines.size() && lines[j].marker.indent <= lines[i].marker.indent &&
        (reads_as_answer(lines[j], layout.underlined_headings) || other_list_line(l, lines[j])))
      ++paired;
    if (j == i + 1 && j < lines.size() && lines[j].marker.indent <= lines[i].marker.indent &&
        reads_as_short_answer(lines[j]))
      ++adjacent;
  }
  layout.paired = paired > 0 && paired * 2 >= questions;
  layout.adjacent = adjacent > 0 && adjacent * 2 >= questions;
  return layout;
}

bool AnswerLayout::takes(const TextLine& line, std::size_t i, std::string_view question, bool first) const {
  if (!paired || !is_question_like(question) || !reads_as_answer(line, underlined_headings) || is_sign_off(line.text))
    return false;
  // After the last question, prose is the outro, unless it is the first line under that question.
  return i < last_question || first || !looks_like_prose(line.text);
}

bool AnswerLayout::takes_adjacent(const TextLine& line, std::size_t i, std::size_t question_line,
                                  std::string_view question) const {
  return adjacent && i == question_line + 1 && (i < last_question || !looks_like_prose(line.text)) &&
         is_question_like(question) &&
         reads_as_short_answer(line);
}

bool plain_question_line(const TextLine& line) {
  return line.marker.kind == MarkerKind::kNone && ends_with_question_mark(line.text) && is_question_like(line.text);
}

bool marked_question(const TextLine& line) {
  MarkerKind k = line.marker.kind;
  return (k == MarkerKind::kBullet || k == MarkerKind::kNumber || k == MarkerKind::kPrefix) &&
         ends_with_question_mark(line.marker.content);
}

}  // namespace qbank::internal::txt
