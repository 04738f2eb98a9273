#pragma once
// Field selection: a record written as a JSON object holding only the named fields, in the order named,
// as `jq '{id, text}'` would (the result is plain JSON, not a record: the schema's required fields may be
// missing, so qbank verbs do not read it back).
//
//   std::string line;
//   qbank::append_json_fields(line, q, {"id", "text"});   // {"id":"q…","text":"What is the GIL?"}

#include "qbank/api.hpp"

#include <string>
#include <vector>

#include "qbank/question.hpp"

namespace qbank {

// Returns the names of the fields the record schema defines, in the order records are written.
QBANK_EXPORT const std::vector<std::string>& record_field_names();

// Returns one warning per name that is not a schema field (such a field is null unless a record carries it
// as an unknown field), with the field it probably means ("txt" -> "text").
QBANK_EXPORT std::vector<std::string> field_warnings(const std::vector<std::string>& fields);

// Appends a JSON object with the named fields of q in the given order: schema fields as records write them
// (a missing topic, answer or code is null; missing choices or notes are []), other names from the record's
// unknown fields, or null when it has none of that name. A name given twice is written once.
QBANK_EXPORT void append_json_fields(std::string& out, const Question& q, const std::vector<std::string>& fields);

}  // namespace qbank
