// ReviewRecorder: keeps the merged clusters, the merge evidence and the pairs kept apart while dedup streams
// its output on to another sink.
#include <algorithm>
#include <deque>
#include <new>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "base/guarded.hpp"
#include "qbank/review.hpp"
#include "review/review_data.hpp"

namespace qbank {
namespace {

using internal::review::Cluster;
using internal::review::Page;
using internal::review::Pair;
using internal::review::Side;
using internal::review::Variant;

// "file:line" of a record's first source ("" when it has none), as dedup's explanations name it.
std::string first_from(const Question& q) {
  return q.sources.empty() ? "" : q.sources[0].file + ":" + std::to_string(q.sources[0].line);
}

}  // namespace

struct [[gnu::visibility("hidden")]] ReviewRecorder::Impl {
  // Where an input record ended up.
  struct Placement {
    std::string cluster_id;  // The output record's id.
    bool merged = false;     // True when the output record is a merged cluster.
    std::string lang;        // The output record's language.
    std::string topic;       // The output record's topic ("" when none).
    std::string from;        // "file:line" of the input record itself.
    std::string code;        // The input record's code ("" when none).
  };

  DedupSink* next = nullptr;  // The sink everything is passed on to, or nullptr.
  ReviewOptions options;      // Page options.
  Page page;                  // What the page shows so far.
  // Merge explanations by "from\x1ftext" of the absorbed variant, in the order dedup made them.
  std::unordered_map<std::string, std::deque<MergeExplanation>> evidence;
  std::vector<MergeExplanation> kept_apart;                // The pairs kept apart, resolved when rendering.
  std::unordered_set<std::string> wanted_ids, wanted_froms;  // Records the pairs kept apart name.
  std::unordered_map<std::string, Placement> by_id, by_from;  // Where those records ended up.

  // Keeps one output: its cluster (when merged) and the placement of the records the pairs name.
  void keep(const DedupOutput& o) {
    const Question& r = o.record;
    const bool merged = o.inputs.size() > 1;
    Placement where{r.id, merged, r.lang, r.topic.value_or(""), {}, {}};
    for (const Question* in : o.inputs) {
      bool by_its_id = wanted_ids.count(in->id) && !by_id.count(in->id);
      std::string from = wanted_froms.empty() && !by_its_id ? std::string() : first_from(*in);
      bool by_its_from = wanted_froms.count(from) && !by_from.count(from);
      if (!by_its_id && !by_its_from) continue;
      where.from = from;
      where.code = in->code.value_or("");
      if (by_its_id) by_id.emplace(in->id, where);
      if (by_its_from) by_from.emplace(from, where);
    }
    if (!merged) return;
    Cluster c{r.id, r.text, r.lang, r.topic.value_or(""), {}};
    c.variants.reserve(o.inputs.size());
    for (const Question* in : o.inputs) {
      Variant v{in->id,  in->text, in->lang, in->topic.value_or(""), in->answer.value_or(""), in->code.value_or(""),
                {},      {},       0,        true, 0.0, {}};
      for (const auto& s : in->sources) v.sources.push_back(s.file + ":" + std::to_string(s.line));
      if (!in->sources.empty()) v.first_file = in->sources[0].file, v.first_line = in->sources[0].line;
      auto it = evidence.find(first_from(*in) + '\x1f' + in->text);
      if (it != evidence.end() && !it->second.empty()) {
        v.seed = false;
        v.score = it->second.front().verdict.score;
        v.evidence = std::move(it->second.front().verdict.evidence);
        it->second.pop_front();
      }
      c.variants.push_back(std::move(v));
    }
    // Variants in source order (file, line), so the page never depends on the order of the inputs.
    std::stable_sort(c.variants.begin(), c.variants.end(), [](const Variant& x, const Variant& y) {
      return std::tie(x.first_file, x.first_line, x.id, x.text) < std::tie(y.first_file, y.first_line, y.id, y.text);
    });
    page.clusters.push_back(std::move(c));
  }

  // Resolves the pairs kept apart against the placements.
  void resolve() {
    page.apart.clear();
    page.apart.reserve(kept_apart.size());
    auto side = [](std::string text, const Placement* p) {
      Side s{std::move(text), {}, {}, {}, false, {}, {}};
      if (p) {
        s.from = p->from, s.code = p->code, s.cluster_id = p->cluster_id, s.merged = p->merged;
        s.lang = p->lang, s.topic = p->topic;
      }
      return s;
    };
    for (const auto& e : kept_apart) {
      auto a = by_from.find(e.merged_from);
      auto b = by_id.find(e.cluster_id);
      Pair p{side(e.merged_text, a == by_from.end() ? nullptr : &a->second),
             side(e.kept_text, b == by_id.end() ? nullptr : &b->second), e.verdict.evidence};
      if (p.record.from.empty()) p.record.from = e.merged_from;
      page.apart.push_back(std::move(p));
    }
  }
};

ReviewRecorder::ReviewRecorder(DedupSink* next, ReviewOptions options) : impl_(new Impl) {
  impl_->next = next;
  impl_->options = std::move(options);
}

ReviewRecorder::~ReviewRecorder() = default;

Status ReviewRecorder::begin(DedupSummary& summary) {
  Status s = internal::guarded("review", [&] {
    Impl& m = *impl_;
    m.page.input_records = summary.input_records;
    m.page.output_records = summary.output_records;
    for (const auto& e : summary.explanations)
      m.evidence[e.merged_from + '\x1f' + e.merged_text].push_back(e);
    m.kept_apart = summary.kept_apart;
    for (const auto& e : m.kept_apart) {
      m.wanted_ids.insert(e.cluster_id);
      m.wanted_froms.insert(e.merged_from);
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return impl_->next ? impl_->next->begin(summary) : Status::Ok();
}

Status ReviewRecorder::add(DedupOutput& output) {
  if (Status s = internal::guarded("review", [&] { return impl_->keep(output), Status::Ok(); }); !s.ok()) return s;
  return impl_->next ? impl_->next->add(output) : Status::Ok();
}

Status ReviewRecorder::add_batch(std::span<DedupOutput> outputs) {
  Status s = internal::guarded("review", [&] {
    for (const auto& o : outputs) impl_->keep(o);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return impl_->next ? impl_->next->add_batch(outputs) : Status::Ok();
}

Result<std::string> ReviewRecorder::html() const {
  std::string out;
  Status s = internal::guarded("review", [&] {
    impl_->resolve();
    out = internal::review::render_html(impl_->page, impl_->options);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Status ReviewRecorder::write_html(OutputFile& out) const {
  auto page = html();
  if (!page.ok()) return page.status();
  if (Status s = out.write(*page); !s.ok()) return s;
  return out.commit();
}

}  // namespace qbank
