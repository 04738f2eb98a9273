#pragma once
// Records across the Python boundary: each record travels as one line of JSON in the record schema.

#include <cstdint>
#include <string>
#include <vector>

#include "qbank/question.hpp"

namespace qbank::python {

// Parses JSON texts into records, checking each against the schema; an unusable one throws StatusError
// naming origin and its position (first_line for the first text) as file and line.
std::vector<Question> parse_records(const std::vector<std::string>& json, const std::string& origin,
                                   std::int64_t first_line = 1);

// Reads a JSONL bank with the library's reader; an unusable record throws StatusError naming file and line.
std::vector<Question> read_bank(const std::string& path);

// Serialises records as JSON texts, one per record.
std::vector<std::string> records_to_json(const std::vector<Question>& records);

}  // namespace qbank::python
