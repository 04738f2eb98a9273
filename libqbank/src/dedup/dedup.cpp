// dedup(): parallel feature extraction, canonical ordering, greedy clustering, merging streamed to a sink.
#include "base/guarded.hpp"
#include "qbank/dedup.hpp"

#include <algorithm>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <exception>
#include <functional>
#include <new>

#include "dedup/features.hpp"
#include "dedup/pipeline.hpp"
#include "dedup/phase_timer.hpp"
#include "base/parallel.hpp"
#include "records/id_conflicts.hpp"

namespace qbank::internal {
namespace {

using internal::FeatureTable;

// Interns the raw features of records [lo, lo + n) in order; after the first batch, reserves room for all tokens.
void intern_batch(const std::vector<Question>& recs, std::vector<internal::RawFeatures>& raw, std::size_t lo,
                  std::size_t n, FeatureTable& ft, internal::FoldedTexts* folded) {
  for (std::size_t i = 0; i < n; ++i) {
    if (folded) folded->add(raw[i].folded);
    internal::intern_features(std::move(raw[i]), recs[lo + i].lang, ft);
  }
  if (lo == 0 && n < recs.size()) {  // Room for all tokens at once, judged by the first batch.
    double per_record = static_cast<double>(ft.tokens.size()) / static_cast<double>(n);
    ft.tokens.reserve(static_cast<std::size_t>(per_record * 1.25 * static_cast<double>(recs.size())) + 16);
  }
}

// Builds features (extracted in parallel batches, each interned in order while the next is extracted) and
// roles for all records; keeps every record's folded text in folded when given.
void prepare(const std::vector<Question>& recs, const DedupOptions& opt, const WordStatistics* global,
             FeatureTable& ft, internal::FoldedTexts* folded) {
  ft.vocab.intern("");  // Id 0 stands for "none".
  ft.records.reserve(recs.size());
  constexpr std::size_t kBatch = 1 << 14;  // Two batches are held at once.
  if (folded) {
    std::size_t bytes = 0;
    for (const Question& q : recs) bytes += q.text.size();
    folded->reserve(bytes + bytes / 16, recs.size());
  }
  std::vector<internal::RawFeatures> raw[2];
  const bool keep = folded != nullptr;
  auto extract = [&](std::size_t lo, std::size_t b) {
    raw[b].resize(std::min(kBatch, recs.size() - lo));
    internal::parallel_for(raw[b].size(), opt.threads,
                         [&](std::size_t i) { raw[b][i] = internal::extract_features(recs[lo + i], keep); });
  };
  if (!recs.empty()) extract(0, 0);
  std::size_t b = 0;
  bool overlap = internal::worker_count(opt.threads) > 1;
  for (std::size_t lo = 0; lo < recs.size(); lo += kBatch, b ^= 1) {
    internal::BackgroundTask next;  // Extracts the next batch while this thread interns this one.
    if (lo + kBatch < recs.size()) {
      if (overlap) overlap = next.start([&extract, lo, b] { extract(lo + kBatch, b ^ 1); });
      if (!overlap) extract(lo + kBatch, b ^ 1);  // One thread: extract here first.
    }
    intern_batch(recs, raw[b], lo, raw[b].size(), ft, folded);
    if (next.running()) next.join();
  }
  std::vector<internal::RawFeatures>().swap(raw[0]);
  std::vector<internal::RawFeatures>().swap(raw[1]);
#ifdef __GLIBC__
  malloc_trim(0);  // Hands the pages of the freed raw features back before the index grows.
#endif
  ft.vocab.freeze();
  internal::assign_roles(ft, opt, global);
}

// Clusters records: the first `fixed` (an existing bank) each start their own cluster, the rest are placed
// in canonical order; then streams the merged clusters to sink, through annotator when given. Word roles come
// from global when given.
Status run(std::vector<Question>& recs, std::size_t fixed, const DedupOptions& opt, const WordStatistics* global,
           DedupSink& sink, ClusterAnnotator* annotator) {
  internal::PhaseTimer timer("dedup");
  internal::Clustering clusters;
  std::vector<std::uint32_t> order = internal::canonical_order(recs, internal::source_ranks(recs), fixed);
  timer.lap("order");
  {
    FeatureTable ft;
    prepare(recs, opt, global, ft, annotator ? annotator->folded_texts() : nullptr);
    timer.lap("features");
    internal::Clusterer cl(recs, ft, opt, clusters);
    cl.run(fixed, order);
    timer.lap("cluster");
  }
  std::vector<std::uint32_t>().swap(order);
  std::vector<internal::SourceRank> src = internal::source_ranks(recs);  // Recomputed: not held while clustering.
  Status s = internal::emit_clusters(recs, clusters, src, fixed, opt, sink, annotator);
  timer.lap("output");
  return s;
}

// A sink that collects everything into a DedupResult.
class CollectSink : public DedupSink {
 public:
  explicit CollectSink(DedupResult& res) : res_(res) {}
  // Keeps the counts and explanations.
  Status begin(DedupSummary& summary) override {
    res_.input_records = summary.input_records;
    res_.explanations = std::move(summary.explanations);
    res_.kept_apart = std::move(summary.kept_apart);
    res_.records.reserve(summary.output_records);
    res_.clusters.reserve(summary.output_records);
    return Status::Ok();
  }
  // Keeps the record and its membership.
  Status add(DedupOutput& out) override {
    res_.records.push_back(std::move(out.record));
    res_.clusters.push_back(out.cluster);
    return Status::Ok();
  }

