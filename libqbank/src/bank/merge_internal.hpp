#pragma once
// Internal pieces of qbank::merge: canonical ordering and combining a group of records.

#include <optional>
#include <string>
#include <vector>

#include "qbank/merge.hpp"

namespace qbank::internal {

// A pointer to one of the optional text fields of a record (topic, answer, code).
using OptionalField = std::optional<std::string> Question::*;

// Picks a field's value among records listed in canonical order, following the policy.
std::optional<std::string> choose_field(const std::vector<const Question*>& members, OptionalField field,
                                        FieldPolicy policy);

// Combines records listed in canonical order into one record, as merge() documents.
Question combine_group(const std::vector<const Question*>& members, const MergeOptions& options);

// Removes sources that exactly repeat an earlier source of the same record.
void drop_repeated_sources(Question& q);

// Sorts records by earliest source (file, line), then id, then JSON form: a total order on content.
void sort_canonical(std::vector<Question>& records);

}  // namespace qbank::internal
