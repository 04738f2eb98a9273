#pragma once
// Near-duplicate clustering: records that ask the same question in the same language become one record
// that lists every variant it absorbed in sources.
//
//   qbank::DedupOptions opt;
//   auto res = qbank::dedup(std::move(records), opt);
//   if (res.ok()) for (const auto& q : res->records) std::cout << qbank::to_json(q) << '\n';
//
// How two records are compared (qbank::compare): same language (a text marked English whose stop words
// belong to another Latin language only is compared in the language detected from its text, parentheses
// aside; a Cyrillic word is a stop word when Russian or Ukrainian lists it); equal code when both have code (and code
// on both sides when the text refers to it: "the following code"); equal code-like chunks; the same form of
// question when both have a question word ("what is X" / "which X" / "why X" / "how X" differ; "Explain X"
// asks "What is X?"; a comparison — "X vs Y", "difference between X and Y", "Чем X отличается от Y" — is a
// form of its own in which the order of X and Y is free). Then every content word (stop words dropped) must
// find a partner on the other side: the same word, another form of it (equal Snowball stems whose endings are
// inflections, a Russian/Ukrainian inflectional ending or fleeting vowel (список/списком), an irregular plural
// (indices, Indizes) — never a mere shared prefix: процесс/процессор, class/classification differ), or a
// one-letter typo in a word of 8+ letters that keeps its first letter (synchronous/asynchronous differ); a
// comparison cue misspelt by one letter ("differnce") still makes a comparison. Chinese function words
// (的 是 什么 区别 ...) are cut out of Han runs (the rest compared as character bigrams), a change of script
// ends a word ("REST란", "CIとは"), a Japanese hiragana run is a particle unless it asks (なぜ) or negates
// (ない), and a Korean word loses its particle ("클로저란" is "클로저").
// Negations ("not", "n't", "не", "nicht"), words like "without", numbers, operators and keywords of a query
// or programming language (backticked, called as in "any()", or an upper-case stop word in a mixed-case text:
// `is`, `in`, WHERE, ON) are content, matched exactly (a keyword also matches the same word written plainly).
// Only three kinds of words may lack a partner: a parenthesised gloss of up to six words that is not a
// question ("(Cross-Origin Resource Sharing)"), a context after a preposition ("in Python", "в Python",
// "en Java") and built-in context words ("python"). Even those may be left out only when ONE side lacks
// them: when both sides carry something unmatched ("in Go" / "in Rust", "(in-order)" / "(post-order)"), the
// questions differ, and when both fill the first context slot or the first parenthesis, they must fill it
// alike. Every directional word ("to", "from", "в", "em", "转换为") opens a place, and a matched word must
// keep its place ("from X to Y" is not "from Y to X", but is "to Y from X"; a gloss or context has no
// place). Words
// frequent in the bank must still match but are left out of the candidate index.
// Candidates come from an inverted index on each record's distinguishing-word signature (plus typo-tolerant
// variants), so the work grows linearly. A record joins a cluster only if it matches the seed and every
// variant the cluster holds (up to 32), so a bare "What is a slice?" never gathers "... in Go" and "... in
// Rust"; a copy identical after folding to a seed or variant joins without any comparison, so repetition
// costs nothing extra. Out of memory and any other failure is an error Status, never an exception.

#include "qbank/api.hpp"

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "qbank/file.hpp"
#include "qbank/question.hpp"
#include "qbank/status.hpp"

