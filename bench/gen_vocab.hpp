#pragma once
// Vocabulary for the synthetic corpus: question templates per language and a term generator.

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace qbank_bench {

// A question template with {0} and optionally {1} placeholders, in one language.
struct Template {
  const char* lang;  // ISO 639-1 code.
  const char* text;  // The template; {0} and {1} are replaced by terms.
  int slots;         // How many terms it takes (1 or 2).
  bool directional;  // Swapping the two terms changes the question ("Convert {0} to {1}").
};

// The templates, shaped like the seed questions (what is / difference between / how to / convert ...).
const std::vector<Template>& templates();

// Real technical terms that seed-like questions are about.
const std::vector<std::string>& base_terms();

// Builds the term for index i: a real term, or a made-up but pronounceable one, so any N stays distinct.
std::string term(std::uint64_t i);

}  // namespace qbank_bench
