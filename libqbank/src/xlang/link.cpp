// Links records that ask the same question in different languages: candidates from shared keys, strict
// verification, then only mutual best matches per language.
#include <xxhash.h>

#include <algorithm>
#include <mutex>
#include <new>
#include <string>
#include <utility>
#include <vector>

#include "base/parallel.hpp"
#include "qbank/xlang.hpp"
#include "xlang/analysis.hpp"

namespace qbank {
namespace {

using internal::XAnalysis;
using internal::XUnit;

// One (key, record) posting.
struct Posting {
  std::uint64_t key;
  std::uint32_t rec;
  bool operator<(const Posting& o) const { return key != o.key ? key < o.key : rec < o.rec; }
};

// Mixes a tag and a value into a key.
std::uint64_t key_of(char form, char tag, std::uint64_t value) {
  std::uint64_t parts[2] = {static_cast<std::uint64_t>(static_cast<unsigned char>(form)) << 8 |
                                static_cast<unsigned char>(tag),
                            value};
  return XXH3_64bits(parts, sizeof parts);
}

// The keys one unit can be found under (a concept unit: each of its concepts).
void unit_keys(char form, const XUnit& u, std::vector<std::uint64_t>& out) {
  switch (u.kind) {
    case XUnit::kConcept:
      for (auto c : u.concepts) out.push_back(key_of(form, 'c', c));
      // A glossary term written in Latin letters may stand as a plain word on the other side.
      out.push_back(key_of(form, 'w', XXH3_64bits(u.text.data(), u.text.size())));
      break;
    case XUnit::kWord:
      out.push_back(key_of(form, 'w', XXH3_64bits(u.text.data(), u.text.size())));
      if (!u.stem.empty() && u.stem != u.text) out.push_back(key_of(form, 's', XXH3_64bits(u.stem.data(), u.stem.size())));
      break;
    default:
      out.push_back(key_of(form, 'n', XXH3_64bits(u.text.data(), u.text.size())));
  }
}

// The keys a record is indexed under.
void index_keys(const XAnalysis& a, std::vector<std::uint64_t>& out) {
  out.clear();
  if (a.has_code) {
    out.push_back(key_of(0, 'h', a.code_hash));
    for (auto t : a.code_tokens) out.push_back(key_of(0, 't', t));
    return;
  }
  for (const XUnit& u : a.units) unit_keys(a.form, u, out);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

// True when the language is known.
bool known(const std::string& lang) { return !lang.empty() && lang != "und"; }

}  // namespace

LinkVerdict compare_translations(const Question& a, const Question& b) {
  if (a.lang == b.lang || !known(a.lang) || !known(b.lang)) {
    LinkVerdict v;
    v.evidence = "not two known, different languages";
    return v;
  }
  return internal::verify_link(internal::analyze(a), internal::analyze(b), LinkOptions{}.code_overlap, true);
}

Result<LinkResult> link_translations(std::vector<Question>& records, const LinkOptions& options) try {
  const std::size_t n = records.size();
  std::vector<XAnalysis> an(n);
  internal::parallel_for(n, options.threads, [&](std::size_t i) {
    if (known(records[i].lang)) an[i] = internal::analyze(records[i]);
  }, 256);

  // Postings of every record under every key, sorted by key then by id rank (independent of input order).
  std::vector<std::uint32_t> by_id(n);
  for (std::uint32_t i = 0; i < n; ++i) by_id[i] = i;
  std::sort(by_id.begin(), by_id.end(), [&](std::uint32_t x, std::uint32_t y) {
    return records[x].id != records[y].id ? records[x].id < records[y].id : records[x].text < records[y].text;
  });
  std::vector<std::uint32_t> rank(n);
  for (std::uint32_t r = 0; r < n; ++r) rank[by_id[r]] = r;
  std::vector<Posting> postings;
  {
    std::vector<std::uint64_t> keys;
    for (std::uint32_t i = 0; i < n; ++i) {
      if (!known(records[i].lang)) continue;
      index_keys(an[i], keys);
      for (auto k : keys) postings.push_back({k, rank[i]});
    }
  }
  std::sort(postings.begin(), postings.end());
  auto range_of = [&](std::uint64_t k) {
    auto lo = std::lower_bound(postings.begin(), postings.end(), Posting{k, 0});
    auto hi = std::upper_bound(postings.begin(), postings.end(), Posting{k, ~0u});
    return std::make_pair(lo, hi);
  };

  // Each record searches the rarest of its keys (for code: every key short enough) and verifies the
  // candidates of other languages that rank after it, so each pair is verified once.
  struct Found {
    std::uint32_t a, b;  // Ranks, a < b.
    LinkVerdict verdict;
  };
  std::vector<Found> found;
  std::mutex found_mutex;
  internal::parallel_ranges(n, options.threads, [&](std::size_t lo, std::size_t hi) {
    std::vector<std::uint64_t> keys;
    std::vector<std::uint32_t> cands;
    std::vector<Found> local;
    for (std::size_t r = lo; r < hi; ++r) {
      std::uint32_t i = by_id[r];
      if (!known(records[i].lang)) continue;
      const XAnalysis& a = an[i];
      cands.clear();
      if (a.has_code) {
        index_keys(a, keys);
        for (auto k : keys) {
          auto [b, e] = range_of(k);
          if (static_cast<std::size_t>(e - b) > options.max_bucket) continue;
          for (auto p = b; p != e; ++p) cands.push_back(p->rec);
        }
      } else {
        // The rarest unit: every linked record has a unit matching it, so it is indexed under one of its keys.
        std::size_t best = ~std::size_t{0};
        std::vector<std::uint64_t> best_keys;
        for (const XUnit& u : a.units) {
          keys.clear();
          unit_keys(a.form, u, keys);
          std::size_t total = 0;
          for (auto k : keys) {
            auto [b, e] = range_of(k);
            total += static_cast<std::size_t>(e - b);
          }
          if (total < best) best = total, best_keys = keys;
        }
        if (best > options.max_bucket) continue;
        for (auto k : best_keys) {
          auto [b, e] = range_of(k);
          for (auto p = b; p != e; ++p) cands.push_back(p->rec);
        }
      }
      std::sort(cands.begin(), cands.end());
      cands.erase(std::unique(cands.begin(), cands.end()), cands.end());
      for (std::uint32_t c : cands) {
        std::uint32_t j = by_id[c];
        if (c == r || records[j].lang == records[i].lang) continue;
        // The lower-ranked record is always the first side, so the evidence does not depend on who searched.
        LinkVerdict v = r < c ? internal::verify_link(a, an[j], options.code_overlap, options.explain)
                              : internal::verify_link(an[j], a, options.code_overlap, options.explain);
        if (v.linked) local.push_back({static_cast<std::uint32_t>(std::min<std::size_t>(r, c)),
                                       static_cast<std::uint32_t>(std::max<std::size_t>(r, c)), std::move(v)});
      }
    }
    std::lock_guard<std::mutex> lock(found_mutex);
    for (auto& f : local) found.push_back(std::move(f));
  }, 256);
  std::sort(found.begin(), found.end(), [](const Found& x, const Found& y) {
    return x.a != y.a ? x.a < y.a : x.b < y.b;
  });
  found.erase(std::unique(found.begin(), found.end(),
                          [](const Found& x, const Found& y) { return x.a == y.a && x.b == y.b; }),
              found.end());

  // Best score per (record, other language); a pair links when it is the best for both of its records.
  std::vector<std::vector<std::pair<std::string, double>>> best(n);
  auto best_of = [&](std::uint32_t rk, const std::string& lang) -> double& {
    auto& v = best[rk];
    for (auto& [l, s] : v)
      if (l == lang) return s;
    v.emplace_back(lang, -1.0);
    return v.back().second;
  };
  for (const Found& f : found) {
    const std::string& la = records[by_id[f.a]].lang;
    const std::string& lb = records[by_id[f.b]].lang;
    double& sa = best_of(f.a, lb);
    sa = std::max(sa, f.verdict.score);
    double& sb = best_of(f.b, la);
    sb = std::max(sb, f.verdict.score);
  }
  LinkResult result;
  std::vector<std::vector<std::uint32_t>> partners(n);
  for (Found& f : found) {
    std::uint32_t ia = by_id[f.a], ib = by_id[f.b];
    if (f.verdict.score < best_of(f.a, records[ib].lang) || f.verdict.score < best_of(f.b, records[ia].lang))
      continue;
    partners[ia].push_back(ib);
    partners[ib].push_back(ia);
    TranslationLink l;
    l.a = ia;  // The lower id rank: the first side of the evidence.
    l.b = ib;
    l.verdict = std::move(f.verdict);
    result.links.push_back(std::move(l));
  }
  for (std::size_t i = 0; i < n; ++i) {
    auto& p = partners[i];
    std::sort(p.begin(), p.end(), [&](std::uint32_t x, std::uint32_t y) {
      return records[x].lang != records[y].lang ? records[x].lang < records[y].lang : records[x].id < records[y].id;
    });
    records[i].translations.clear();
    for (auto j : p) records[i].translations.push_back(records[j].id);
  }
  return result;
} catch (const std::bad_alloc&) {
  return Status::Internal("out of memory while linking translations");
}

}  // namespace qbank
