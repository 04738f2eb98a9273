#pragma once
// Finds where the records of a JSON document start, so each can be parsed alone and named by its line.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "qbank/status.hpp"

namespace qbank::detail {

// A byte range [begin, end) of one JSON value in the input.
struct JsonSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Splits a document into record spans: the elements of a top-level array; the elements of the first
// array of objects inside a top-level wrapper object ({"questions": [...]}); or the top-level values
// themselves (one object, or several objects one after another). Structural errors (unterminated
// strings or brackets, missing commas) are DataErrors naming file and line.
Result<std::vector<JsonSpan>> split_json_records(std::string_view text, const std::string& file);

}  // namespace qbank::detail
