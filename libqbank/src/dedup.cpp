// dedup(): parallel feature extraction, blocking, greedy clustering in a canonical order, merging.
#include "qbank/dedup.hpp"

#include <algorithm>
#include <functional>
#include <system_error>
#include <thread>

#include "dedup_internal.hpp"
#include "qbank/io.hpp"

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

// A record's earliest source as (file, line), by reference, for deterministic ordering.
struct SourceKey {
  const std::string* file = nullptr;
  std::int64_t line = 0;
  // Orders by file name, then line; a record without sources sorts last.
  bool operator<(const SourceKey& o) const {
    if (!file || !o.file) return file && !o.file;
    int c = file->compare(*o.file);
    return c != 0 ? c < 0 : line < o.line;
  }
};

// Returns the earliest (file, line) among a record's sources.
SourceKey first_source(const Question& q) {
  SourceKey best;
  for (const auto& s : q.sources) {
    SourceKey k{&s.file, s.line};
    if (!best.file || k < best) best = k;
  }
  return best;
}

// Orders record indexes canonically (id, earliest source, text) so clustering ignores input order.
std::vector<std::uint32_t> canonical_order(const std::vector<Question>& recs, std::size_t from) {
  std::vector<SourceKey> src(recs.size());
  for (std::size_t i = from; i < recs.size(); ++i) src[i] = first_source(recs[i]);
  std::vector<std::uint32_t> order;
  for (std::size_t i = from; i < recs.size(); ++i) order.push_back(static_cast<std::uint32_t>(i));
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (int c = recs[a].id.compare(recs[b].id); c != 0) return c < 0;
    if (src[a] < src[b]) return true;
    if (src[b] < src[a]) return false;
    if (int c = recs[a].text.compare(recs[b].text); c != 0) return c < 0;
    if (std::string ja = to_json(recs[a]), jb = to_json(recs[b]); ja != jb) return ja < jb;  // Rare full tie.
    return a < b;  // Identical records: their order cannot change the output.
  });
  return order;
}

// The clustering state shared by dedup() and dedup_against().
struct Clusterer {
  const std::vector<Question>& recs;
  const std::vector<DedupFeatures>& feats;
  const detail::Vocab& vocab;
  const DedupOptions& opt;
  std::vector<std::vector<std::uint32_t>> clusters;  // Member indexes; [0] is the seed.
  detail::KeyIndex index{256};
  std::vector<MergeExplanation> explanations;
  std::vector<std::uint32_t> cands;

  // Starts a cluster seeded by record r.
  void seed(std::uint32_t r, const std::vector<std::uint64_t>& keys) {
    auto c = static_cast<std::uint32_t>(clusters.size());
    clusters.push_back({r});
    for (auto k : keys) index.add(k, c);
  }

  // Adds record r to the best matching cluster, or seeds a new one.
  void place(std::uint32_t r, const std::vector<std::uint64_t>& keys) {
    cands.clear();
    for (auto k : keys) index.find(k, cands);
    std::sort(cands.begin(), cands.end());
    cands.erase(std::unique(cands.begin(), cands.end()), cands.end());
    MatchVerdict best;
    std::int64_t best_c = -1;
    for (auto c : cands) {
      MatchVerdict v = detail::verify(feats[r], feats[clusters[c][0]], vocab, opt, false);
      if (v.same && v.score > best.score) best = v, best_c = c;
    }
    if (best_c < 0) return seed(r, keys);
    auto& members = clusters[static_cast<std::size_t>(best_c)];
    members.push_back(r);
    if (!opt.explain) return;
    best = detail::verify(feats[r], feats[members[0]], vocab, opt, true);
    const Question& s = recs[members[0]];
    const Question& q = recs[r];
    std::string from = q.sources.empty() ? "" : q.sources[0].file + ":" + std::to_string(q.sources[0].line);
    explanations.push_back({s.id, s.text, q.text, from, best});
  }

  // Seeds (bank) or places (otherwise) records in the given order, computing keys in parallel batches.
  void run(const std::vector<std::uint32_t>& order, bool seed_only) {
    constexpr std::size_t kBatch = 1 << 16;
    std::vector<std::vector<std::uint64_t>> keys(std::min(kBatch, order.size()));
    for (std::size_t lo = 0; lo < order.size(); lo += kBatch) {
      std::size_t n = std::min(kBatch, order.size() - lo);
      parallel_for(n, opt.threads, [&](std::size_t i) { keys[i] = detail::block_keys(feats[order[lo + i]], vocab, opt); });
      for (std::size_t i = 0; i < n; ++i) {
        if (seed_only) seed(order[lo + i], keys[i]);
        else place(order[lo + i], keys[i]);
      }
    }
  }
};

