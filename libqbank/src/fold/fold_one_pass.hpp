#pragma once
// Internal fast paths of qbank::fold: a one-pass fold for the common scripts, and folding into a reused buffer.

#include <string>
#include <string_view>

namespace qbank::internal {

// Folds text exactly as qbank::fold does, into out (reused between calls to avoid allocation). Text made
// only of characters whose folding is a simple per-character mapping (ASCII, Latin-1 letters, basic
// Cyrillic, CJK ideographs, kana, hangul syllables, common quotes, dashes and spaces, full-width ASCII)
// with no word mixing Latin and Cyrillic letters is folded in one pass; anything else goes to qbank::fold.
void fold_into(std::string_view text, std::string& out);

// The one-pass fold of fold_into; returns false (out unspecified) when the text needs a fuller path.
bool fold_simple(std::string_view text, std::string& out);

// The one-pass fold into out, which has room for text.size() + 4 bytes; returns the folded length, or npos
// (out unspecified) when the text needs a fuller path.
std::size_t fold_simple(std::string_view text, char* out);

}  // namespace qbank::internal
