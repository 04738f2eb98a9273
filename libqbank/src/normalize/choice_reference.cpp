// Answers that name a choice by position or letter.
#include "normalize/choice_reference.hpp"

namespace qbank::internal {

std::optional<std::string> choice_at(const std::vector<std::string>& choices, std::string_view answer) {
  if (choices.empty() || answer.empty() || answer.size() > 3) return std::nullopt;
  for (const auto& c : choices)
    if (c == answer) return std::nullopt;  // the answer is a choice's own text ("4" among "3", "4", "5")
  std::size_t i = 0;
  if (answer.size() == 1 && answer[0] >= 'A' && answer[0] <= 'Z') {
    i = static_cast<std::size_t>(answer[0] - 'A');
  } else {
    for (char c : answer) {
      if (c < '0' || c > '9') return std::nullopt;
      i = i * 10 + static_cast<std::size_t>(c - '0');
    }
    if (i == choices.size()) --i;  // one past the last: the positions count from 1
  }
  if (i >= choices.size()) return std::nullopt;
  return choices[i];
}

}  // namespace qbank::internal
