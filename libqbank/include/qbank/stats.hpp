#pragma once
// Counting a bank: records by language, topic and source file, and how many have answers and code.
//
//   qbank::Stats stats;
//   for (const auto& q : records) stats.add(q);
//   std::cout << stats.to_text();

#include "qbank/api.hpp"

#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "qbank/question.hpp"

namespace qbank {

// Counts accumulated over a stream of records.
struct QBANK_EXPORT Stats {
  std::size_t records = 0;       // Records seen.
  std::size_t with_answer = 0;   // Records whose answer is present.
  std::size_t with_code = 0;     // Records whose code is present.
  std::size_t with_choices = 0;  // Records with multiple-choice options.
  std::size_t with_tags = 0;     // Records with at least one tag.
  std::size_t merged = 0;        // Records that stand for more than one source.
  std::size_t sources = 0;       // Source variants over all records.
  std::map<std::string, std::size_t> by_lang;   // Records per language code.
  std::map<std::string, std::size_t> by_topic;  // Records per topic ("(none)" when null).
  std::map<std::string, std::size_t> by_file;   // Source variants per input file.
  std::map<std::string, std::size_t> by_tag;    // Records per tag.
  // Up to max_examples merged records: (shown text, the other variants' texts with file:line).
  std::vector<std::pair<std::string, std::vector<std::string>>> merged_examples;
  std::size_t max_examples = 10;                // How many merged examples to keep (default 10).

  // Adds one record to the counts.
  void add(const Question& q);
  // Formats the counts as a plain-text report, largest groups first.
  std::string to_text() const;
  // Formats the counts as one JSON object.
  std::string to_json() const;
  // Formats the counts as Markdown tables, with examples of merged duplicates.
  std::string to_markdown() const;
};

}  // namespace qbank
