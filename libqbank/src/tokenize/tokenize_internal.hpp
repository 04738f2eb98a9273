#pragma once
// Tokenisation and stemming of folded text, per script and language, for dedup and filter.
//
//   auto toks = tokenize(fold("What is the GIL?"), "en");  // {"what","is","the","gil"}

#include <string>
#include <string_view>
#include <vector>

namespace qbank::internal {

// One token of a folded text.
struct Token {
  std::string text;  // The token as it appears in the folded text.
  std::string stem;  // Its stem for the language (equal to text where no stemmer applies).
  bool stop = false; // True for a stop word of the language (articles, question templates...).
  bool symbol = false;  // True for operator/punctuation tokens that carry meaning ("//", "%", "==").
};

// Splits folded text into tokens: words for alphabetic scripts (digits, "_" and inner apostrophes
// included; an elided stop word such as French "l'" split off), character bigrams for CJK runs (the
// character itself for a run of one), and meaningful symbol runs ("//", "%", "==", "+=") as tokens of
// their own. Words are stemmed and stop-flagged in lang, except words of another script, which use that
// script's default language (English terms in Russian text get English stems).
std::vector<Token> tokenize(std::string_view folded, std::string_view lang);

// Returns the stem of a folded word in the given language (the word itself if no stemmer exists).
// Snowball stemmers serve the languages it knows (en ru es de fr pt it nl sv ...), one instance per
// thread; Ukrainian, which Snowball lacks, gets a light suffix stripper from the library's data.
std::string stem(std::string_view word, std::string_view lang);

// True when stem() does more than return the word for the language.
bool has_stemmer(std::string_view lang);

// Which words a tokenisation stems.
enum class Stemming {
  kEvery,              // Every word, as the two-argument tokenize() does.
  kNonAsciiContent,    // Only words without ASCII digits that are neither ASCII-only nor stop words; others get "".
};

// Like tokenize(), stemming the words that stemming selects (symbols get an empty stem under
// kNonAsciiContent).
std::vector<Token> tokenize(std::string_view folded, std::string_view lang, Stemming stemming);

}  // namespace qbank::internal
