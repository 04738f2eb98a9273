// Greedy clustering for dedup: blocking keys computed a batch ahead on a second thread, candidates from the key
// index, verification.
#include <algorithm>
#include <system_error>
#include <thread>

#include "dedup/pipeline.hpp"
#include "base/parallel.hpp"

namespace qbank::internal {

Clusterer::Clusterer(const std::vector<Question>& recs, const FeatureTable& features, const DedupOptions& options,
                     Clustering& out)
    : recs_(recs), ft_(features), opt_(options), out_(out) {
  out_.cluster_of.assign(recs.size(), 0);
  out_.sequence.reserve(recs.size());
}

void Clusterer::seed(std::uint32_t r, std::span<const std::uint64_t> keys) {
  auto c = static_cast<std::uint32_t>(out_.seed.size());
  out_.seed.push_back(r);
  out_.cluster_of[r] = c;
  for (auto k : keys) index_.add(k, c);
}

void Clusterer::place(std::uint32_t r, std::span<const std::uint64_t> keys) {
  cands_.clear();
  for (auto k : keys) index_.find(k, cands_);
  std::sort(cands_.begin(), cands_.end());
  cands_.erase(std::unique(cands_.begin(), cands_.end()), cands_.end());
  MatchVerdict best;
  std::int64_t best_c = -1;
  FeatureView fr = ft_.view(r);
  for (auto c : cands_) {
    MatchVerdict v = verify(fr, ft_.view(out_.seed[c]), ft_.vocab, opt_, false);
    if (v.same && v.score > best.score) best = v, best_c = c;
  }
  if (best_c < 0) return seed(r, keys);
  auto c = static_cast<std::uint32_t>(best_c);
  out_.cluster_of[r] = c;
  if (!opt_.explain) return;
  std::uint32_t s_index = out_.seed[c];
  best = verify(fr, ft_.view(s_index), ft_.vocab, opt_, true);
  const Question& s = recs_[s_index];
  const Question& q = recs_[r];
  std::string from = q.sources.empty() ? "" : q.sources[0].file + ":" + std::to_string(q.sources[0].line);
  out_.explanations.push_back({s.id, s.text, q.text, from, best});
}

void Clusterer::compute_keys(const std::vector<std::uint32_t>& order, std::size_t lo, std::size_t n,
                             KeyBatch& batch) const {
  batch.keys.clear();
  batch.end.clear();
  KeyScratch scratch;
  for (std::size_t i = 0; i < n; ++i) {
    block_keys(ft_.view(order[lo + i]), ft_, opt_, batch.keys, scratch);
    batch.end.push_back(batch.keys.size());
  }
}

void Clusterer::run(const std::vector<std::uint32_t>& order, bool seed_only) {
  constexpr std::size_t kBatch = 1 << 14;
  constexpr std::size_t kAhead = 16;             // Records whose index slots are prefetched ahead of placing.
  KeyBatch keys[2];                              // This batch's and the next one's.
  bool overlap = worker_count(opt_.threads) > 1;  // Compute the next batch's keys while placing.
  std::size_t keys_added = 0, b = 0;
  if (!order.empty()) compute_keys(order, 0, std::min(kBatch, order.size()), keys[0]);
  for (std::size_t lo = 0; lo < order.size(); lo += kBatch, b ^= 1) {
    std::size_t n = std::min(kBatch, order.size() - lo);
    std::size_t next_n = lo + n < order.size() ? std::min(kBatch, order.size() - lo - n) : 0;
    std::thread next;
    if (next_n > 0 && overlap) {
      next = try_spawn([&, lo, n, next_n, b] { compute_keys(order, lo + n, next_n, keys[b ^ 1]); });
      overlap = next.joinable();  // No thread to spare: compute the next keys after placing.
    }
    for (std::size_t i = 0; i < n; ++i) {
      if (i + kAhead < n)
        for (auto k : keys[b].of(i + kAhead)) index_.prefetch(k);
      std::uint32_t r = order[lo + i];
      out_.sequence.push_back(r);
      std::size_t seeds = out_.seed.size();
      if (seed_only) seed(r, keys[b].of(i));
      else place(r, keys[b].of(i));
      if (out_.seed.size() > seeds) keys_added += keys[b].of(i).size();
    }
    if (next.joinable()) next.join();
    else if (next_n > 0) compute_keys(order, lo + n, next_n, keys[b ^ 1]);
    if (lo == 0 && n < order.size())  // Size the index once for all records, judged by the first batch.
      index_.reserve(keys_added * order.size() / n + keys_added / 8);
  }
}

}  // namespace qbank::internal
