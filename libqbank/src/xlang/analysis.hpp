#pragma once
// A record as cross-language evidence: its question form, the concepts and anchors of its text, its code.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "qbank/question.hpp"
#include "qbank/xlang.hpp"
#include "xlang/transliteration.hpp"

namespace qbank::internal {

// One piece of a question's content.
struct XUnit {
  enum Kind : std::uint8_t { kConcept, kWord, kNumber, kSymbol };
  Kind kind = kWord;
  bool after = false;                   // True when it follows the first directional word ("to", "в").
  std::span<const std::uint16_t> concepts;  // kConcept: the glossary concepts it may name (the glossary's own).
  std::string text;                     // The folded text as written.
  std::string stem;                     // kWord: its stem; matching words share text or stem.
  std::string skeleton;                 // kWord: its consonant skeleton ("" when too short or not Latin/Cyrillic).
  std::string bare;                     // kWord: a Latin word without its marks ("" when it has none); words of
                                        // kMinBare or more letters match by it ("perú" / "peru").
  SkeletonScript script = SkeletonScript::kNone;  // kWord: the script of the skeleton; words with one skeleton
                                                  // match, across the two scripts ("колбэк" / "callback") or in
                                                  // one ("brazil" / "brasil").
  std::string coarse;                   // kWord: coarse_skeleton() of the skeleton ("" when it has none).
};

// The fields of a record that linking reads.
struct LinkItem {
  const std::string* id = nullptr;                    // Its id.
  const std::string* lang = nullptr;                  // Its language.
  const std::string* text = nullptr;                  // Its text.
  const std::optional<std::string>* code = nullptr;   // Its code.
  const std::vector<std::string>* choices = nullptr;  // Its choices.
  std::optional<std::string_view> folded;             // fold() of its text rewritten by ascii_digits() when known already, else none.
};

// The link fields of a record.
inline LinkItem item_of(const Question& q) { return {&q.id, &q.lang, &q.text, &q.code, &q.choices, std::nullopt}; }

// Everything linking needs to know about one record.
struct XAnalysis {
  char form = 0;                    // The question form (see GlossaryEntry::form), 0 when none.
  bool split = false;               // True when a directional word divides the content.
  std::vector<XUnit> units;         // The content, in text order.
  bool has_code = false;            // True when the record has code.
  std::uint64_t code_hash = 0;      // Hash of the code without whitespace and ';'.
  std::vector<std::uint64_t> code_tokens;  // Sorted distinct hashes of the Latin-script tokens of code and choices.
  // The next two are filled for records with code only.
  std::vector<std::uint64_t> text_anchors;  // Sorted hashes of the text's code-like tokens: inside backticks, and
                                            // any ASCII word in a text of a non-Latin script.
  std::vector<std::uint64_t> text_ascii;    // Sorted hashes of every ASCII token of the text.
};

// How much of a record analyze() works out.
enum class AnalysisDepth {
  kKeys,  // What the linking index needs: code and its tokens, or else text units whose plain words carry no stem.
  kFull,  // Everything verify_link() reads.
};

// Analyses one record's text, code and choices to the given depth.
XAnalysis analyze(const LinkItem& q, AnalysisDepth depth = AnalysisDepth::kFull);

// Compares two analysed records of different languages; evidence is filled when explain is set.
LinkVerdict verify_link(const XAnalysis& a, const XAnalysis& b, double code_overlap, bool explain);

}  // namespace qbank::internal
