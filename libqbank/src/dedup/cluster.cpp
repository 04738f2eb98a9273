// Greedy clustering for dedup: blocking keys of every record, groups of records linked by shared keys, and
// each group placed on its own (several at once) with candidates from a key index and verification.
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <utility>

#include "dedup/phase_timer.hpp"
#include "dedup/pipeline.hpp"
#include "base/parallel.hpp"

namespace qbank::internal {

namespace {

// True when two ascending key lists share a key.
bool share_key(std::span<const std::uint64_t> a, std::span<const std::uint64_t> b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) return true;
    if (a[i] < b[j]) ++i;
    else ++j;
  }
  return false;
}

}  // namespace

Clusterer::Clusterer(const std::vector<Question>& recs, const FeatureTable& features, const DedupOptions& options,
                     Clustering& out)
    : recs_(recs), ft_(features), opt_(options), out_(out) {
  out_.cluster_of.assign(recs.size(), 0);
  rep_next_.assign(recs.size(), kNone);
}

void Clusterer::seed(Worker& w, std::uint32_t p) {
  out_.cluster_of[out_.sequence[p]] = p;
  if (!w.indexed) return w.seeds.push_back(p);
  for (auto k : keys_of(out_.sequence[p])) w.index.add(k, p);
}

void Clusterer::place_group(Worker& w, std::span<const std::uint32_t> positions, std::size_t at) {
  w.indexed = positions.size() > kScanGroup;
  if (w.indexed) w.index = KeyIndex(256);
  w.seeds.clear();
  constexpr std::size_t kAhead = 8;  // Positions whose keys, features and index slots are loaded ahead.
  for (std::size_t i = 0; i < positions.size(); ++i) {
    if (at + i + 2 * kAhead < w.chunk.size()) {
      std::uint32_t r = out_.sequence[w.chunk[at + i + 2 * kAhead]];
      const KeyBatch& b = keys_[r / kKeyBatch];
      std::size_t e = r % kKeyBatch;
      __builtin_prefetch(&b.end[e]);
      __builtin_prefetch(b.keys.data() + (e == 0 ? 0 : b.end[e - 1]));
      __builtin_prefetch(&ft_.records[r]);
    }
    if (at + i + kAhead < w.chunk.size()) {
      std::uint32_t r = out_.sequence[w.chunk[at + i + kAhead]];
      __builtin_prefetch(ft_.tokens.data() + ft_.records[r].first_token);
      if (w.indexed)
        for (auto key : keys_of(r)) w.index.prefetch(key);
    }
    std::uint32_t p = positions[i];
    if (p < fixed_) {
      seed(w, p);
      continue;
    }
    w.cands.clear();
    if (w.indexed) {
      for (auto k : keys_of(out_.sequence[p])) w.index.find(k, w.cands);
      std::sort(w.cands.begin(), w.cands.end());
      w.cands.erase(std::unique(w.cands.begin(), w.cands.end()), w.cands.end());
    } else {
      for (auto s : w.seeds)
        if (share_key(keys_of(out_.sequence[s]), keys_of(out_.sequence[p]))) w.cands.push_back(s);
    }
    place(w, p);
  }
}

bool Clusterer::identical(FeatureView a, FeatureView b) {
  return a.f.folded_hash == b.f.folded_hash && a.f.lang == b.f.lang && a.f.code_hash == b.f.code_hash;
}

