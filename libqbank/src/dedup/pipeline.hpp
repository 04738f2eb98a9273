#pragma once
// Internal stages of dedup after feature extraction: canonical ordering, greedy clustering, streaming output.

#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>
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
  std::vector<MergeExplanation> kept_apart;    // One per candidate pair kept apart when options.explain_rejected is set.
};

// Places records greedily in placement order (the `fixed` bank records first, then `order`): each joins the
// best-matching cluster among those sharing a blocking key — it must match the cluster's seed and every
// variant the cluster already holds, so a bare "What is a slice?" never gathers "... in Go" and "... in Rust"
// — or starts one (bank records always start one). A record identical after folding to a seed or variant
// joins without comparison. Records that share no key, directly or through others, never meet, so the
// records are split into such groups, each placed on its own (in placement order, on several threads, its
// records one after another while their clusters are in cache); the result equals one pass in order.
class Clusterer {
 public:
  // Clusters over the given features; out receives the result.
  Clusterer(const std::vector<Question>& recs, const FeatureTable& features, const DedupOptions& options,
            Clustering& out);
  // Places the bank records [0, fixed) as seeds, then the records of order, in that order.
  void run(std::size_t fixed, const std::vector<std::uint32_t>& order);

 private:
  // The blocking keys of a run of records, back to back.
  struct KeyBatch {
    std::vector<std::uint64_t> keys;  // All keys, each record's contiguous and ascending.
    std::vector<std::uint32_t> end;   // By batch entry: where its keys end.

    // Returns the keys of batch entry i.
    std::span<const std::uint64_t> of(std::size_t i) const {
      std::size_t from = i == 0 ? 0 : end[i - 1];
      return {keys.data() + from, end[i] - from};
    }
  };
  // The state of one placing thread; clusters are named by their seed's placement position.
  struct Worker {
    std::vector<std::uint32_t> seeds;         // The clusters of the group being placed (small groups).
    KeyIndex index{256};                      // Keys of the clusters of the group being placed (large groups).
    bool indexed = false;                     // The group is large: candidates come from index.
    std::span<const std::uint32_t> chunk;     // The positions of the chunk being placed, for prefetching.
    std::vector<std::uint32_t> cands;         // Candidate clusters of the record being placed, ascending.
    std::vector<std::pair<std::uint32_t, MergeExplanation>> explanations;  // By placement position.
    std::vector<std::pair<std::uint32_t, MergeExplanation>> kept_apart;    // By placement position.
  };
  // Groups of up to this many records find candidates by comparing key lists; larger ones use a key index,
  // which keeps at most 256 clusters per key.
  static constexpr std::size_t kScanGroup = 64;
  static constexpr std::size_t kKeyBatch = 1 << 14;  // Records per KeyBatch.
  // Returns the keys of record r (ascending).
  std::span<const std::uint64_t> keys_of(std::size_t r) const { return keys_[r / kKeyBatch].of(r % kKeyBatch); }
  // Computes the blocking keys of every record, in record order (the order features are stored in).
  void compute_keys();
  // Returns, by record, the first record of its group (records linked by shared keys, directly or not).
  std::vector<std::uint32_t> groups() const;
  // Places the records of one group (positions ascending), which start at index `at` of w.chunk.
  void place_group(Worker& w, std::span<const std::uint32_t> positions, std::size_t at);
  // Starts a cluster seeded by the record at position p.
  void seed(Worker& w, std::uint32_t p);
  // Adds the record at position p to the best matching cluster among w.cands, or seeds a new one.
  void place(Worker& w, std::uint32_t p);
  // True when two records are identical after folding (same language and code).
  static bool identical(FeatureView a, FeatureView b);
  // Returns an explanation of record r against the cluster seeded at position c.
  MergeExplanation explanation(std::uint32_t r, std::uint32_t c, MatchVerdict verdict) const;

  const std::vector<Question>& recs_;
  const FeatureTable& ft_;
  const DedupOptions& opt_;
  Clustering& out_;
  static constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
  static constexpr std::size_t kMaxVariants = 32;  // Variants a cluster keeps for comparison (copies need none).
  std::size_t fixed_ = 0;                  // Bank records: positions [0, fixed_) only start clusters.
  std::vector<KeyBatch> keys_;             // Keys by record, kKeyBatch records per batch.
  std::vector<std::uint32_t> rep_next_;    // By record: the next variant of its cluster after it (kNone: last);
                                           // a cluster's chain starts at its seed.
};

// Each cluster's members in placement order (seed first), as one array sliced by cluster.
struct MemberLists {
  std::vector<std::uint32_t> start;    // By cluster: first position in `records`; one extra entry at the end.
  std::vector<std::uint32_t> records;  // Member record indexes.

  // Returns cluster c's members.
  std::span<const std::uint32_t> of(std::size_t c) const {
    return {records.data() + start[c], static_cast<std::size_t>(start[c + 1] - start[c])};
  }
  // How many clusters there are.
  std::size_t size() const { return start.empty() ? 0 : start.size() - 1; }
};

// The folded text (fold()) of every record, in record order, back to back.
class FoldedTexts {
 public:
  // Reserves room for about this many bytes of text and this many records.
  void reserve(std::size_t bytes, std::size_t records) {
    chars_.reserve(bytes);
    ends_.reserve(records);
  }
  // Appends the next record's folded text.
  void add(std::string_view folded) {
    chars_.append(folded);
    ends_.push_back(chars_.size());
  }
  // How many records it holds.
  std::size_t size() const { return ends_.size(); }
  // Returns record r's folded text.
  std::string_view of(std::size_t r) const {
    std::size_t begin = r == 0 ? 0 : ends_[r - 1];
    return std::string_view(chars_).substr(begin, ends_[r] - begin);
  }

 private:
  std::string chars_;              // The texts, back to back.
  std::vector<std::size_t> ends_;  // By record: where its text ends in chars_.
};

// Work on the finished clusters before they are merged and handed out (cross-language links, in xlang/).
class ClusterAnnotator {
 public:
  virtual ~ClusterAnnotator() = default;
  // Where dedup leaves every record's folded text before prepare() (nullptr: the annotator needs none).
  virtual FoldedTexts* folded_texts() { return nullptr; }
  // Called once before the sink's begin() with every record and each cluster's members; the first `fixed`
  // clusters are the bank's (they keep their seed's text and id, see merged_view()).
  virtual Status prepare(const std::vector<Question>& recs, const MemberLists& members, std::size_t fixed) = 0;
  // Called with cluster c's merged record just before it goes to the sink.
  virtual void annotate(std::uint32_t c, Question& record) = 0;
};

// Merges every cluster and hands the results to sink in output order (bank clusters first, then by earliest
// source); input records are released once their cluster is out. `fixed` bank clusters keep their seed.
// An annotator (nullptr: none) sees the clusters first and each merged record before the sink.
Status emit_clusters(std::vector<Question>& recs, Clustering& cl, const std::vector<SourceRank>& src,
                     std::size_t fixed, const DedupOptions& options, DedupSink& sink,
                     ClusterAnnotator* annotator = nullptr);

// dedup(input, sink, options) with an annotator of the clusters (nullptr: none).
[[nodiscard]] Status dedup_annotated(DedupInput input, DedupSink& sink, const DedupOptions& options,
                                     ClusterAnnotator* annotator);

}  // namespace qbank::internal
