// Merging banks: canonical order first, then grouping by id or by dedup cluster, then field policies.
#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "records/id_conflicts.hpp"
#include "bank/merge_internal.hpp"
#include "qbank/io.hpp"

namespace qbank::internal {
namespace {

// The sort key of a record: its earliest source and its id.
struct CanonicalKey {
  std::string_view file;
  std::int64_t line = 0;
  std::string_view id;
};

// Returns the key of a record; a record without sources sorts before all others.
CanonicalKey key_of(const Question& q) {
  CanonicalKey k{"", 0, q.id};
  for (std::size_t i = 0; i < q.sources.size(); ++i) {
    const Source& s = q.sources[i];
    if (i == 0 || s.file < k.file || (s.file == k.file && s.line < k.line)) {
      k.file = s.file;
      k.line = s.line;
    }
  }
  return k;
}

// Fills in the id of records that lack a well-formed one, so grouping by id is meaningful.
void ensure_ids(std::vector<Question>& records) {
  for (auto& q : records)
    if (!is_valid_id(q.id)) q.id = compute_id(q);
}

// Groups records (already in canonical order) by id, keeping the order of first appearance.
std::vector<std::vector<const Question*>> group_by_id(const std::vector<Question>& records) {
  std::vector<std::vector<const Question*>> groups;
  std::unordered_map<std::string_view, std::size_t> index;
  for (const auto& q : records) {
    auto [it, fresh] = index.emplace(q.id, groups.size());
    if (fresh) groups.emplace_back();
    groups[it->second].push_back(&q);
  }
  return groups;
}

// Re-applies the topic and answer policies to every cluster of a dedup result whose member indexes point
// into records.
Result<std::vector<Question>> apply_policies(Result<DedupResult> res, const std::vector<Question>& records,
                                             const MergeOptions& options) {
  if (!res.ok()) return res.status();
  std::vector<Question> out = std::move(res->records);
  std::unordered_map<std::string_view, std::size_t> by_id;
  for (std::size_t i = 0; i < out.size(); ++i) by_id.emplace(out[i].id, i);
  for (const auto& cluster : res->clusters) {
    auto it = by_id.find(cluster.id);
    if (it == by_id.end()) return Status::Internal("dedup cluster " + cluster.id + " has no record");
    std::vector<std::size_t> idx = cluster.members;
    std::sort(idx.begin(), idx.end());
    std::vector<const Question*> members;
    for (std::size_t i : idx)
      if (i < records.size()) members.push_back(&records[i]);
    if (members.empty()) continue;
    drop_repeated_sources(out[it->second]);
    out[it->second].topic = choose_field(members, &Question::topic, options.topic);
    out[it->second].answer = choose_field(members, &Question::answer, options.answer);
  }
  return out;
}

// Runs qbank::dedup and re-applies the topic and answer policies to every cluster.
Result<std::vector<Question>> merge_with_dedup(const std::vector<Question>& records, const MergeOptions& options) {
  return apply_policies(dedup(records, options.dedup_options), records, options);
}

}  // namespace

void sort_canonical(std::vector<Question>& records) {
  std::vector<CanonicalKey> keys;
  keys.reserve(records.size());
  for (const auto& q : records) keys.push_back(key_of(q));
  std::vector<std::optional<std::string>> json(records.size());
  auto json_of = [&](std::size_t i) -> const std::string& {
    if (!json[i]) json[i] = to_json(records[i]);
    return *json[i];
  };
  std::vector<std::size_t> order(records.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const CanonicalKey &x = keys[a], &y = keys[b];
    if (x.file != y.file) return x.file < y.file;
    if (x.line != y.line) return x.line < y.line;
    if (x.id != y.id) return x.id < y.id;
    return json_of(a) < json_of(b);
  });
  std::vector<Question> sorted;
  sorted.reserve(records.size());
  for (std::size_t i : order) sorted.push_back(std::move(records[i]));
  records = std::move(sorted);
}

}  // namespace qbank::internal

namespace qbank {

Result<MergeResult> merge(std::vector<Question> records, const MergeOptions& options) {
  MergeResult result;
  result.input_records = records.size();
  internal::ensure_ids(records);
  if (Status s = internal::check_id_conflicts(records); !s.ok()) return s;
  internal::sort_canonical(records);
  if (options.dedup) {
    auto merged = internal::merge_with_dedup(records, options);
    if (!merged.ok()) return merged.status();
    result.records = std::move(*merged);
  } else {
    for (const auto& group : internal::group_by_id(records)) result.records.push_back(internal::combine_group(group, options));
  }
  internal::sort_canonical(result.records);
  return result;
}

Result<MergeResult> merge_into(std::vector<Question> bank, std::vector<Question> incoming,
                               const MergeOptions& options) {
  if (!options.dedup) {
    for (auto& q : incoming) bank.push_back(std::move(q));
    return merge(std::move(bank), options);  // Grouping by id never changes an id.
  }
  MergeResult result;
  result.input_records = bank.size() + incoming.size();
  internal::ensure_ids(bank);
  internal::ensure_ids(incoming);
  internal::sort_canonical(bank);
  internal::sort_canonical(incoming);
  std::vector<Question> all;  // The records dedup numbers its cluster members by: bank, then incoming.
  all.reserve(result.input_records);
  all.insert(all.end(), bank.begin(), bank.end());
  all.insert(all.end(), incoming.begin(), incoming.end());
  auto merged = internal::apply_policies(dedup({std::move(bank), std::move(incoming)}, options.dedup_options),
                                         all, options);
  if (!merged.ok()) return merged.status();
  result.records = std::move(*merged);
  internal::sort_canonical(result.records);
  return result;
}

}  // namespace qbank

