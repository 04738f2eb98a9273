#pragma once
// Technical abbreviations read as the words they stand for (libqbank/data/dedup/abbreviations.txt).

#include <string>
#include <string_view>

namespace qbank::internal {

namespace dedup_data {
// Returns the embedded abbreviation file.
std::string_view abbreviations_text();
}  // namespace dedup_data

// Writes into out the text with every listed abbreviation of language lang (or of every language) that the text
// writes in capitals, with a final plural "s" allowed, or with a digit ("JS", "DBs", "k8s") replaced by what it
// stands for; a word inside a dotted or underscored name ("Node.JS", "MAX_DB") stays. Returns false, leaving out
// alone, when there is none.
bool expand_abbreviations(std::string_view text, std::string_view lang, std::string& out);

}  // namespace qbank::internal
