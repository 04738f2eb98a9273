#pragma once
// Answers that name one of their question's choices by position or letter ("2", "B") instead of its text.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace qbank::internal {

// The choice an answer names by its position (0-based "2", or "3" one past the last as 1-based) or letter
// ("B"), when the answer is such a reference, not a choice's own text, and the record has choices; nullopt
// otherwise.
std::optional<std::string> choice_at(const std::vector<std::string>& choices, std::string_view answer);

}  // namespace qbank::internal
