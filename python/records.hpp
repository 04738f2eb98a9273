#pragma once
// Records across the Python boundary: each record travels as one line of JSON in the record schema.

#include <string>
#include <vector>

#include "qbank/question.hpp"

namespace qbank::python {

// Parses JSON texts into records, checking each against the schema; an unusable one throws StatusError
// naming origin and its 1-based position as file and line.
std::vector<Question> parse_records(const std::vector<std::string>& json, const std::string& origin);

// Serialises records as JSON texts, one per record.
std::vector<std::string> records_to_json(const std::vector<Question>& records);

}  // namespace qbank::python
