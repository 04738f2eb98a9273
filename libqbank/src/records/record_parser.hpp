#pragma once
// Internal record parsing that reuses a RecordItem's storage from one line to the next.

#include <cstdint>
#include <string>
#include <string_view>

#include "qbank/io.hpp"

namespace qbank::internal {

// Parses one JSON text into item exactly as parse_record does, reusing item's strings and sources.
void parse_record_into(std::string_view json, const std::string& file, std::int64_t line, RecordItem& item);

}  // namespace qbank::internal
