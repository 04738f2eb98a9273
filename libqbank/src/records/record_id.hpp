#pragma once
// Record ids written into a reused string, for loops that build many records.

#include <string>

#include "qbank/question.hpp"

namespace qbank::internal {

// Writes compute_id(q) into id, reusing id's storage.
void compute_id_into(const Question& q, std::string& id);

}  // namespace qbank::internal
