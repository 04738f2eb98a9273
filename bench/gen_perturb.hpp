#pragma once
// Meaning-preserving perturbations of a generated question, shared by the synthetic corpus generators.

#include <random>
#include <string>

namespace qbank_bench {

// Applies one perturbation that keeps the meaning: case, punctuation, look-alikes, escapes, a context phrase.
std::string perturb(std::string s, const char* lang, std::mt19937_64& rng);

}  // namespace qbank_bench
