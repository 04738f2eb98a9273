#pragma once
// Sorting records by fields, as `xsv sort -s` does for columns: stable, so ties keep their input order.
//
//   auto s = qbank::sort_records(records, {"lang", "topic"}, /*reverse=*/false);
//   if (!s.ok()) return s;   // InvalidArgument naming the unknown field and the sortable ones

#include "qbank/api.hpp"

#include <string>
#include <vector>

#include "qbank/question.hpp"
#include "qbank/status.hpp"

namespace qbank {

// Returns the fields records can be sorted by: id, text, lang, topic, answer, code (strings, byte order,
// a missing value before any string), tags (as a list), source (first source's file, then its line number)
// and words (count_words of the text, as a number).
QBANK_EXPORT const std::vector<std::string>& sort_field_names();

// Sorts records stably by the fields in turn (the second breaks ties of the first...), descending when
// reverse is set (ties still keep their input order); an unknown or empty field list is InvalidArgument
// and leaves the records as they were.
[[nodiscard]] QBANK_EXPORT Status sort_records(std::vector<Question>& records, const std::vector<std::string>& by,
                                               bool reverse);

}  // namespace qbank
