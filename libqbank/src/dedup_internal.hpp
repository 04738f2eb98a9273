#pragma once
// Internal pieces of dedup: interned per-record features, word weights, pair verification and blocking.

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "qbank/dedup.hpp"
#include "qbank/question.hpp"

namespace qbank::detail {

// Interns strings as dense integer ids so comparisons are integer compares.
class Vocab {
 public:
  // Returns the id of s, adding it if new (not thread-safe).
  std::uint32_t intern(std::string_view s);
  // Returns the string of an id.
  const std::string& str(std::uint32_t id) const { return strings_[id]; }
  // Number of distinct strings.
  std::size_t size() const { return strings_.size(); }

 private:
  std::deque<std::string> strings_;
  std::unordered_map<std::string_view, std::uint32_t> ids_;
};

// What a token does when it finds no partner on the other side.
enum class Role : std::uint8_t {
  kSignificant,  // Must find a partner.
  kCommon,       // Frequent in this bank: must find a partner, but too common to block on.
  kIgnorable,    // A built-in context word ("python"): may be missing when both sides have significant words.
  kOptional      // A short gloss or trailing context phrase: may be missing.
};

// Token flags.
enum TokenFlag : std::uint8_t {
  kSymbol = 1,       // An operator run that carries meaning ("//", "%").
  kNumber = 2,       // Contains a digit: must match exactly.
  kGloss = 4,        // Inside a short parenthesised gloss ("(Python)").
  kTrailing = 8,     // Last word after a context preposition ("in Python").
  kAfterMarker = 16  // Comes after the first directional word ("to", "into", "в", ...).
};

// A token before interning.
struct RawToken {
  std::string stem;   // Stemmed folded form.
  std::string word;   // Folded surface form.
  std::uint8_t flags = 0;  // TokenFlag bits.
};

// Features before interning, produced in parallel.
struct RawFeatures {
  std::uint64_t folded_hash = 0;  // Hash of fold(text).
  std::uint64_t code_hash = 0;    // Hash of the code without whitespace/semicolons (0 when none).
  std::uint64_t chunks_hash = 0;  // Hash of the sorted code-like chunks (0 when none).
  bool code_dependent = false;    // The text refers to attached code ("the following code").
  char form = 0;                  // The form of question of its first question word (see question_form()).
  std::string marker;             // The first directional word, or "".
  std::vector<RawToken> tokens;   // Content tokens in text order.
};

// One interned content token.
struct DedupToken {
  std::uint32_t stem = 0;  // Vocab id of the stem.
  std::uint32_t word = 0;  // Vocab id of the surface word.
  std::uint8_t flags = 0;  // TokenFlag bits.
  Role role = Role::kSignificant;  // Set by assign_roles().
};

// Everything dedup needs to know about one record.
struct DedupFeatures {
  std::uint32_t lang = 0;          // Vocab id of the language code.
  std::uint64_t folded_hash = 0;   // See RawFeatures.
  std::uint64_t code_hash = 0;     // See RawFeatures.
  std::uint64_t chunks_hash = 0;   // See RawFeatures.
  bool code_dependent = false;     // See RawFeatures.
  char form = 0;                   // See RawFeatures.
  std::uint32_t marker = 0;        // Vocab id of the directional word (0 = none; id 0 is "").
  std::uint16_t significant = 0;   // Number of significant tokens.
  std::vector<DedupToken> tokens;  // Content tokens in text order.
};

// Computes the raw features of one record (thread-safe).
RawFeatures extract_features(const Question& q);

// Interns raw features.
DedupFeatures intern_features(RawFeatures&& raw, const std::string& lang, Vocab& vocab);

// Decides roles from built-in lists and, for large banks, word frequencies.
void assign_roles(std::vector<DedupFeatures>& feats, const Vocab& vocab, const DedupOptions& options);

// Decides whether two records ask the same question.
MatchVerdict verify(const DedupFeatures& a, const DedupFeatures& b, const Vocab& vocab, const DedupOptions& options,
                    bool explain);

// Returns the blocking keys of a record: records that can match share at least one key.
std::vector<std::uint64_t> block_keys(const DedupFeatures& f, const Vocab& vocab, const DedupOptions& options);

// True for built-in context words that are often appended to a question ("python", "javascript", ...).
bool is_context_word(std::string_view stem);

// True for prepositions that introduce a trailing context phrase ("in", "в", "en", ...).
bool is_context_preposition(std::string_view word);

// True for directional words whose two sides must not be swapped ("to", "into", "from", "в", ...).
bool is_directional(std::string_view word);

// Returns the form of question a folded question word asks ('w' what, 'l' which, 'y' why, 'h' how,
// 'n' when, 'r' where), or 0 for other words.
char question_form(std::string_view word);

// True when a folded question refers to code attached to it ("the following code", "输出").
bool refers_to_code(std::string_view folded);

// Merges a cluster of records (first = seed) into one record following the documented policy; the members'
// sources are moved out.
Question merge_cluster(std::vector<Question*>& members, bool keep_seed_text = false);

// A compact multimap from 64-bit keys to cluster numbers, at most `cap` clusters per key.
class KeyIndex {
 public:
  // Creates an empty index.
  explicit KeyIndex(std::uint32_t cap) : cap_(cap) {}
  // Adds cluster c under key k unless the key already holds cap clusters.
  void add(std::uint64_t k, std::uint32_t c);
  // Appends the clusters stored under key k to out.
  void find(std::uint64_t k, std::vector<std::uint32_t>& out) const;

 private:
  // Doubles the table and reinserts every entry.
  void grow();
  std::vector<std::uint64_t> keys_;       // Slot keys.
  std::vector<std::uint32_t> clusters_;   // Slot clusters; UINT32_MAX marks an empty slot.
  std::size_t used_ = 0;
  std::uint32_t cap_;
};

}  // namespace qbank::detail
