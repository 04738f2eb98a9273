#pragma once
// English plurals that name another thing than their singular (data/dedup/lexical_plurals.txt): "customs",
// "damages", "goods", "logistics".

#include <string_view>

namespace qbank::internal {

namespace dedup_data {
// Returns the embedded file of lexical plurals.
std::string_view lexical_plurals_text();
}  // namespace dedup_data

// True when a folded word of a language is a plural the data file lists as a word of its own.
bool lexical_plural(std::string_view word, std::string_view lang);

}  // namespace qbank::internal
