#pragma once
// Writing a record as JSON into a caller's buffer, for writers that serialise without a copy.

#include <cstddef>

#include "qbank/question.hpp"

namespace qbank::internal {

// The most bytes write_json can write for q.
std::size_t json_bound(const Question& q);

// Writes q at dst exactly as qbank::append_json would append it and returns the end; dst must have room for
// json_bound(q) bytes.
char* write_json(char* dst, const Question& q);

}  // namespace qbank::internal
