// dedup_and_link(): dedup whose clusters are linked across languages before the merged records are handed out.
#include <new>
#include <string>
#include <utility>
#include <vector>

#include "base/parallel.hpp"
#include "dedup/features.hpp"
#include "dedup/phase_timer.hpp"
#include "dedup/pipeline.hpp"
#include "qbank/xlang.hpp"
#include "xlang/analysis.hpp"
#include "xlang/link.hpp"

namespace qbank::internal {
namespace {

// Links the clusters through the fields their merged records will show, then sets each merged record's
// translations; keeps only the partner ids of linked clusters.
class LinkAnnotator : public ClusterAnnotator {
 public:
  LinkAnnotator(const DedupOptions& dedup, const LinkOptions& link, DedupLinkReport& report)
      : link_(link), report_(report) {
    if (link_.threads == 0) link_.threads = dedup.threads;
  }

  // Links the clusters' merged views and keeps every cluster's partner ids.
  Status prepare(const std::vector<Question>& recs, const MemberLists& members, std::size_t fixed) override try {
    const std::size_t n = members.size();
    PhaseTimer timer("link");
    std::vector<LinkItem> items(n);
    const bool have_folded = folded_.size() == recs.size();  // Dedup kept every record's folded text.
    parallel_ranges(n, link_.threads, [&](std::size_t lo, std::size_t hi) {
      std::vector<const Question*> ms;
      for (std::size_t c = lo; c < hi; ++c) {
        auto m = members.of(c);
        std::uint32_t shown = m[0];  // The member whose text the merged record shows.
        if (m.size() == 1) {
          items[c] = item_of(recs[m[0]]);
        } else {
          ms.clear();
          for (auto r : m) ms.push_back(&recs[r]);
          MergedView v = merged_view(ms, c < fixed);
          items[c] = {v.id, v.lang, v.text, v.code, v.choices, std::nullopt};
          for (auto r : m)
            if (&recs[r].text == v.text) shown = r;
        }
        if (have_folded) items[c].folded = folded_.of(shown);
      }
    });
    timer.lap("views");
    LinkResult found = link_items(items, link_);
    folded_ = FoldedTexts();
    PhaseTimer after("link");
    auto partners = partner_lists(items, found.links);
    start_.assign(n + 1, 0);
    for (std::size_t c = 0; c < n; ++c) start_[c + 1] = start_[c] + static_cast<std::uint32_t>(partners[c].size());
    ids_.reserve(start_[n]);
    for (std::size_t c = 0; c < n; ++c)
      for (auto p : partners[c]) ids_.push_back(*items[p].id);
    report_.links = found.links.size();
    after.lap("partners");
    if (link_.explain)
      for (TranslationLink& l : found.links) {
        const LinkItem& a = items[l.a];
        const LinkItem& b = items[l.b];
        report_.explanations.push_back({*a.id, *a.lang, *a.text, *b.id, *b.lang, *b.text, std::move(l.verdict)});
      }
    return Status::Ok();
  } catch (const std::bad_alloc&) {
    return Status::Internal("out of memory while linking translations");
  }

  // Asks dedup to keep every record's folded text, which the analysis of the clusters reads.
  FoldedTexts* folded_texts() override { return &folded_; }

  // Replaces the record's translations with its cluster's links.
  void annotate(std::uint32_t c, Question& record) override {
    record.translations.assign(ids_.begin() + start_[c], ids_.begin() + start_[c + 1]);
  }

 private:
  LinkOptions link_;
  DedupLinkReport& report_;
  FoldedTexts folded_;                // Every record's folded text, filled by dedup, dropped after linking.
  std::vector<std::uint32_t> start_;  // By cluster: its first partner id in ids_; one extra entry at the end.
  std::vector<std::string> ids_;      // Partner ids of every cluster, back to back.
};

}  // namespace
}  // namespace qbank::internal

namespace qbank {

Status dedup_and_link(DedupInput input, DedupSink& sink, DedupLinkReport& report, const DedupOptions& options,
                      const LinkOptions& link) {
  report = DedupLinkReport();
  internal::LinkAnnotator annotator(options, link, report);
  return internal::dedup_annotated(std::move(input), sink, options, &annotator);
}

}  // namespace qbank
