#pragma once
// Record selection: a compiled predicate over question records (language, topic, tags, sources, patterns,
// answer/code presence, length), built once and applied to each record of a stream.
//
//   qbank::FilterOptions opt;
//   opt.langs = {"ru"};
//   opt.match = "(?i)sql|join";
//   auto filter = qbank::Filter::compile(opt);
//   if (!filter.ok()) return filter.status();   // InvalidArgument quoting RE2's message
//   if (filter->matches(q)) keep(q);
//
// Patterns are RE2 (linear time, no backtracking), tested with a partial match: "sql" matches anywhere.

#include "qbank/api.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "qbank/question.hpp"
#include "qbank/status.hpp"

namespace qbank {

// What a filter requires of a record's answer.
enum class AnswerTest {
  kAny,      // The answer does not matter.
  kPresent,  // The record must have a non-blank answer.
  kAbsent,   // The record must have no answer (null or blank).
};

// The criteria of a filter; a record is selected when it passes every criterion that is set.
struct QBANK_EXPORT FilterOptions {
  std::vector<std::string> langs;    // Languages to keep ("en", "und"...); default empty: any language.
  std::string topic;                 // RE2 pattern the topic must match; records without a topic fail;
                                     // default "": the topic is not tested.
  std::vector<std::string> tags;     // Tags to look for; "python" also accepts "python::gil" (a child tag);
                                     // default empty: tags are not tested.
  bool all_tags = false;             // Require every tag in tags instead of any one (default false: any).
  std::vector<std::string> sources;  // fnmatch globs; a record passes when one glob matches one of its
                                     // sources' paths ("raw/*.md") or the last part of it, the file name
                                     // ("deck.csv" matches "raw/deck.csv"); default empty: not tested.
  std::string match;                 // RE2 pattern the text must match; default "": not tested.
  std::string exclude;               // RE2 pattern the text must not match; default "": not tested.
  bool fold = false;                 // Test match, exclude and topic on qbank::fold of the text and topic
                                     // (case-folded, look-alikes unified) instead of as written (default off).
  AnswerTest answer = AnswerTest::kAny;  // Answer requirement (default: any).
  bool has_code = false;             // Require a non-blank code field (default off).
  std::size_t min_words = 0;         // Keep records with at least this many words (default 0: no minimum).
  std::size_t max_words = 0;         // Keep records with at most this many words (default 0: no maximum).
  bool invert = false;               // Select the records that fail the criteria instead (default off).
};

// Counts the words of a text: runs of letters, digits, '_' and inner apostrophes/hyphens, where each
// CJK ideograph, kana or hangul syllable counts as one word ("输出是什么" is 5 words).
QBANK_EXPORT std::size_t count_words(std::string_view text);

// Returns one warning per option value that is well formed but can match no record: a language that is not
// a code records carry (is_language_code), with the code it probably means ("RU" -> "ru", "en-US" -> "en").
QBANK_EXPORT std::vector<std::string> filter_warnings(const FilterOptions& options);

// A compiled filter: patterns are parsed once, so matches() does no compilation and no allocation beyond
// folding when FilterOptions::fold is set.
class QBANK_EXPORT Filter {
 public:
  // Compiles the options; an invalid pattern yields InvalidArgument quoting RE2's error message, and so do
  // contradictory or malformed options (a blank language code, min_words above max_words).
  static Result<Filter> compile(const FilterOptions& options);

  Filter(Filter&&) noexcept;
  Filter& operator=(Filter&&) noexcept;
  ~Filter();

  // True when the record is selected (its pass/fail result, inverted when options.invert is set).
  bool matches(const Question& q) const;

 private:
  struct Impl;
  explicit Filter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace qbank
