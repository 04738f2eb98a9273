// Field policies of qbank::merge and the combination of a group of records into one.
#include <algorithm>
#include <map>

#include "bank/merge_internal.hpp"

namespace qbank::internal {
namespace {

// The length of a UTF-8 string in code points.
std::size_t char_count(const std::string& s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// True when the value is present and not only whitespace.
bool usable(const std::optional<std::string>& v) {
  return v && v->find_first_not_of(" \t\r\n") != std::string::npos;
}

// True when two sources are exact repeats of each other (every field equal).
bool same_source(const Source& a, const Source& b) {
  return a.line == b.line && a.file == b.file && a.raw == b.raw && a.format == b.format && a.text == b.text &&
         a.extra == b.extra;
}

// Appends the items of from that out does not hold yet, keeping their order.
void unite(std::vector<std::string>& out, const std::vector<std::string>& from) {
  for (const auto& s : from)
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
}

}  // namespace

}  // namespace qbank::internal

namespace qbank {

Result<FieldPolicy> parse_field_policy(std::string_view name) {
  if (name == "first") return FieldPolicy::kFirst;
  if (name == "longest") return FieldPolicy::kLongest;
  if (name == "most-common" || name == "most_common") return FieldPolicy::kMostCommon;
  return Status::InvalidArgument("unknown field policy '" + std::string(name) +
                                 "' (expected first, longest or most-common)");
}

std::string_view field_policy_name(FieldPolicy policy) {
  switch (policy) {
    case FieldPolicy::kFirst: return "first";
    case FieldPolicy::kLongest: return "longest";
    case FieldPolicy::kMostCommon: return "most-common";
  }
  return "first";
}

}  // namespace qbank

namespace qbank::internal {

std::optional<std::string> choose_field(const std::vector<const Question*>& members, OptionalField field,
                                        FieldPolicy policy) {
  std::map<std::string_view, std::size_t> counts;
  if (policy == FieldPolicy::kMostCommon)
    for (const Question* q : members)
      if (usable(q->*field)) ++counts[*(q->*field)];
  const std::optional<std::string>* best = nullptr;
  std::size_t best_score = 0;
  for (const Question* q : members) {
    const auto& v = q->*field;
    if (!usable(v)) continue;
    std::size_t score = 0;
    if (policy == FieldPolicy::kLongest) score = char_count(*v);
    if (policy == FieldPolicy::kMostCommon) score = counts[*v];
    if (!best || score > best_score) {
      best = &v;
      best_score = score;
    }
    if (policy == FieldPolicy::kFirst) break;
  }
  return best ? *best : std::nullopt;
}

void drop_repeated_sources(Question& q) {
  std::vector<Source> kept;
  kept.reserve(q.sources.size());
  for (auto& src : q.sources)
    if (std::none_of(kept.begin(), kept.end(), [&](const Source& s) { return same_source(s, src); }))
      kept.push_back(std::move(src));
  q.sources = std::move(kept);
}

Question combine_group(const std::vector<const Question*>& members, const MergeOptions& options) {
  Question out = *members.front();
  out.topic = choose_field(members, &Question::topic, options.topic);
  out.answer = choose_field(members, &Question::answer, options.answer);
  for (std::size_t i = 1; i < members.size(); ++i) {
    const Question& q = *members[i];
    if (out.lang == "und") out.lang = q.lang;
    if (!usable(out.code)) out.code = q.code;
    if (out.choices.empty()) out.choices = q.choices;
    unite(out.tags, q.tags);
    unite(out.notes, q.notes);
    for (const auto& src : q.sources)
      if (std::none_of(out.sources.begin(), out.sources.end(), [&](const Source& s) { return same_source(s, src); }))
        out.sources.push_back(src);
    for (const auto& kv : q.extra)
      if (std::none_of(out.extra.begin(), out.extra.end(), [&](const auto& e) { return e.first == kv.first; }))
        out.extra.push_back(kv);
  }
  return out;
}

}  // namespace qbank::internal