 private:
  DedupResult& res_;
};

// Fills in the id of records that have none (or a malformed one).
void fill_ids(std::vector<Question>& records, unsigned threads) {
  internal::parallel_for(records.size(), threads, [&](std::size_t i) {
    if (!is_valid_id(records[i].id)) records[i].id = compute_id(records[i]);
  }, 1 << 14);
}

// Runs dedup on input (bank first, then the new records) with word roles from global and the annotator when
// given.
Status dedup_with(DedupInput& input, DedupSink& sink, const DedupOptions& options, const WordStatistics* global,
                  ClusterAnnotator* annotator) {
  return guarded("dedup", [&] {
    std::vector<Question>& bank = input.bank;
    std::vector<Question>& incoming = input.records;
    fill_ids(incoming, options.threads);
    if (bank.empty()) {
      if (Status s = internal::check_id_conflicts(incoming); !s.ok()) return s;
      return run(incoming, 0, options, global, sink, annotator);
    }
    std::size_t fixed = bank.size();
    bank.reserve(bank.size() + incoming.size());
    for (auto& q : incoming) bank.push_back(std::move(q));
    std::vector<Question>().swap(incoming);
    if (Status s = internal::check_id_conflicts(bank); !s.ok()) return s;
    return run(bank, fixed, options, global, sink, annotator);
  });
}

}  // namespace

Status dedup_annotated(DedupInput input, DedupSink& sink, const DedupOptions& options, ClusterAnnotator* annotator) {
  return dedup_with(input, sink, options, nullptr, annotator);
}

}  // namespace qbank::internal

namespace qbank {

MatchVerdict compare(const Question& a, const Question& b, const DedupOptions& options) {
  MatchVerdict out;
  Status s = internal::guarded("dedup", [&] {
    internal::FeatureTable ft;
    ft.vocab.intern("");
    internal::intern_features(internal::extract_features(a), a.lang, ft);
    internal::intern_features(internal::extract_features(b), b.lang, ft);
    internal::assign_roles(ft, options);  // Two records: built-in word lists only.
    out = internal::verify(ft.view(0), ft.view(1), ft.vocab, options, true);
    return Status::Ok();
  });
  if (!s.ok()) out = {false, 0.0, s.message()};
  return out;
}

Status dedup(DedupInput input, DedupSink& sink, const DedupOptions& options) {
  return internal::dedup_with(input, sink, options, nullptr, nullptr);
}

Status dedup(DedupInput input, DedupSink& sink, const DedupOptions& options, const WordStatistics& statistics) {
  return internal::dedup_with(input, sink, options, &statistics, nullptr);
}

Result<DedupResult> dedup(DedupInput input, const DedupOptions& options) {
  DedupResult res;
  internal::CollectSink sink(res);
  if (Status s = dedup(std::move(input), sink, options); !s.ok()) return s;
  return res;
}

}  // namespace qbank

