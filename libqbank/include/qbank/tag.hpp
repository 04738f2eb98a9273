#pragma once
// Labelling records from rules: each rule adds a tag when its RE2 pattern matches the folded question
// text (or its folded topic), optionally only for some languages or topics. A default rule set for common
// interview domains (python, sql, http, git, docker, ...) in English, Russian, Ukrainian, Spanish,
// Chinese and more is compiled into the library.
//
//   qbank::TagOptions opt;                                // default rules on
//   opt.rules.push_back({"needs_review", "\\?\\s*\\?"});
//   auto tagger = qbank::Tagger::compile(opt);
//   if (!tagger.ok()) return tagger.status();
//   for (auto& q : records) tagger->apply(q);
//
// Tags take the Anki form: lowercase, no whitespace, hierarchy as "a::b", no repeats.

#include "qbank/api.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "qbank/question.hpp"
#include "qbank/status.hpp"

namespace qbank {

// One tagging rule, as written in a rules file: {"tag": ..., "pattern": ..., "lang": ..., "topic": ...}.
struct QBANK_EXPORT TagRule {
  std::string tag;                 // The tag to add (normalised with normalize_tag when compiled).
  std::string pattern;             // RE2 pattern tried on the folded text (and folded topic); "" always matches.
  std::vector<std::string> langs;  // Apply only to records in these languages (default empty: any).
  std::string topic;               // RE2 pattern the folded topic must match for the rule to apply
                                   // (default "": any topic, or none).
  std::string origin;              // Where the rule came from, for messages ("rules.json: rules[3]",
                                   // "--add 'sql'"); default "": named by its index.
};

// Parses a rules document (UTF-8, with or without a BOM): a JSON array of rule objects, or an object whose
// "rules" member is one. "lang" may be a string or an array of strings; a "comment" member is ignored;
// anything else is an error. Errors name the origin and the rule ("rules.json: rules[3].pattern: invalid
// pattern '(': missing ): (").
QBANK_EXPORT Result<std::vector<TagRule>> parse_tag_rules(std::string_view json, const std::string& origin);

// Reads and parses a rules file; errors name the file and the rule index.
QBANK_EXPORT Result<std::vector<TagRule>> load_tag_rules(const std::string& path);

// The default rule set compiled into the library (libqbank/data/tags/default_rules.json).
QBANK_EXPORT const std::vector<TagRule>& default_tag_rules();

// The text of the default rule set as shipped, so users can copy and edit it.
QBANK_EXPORT std::string_view default_tag_rules_json();

// Normalises a tag to Anki form: folded to lowercase; hierarchy levels split on "::"; in each level
// whitespace and punctuation other than "-", "+", "#" and "." become a single "_", trimmed at the ends;
// empty levels dropped. Returns "" when nothing is left. "Unix & Networking" -> "unix_networking".
QBANK_EXPORT std::string normalize_tag(std::string_view tag);

// Turns a topic heading into a tag: like normalize_tag, and " / ", " > " and "::" between words become the
// hierarchy separator. "Python Basics" -> "python_basics"; "Python / OOP" -> "python::oop".
QBANK_EXPORT std::string topic_to_tag(std::string_view topic);

// Options for a Tagger.
struct QBANK_EXPORT TagOptions {
  bool default_rules = true;          // Use the built-in rule set (default on).
  std::vector<TagRule> rules;         // Further rules, applied after the defaults (default none).
  std::vector<std::string> remove;    // Tags removed after tagging, with their children ("python" also
                                      // drops "python::gil"); normalised first (default none).
  bool topic_tags = false;            // Add the record's topic as a tag via topic_to_tag (default off).
  bool match_topic = true;            // Also try rule patterns on the folded topic, so a question under an
                                      // "SQL" heading gets "sql" (default on).
};

// A compiled rule set: all patterns run as one RE2::Set pass over the folded text, so tagging a record
// costs one fold and one scan whatever the number of rules. Not thread-safe (it caches per-topic results);
// use one Tagger per thread.
class QBANK_EXPORT Tagger {
 public:
  // Compiles the options; a bad pattern or an empty tag is InvalidArgument quoting RE2's message.
  static Result<Tagger> compile(const TagOptions& options);

  Tagger(Tagger&&) noexcept;
  Tagger& operator=(Tagger&&) noexcept;
  ~Tagger();

  // Normalises the record's existing tags, adds the tags of matching rules (and the topic tag), removes
  // the tags to remove; returns how many tags were added.
  std::size_t apply(Question& q);

  // The number of compiled rules.
  std::size_t rule_count() const;

 private:
  struct Impl;
  explicit Tagger(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace qbank
