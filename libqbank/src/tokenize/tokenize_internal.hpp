#pragma once
// Internal tokenisation entry with a choice of which words get stemmed.

#include <string_view>
#include <vector>

#include "qbank/tokenize.hpp"

namespace qbank::internal {

// Which words a tokenisation stems.
enum class Stemming {
  kEvery,              // Every word, as qbank::tokenize() does.
  kNonAsciiContent,    // Only words without ASCII digits that are neither ASCII-only nor stop words; others get "".
};

// Like qbank::tokenize(), stemming the words that stemming selects (symbols get an empty stem under
// kNonAsciiContent).
std::vector<Token> tokenize(std::string_view folded, std::string_view lang, Stemming stemming);

}  // namespace qbank::internal
