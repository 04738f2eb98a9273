#pragma once
// Text folding: the comparison form of a question used by ids, dedup and filter.
//
//   qbank::fold("  What is the \\_\\_dict__ ATTRIBUTE? ")  // -> "what is the __dict__ attribute?"

#include "qbank/api.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace qbank {

// Folds text for comparison: Unicode NFKC, full case folding, ё→е, look-alike dashes, quotes and spaces
// unified, HTML entities decoded, markdown escapes and invisible characters removed, words that mix
// Latin and Cyrillic look-alikes repaired, runs of whitespace collapsed, and leading/trailing space
// trimmed. Invalid UTF-8 bytes are replaced with U+FFFD. The result is idempotent and the same for
// NFC and NFD input.
QBANK_EXPORT std::string fold(std::string_view text);

// True when the bytes are valid UTF-8.
QBANK_EXPORT bool is_valid_utf8(std::string_view bytes);

}  // namespace qbank