void Clusterer::place(Worker& w, std::uint32_t p) {
  const std::vector<std::uint32_t>& seq = out_.sequence;
  std::uint32_t r = seq[p];
  const std::vector<std::uint32_t>& cands = w.cands;
  FeatureView fr = ft_.view(r);
  // A copy identical after folding to a cluster's seed or variant joins it without any comparison.
  for (auto c : cands)
    for (std::uint32_t m = seq[c]; m != kNone; m = rep_next_[m])
      if (identical(fr, ft_.view(m))) {
        out_.cluster_of[r] = c;
        if (opt_.explain) w.explanations.emplace_back(p, explanation(r, c, {true, 1.0, "identical after folding"}));
        return;
      }
  MatchVerdict best;
  std::int64_t best_c = -1;
  for (auto c : cands) {
    MatchVerdict v = verify(fr, ft_.view(seq[c]), ft_.vocab, opt_, false);
    std::uint32_t conflict = kNone;  // A variant already in the cluster that differs from r.
    for (std::uint32_t m = rep_next_[seq[c]]; v.same && m != kNone; m = rep_next_[m])
      if (!verify(fr, ft_.view(m), ft_.vocab, opt_, false).same) conflict = m, v.same = false;
    if (v.same && v.score > best.score) best = v, best_c = c;
    if (!v.same && opt_.explain_rejected) {
      MatchVerdict why = verify(fr, ft_.view(seq[c]), ft_.vocab, opt_, true);
      if (conflict != kNone) {
        MatchVerdict with = verify(fr, ft_.view(conflict), ft_.vocab, opt_, true);
        why = {false, 0.0, "the cluster holds \"" + recs_[conflict].text + "\", which differs: " + with.evidence};
      }
      w.kept_apart.emplace_back(p, explanation(r, c, std::move(why)));
    }
  }
  if (best_c < 0) return seed(w, p);
  auto c = static_cast<std::uint32_t>(best_c);
  out_.cluster_of[r] = c;
  std::size_t variants = 0;  // r becomes a variant every later member is compared with (a bounded number).
  for (std::uint32_t m = rep_next_[seq[c]]; m != kNone; m = rep_next_[m]) ++variants;
  if (variants < kMaxVariants) rep_next_[r] = std::exchange(rep_next_[seq[c]], r);
  if (opt_.explain)
    w.explanations.emplace_back(p, explanation(r, c, verify(fr, ft_.view(seq[c]), ft_.vocab, opt_, true)));
}

MergeExplanation Clusterer::explanation(std::uint32_t r, std::uint32_t c, MatchVerdict verdict) const {
  const Question& s = recs_[out_.sequence[c]];
  const Question& q = recs_[r];
  std::string from = q.sources.empty() ? "" : q.sources[0].file + ":" + std::to_string(q.sources[0].line);
  return {s.id, s.text, q.text, from, std::move(verdict)};
}

void Clusterer::compute_keys() {
  std::size_t n = ft_.records.size();
  keys_.assign((n + kKeyBatch - 1) / kKeyBatch, {});
  parallel_for(keys_.size(), opt_.threads, [&](std::size_t b) {
    KeyScratch scratch;
    KeyBatch& batch = keys_[b];
    std::size_t lo = b * kKeyBatch, hi = std::min(n, lo + kKeyBatch);
    batch.end.reserve(hi - lo);
    for (std::size_t r = lo; r < hi; ++r) {
      auto from = static_cast<std::ptrdiff_t>(batch.keys.size());
      block_keys(ft_.view(r), ft_.vocab.str(ft_.records[r].lang), ft_, opt_, batch.keys, scratch);
      std::sort(batch.keys.begin() + from, batch.keys.end());
      batch.end.push_back(static_cast<std::uint32_t>(batch.keys.size()));
    }
    batch.keys.shrink_to_fit();
  }, 1);
}

