// dedup(): parallel feature extraction, blocking, greedy clustering in a canonical order, merging.
#include "qbank/dedup.hpp"

#include <algorithm>
#include <functional>
#include <system_error>
#include <thread>
#include <tuple>
#include <unordered_map>

#include "dedup_internal.hpp"

namespace qbank {
namespace {

using detail::DedupFeatures;

// Runs fn(i) for i in [0, n) on up to `threads` threads; falls back to one thread if none can start.
void parallel_for(std::size_t n, unsigned threads, const std::function<void(std::size_t)>& fn) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(1, n / 1024 + 1)));
  std::vector<std::thread> pool;
  std::size_t chunk = (n + threads - 1) / std::max(1u, threads);
  std::size_t started_until = 0;
  try {
    for (unsigned t = 1; t < threads; ++t) {
      std::size_t lo = t * chunk, hi = std::min(n, lo + chunk);
      if (lo >= hi) break;
      pool.emplace_back([lo, hi, &fn] { for (std::size_t i = lo; i < hi; ++i) fn(i); });
      started_until = hi;
    }
  } catch (const std::system_error&) {
    // Fewer threads than asked: the calling thread does the rest below.
  }
  for (std::size_t i = 0; i < std::min(n, chunk); ++i) fn(i);
  for (auto& th : pool) th.join();
  for (std::size_t i = std::max(started_until, std::min(n, chunk)); i < n; ++i) fn(i);
}

// The earliest (file, line) among a record's sources, used to order output deterministically.
std::tuple<std::string, std::int64_t> first_source(const Question& q) {
  std::tuple<std::string, std::int64_t> best{"\xff", 0};
  for (const auto& s : q.sources) best = std::min(best, std::make_tuple(s.file, s.line));
  return best;
}

// Orders record indexes canonically (id, then earliest source, then text) so clustering ignores input order.
std::vector<std::size_t> canonical_order(const std::vector<Question>& recs, std::size_t from) {
  std::vector<std::size_t> order;
  for (std::size_t i = from; i < recs.size(); ++i) order.push_back(i);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::make_tuple(recs[a].id, first_source(recs[a]), recs[a].text) <
           std::make_tuple(recs[b].id, first_source(recs[b]), recs[b].text);
  });
  return order;
}

// The clustering state shared by dedup() and dedup_against().
struct Clusterer {
  const std::vector<Question>& recs;
  const std::vector<DedupFeatures>& feats;
  const std::vector<std::vector<std::uint64_t>>& keys;
  const detail::WordWeights& weights;
  const DedupOptions& opt;
  std::vector<std::vector<std::size_t>> clusters;  // Member indexes; [0] is the seed.
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> index;
  std::vector<MergeExplanation> explanations;

  // Starts a cluster seeded by record r.
  void seed(std::size_t r) {
    auto c = static_cast<std::uint32_t>(clusters.size());
    clusters.push_back({r});
    for (auto k : keys[r]) {
      auto& bucket = index[k];
      if (bucket.size() < 256) bucket.push_back(c);
    }
  }

  // Adds record r to the best matching cluster, or seeds a new one.
  void place(std::size_t r) {
    std::vector<std::uint32_t> cands;
    for (auto k : keys[r])
      if (auto it = index.find(k); it != index.end()) cands.insert(cands.end(), it->second.begin(), it->second.end());
    std::sort(cands.begin(), cands.end());
    cands.erase(std::unique(cands.begin(), cands.end()), cands.end());
    MatchVerdict best;
    std::int64_t best_c = -1;
    for (auto c : cands) {
      MatchVerdict v = detail::verify(feats[r], feats[clusters[c][0]], weights, opt);
      if (v.same && v.score > best.score) best = v, best_c = c;
    }
    if (best_c < 0) return seed(r);
    auto& members = clusters[static_cast<std::size_t>(best_c)];
    members.push_back(r);
    if (!opt.explain) return;
    const Question& s = recs[members[0]];
    const Question& q = recs[r];
    std::string from = q.sources.empty() ? "" : q.sources[0].file + ":" + std::to_string(q.sources[0].line);
    explanations.push_back({s.id, s.text, q.text, from, best});
  }
};

