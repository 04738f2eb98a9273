// Deterministic orders for dedup: file-name ranks of sources and the canonical order of records.
#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "dedup/pipeline.hpp"
#include "base/parallel.hpp"
#include "qbank/io.hpp"

namespace qbank::internal {
namespace {

// Parses a valid record id ("q" + 16 lowercase hex digits) as a number that sorts like the id text.
bool id_number(const std::string& id, std::uint64_t& out) {
  if (!is_valid_id(id)) return false;
  out = 0;
  for (std::size_t i = 1; i < id.size(); ++i) {
    char c = id[i];
    out = out << 4 | static_cast<std::uint64_t>(c <= '9' ? c - '0' : c - 'a' + 10);
  }
  return true;
}

// A record's place in the canonical order, with the cheap parts of the comparison precomputed.
struct CanonKey {
  std::uint64_t id = 0;   // The id as a number (when id_ok).
  SourceRank src;         // The earliest source.
  std::uint32_t index = 0;
  bool id_ok = false;     // The id is well-formed, so `id` orders like its text.
};

}  // namespace

std::vector<SourceRank> source_ranks(const std::vector<Question>& recs) {
  std::unordered_map<std::string_view, std::uint32_t> names;
  std::string_view last;  // Neighbouring records mostly come from the same file: skip re-hashing its name.
  for (const auto& q : recs)
    for (const auto& s : q.sources)
      if (names.empty() || s.file != last) last = names.emplace(s.file, 0).first->first;
  std::vector<std::string_view> sorted;
  sorted.reserve(names.size());
  for (const auto& [name, rank] : names) sorted.push_back(name);
  std::sort(sorted.begin(), sorted.end());
  for (std::size_t i = 0; i < sorted.size(); ++i) names[sorted[i]] = static_cast<std::uint32_t>(i);
  std::vector<SourceRank> out(recs.size());
  parallel_ranges(recs.size(), 0, [&](std::size_t lo, std::size_t hi) {
    std::string_view last_name;
    std::uint32_t last_rank = 0;
    bool have = false;
    for (std::size_t r = lo; r < hi; ++r)
      for (const auto& s : recs[r].sources) {
        if (!have || s.file != last_name) last_name = s.file, last_rank = names.find(last_name)->second, have = true;
        SourceRank k{last_rank, s.line};
        if (k < out[r]) out[r] = k;
      }
  }, 1 << 14);
  return out;
}

std::vector<std::uint32_t> canonical_order(const std::vector<Question>& recs, const std::vector<SourceRank>& src,
                                           std::size_t from) {
  from = std::min(from, recs.size());
  std::vector<CanonKey> keys(recs.size() - from);
  parallel_for(keys.size(), 0, [&](std::size_t j) {
    CanonKey& k = keys[j];
    std::size_t i = from + j;
    k.id_ok = id_number(recs[i].id, k.id);
    k.src = src[i];
    k.index = static_cast<std::uint32_t>(i);
  }, 1 << 14);
  // Orders by id, earliest source, text and index; records tied on all but the index are then ordered by
  // their JSON, each written once (a list concatenated with itself ties every copy with the others).
  auto tie = [&](const CanonKey& a, const CanonKey& b) -> int {
    if (a.id_ok && b.id_ok) {
      if (a.id != b.id) return a.id < b.id ? -1 : 1;
    } else if (int c = recs[a.index].id.compare(recs[b.index].id); c != 0) {
      return c;
    }
    if (a.src < b.src) return -1;
    if (b.src < a.src) return 1;
    return recs[a.index].text.compare(recs[b.index].text);
  };
  auto less = [&](const CanonKey& a, const CanonKey& b) {
    if (int c = tie(a, b); c != 0) return c < 0;
    return a.index < b.index;
  };
  // The order is total (index breaks every tie), so sorting halves and merging them gives the same result.
  auto mid = keys.begin() + static_cast<std::ptrdiff_t>(keys.size() / 2);
  parallel_for(2, 0, [&](std::size_t half) {
    if (half == 0) std::sort(keys.begin(), mid, less);
    else std::sort(mid, keys.end(), less);
  }, 1);
  std::vector<std::uint32_t> order(keys.size());
  std::size_t n = 0;
  for (auto a = keys.begin(), b = mid; a != mid || b != keys.end();)
    order[n++] = (b == keys.end() || (a != mid && !less(*b, *a)) ? a++ : b++)->index;
  // Each run of tied records (now in index order) is sorted by JSON, keeping index order among equal ones.
  auto tied = [&](std::uint32_t a, std::uint32_t b) {
    return recs[a].id == recs[b].id && !(src[a] < src[b]) && !(src[b] < src[a]) && recs[a].text == recs[b].text;
  };
  std::vector<std::string> json;
  std::vector<std::uint32_t> run, sorted;
  for (std::size_t i = 0, j = 0; i < order.size(); i = j) {
    for (j = i + 1; j < order.size() && tied(order[i], order[j]);) ++j;
    if (j - i < 2) continue;
    json.clear();
    for (std::size_t k = i; k < j; ++k) json.push_back(to_json(recs[order[k]]));
    if (std::all_of(json.begin(), json.end(), [&](const std::string& t) { return t == json[0]; })) continue;
    run.resize(j - i);
    for (std::size_t k = 0; k < run.size(); ++k) run[k] = static_cast<std::uint32_t>(k);
    std::stable_sort(run.begin(), run.end(), [&](std::uint32_t x, std::uint32_t y) { return json[x] < json[y]; });
    sorted.resize(run.size());
    for (std::size_t k = 0; k < run.size(); ++k) sorted[k] = order[i + run[k]];
    std::copy(sorted.begin(), sorted.end(), order.begin() + static_cast<std::ptrdiff_t>(i));
  }
  return order;
}

}  // namespace qbank::internal
