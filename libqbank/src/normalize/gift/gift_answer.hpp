#pragma once
// Moodle GIFT pieces: escape handling and the answer block between '{' and '}'.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace qbank::internal {

// What an answer block says: the correct answer(s) and, for multiple choice and matching, the options.
struct GiftAnswer {
  std::optional<std::string> answer;  // Correct answers, one per line (none for essays).
  std::vector<std::string> choices;   // All options in source order (multiple choice, matching).
};

// Replaces GIFT escapes: \{ \} \= \~ \# \: \\ become private-use placeholders (so they never act as
// syntax) and \n becomes a line break.
std::string hide_gift_escapes(std::string_view text);

// Turns placeholders back into the characters they stand for.
std::string restore_gift_escapes(std::string_view text);

// Parses the inside of an answer block: essay {}, true/false, numeric {#…}, short answer, multiple
// choice with weights and feedback, matching (a -> b). Text must have its escapes hidden.
GiftAnswer parse_gift_answer(std::string_view block);

}  // namespace qbank::internal
