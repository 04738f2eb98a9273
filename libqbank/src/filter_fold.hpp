#pragma once
// Internal fast path of qbank::fold for the per-record matching of filter and tag.

#include <string>
#include <string_view>

namespace qbank {

// Folds text exactly as qbank::fold does, into out (reused between calls to avoid allocation). Text made
// only of characters whose folding is a simple per-character mapping (ASCII, Latin-1 letters, basic
// Cyrillic, CJK ideographs, kana, hangul syllables, common quotes, dashes and spaces, full-width ASCII)
// with no word mixing Latin and Cyrillic letters is folded in one pass; anything else goes to qbank::fold.
void fold_into(std::string_view text, std::string& out);

}  // namespace qbank
