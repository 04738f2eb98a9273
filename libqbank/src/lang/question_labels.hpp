#pragma once
// The labels and list numbers that open a question ("Question 3:", "Вопрос:", "12. "), shared by normalize's
// readers and dedup's comparison form.

#include <string>
#include <string_view>

namespace qbank::internal {

// Removes a leading "Q:", "Question 3:", "Вопрос:", "问题：" style label; returns the text unchanged
// otherwise.
std::string strip_question_label(std::string_view text);

// True when words ("Question", "Interview question") are a question label without its number or colon.
bool is_question_label(std::string_view words);

// Removes a leading list number such as "12. ", "3) ", "4 - ", "5、" or "二、"; returns the text unchanged
// otherwise.
std::string strip_list_number(std::string_view text);

// Trims ASCII whitespace from both ends.
std::string_view trim(std::string_view text);

}  // namespace qbank::internal
