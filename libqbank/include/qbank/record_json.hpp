#pragma once
// Records as JSON: writing one record as a line of JSON, and parsing one against the record schema.
//
//   std::string line = qbank::to_json(record);                       // {"id":...,"text":...}
//   qbank::RecordItem item = qbank::parse_record(line, "bank.jsonl", 1);  // item.usable(), item.problems

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "qbank/api.hpp"
#include "qbank/question.hpp"
#include "qbank/status.hpp"

namespace qbank {

// Appends s to out as a JSON string literal; every control character is escaped, and so are
// U+2028/U+2029; invalid UTF-8 becomes U+FFFD so the output is always valid JSON.
QBANK_EXPORT void append_json_string(std::string& out, std::string_view s);

// Appends one record to out as a single line of JSON (no newline), fields in schema order.
QBANK_EXPORT void append_json(std::string& out, const Question& q);

// Returns one record as a single line of JSON (no newline).
QBANK_EXPORT std::string to_json(const Question& q);

// One record read from a JSONL line, with any schema problems found in it.
struct QBANK_EXPORT RecordItem {
  Question record;                   // The record as far as it could be read.
  std::vector<Diagnostic> problems;  // Schema violations, each naming file, line and field.
  std::int64_t line = 0;             // The 1-based line the record came from.

  // True when no problem makes the record unusable (warnings allowed).
  bool usable() const;
};

// Parses one JSON text into a record, checking it against the record schema.
QBANK_EXPORT RecordItem parse_record(std::string_view json, const std::string& file, std::int64_t line);

}  // namespace qbank
