// Deterministic orders for dedup: file-name ranks of sources and the canonical order of records.
#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "dedup_pipeline.hpp"
#include "qbank/io.hpp"

namespace qbank::detail {
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
  for (const auto& q : recs)
    for (const auto& s : q.sources) names.emplace(s.file, 0);
  std::vector<std::string_view> sorted;
  sorted.reserve(names.size());
  for (const auto& [name, rank] : names) sorted.push_back(name);
  std::sort(sorted.begin(), sorted.end());
  for (std::size_t i = 0; i < sorted.size(); ++i) names[sorted[i]] = static_cast<std::uint32_t>(i);
  std::vector<SourceRank> out(recs.size());
  for (std::size_t r = 0; r < recs.size(); ++r)
    for (const auto& s : recs[r].sources) {
      SourceRank k{names[s.file], s.line};
      if (k < out[r]) out[r] = k;
    }
  return out;
}

std::vector<std::uint32_t> canonical_order(const std::vector<Question>& recs, const std::vector<SourceRank>& src,
                                           std::size_t from) {
  std::vector<CanonKey> keys;
  keys.reserve(recs.size() - std::min(from, recs.size()));
  for (std::size_t i = from; i < recs.size(); ++i) {
    CanonKey k;
    k.id_ok = id_number(recs[i].id, k.id);
    k.src = src[i];
    k.index = static_cast<std::uint32_t>(i);
    keys.push_back(k);
  }
  std::sort(keys.begin(), keys.end(), [&](const CanonKey& a, const CanonKey& b) {
    if (a.id_ok && b.id_ok) {
      if (a.id != b.id) return a.id < b.id;
    } else if (int c = recs[a.index].id.compare(recs[b.index].id); c != 0) {
      return c < 0;
    }
    if (a.src < b.src) return true;
    if (b.src < a.src) return false;
    const Question& qa = recs[a.index];
    const Question& qb = recs[b.index];
    if (int c = qa.text.compare(qb.text); c != 0) return c < 0;
    if (std::string ja = to_json(qa), jb = to_json(qb); ja != jb) return ja < jb;  // Rare full tie.
    return a.index < b.index;  // Identical records: their order cannot change the output.
  });
  std::vector<std::uint32_t> order(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) order[i] = keys[i].index;
  return order;
}

}  // namespace qbank::detail
