// Links records that ask the same question in different languages: candidates from shared keys, strict
// verification, then only mutual best matches per language.
#include <xxhash.h>

#include <algorithm>
#include <mutex>
#include <new>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/parallel.hpp"
#include "dedup/phase_timer.hpp"
#include "qbank/xlang.hpp"
#include "xlang/analysis.hpp"
#include "xlang/link.hpp"
#include "xlang/transliteration.hpp"

namespace qbank::internal {
namespace {

// One (key, record) posting.
struct Posting {
  std::uint64_t key;
  std::uint32_t rec;
  bool operator<(const Posting& o) const { return key != o.key ? key < o.key : rec < o.rec; }
};

// Mixes a tag and a value into a key (the splitmix64 finaliser over the value and the tag).
std::uint64_t key_of(char form, char tag, std::uint64_t value) {
  std::uint64_t h = value ^ ((static_cast<std::uint64_t>(static_cast<unsigned char>(form)) << 8 |
                              static_cast<unsigned char>(tag)) * 0x9E3779B97F4A7C15ull);
  h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ull;
  h = (h ^ (h >> 27)) * 0x94D049BB133111EBull;
  return h ^ (h >> 31);
}

// The most signatures one record's alternative readings may give (ambiguous glossary terms).
constexpr std::size_t kMaxSignatures = 16;

// Adds the signatures of a text-only record: its form and the set of its units' labels (a concept id, or the
// text of a word, number or operator), one signature per reading of its ambiguous concept terms. Records
// that link share a signature, because every unit of each must match a unit of the other.
void text_signatures(const XAnalysis& a, std::vector<std::uint64_t>& out) {
  auto label_of = [](const XUnit& u) {  // A plain word by its coarse skeleton when it has one, as words match so.
    if (u.kind == XUnit::kWord && !u.skeleton.empty()) return key_of(0, 'k', XXH3_64bits(u.coarse.data(), u.coarse.size()));
    const std::string& text = u.kind == XUnit::kWord && !u.bare.empty() ? u.bare : u.text;  // Words match so too.
    return key_of(0, u.kind == XUnit::kWord ? 'w' : 'n', XXH3_64bits(text.data(), text.size()));
  };
  auto finish = [&](std::vector<std::uint64_t>& r) {
    std::sort(r.begin(), r.end());
    r.erase(std::unique(r.begin(), r.end()), r.end());
    // What, which and who share a signature: which asks as what or as who (verify_link tells them apart).
    r.push_back(static_cast<unsigned char>(a.form == 'l' || a.form == 'o' ? 'w' : a.form));
    out.push_back(XXH3_64bits(r.data(), r.size() * sizeof(std::uint64_t)));
  };
  bool ambiguous = std::any_of(a.units.begin(), a.units.end(),
                               [](const XUnit& u) { return u.kind == XUnit::kConcept && u.concepts.size() != 1; });
  if (!ambiguous) {  // One reading: no allocation beyond a reused buffer.
    thread_local std::vector<std::uint64_t> r;
    r.clear();
    for (const XUnit& u : a.units) r.push_back(u.kind == XUnit::kConcept ? key_of(0, 'c', u.concepts[0]) : label_of(u));
    finish(r);
    return;
  }
  std::vector<std::vector<std::uint64_t>> readings(1);
  for (const XUnit& u : a.units) {
    std::vector<std::uint64_t> labels;
    if (u.kind == XUnit::kConcept) {
      for (auto c : u.concepts) labels.push_back(key_of(0, 'c', c));
    } else {
      labels.push_back(label_of(u));
    }
    if (readings.size() * labels.size() > kMaxSignatures) return;
    std::vector<std::vector<std::uint64_t>> next;
    for (const auto& r : readings)
      for (auto l : labels) {
        next.push_back(r);
        next.back().push_back(l);
      }
    readings = std::move(next);
  }
  for (auto& r : readings) finish(r);
}

// How many of its rarest code tokens a record with code is indexed under.
constexpr std::size_t kRareTokens = 4;

// Adds the keys of a record's kRareTokens rarest code tokens (by how many records with code have them, then
// by hash), so records sharing half their tokens likely meet.
void rare_tokens(const std::vector<std::uint64_t>& tokens, const std::unordered_map<std::uint64_t, std::uint32_t>& df,
                 std::vector<std::uint64_t>& out) {
  std::vector<std::pair<std::uint32_t, std::uint64_t>> by_rarity;
  for (auto t : tokens) by_rarity.emplace_back(df.at(t), t);
  std::size_t k = std::min(kRareTokens, by_rarity.size());
  std::partial_sort(by_rarity.begin(), by_rarity.begin() + static_cast<std::ptrdiff_t>(k), by_rarity.end());
  for (std::size_t i = 0; i < k; ++i) out.push_back(key_of(0, 't', by_rarity[i].second));
}

// The 64-bit number of a well-formed id ("q" + 16 hex digits), 0 for any other id.
std::uint64_t id_number(const std::string& id) {
  if (id.size() != 17 || id[0] != 'q') return 0;
  std::uint64_t v = 0;
  for (std::size_t i = 1; i < 17; ++i) {
    char c = id[i];
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (d < 0) return 0;
    v = v << 4 | static_cast<std::uint64_t>(d);
  }
  return v;
}

}  // namespace

bool known_language(const std::string& lang) { return !lang.empty() && lang != "und"; }

LinkResult link_items(const std::vector<LinkItem>& records, const LinkOptions& options) {
  const std::size_t n = records.size();
  auto known = known_language;
  PhaseTimer timer("link");
  // Order records by id (then text) so nothing depends on their order in the input.
  std::vector<std::uint64_t> id_value(n);
  for (std::size_t i = 0; i < n; ++i) id_value[i] = id_number(*records[i].id);
  std::vector<std::uint32_t> by_id(n);
  for (std::uint32_t i = 0; i < n; ++i) by_id[i] = i;
  std::sort(by_id.begin(), by_id.end(), [&](std::uint32_t x, std::uint32_t y) {
    if (id_value[x] != id_value[y]) return id_value[x] < id_value[y];
    return *records[x].id != *records[y].id ? *records[x].id < *records[y].id : *records[x].text < *records[y].text;
  });
  std::vector<std::uint32_t> rank(n);
  for (std::uint32_t r = 0; r < n; ++r) rank[by_id[r]] = r;

  // First pass: each record's keys (text signatures, or code hash and code tokens); analyses are dropped.
  // Most records have one key; the others' keys and the code tokens are kept per worker.
  std::vector<std::uint64_t> first_key(n, 0);
  struct Extra {
    std::vector<std::pair<std::uint32_t, std::uint64_t>> keys;                  // (record, key) beyond the first.
    std::vector<std::pair<std::uint32_t, std::vector<std::uint64_t>>> tokens;  // (record with code, its tokens).
  };
  std::vector<Extra> extras;
  std::mutex extras_mutex;
  parallel_ranges(n, options.threads, [&](std::size_t lo, std::size_t hi) {
    Extra mine;
    std::vector<std::uint64_t> keys;
    for (std::size_t i = lo; i < hi; ++i) {
      if (!known(*records[i].lang)) continue;
      XAnalysis a = analyze(records[i], AnalysisDepth::kKeys);
      keys.clear();
      if (a.has_code) {
        keys.push_back(key_of(0, 'h', a.code_hash));
        mine.tokens.emplace_back(static_cast<std::uint32_t>(i), std::move(a.code_tokens));
      } else if (!a.units.empty()) {
        text_signatures(a, keys);
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
      }
      for (std::size_t k = 0; k < keys.size(); ++k) {
        if (k == 0) first_key[i] = keys[0] == 0 ? 1 : keys[0];
        else mine.keys.emplace_back(static_cast<std::uint32_t>(i), keys[k]);
      }
    }
    std::lock_guard<std::mutex> lock(extras_mutex);
    extras.push_back(std::move(mine));
  }, 256);
  timer.lap("analyse");

  std::unordered_map<std::uint64_t, std::uint32_t> code_df;  // Code token -> records with code having it.
  for (const Extra& e : extras)
    for (const auto& [i, toks] : e.tokens)
      for (auto t : toks) ++code_df[t];
  std::vector<Posting> postings;
  for (std::uint32_t i = 0; i < n; ++i)
    if (first_key[i] != 0) postings.push_back({first_key[i], rank[i]});
  std::vector<std::uint64_t>().swap(first_key);
  std::vector<std::uint64_t> keys;
  for (const Extra& e : extras) {
    for (const auto& [i, k] : e.keys) postings.push_back({k, rank[i]});
    for (const auto& [i, toks] : e.tokens) {
      keys.clear();
      rare_tokens(toks, code_df, keys);
      for (auto k : keys) postings.push_back({k, rank[i]});
    }
  }
  std::vector<Extra>().swap(extras);
  std::sort(postings.begin(), postings.end());
  timer.lap("index");

  // Candidates: text records sharing a signature; code records sharing their code hash or one of the rarer
  // code tokens. Lists longer than options.max_bucket are not searched.
  struct Found {
    std::uint32_t a, b;  // Ranks, a < b.
    LinkVerdict verdict;
  };
  std::vector<std::pair<std::size_t, std::size_t>> groups;  // [begin, end) of each key's postings.
  for (std::size_t g = 0; g < postings.size();) {
    std::size_t e = g + 1;
    while (e < postings.size() && postings[e].key == postings[g].key) ++e;
    bool mixed = false;
    for (std::size_t x = g + 1; x < e && !mixed; ++x)
      mixed = *records[by_id[postings[x].rec]].lang != *records[by_id[postings[g].rec]].lang;
    if (mixed && e - g <= options.max_bucket) groups.emplace_back(g, e);
    g = e;
  }
  // Second pass: analyse again only the records some group holds.
  std::vector<std::int32_t> slot(n, -1);
  std::vector<std::uint32_t> analysed;
  for (auto [gb, ge] : groups)
    for (std::size_t x = gb; x < ge; ++x) {
      std::uint32_t i = by_id[postings[x].rec];
      if (slot[i] < 0) slot[i] = static_cast<std::int32_t>(analysed.size()), analysed.push_back(i);
    }
  std::vector<XAnalysis> an(analysed.size());
  parallel_for(analysed.size(), options.threads,
                         [&](std::size_t k) { an[k] = analyze(records[analysed[k]]); }, 64);
  std::vector<Found> found;
  std::mutex found_mutex;
  parallel_ranges(groups.size(), options.threads, [&](std::size_t lo, std::size_t hi) {
    std::vector<Found> local;
    for (std::size_t g = lo; g < hi; ++g) {
      auto [gb, ge] = groups[g];
      for (std::size_t x = gb; x < ge; ++x)
        for (std::size_t y = x + 1; y < ge; ++y) {
          std::uint32_t ra = postings[x].rec, rb = postings[y].rec;
          std::uint32_t i = by_id[ra], j = by_id[rb];
          if (*records[i].lang == *records[j].lang) continue;
          LinkVerdict v = verify_link(an[slot[i]], an[slot[j]], options.code_overlap, options.explain);
          if (v.linked) local.push_back({ra, rb, std::move(v)});
        }
    }
    std::lock_guard<std::mutex> lock(found_mutex);
    for (auto& f : local) found.push_back(std::move(f));
  }, 64);
  timer.lap("verify");
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
    const std::string& la = *records[by_id[f.a]].lang;
    const std::string& lb = *records[by_id[f.b]].lang;
    double& sa = best_of(f.a, lb);
    sa = std::max(sa, f.verdict.score);
    double& sb = best_of(f.b, la);
    sb = std::max(sb, f.verdict.score);
  }
  LinkResult result;
  for (Found& f : found) {
    std::uint32_t ia = by_id[f.a], ib = by_id[f.b];
    if (f.verdict.score < best_of(f.a, *records[ib].lang) || f.verdict.score < best_of(f.b, *records[ia].lang))
      continue;
    TranslationLink l;
    l.a = ia;  // The lower id rank: the first side of the evidence.
    l.b = ib;
    l.verdict = std::move(f.verdict);
    result.links.push_back(std::move(l));
  }
  timer.lap("select");
  return result;
}

