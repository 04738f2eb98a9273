#pragma once
// Small text helpers shared by the HTML, delimited, JSON and GIFT readers.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lang/question_labels.hpp"

namespace qbank::internal {

// How strongly a piece of text reads as a question.
enum class QuestionCue {
  kNone,    // Nothing marks it as a question.
  kWeak,    // Starts with a question word or an interview verb ("How …", "Explain …", "Почему …").
  kStrong,  // Ends with a question mark, or carries a "Q:" / "Question:" label.
};

// Rates how strongly the text reads as a question, in several languages.
QuestionCue question_cue(std::string_view text);

// The length of the sub-item letter that opens a text, with the spaces after it: one letter of any script (no
// digit) closed by ')' ("a) ", "б) ") or, when dot is true, by '.' ("b. "), or in parentheses ("(a) "); 0 when the
// text opens otherwise or nothing follows the letter.
std::size_t letter_enumerator_length(std::string_view text, bool dot = true);

// The length of a mark of points that opens a question, spaces after it included ("(10 pts) ", "[5 points] ",
// "(10 т.) ", "(5 pts, bonus) "): a bracketed number with a word or two, maybe after a sub-question's letter
// ("(a) (5 pts) "); 0 when the text opens otherwise or nothing follows the mark.
std::size_t point_mark_length(std::string_view text);

// True when the text is only a label that introduces an answer ("Answer", "Показать ответ", "答案").
bool is_answer_label(std::string_view text);

// Splits a tags string on whitespace, commas and semicolons, dropping empties and duplicates.
std::vector<std::string> split_tags(std::string_view text);

// Appends a tag unless it is empty or already present; inner whitespace becomes '_'.
void add_tag(std::vector<std::string>& tags, std::string_view tag);

// Moves the fenced code blocks ("```js … ```") of a question text to code (bodies without fences, appended
// after any code already there, blocks separated by a blank line); the text keeps its prose. Returns true
// when a block was moved.
bool move_fenced_code(std::string& text, std::optional<std::string>& code);

// True when at least half of the non-blank lines of a text look like code.
bool mostly_code(std::string_view text);

// Moves the lines after a question's first line into code when that line asks and most of them look like code
// ("Question: …?\nvar x = 1;"); returns true when it moved them.
bool split_code_lines(std::string& text, std::optional<std::string>& code);

// Returns the 1-based line of a byte offset (counting '\n' before it).
std::int64_t line_at(std::string_view text, std::size_t offset);

// Returns the text cut to at most max bytes on a UTF-8 boundary, with "…" appended when cut.
std::string shorten(std::string_view text, std::size_t max);

}  // namespace qbank::internal