std::vector<std::uint32_t> Clusterer::groups() const {
  std::size_t n = ft_.records.size();
  std::vector<std::uint32_t> parent(n);
  for (std::size_t r = 0; r < n; ++r) parent[r] = static_cast<std::uint32_t>(r);
  auto root = [&](std::uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  // Keys are split by their top bits into passes small enough for one table each; a pass lists, for every
  // key met again, the record that first had it and this one. A slot keeps 32 bits of a key: two keys
  // alike in those bits only join two groups that need not be joined, which changes nothing.
  std::size_t total = 0;
  for (const auto& b : keys_) total += b.keys.size();
  constexpr std::size_t kPassKeys = std::size_t{1} << 20;
  int pass_bits = 0;
  while ((total >> pass_bits) > kPassKeys && pass_bits < 8) ++pass_bits;
  std::size_t passes = std::size_t{1} << pass_bits;
  auto pass_of = [pass_bits](std::uint64_t k) { return pass_bits ? k >> (64 - pass_bits) : 0; };
  std::vector<std::size_t> in_pass(passes, 0);
  for (const auto& b : keys_)
    for (auto k : b.keys) ++in_pass[pass_of(k)];
  std::size_t round = worker_count(opt_.threads);
  std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> links(round);
  // Thread t takes passes t, t + round, ... in order; as a record's keys ascend, so do their passes, and the
  // thread's cursor says where the record's keys of its next pass begin, so no key is read twice.
  std::vector<std::vector<std::uint32_t>> cursor(std::min(round, passes), std::vector<std::uint32_t>(n));
  for (auto& c : cursor)
    for (std::size_t r = 0; r < n; ++r) c[r] = r % kKeyBatch == 0 ? 0 : keys_[r / kKeyBatch].end[r % kKeyBatch - 1];
  constexpr std::uint64_t kEmpty = ~std::uint64_t{0};
  std::vector<std::vector<std::uint64_t>> tables(cursor.size());  // Slots of (32 key bits << 32 | record).
  for (std::size_t first = 0; first < passes; first += round) {
    std::size_t count = std::min(round, passes - first);
    parallel_for(count, opt_.threads, [&](std::size_t t) {
      std::size_t pass = first + t;
      std::size_t size = 16;
      while (size < in_pass[pass] * 2) size *= 2;
      std::vector<std::uint64_t>& table = tables[t];  // Reused from pass to pass.
      table.assign(size, kEmpty);
      auto& out = links[t];
      out.clear();
      auto insert = [&](std::uint64_t entry) {
        auto k = static_cast<std::uint32_t>(entry >> 32), r = static_cast<std::uint32_t>(entry);
        std::size_t s = k & (size - 1);  // The pass's top key bits are not among these 32.
        while (table[s] != kEmpty && static_cast<std::uint32_t>(table[s] >> 32) != k) s = (s + 1) & (size - 1);
        if (table[s] == kEmpty) table[s] = entry;
        else if (static_cast<std::uint32_t>(table[s]) != r) out.emplace_back(static_cast<std::uint32_t>(table[s]), r);
      };
      constexpr std::size_t kRing = 16;  // Entries whose slots are prefetched before they are inserted.
      std::uint64_t ring[kRing];
      std::size_t pending = 0;
      std::vector<std::uint32_t>& cur = cursor[t];
      for (std::size_t b = 0; b < keys_.size(); ++b) {
        const KeyBatch& batch = keys_[b];
        for (std::size_t i = 0; i < batch.end.size(); ++i) {
          auto r = static_cast<std::uint32_t>(b * kKeyBatch + i);
          std::uint32_t j = cur[r];
          while (j < batch.end[i] && pass_of(batch.keys[j]) < pass) ++j;  // Keys of other threads' passes.
          for (; j < batch.end[i] && pass_of(batch.keys[j]) == pass; ++j) {
            auto k = static_cast<std::uint32_t>(batch.keys[j]);
            __builtin_prefetch(&table[k & (size - 1)]);
            std::uint64_t& slot = ring[pending++ % kRing];
            if (pending > kRing) insert(slot);
            slot = static_cast<std::uint64_t>(k) << 32 | r;
          }
          cur[r] = j;
        }
      }
      for (std::size_t q = pending > kRing ? pending - kRing : 0; q < pending; ++q) insert(ring[q % kRing]);
    }, 1);
    for (std::size_t t = 0; t < count; ++t) {
      for (auto [a, b] : links[t]) {
        std::uint32_t ra = root(a), rb = root(b);
        if (ra < rb) parent[rb] = ra;  // The group is named by its first record.
        else if (rb < ra) parent[ra] = rb;
      }
      std::vector<std::pair<std::uint32_t, std::uint32_t>>().swap(links[t]);
    }
  }
  for (std::size_t r = 0; r < n; ++r) parent[r] = root(static_cast<std::uint32_t>(r));
  return parent;
}

void Clusterer::run(std::size_t fixed, const std::vector<std::uint32_t>& order) {
  fixed_ = fixed;
  std::vector<std::uint32_t>& seq = out_.sequence;
  seq.clear();
  seq.reserve(fixed + order.size());
  for (std::size_t i = 0; i < fixed; ++i) seq.push_back(static_cast<std::uint32_t>(i));
  seq.insert(seq.end(), order.begin(), order.end());
  std::size_t n = seq.size();
  PhaseTimer timer("cluster");
  compute_keys();
  timer.lap("keys");
  // Positions by group (groups by first record, positions ascending in each), cut into chunks of whole
  // groups that the threads take one at a time.
  std::vector<std::uint32_t> grouped(n), group_end, chunk_end;
  {
    std::vector<std::uint32_t> group = groups();
    std::vector<std::uint32_t> start(n + 1, 0);
    for (std::size_t r = 0; r < n; ++r) ++start[group[r] + 1];
    constexpr std::size_t kChunk = 1 << 12;
    std::size_t since = 0;
    for (std::size_t g = 0; g < n; ++g) {
      if (start[g + 1] == 0) {
        start[g + 1] = start[g];
        continue;
      }
      since += start[g + 1];
      start[g + 1] += start[g];
      group_end.push_back(start[g + 1]);
      if (since >= kChunk) chunk_end.push_back(static_cast<std::uint32_t>(group_end.size())), since = 0;
    }
    if (since > 0) chunk_end.push_back(static_cast<std::uint32_t>(group_end.size()));
    for (std::size_t p = 0; p < n; ++p) grouped[start[group[seq[p]]]++] = static_cast<std::uint32_t>(p);
  }
  timer.lap("groups");
  if (timer.on()) {
    std::size_t largest = 0, indexed = 0;
    for (std::size_t g = 0; g < group_end.size(); ++g) {
      std::size_t m = group_end[g] - (g ? group_end[g - 1] : 0);
      largest = std::max(largest, m);
      if (m > kScanGroup) indexed += m;
    }
    std::fprintf(stderr, "qbank: timing cluster.groups %zu groups, largest %zu, %zu records in indexed groups\n",
                 group_end.size(), largest, indexed);
  }
  std::vector<Worker> workers(worker_count(opt_.threads));
  std::atomic<std::size_t> next_chunk{0};
  parallel_for(workers.size(), opt_.threads, [&](std::size_t wi) {
    Worker& w = workers[wi];
    for (std::size_t k; (k = next_chunk.fetch_add(1)) < chunk_end.size();) {
      std::size_t first = k == 0 ? 0 : chunk_end[k - 1];
      std::size_t lo = first == 0 ? 0 : group_end[first - 1], hi = group_end[chunk_end[k] - 1];
      w.chunk = {grouped.data() + lo, hi - lo};
      for (std::size_t g = first; g < chunk_end[k]; ++g) {
        std::size_t from = g == 0 ? 0 : group_end[g - 1];
        place_group(w, {grouped.data() + from, group_end[g] - from}, from - lo);
      }
    }
  }, 1);
  timer.lap("place");
  std::vector<KeyBatch>().swap(keys_);
  // Clusters are numbered in the order of their seeds' positions.
  std::vector<std::uint32_t>& number = grouped;  // Reused: by position, the number of its cluster if a seed.
  out_.seed.clear();
  for (std::size_t p = 0; p < n; ++p)
    if (out_.cluster_of[seq[p]] == p) {
      number[p] = static_cast<std::uint32_t>(out_.seed.size());
      out_.seed.push_back(seq[p]);
    }
  for (auto r : seq) out_.cluster_of[r] = number[out_.cluster_of[r]];
  auto gather = [&](auto member, std::vector<MergeExplanation>& out) {
    std::vector<std::pair<std::uint32_t, MergeExplanation>> all;
    for (auto& w : workers)
      for (auto& e : w.*member) all.push_back(std::move(e));
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& e : all) out.push_back(std::move(e.second));
  };
  gather(&Worker::explanations, out_.explanations);
  gather(&Worker::kept_apart, out_.kept_apart);
}

}  // namespace qbank::internal
