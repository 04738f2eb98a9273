#pragma once
// Internal pieces of the tagger: rule checking and the embedded default rule set.

#include <string>
#include <string_view>

#include "qbank/status.hpp"
#include "qbank/tag.hpp"

namespace qbank::internal {

// Checks that a rule's tag normalises to something and its patterns compile; errors start with where.
Status check_rule(const TagRule& rule, const std::string& where);

// True when the tag is already in normal form (normalize_tag would return it unchanged).
bool is_normal_tag(std::string_view tag);

namespace tag_data {

// The bytes of libqbank/data/tags/default_rules.json, embedded at build time.
std::string_view default_rules_json();

}  // namespace tag_data
}  // namespace qbank::internal
