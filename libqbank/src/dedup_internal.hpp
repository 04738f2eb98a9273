#pragma once
// Internal pieces of dedup: per-record features, the bank's word weights, pair verification and blocking.

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "qbank/dedup.hpp"
#include "qbank/question.hpp"

namespace qbank::detail {

// One content word (or number, or operator) of a record, in text order.
struct DedupToken {
  std::string stem;         // Stemmed folded form used for matching.
  std::string word;         // Folded surface form (for typo checks and explanations).
  bool symbol = false;      // An operator or punctuation run that carries meaning ("//", "%").
  bool number = false;      // Contains a digit: must match exactly.
  bool gloss = false;       // Inside a short parenthesised gloss ("(Python)"): may be missing on the other side.
  bool trailing = false;    // Last word after a context preposition ("in Python"): optional if it is a context word.
  bool after_marker = false;  // Comes after the first directional word ("to", "into", "в", ...).
};

// Everything dedup needs to know about one record, computed once.
struct DedupFeatures {
  std::string lang;                 // The record's language.
  std::string folded;               // fold(text).
  std::string code_key;             // Code without whitespace and semicolons ("" when there is no code).
  std::vector<DedupToken> tokens;   // Content tokens (stop words removed).
  std::vector<std::string> chunks;  // Code-like chunks (quotes, brackets), sorted.
  std::string marker;               // The first directional word, or "".
};

// Word frequencies over the bank, deciding which words carry no distinguishing weight.
struct WordWeights {
  std::unordered_map<std::string, std::uint32_t> df;  // Records containing each stem.
  std::size_t records = 0;                            // Records counted.
  double common_fraction = 0.04;                      // Share above which a word is common.
  bool use_frequency = false;                         // Whether the bank is large enough to use df.

  // True when the stem is too frequent in the bank, or a built-in context word, to tell questions apart.
  bool ignorable(const std::string& stem) const;
};

// Computes the features of one record.
DedupFeatures extract_features(const Question& q);

// Counts document frequencies of stems over all records.
WordWeights count_weights(const std::vector<DedupFeatures>& features, const DedupOptions& options);

// Decides whether two records ask the same question.
MatchVerdict verify(const DedupFeatures& a, const DedupFeatures& b, const WordWeights& weights,
                    const DedupOptions& options);

// Returns the blocking keys of a record: records that can match share at least one key.
std::vector<std::uint64_t> block_keys(const DedupFeatures& f, const WordWeights& weights,
                                      const DedupOptions& options);

// True for built-in context words that are often appended to a question ("python", "javascript", ...).
bool is_context_word(const std::string& stem);

// True for prepositions that introduce a trailing context phrase ("in", "в", "en", ...).
bool is_context_preposition(const std::string& word);

// True for directional words whose two sides must not be swapped ("to", "into", "from", "в", ...).
bool is_directional(const std::string& word);

// Merges a cluster of records (first = seed) into one record following the documented policy.
Question merge_cluster(std::vector<Question*>& members, bool keep_seed_text = false);

}  // namespace qbank::detail
