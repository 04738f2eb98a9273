#pragma once
// Languages named by a script that one language mostly writes (Ethiopic, Telugu, Khmer…), for the texts whose
// letters fall outside the scripts the profiles cover.

#include <string_view>

namespace qbank::internal {

// Returns the language whose own script writes most of the text's letters ("am" for Ethiopic, "te" for
// Telugu…), or "" when no such script holds most of them.
std::string_view block_language(std::string_view text);

}  // namespace qbank::internal
