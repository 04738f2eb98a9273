#pragma once
// Tokenisation and stemming of folded text, per script and language, for dedup and filter.
//
//   auto toks = qbank::tokenize(qbank::fold("What is the GIL?"), "en");  // {"what","is","the","gil"}

#include <string>
#include <string_view>
#include <vector>

namespace qbank {

// One token of a folded text.
struct Token {
  std::string text;  // The token as it appears in the folded text.
  std::string stem;  // Its stem for the language (equal to text where no stemmer applies).
  bool stop = false; // True for a stop word of the language (articles, question templates...).
  bool symbol = false;  // True for operator/punctuation tokens that carry meaning ("//", "%", "==").
};

// Splits folded text into tokens: words for alphabetic scripts, character bigrams for CJK,
// and meaningful symbol runs kept as tokens of their own.
std::vector<Token> tokenize(std::string_view folded, std::string_view lang);

// Returns the stem of a folded word in the given language (the word itself if no stemmer exists).
std::string stem(std::string_view word, std::string_view lang);

}  // namespace qbank
