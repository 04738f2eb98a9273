// Merging a cluster of near-duplicate records into one record (the representative policy).
#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

#include "dedup/features.hpp"
#include "base/utf8.hpp"

namespace qbank::internal {
namespace {

// Counts space-separated words.
std::size_t word_count(const std::string& text) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\t' || c == '\n';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// Ranks a variant for display: capitalised and free of markdown escapes first, then fewer words (no
// appended context), then ending with punctuation. Higher is better.
std::tuple<int, long, int> presentability(const std::string& text) {
  int clean = 0, ends = 0;
  if (!text.empty()) {
    std::size_t i = 0;
    char32_t c = utf8::next(text, i);
    bool lower = (c >= 'a' && c <= 'z') || (c >= 0x0430 && c <= 0x044F);
    if (!lower) ++clean;
    char last = text.back();
    bool fullwidth_q = text.size() >= 3 && text.compare(text.size() - 3, 3, "\xEF\xBC\x9F") == 0;
    if (last == '?' || last == '.' || last == '!' || fullwidth_q) ++ends;
  }
  if (text.find('\\') == std::string::npos) ++clean;
  return {clean, -static_cast<long>(word_count(text)), ends};
}

// Picks the shown text: the most frequent variant (counting sources), then the most presentable; the first
// member's on a tie.
const std::string& choose_text(const std::vector<const Question*>& members) {
  // Each distinct text once, in order of first appearance, with its weight.
  std::vector<std::pair<const std::string*, std::size_t>> freq;
  std::map<std::string_view, std::size_t> index;  // Used only for large clusters.
  constexpr std::size_t kLinearSearch = 32;        // Clusters up to this size search freq directly.
  bool large = members.size() > kLinearSearch;
  for (const Question* q : members) {
    std::size_t w = std::max<std::size_t>(1, q->sources.size());
    std::size_t at = freq.size();
    if (large) {
      auto [it, added] = index.emplace(q->text, freq.size());
      at = it->second;
    } else {
      for (std::size_t k = 0; k < freq.size(); ++k)
        if (*freq[k].first == q->text) at = k;
    }
    if (at == freq.size()) freq.emplace_back(&q->text, 0);
    freq[at].second += w;
  }
  const std::string* best = freq[0].first;
  auto best_key = std::make_tuple(freq[0].second, presentability(*best));
  for (std::size_t k = 1; k < freq.size(); ++k) {
    auto key = std::make_tuple(freq[k].second, presentability(*freq[k].first));
    if (key > best_key) best = freq[k].first, best_key = key;
  }
  return *best;
}

// Picks the most common non-null topic; ties go to the earliest member.
std::optional<std::string> choose_topic(const std::vector<const Question*>& members) {
  std::map<std::string, std::size_t> freq;
  for (const Question* q : members)
    if (q->topic) ++freq[*q->topic];
  std::optional<std::string> best;
  std::size_t best_n = 0;
  for (const Question* q : members)
    if (q->topic && freq[*q->topic] > best_n) best = q->topic, best_n = freq[*q->topic];
  return best;
}

// Keeps the longest answer and notes how many different answers there were.
void choose_answer(const std::vector<const Question*>& members, Question& out) {
  std::set<std::string> distinct;
  for (const Question* q : members) {
    if (!q->answer || q->answer->empty()) continue;
    distinct.insert(*q->answer);
    if (!out.answer || q->answer->size() > out.answer->size()) out.answer = q->answer;
  }
  if (distinct.size() > 1)
    out.notes.push_back("dedup: kept the longest of " + std::to_string(distinct.size()) + " different answers");
}

// Appends every member's sources, marking variants whose text differs from the shown one.
void collect_sources(const std::vector<const Question*>& members, Question& out) {
  for (const Question* q : members)
    for (const Source& src : q->sources) {
      out.sources.push_back(src);
      Source& s = out.sources.back();
      if (!s.text && q->text != out.text) s.text = q->text;
      if (s.text && *s.text == out.text) s.text.reset();
    }
  std::stable_sort(out.sources.begin(), out.sources.end(), [](const Source& a, const Source& b) {
    return std::tie(a.file, a.line, a.raw) < std::tie(b.file, b.line, b.raw);
  });
}

}  // namespace

MergedView merged_view(const std::vector<const Question*>& members, bool keep_seed_text) {
  const Question& seed = *members[0];
  MergedView v{&seed.id, &seed.lang, &seed.text, &seed.code, &seed.choices};
  if (members.size() == 1) return v;
  if (!keep_seed_text) v.text = &choose_text(members);
  for (const Question* q : members) {
    if (!keep_seed_text && q->id < *v.id) v.id = &q->id;
    if (v.choices->empty()) v.choices = &q->choices;
    if (!*v.code && q->code) v.code = &q->code;
  }
  return v;
}

Question merge_cluster(const std::vector<const Question*>& members, bool keep_seed_text) {
  Question out;
  const Question& seed = *members[0];
  if (members.size() == 1) return seed;
  MergedView v = merged_view(members, keep_seed_text);
  out.text = *v.text;
  out.lang = *v.lang;
  out.topic = keep_seed_text && seed.topic ? seed.topic : choose_topic(members);
  out.code = *v.code;
  out.id = *v.id;
  out.choices = *v.choices;
  std::set<std::string> tags, notes, translations;
  for (const Question* q : members) {
    tags.insert(q->tags.begin(), q->tags.end());
    notes.insert(q->notes.begin(), q->notes.end());
    translations.insert(q->translations.begin(), q->translations.end());
    for (const auto& e : q->extra)
      if (std::none_of(out.extra.begin(), out.extra.end(), [&](const auto& x) { return x.first == e.first; }))
        out.extra.push_back(e);
  }
  out.tags.assign(tags.begin(), tags.end());
  out.notes.assign(notes.begin(), notes.end());
  out.translations.assign(translations.begin(), translations.end());
  choose_answer(members, out);
  collect_sources(members, out);
  return out;
}

}  // namespace qbank::internal
