#pragma once
// Language identification for short question texts.
//
//   qbank::detect_language("Что такое list comprehension");        // "ru"
//   qbank::detect_language("What is a closure?", "ru");            // "en"

#include "qbank/api.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace qbank {

// Returns the codes records may carry: the assigned ISO 639-1 codes in order, then "und".
QBANK_EXPORT std::vector<std::string> language_codes();

// True when code is an assigned ISO 639-1 code ("ru", lowercase as records carry it) or "und".
QBANK_EXPORT bool is_language_code(std::string_view code);

// Detects the ISO 639-1 language of a (short) text, or "und" when unsure.
// prior is the language of the surrounding document or section ("" when unknown); it breaks ties and is the language
// of a text without words (numbers, acronyms, code). A text over
// 64 KB is judged by its first 64 KB.
QBANK_EXPORT std::string detect_language(std::string_view text, std::string_view prior = "");

// The outcome of language detection with a summary of the evidence behind it.
struct QBANK_EXPORT LanguageGuess {
  std::string lang = "und";  // ISO 639-1 code, or "und" when the text holds no letters.
  std::string script;        // The dominant script ("latin", "cyrillic", "han", "kana"...), "" when none.
  double score = 0;          // The winner's evidence score (stop words, template, letters, CLD2, prior).
  double margin = 0;         // How far the winner is ahead of the runner-up.
  bool reliable = false;     // True when the text's own evidence, not just the prior, decided.
};

// Detects the language like detect_language and reports the evidence summary as well.
QBANK_EXPORT LanguageGuess detect_language_detailed(std::string_view text, std::string_view prior = "");

// Returns the most frequent language among texts detected without a prior ("und" ignored), or "und";
// use it to derive the prior of a document from its own lines.
QBANK_EXPORT std::string dominant_language(const std::vector<std::string>& texts);

}  // namespace qbank
