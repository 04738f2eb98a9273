#pragma once
// Text folding: the comparison form of a question used by ids, dedup and filter.
//
//   qbank::fold("  What is the \\_\\_dict__ ATTRIBUTE? ")  // -> "what is the __dict__ attribute?"

#include <string>
#include <string_view>

namespace qbank {

// Folds text for comparison: Unicode NFKC, full case folding, look-alike dashes, quotes and spaces
// unified, markdown escapes removed, runs of whitespace collapsed, and leading/trailing space trimmed.
// Input must be valid UTF-8; invalid bytes are replaced with U+FFFD. The result is idempotent.
std::string fold(std::string_view text);

// True when the bytes are valid UTF-8.
bool is_valid_utf8(std::string_view bytes);

// Returns the byte offset of the first invalid UTF-8 sequence, or npos when the bytes are valid.
std::size_t find_invalid_utf8(std::string_view bytes);

// Returns the text in Unicode normalization form C; invalid bytes become U+FFFD.
std::string to_nfc(std::string_view text);

}  // namespace qbank