// Builds features (in parallel batches, interned sequentially) and roles for all records.
void prepare(const std::vector<Question>& recs, const DedupOptions& opt, std::vector<DedupFeatures>& feats,
             detail::Vocab& vocab) {
  vocab.intern("");  // Id 0 stands for "none".
  feats.resize(recs.size());
  constexpr std::size_t kBatch = 1 << 16;
  std::vector<detail::RawFeatures> raw(std::min(kBatch, recs.size()));
  for (std::size_t lo = 0; lo < recs.size(); lo += kBatch) {
    std::size_t n = std::min(kBatch, recs.size() - lo);
    parallel_for(n, opt.threads, [&](std::size_t i) { raw[i] = detail::extract_features(recs[lo + i]); });
    for (std::size_t i = 0; i < n; ++i) feats[lo + i] = detail::intern_features(std::move(raw[i]), recs[lo + i].lang, vocab);
  }
  detail::assign_roles(feats, vocab, opt);
}

// Turns clusters into merged records (moving the input records) ordered by their earliest source.
DedupResult assemble(std::vector<Question>& recs, Clusterer& cl, std::size_t fixed) {
  DedupResult res;
  res.input_records = recs.size();
  std::size_t n = cl.clusters.size();
  std::vector<SourceKey> src(n);
  std::vector<const std::string*> min_id(n);
  for (std::size_t c = 0; c < n; ++c) {
    for (auto m : cl.clusters[c]) {
      SourceKey k = first_source(recs[m]);
      if (!src[c].file || k < src[c]) src[c] = k;
      if (!min_id[c] || recs[m].id < *min_id[c]) min_id[c] = &recs[m].id;
    }
  }
  std::vector<std::uint32_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = static_cast<std::uint32_t>(i);
  std::sort(order.begin() + static_cast<std::ptrdiff_t>(fixed), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (src[a] < src[b]) return true;
    if (src[b] < src[a]) return false;
    if (int c = min_id[a]->compare(*min_id[b]); c != 0) return c < 0;
    return to_json(recs[cl.clusters[a][0]]) < to_json(recs[cl.clusters[b][0]]);  // Seeds differ somewhere.
  });
  res.records.resize(n);
  parallel_for(n, cl.opt.threads, [&](std::size_t pos) {
    std::size_t c = order[pos];
    std::vector<Question*> members;
    for (auto m : cl.clusters[c]) members.push_back(&recs[m]);
    std::string seed_id = recs[cl.clusters[c][0]].id;
    res.records[pos] = detail::merge_cluster(members, c < fixed);
    if (c < fixed) res.records[pos].id = std::move(seed_id);  // Bank records keep their ids.
  });
  res.clusters.reserve(n);
  for (std::size_t pos = 0; pos < n; ++pos) {
    ClusterMembership m{res.records[pos].id, {}};
    auto& members = cl.clusters[order[pos]];
    m.members.assign(members.begin(), members.end());
    std::sort(m.members.begin(), m.members.end());
    std::vector<std::uint32_t>().swap(members);
    res.clusters.push_back(std::move(m));
  }
  res.explanations = std::move(cl.explanations);
  return res;
}

}  // namespace

MatchVerdict compare(const Question& a, const Question& b, const DedupOptions& options) {
  detail::Vocab vocab;
  vocab.intern("");
  std::vector<DedupFeatures> feats;
  feats.push_back(detail::intern_features(detail::extract_features(a), a.lang, vocab));
  feats.push_back(detail::intern_features(detail::extract_features(b), b.lang, vocab));
  detail::assign_roles(feats, vocab, options);  // Two records: built-in word lists only.
  return detail::verify(feats[0], feats[1], vocab, options, true);
}

Result<DedupResult> dedup(std::vector<Question> records, const DedupOptions& options) {
  for (auto& q : records)
    if (!is_valid_id(q.id)) q.id = compute_id(q);
  std::vector<DedupFeatures> feats;
  detail::Vocab vocab;
  prepare(records, options, feats, vocab);
  Clusterer cl{records, feats, vocab, options, {}, detail::KeyIndex{256}, {}, {}};
  cl.run(canonical_order(records, 0), false);
  std::vector<DedupFeatures>().swap(feats);
  cl.index = detail::KeyIndex{1};  // Frees the index before the merged records are built.
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
  detail::Vocab vocab;
  prepare(bank, options, feats, vocab);
  Clusterer cl{bank, feats, vocab, options, {}, detail::KeyIndex{256}, {}, {}};
  std::vector<std::uint32_t> bank_order(fixed);
  for (std::size_t i = 0; i < fixed; ++i) bank_order[i] = static_cast<std::uint32_t>(i);
  cl.run(bank_order, true);
  cl.run(canonical_order(bank, fixed), false);
  std::vector<DedupFeatures>().swap(feats);
  cl.index = detail::KeyIndex{1};
  return assemble(bank, cl, fixed);
}

}  // namespace qbank