// Builds features and keys for all records in parallel.
void prepare(const std::vector<Question>& recs, const DedupOptions& opt, std::vector<DedupFeatures>& feats,
             detail::WordWeights& weights, std::vector<std::vector<std::uint64_t>>& keys) {
  feats.resize(recs.size());
  parallel_for(recs.size(), opt.threads, [&](std::size_t i) { feats[i] = detail::extract_features(recs[i]); });
  weights = detail::count_weights(feats, opt);
  keys.resize(recs.size());
  parallel_for(recs.size(), opt.threads, [&](std::size_t i) { keys[i] = detail::block_keys(feats[i], weights, opt); });
}

// Turns clusters into merged records ordered by their earliest source.
DedupResult assemble(std::vector<Question>& recs, Clusterer& cl, std::size_t fixed) {
  DedupResult res;
  res.input_records = recs.size();
  std::vector<std::size_t> order(cl.clusters.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<Question> merged(cl.clusters.size());
  parallel_for(cl.clusters.size(), cl.opt.threads, [&](std::size_t c) {
    std::vector<Question*> members;
    for (auto m : cl.clusters[c]) members.push_back(&recs[m]);
    merged[c] = detail::merge_cluster(members, c < fixed);
    if (c < fixed) merged[c].id = recs[cl.clusters[c][0]].id;  // Bank records keep their ids.
  });
  std::stable_sort(order.begin() + static_cast<std::ptrdiff_t>(fixed), order.end(), [&](std::size_t a, std::size_t b) {
    return std::make_tuple(first_source(merged[a]), merged[a].id) < std::make_tuple(first_source(merged[b]), merged[b].id);
  });
  for (auto c : order) {
    res.clusters.push_back({merged[c].id, cl.clusters[c]});
    std::sort(res.clusters.back().members.begin(), res.clusters.back().members.end());
    res.records.push_back(std::move(merged[c]));
  }
  res.explanations = std::move(cl.explanations);
  return res;
}

}  // namespace

MatchVerdict compare(const Question& a, const Question& b, const DedupOptions& options) {
  detail::WordWeights weights;
  return detail::verify(detail::extract_features(a), detail::extract_features(b), weights, options);
}

Result<DedupResult> dedup(std::vector<Question> records, const DedupOptions& options) {
  for (auto& q : records)
    if (!is_valid_id(q.id)) q.id = compute_id(q);
  std::vector<DedupFeatures> feats;
  detail::WordWeights weights;
  std::vector<std::vector<std::uint64_t>> keys;
  prepare(records, options, feats, weights, keys);
  Clusterer cl{records, feats, keys, weights, options, {}, {}, {}};
  for (auto r : canonical_order(records, 0)) cl.place(r);
  return assemble(records, cl, 0);
}

Result<DedupResult> dedup_against(std::vector<Question> bank, std::vector<Question> incoming,
                                  const DedupOptions& options) {
  std::size_t fixed = bank.size();
  for (auto& q : incoming) {
    if (!is_valid_id(q.id)) q.id = compute_id(q);
    bank.push_back(std::move(q));
  }
  std::vector<DedupFeatures> feats;
  detail::WordWeights weights;
  std::vector<std::vector<std::uint64_t>> keys;
  prepare(bank, options, feats, weights, keys);
  Clusterer cl{bank, feats, keys, weights, options, {}, {}, {}};
  for (std::size_t i = 0; i < fixed; ++i) cl.seed(i);
  for (auto r : canonical_order(bank, fixed)) cl.place(r);
  return assemble(bank, cl, fixed);
}

}  // namespace qbank
