#pragma once
// Spelling suggestions: the known name closest to a mistyped one ("normalise" -> "normalize").
//
//   qbank::closest_name("normalise", {"normalize", "dedup"});   // "normalize"
//   qbank::closest_name("head", {"normalize", "dedup"});        // "" (nothing close)

#include "qbank/api.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace qbank {

// Returns the candidate with the fewest edits (insertions, deletions, substitutions, swaps of neighbours;
// ASCII case ignored)
// from word, or "" when the best needs more than a third of word's length (at least one edit); ties go
// to the earlier candidate.
QBANK_EXPORT std::string closest_name(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace qbank
