#pragma once
// The adversarial corpus generator: distinct questions that look alike, with planted perturbed copies.

#include <cstddef>
#include <cstdint>

namespace qbank_bench {

// Writes n JSONL records and the truth file (line, group) to the paths. Distinct questions come in families
// that share a template and differ in one thing only: the term in parentheses ("Tree traversal (X)"), the
// context after "in"/"в"/"en" ("What is a B in X?"), a made-up word against its derivation ("W" / "Wор",
// "W" / "Wation"), or one letter of a short made-up word. 20% of the records are perturbed copies of earlier
// ones, as in the main generator. Returns the process exit code.
int gen_adversarial(std::size_t n, const char* out_path, const char* truth_path, std::uint64_t seed);

}  // namespace qbank_bench
