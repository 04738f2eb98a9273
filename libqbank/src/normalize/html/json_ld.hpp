#pragma once
// FAQ entries a page declares in schema.org JSON-LD (<script type="application/ld+json">, FAQPage / Question).

#include <gumbo.h>

#include <string_view>

#include "normalize/reader.hpp"

namespace qbank::internal {

// Adds the Question entries (name as text, acceptedAnswer or suggestedAnswer text as answer) of the JSON-LD
// blocks under root to out, each at the line of its name; blocks that are not valid JSON are skipped.
void read_faq_json_ld(const GumboNode* root, std::string_view lang, ReaderOutput& out);

}  // namespace qbank::internal
