#pragma once
// Combining banks: records from several files become one bank whose content and order do not depend on the
// order of the inputs; records with the same id (or, with dedup, near-duplicates) become one record that
// keeps every source.
//
//   std::vector<qbank::Question> all = read(a) + read(b);
//   qbank::MergeOptions opt;
//   opt.answer = qbank::FieldPolicy::kLongest;
//   auto res = qbank::merge(std::move(all), opt);
//   if (res.ok()) for (const auto& q : res->records) std::cout << qbank::to_json(q) << '\n';
//
// Canonical order: every record is keyed by its earliest source (file name, then line, byte-wise), then by
// id, then by its JSON form. Inputs are sorted by that key before anything else happens, so "first" means
// first in canonical order (not first on the command line), and the output is sorted by the same key.

#include "qbank/api.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "qbank/dedup.hpp"
#include "qbank/question.hpp"
#include "qbank/status.hpp"

namespace qbank {

// How one field of a merged record is chosen from the records it stands for (null/blank values ignored).
enum class FieldPolicy {
  kFirst,       // The value of the first record in canonical order.
  kLongest,     // The longest value (in characters); ties go to the first in canonical order.
  kMostCommon,  // The most frequent value; ties go to the first in canonical order.
};

// Parses "first", "longest" or "most-common" (also "most_common"); anything else is InvalidArgument.
QBANK_EXPORT Result<FieldPolicy> parse_field_policy(std::string_view name);

// The name of a policy as parse_field_policy accepts it.
QBANK_EXPORT std::string_view field_policy_name(FieldPolicy policy);

// Options for merge().
struct QBANK_EXPORT MergeOptions {
  FieldPolicy topic = FieldPolicy::kMostCommon;  // How the topic is chosen (default: most common).
  FieldPolicy answer = FieldPolicy::kLongest;    // How the answer is chosen (default: longest).
  bool dedup = false;           // Also merge near-duplicates with qbank::dedup (default off: only equal ids).
  DedupOptions dedup_options;   // Options passed to qbank::dedup when dedup is set (default: its defaults).
};

// What merge() produced.
struct QBANK_EXPORT MergeResult {
  std::vector<Question> records;  // The merged bank, in canonical order.
  std::size_t input_records = 0;  // How many records came in.
};

// Merges records into a bank. Records that share an id (or, with options.dedup, that qbank::dedup puts in
// one cluster) become one record: text, id, code and choices from the first record (dedup's choice when
// deduplicating), topic and answer by the policies, tags and notes united in canonical order, language the
// first one that is not "und", sources of every record (exact repeats dropped), extension fields united
// with the first value kept. The result is the same, byte for byte, for any order of the input records.
QBANK_EXPORT Result<MergeResult> merge(std::vector<Question> records, const MergeOptions& options = {});

}  // namespace qbank