namespace qbank {

// Options for dedup(); the defaults suit question banks of any size.
struct QBANK_EXPORT DedupOptions {
  unsigned threads = 0;           // Worker threads for features, blocking keys and clustering (default 0: all cores).
  bool explain = false;           // Fill DedupResult::explanations with one entry per merge (default off).
  bool explain_rejected = false;  // Fill DedupResult::kept_apart with one entry per candidate pair that was
                                  // compared and kept apart, saying what differed (default off).
  double common_fraction = 0.04;  // A word in more than this share of records is not used for blocking (default 4%),
                                  // applied only when the bank has at least min_records_for_frequency records.
  std::size_t min_records_for_frequency = 500;  // Below this size only built-in word lists decide (default 500).
  bool typos = true;              // Accept a one-letter typo in words of 7+ letters (default on).
};

// The verdict of comparing two records.
struct QBANK_EXPORT MatchVerdict {
  bool same = false;       // True when the records ask the same question.
  double score = 0.0;      // Share of content weight matched on both sides (1.0 = identical content).
  std::string evidence;    // Why: matched, fuzzy and ignored words, or what differs.
};

// One merge (or, in DedupResult::kept_apart, one candidate pair kept apart), for --explain.
struct QBANK_EXPORT MergeExplanation {
  std::string cluster_id;  // The id of the record the variant was merged into (or compared with).
  std::string kept_text;   // The text the cluster was seeded with.
  std::string merged_text; // The text of the absorbed (or rejected) variant.
  std::string merged_from; // "file:line" of that variant.
  MatchVerdict verdict;    // Score and evidence: what matched and what was left out, or what differed.
};

// Cluster membership: which input records became which output record.
struct QBANK_EXPORT ClusterMembership {
  std::string id;                       // The output record's id.
  std::vector<std::size_t> members;     // Indexes of the input records (in input order) it absorbed.
};

// What dedup produced.
struct QBANK_EXPORT DedupResult {
  std::vector<Question> records;               // Merged records, in order of first appearance in the input.
  std::vector<ClusterMembership> clusters;     // One entry per output record.
  std::vector<MergeExplanation> explanations;  // One entry per absorbed variant when options.explain is set.
  std::vector<MergeExplanation> kept_apart;    // One entry per candidate pair kept apart when
                                               // options.explain_rejected is set.
  std::size_t input_records = 0;               // How many records came in.
};

// What a streaming dedup() knows before its first record.
struct QBANK_EXPORT DedupSummary {
  std::size_t input_records = 0;               // How many records came in.
  std::size_t output_records = 0;              // How many merged records will follow.
  std::vector<MergeExplanation> explanations;  // One entry per absorbed variant when options.explain is set.
  std::vector<MergeExplanation> kept_apart;    // Candidate pairs kept apart when options.explain_rejected is set.
};

// One merged record handed out by a streaming dedup(), in output order.
struct QBANK_EXPORT DedupOutput {
  Question& record;                             // The merged record; the sink may move from it.
  const ClusterMembership& cluster;             // Its id and the input indexes it absorbed (ascending).
  const std::vector<const Question*>& inputs;   // Those input records as read (ids filled in), in the order of
                                                // cluster.members; for a cluster of one, &record itself.
};

// Receives the output of a streaming dedup(): a summary, then every merged record in order.
class QBANK_EXPORT DedupSink {
 public:
  virtual ~DedupSink() = default;
  // Called once before the first record; an error stops dedup() and is returned.
  virtual Status begin(DedupSummary& summary) = 0;
  // Called for each merged record in output order; an error stops dedup() and is returned.
  virtual Status add(DedupOutput& output) = 0;
  // Called with consecutive merged records in output order; the default calls add() for each in turn.
  virtual Status add_batch(std::span<DedupOutput> outputs) {
    for (auto& o : outputs)
      if (Status s = add(o); !s.ok()) return s;
    return Status::Ok();
  }
};

// Appends one cluster's membership as a line of JSON (schemas/README.md, "Cluster lines"):
// {"id": cluster id, "size": n, "members": [{"id", "file", "line", "text"}, ...]} and a newline.
QBANK_EXPORT void append_cluster_json(std::string& out, const DedupOutput& output);

// A DedupSink that writes the merged records as JSONL and, optionally, their cluster lines
// (append_cluster_json), formatting each batch on several threads. When both outputs are stdout, every
// cluster line comes first. Nothing is committed until finish(). Derive from it to act in begin() (call
// JsonlDedupWriter::begin too).
class QBANK_EXPORT JsonlDedupWriter : public DedupSink {
 public:
  // Writes records to records and cluster lines to clusters (nullptr: none), formatting on up to threads
  // threads (0: all cores); both outputs must outlive the writer.
  JsonlDedupWriter(OutputFile& records, OutputFile* clusters, unsigned threads = 0);
  ~JsonlDedupWriter() override;
  JsonlDedupWriter(const JsonlDedupWriter&) = delete;
  JsonlDedupWriter& operator=(const JsonlDedupWriter&) = delete;

