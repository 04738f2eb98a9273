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

// Repairs display text whose words mix Latin and Cyrillic look-alike letters ("Cоздается" with a Latin
// C becomes "Создается"; "wоrd" with a Cyrillic о becomes "word"), keeping case and everything else;
// appends one note per repaired word to notes when it is not null ("mixed-script: C→С in 'Cоздается'").
// A run of two or more letters of the other script at a word's edge ("PHPшный") is left alone.
QBANK_EXPORT std::string repair_mixed_script(std::string_view text, std::vector<std::string>* notes = nullptr);

// Decodes HTML character references ("&amp;", "&lt;", "&#39;", "&#x2019;", "&nbsp;", "&eacute;");
// unknown or malformed references are kept as they are.
QBANK_EXPORT std::string decode_html_entities(std::string_view text);

// True when the bytes are valid UTF-8.
QBANK_EXPORT bool is_valid_utf8(std::string_view bytes);

// Returns the byte offset of the first invalid UTF-8 sequence, or npos when the bytes are valid.
QBANK_EXPORT std::size_t find_invalid_utf8(std::string_view bytes);

// Returns the text in Unicode normalization form C; invalid bytes become U+FFFD.
QBANK_EXPORT std::string to_nfc(std::string_view text);

// Returns the text in Unicode normalization form D (canonical decomposition); invalid bytes become U+FFFD.
QBANK_EXPORT std::string to_nfd(std::string_view text);

}  // namespace qbank