std::vector<std::vector<std::uint32_t>> partner_lists(const std::vector<LinkItem>& items,
                                                      const std::vector<TranslationLink>& links) {
  std::vector<std::vector<std::uint32_t>> partners(items.size());
  for (const TranslationLink& l : links) {
    partners[l.a].push_back(static_cast<std::uint32_t>(l.b));
    partners[l.b].push_back(static_cast<std::uint32_t>(l.a));
  }
  for (auto& p : partners)
    std::sort(p.begin(), p.end(), [&](std::uint32_t x, std::uint32_t y) {
      return *items[x].lang != *items[y].lang ? *items[x].lang < *items[y].lang : *items[x].id < *items[y].id;
    });
  return partners;
}

}  // namespace qbank::internal

namespace qbank {

LinkVerdict compare_translations(const Question& a, const Question& b) {
  if (a.lang == b.lang || !internal::known_language(a.lang) || !internal::known_language(b.lang)) {
    LinkVerdict v;
    v.evidence = "not two known, different languages";
    return v;
  }
  return internal::verify_link(internal::analyze(internal::item_of(a)), internal::analyze(internal::item_of(b)),
                               LinkOptions{}.code_overlap, true);
}

Result<LinkResult> link_translations(std::vector<Question>& records, const LinkOptions& options) try {
  std::vector<internal::LinkItem> items;
  items.reserve(records.size());
  for (const Question& q : records) items.push_back(internal::item_of(q));
  LinkResult result = internal::link_items(items, options);
  auto partners = internal::partner_lists(items, result.links);
  std::vector<std::vector<std::string>> ids(records.size());
  for (std::size_t i = 0; i < records.size(); ++i)
    for (auto j : partners[i]) ids[i].push_back(records[j].id);
  for (std::size_t i = 0; i < records.size(); ++i) records[i].translations = std::move(ids[i]);
  return result;
} catch (const std::bad_alloc&) {
  return Status::Internal("out of memory while linking translations");
}

}  // namespace qbank