  // Accepts the summary; writes nothing.
  Status begin(DedupSummary& summary) override;
  // Writes one record and its cluster line.
  Status add(DedupOutput& output) override;
  // Formats a batch on the threads, then writes it in order.
  Status add_batch(std::span<DedupOutput> outputs) override;
  // Writes what was held back and commits the outputs (cluster lines first).
  [[nodiscard]] Status finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Compares two records with the bank-independent rules (built-in word lists only).
QBANK_EXPORT MatchVerdict compare(const Question& a, const Question& b, const DedupOptions& options = {});

// What dedup works on: new records, and optionally an existing bank that they are added to.
struct QBANK_EXPORT DedupInput {
  std::vector<Question> bank;     // An existing bank (default empty): its records keep their ids and order, are
                                  // never merged with each other, and absorb the new records that match them.
  std::vector<Question> records;  // The records to deduplicate (among themselves and against the bank).

  // No records.
  DedupInput() = default;
  // New records only: dedup(records) deduplicates them among themselves.
  DedupInput(std::vector<Question> new_records) : records(std::move(new_records)) {}  // NOLINT(google-explicit-constructor)
  // New records only, listed in place: dedup({a, b, c}).
  DedupInput(std::initializer_list<Question> new_records) : records(new_records) {}
  // New records added to an existing bank.
  DedupInput(std::vector<Question> existing_bank, std::vector<Question> new_records)
      : bank(std::move(existing_bank)), records(std::move(new_records)) {}
};

// Word statistics of a whole bank, for deduplicating a part of it exactly as within the whole: roles (which
// words are too common to block on) come from these instead of from the records at hand.
struct QBANK_EXPORT WordStatistics {
  std::size_t records = 0;                // Records in the whole bank, existing and new (default 0).
  std::vector<std::string> common_stems;  // Sorted stems found in more than DedupOptions::common_fraction of
                                          // those records (default none).
};

// Clusters near-duplicate records and merges each cluster into one record. The result does not depend on
// the order of the input records; nothing is dropped (every input source appears in exactly one output).
// With a bank, the bank's records come first, in their order and with their ids; a new record that matches
// one of them is absorbed into it, the others are deduplicated among themselves and appended.
//
// Merge policy: the shown text is the most frequent variant (ties: capitalised, no markdown escapes,
// ending with punctuation, then the smallest id); tags are united; the longest answer is kept and the
// others noted; the topic is the most common one; the id is the smallest member id, so it is stable.
QBANK_EXPORT Result<DedupResult> dedup(DedupInput input, const DedupOptions& options = {});

// Like dedup(input, options), but hands each merged record to sink as soon as it is built instead of
// collecting them, so a large bank is never held twice; the records and their order are exactly the same.
[[nodiscard]] QBANK_EXPORT Status dedup(DedupInput input, DedupSink& sink, const DedupOptions& options = {});

// Like dedup(input, sink, options) on a part of a bank (for example one connected component of candidate
// pairs), deciding word roles from the whole bank's statistics, so each record is placed exactly as dedup
// of the whole bank places it.
[[nodiscard]] QBANK_EXPORT Status dedup(DedupInput input, DedupSink& sink, const DedupOptions& options,
                                        const WordStatistics& statistics);

}  // namespace qbank
