#pragma once
// Records that share an id but not their content.

#include <vector>

#include "qbank/question.hpp"
#include "qbank/status.hpp"

namespace qbank::internal {

// A data error naming both records (text, file and line of their first source) when two records found once
// (one source each) share an id while their texts (and code) differ once folded, so that combining them by id
// would lose a question; Ok otherwise. Records with several sources are merged ones, whose id is their seed's
// while their text may be another member's, and are not compared. The records named do not depend on the
// order of the input.
[[nodiscard]] Status check_id_conflicts(const std::vector<Question>& records);

}  // namespace qbank::internal
