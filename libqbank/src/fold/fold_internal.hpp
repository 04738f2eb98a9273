#pragma once
// Internal folding tiers and the text repairs folding performs: HTML character references and words that mix
// Latin and Cyrillic look-alikes.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "fold/unicode.hpp"

namespace qbank::internal {

// Decodes the HTML character reference starting at s[i] ("&amp;", "&#39;", "&eacute;") into out and
// returns its length in code points, or returns 0 when there is none.
std::size_t decode_entity(std::u32string_view s, std::size_t i, char32_t& out);

// Replaces look-alike letters in words that mix Latin and Cyrillic (a Latin C inside a Cyrillic word, or
// the reverse), in place; appends one note per repaired word to notes when it is not null.
void repair_mixed_words(std::u32string& cps, std::vector<std::string>* notes);

// Repairs display text whose words mix Latin and Cyrillic look-alike letters ("Cоздается" with a Latin
// C becomes "Создается"; "wоrd" with a Cyrillic о becomes "word"), keeping case and everything else;
// appends one note per repaired word to notes when it is not null ("mixed-script: C→С in 'Cоздается'").
// A run of two or more letters of the other script at a word's edge ("PHPшный") is left alone.
std::string repair_mixed_script(std::string_view text, std::vector<std::string>* notes = nullptr);

// Decodes HTML character references ("&amp;", "&lt;", "&#39;", "&#x2019;", "&nbsp;", "&eacute;");
// unknown or malformed references are kept as they are.
std::string decode_html_entities(std::string_view text);

// Returns the byte offset of the first invalid UTF-8 sequence, or npos when the bytes are valid.
std::size_t find_invalid_utf8(std::string_view bytes);

// Returns the text in Unicode normalization form C; invalid bytes become U+FFFD.
std::string to_nfc(std::string_view text);

// Returns the text in Unicode normalization form D (canonical decomposition); invalid bytes become U+FFFD.
std::string to_nfd(std::string_view text);

// The full, reference folding pipeline (no fast path); fold() returns the same result faster.
std::string fold_reference(std::string_view text);


// Folds text through the code point table; returns false (out untouched or partial) when the text needs
// the reference pipeline (entities, marks, mixed Latin/Cyrillic words, untabulated code points, a
// backslash that does not escape punctuation). Markdown escapes lose their backslash, as in fold().
bool fold_fast(std::string_view text, std::string& out);

}  // namespace qbank::internal
