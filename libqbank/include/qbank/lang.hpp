#pragma once
// Language identification for short question texts.
//
//   qbank::detect_language("Что такое list comprehension");        // "ru"
//   qbank::detect_language("What is a closure?", "ru");            // "en"

#include <string>
#include <string_view>

namespace qbank {

// Detects the ISO 639-1 language of a (short) text, or "und" when unsure.
// prior is the language of the surrounding document or section ("" when unknown); it breaks ties.
std::string detect_language(std::string_view text, std::string_view prior = "");

}  // namespace qbank
