#pragma once
// Internal stages of dedup after feature extraction: canonical ordering, greedy clustering, streaming output.

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "dedup/features.hpp"
#include "qbank/dedup.hpp"

namespace qbank::internal {

// A record's earliest source as a rank among all source file names and a line, for cheap ordering.
struct SourceRank {
  std::uint32_t file = std::numeric_limits<std::uint32_t>::max();  // File name rank; max when no source.
  std::int64_t line = 0;                                           // The line (0 when no source).

  // Orders by file name, then line; a record without sources sorts last.
  bool operator<(const SourceRank& o) const { return file != o.file ? file < o.file : line < o.line; }
};

// Returns each record's earliest source (by file name, then line) as a SourceRank.
std::vector<SourceRank> source_ranks(const std::vector<Question>& recs);

// Orders the indexes of records [from, size) canonically (id, earliest source, text, JSON) so clustering
// does not depend on input order.
std::vector<std::uint32_t> canonical_order(const std::vector<Question>& recs, const std::vector<SourceRank>& src,
                                           std::size_t from);

// The clusters dedup found.
struct Clustering {
  std::vector<std::uint32_t> cluster_of;  // By record index: its cluster.
  std::vector<std::uint32_t> seed;        // By cluster: the record that started it.
  std::vector<std::uint32_t> sequence;    // Records in the order they were placed (each cluster's seed first).
  std::vector<MergeExplanation> explanations;  // One per absorbed variant when options.explain is set.
};

// Places records greedily in the given order: each joins the best-matching cluster among those sharing a
// blocking key, or starts one (seed_only: always starts one, for an existing bank).
class Clusterer {
 public:
  // Clusters over the given features; out receives the result.
  Clusterer(const std::vector<Question>& recs, const FeatureTable& features, const DedupOptions& options,
            Clustering& out);
  // Places the records of order, in that order.
  void run(const std::vector<std::uint32_t>& order, bool seed_only);

 private:
  // The blocking keys of a batch of records, back to back.
  struct KeyBatch {
    std::vector<std::uint64_t> keys;  // All keys, each record's contiguous.
    std::vector<std::size_t> end;     // By batch entry: where its keys end.

    // Returns the keys of batch entry i.
    std::span<const std::uint64_t> of(std::size_t i) const {
      std::size_t from = i == 0 ? 0 : end[i - 1];
      return {keys.data() + from, end[i] - from};
    }
  };
  // Computes the blocking keys of records [lo, lo + n) of order into batch.
  void compute_keys(const std::vector<std::uint32_t>& order, std::size_t lo, std::size_t n, KeyBatch& batch) const;
  // Starts a cluster seeded by record r.
  void seed(std::uint32_t r, std::span<const std::uint64_t> keys);
  // Adds record r to the best matching cluster, or seeds a new one.
  void place(std::uint32_t r, std::span<const std::uint64_t> keys);

  const std::vector<Question>& recs_;
  const FeatureTable& ft_;
  const DedupOptions& opt_;
  Clustering& out_;
  KeyIndex index_{256};
  std::vector<std::uint32_t> cands_;
};

// Merges every cluster and hands the results to sink in output order (bank clusters first, then by earliest
// source); input records are released once their cluster is out. `fixed` bank clusters keep their seed.
Status emit_clusters(std::vector<Question>& recs, Clustering& cl, const std::vector<SourceRank>& src,
                     std::size_t fixed, const DedupOptions& options, DedupSink& sink);

}  // namespace qbank::internal
