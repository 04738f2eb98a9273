#pragma once
// The dedup review page: one self-contained HTML file (inline CSS and script, no network access) that shows
// a summary, every merged cluster with its variants side by side, their sources and the evidence of each
// merge, and the near candidates kept apart with what differed; it filters by language and topic.
//
//   qbank::ReviewRecorder review(&writer);          // passes everything on to another DedupSink
//   qbank::DedupOptions opt;
//   opt.explain = opt.explain_rejected = true;      // the page shows evidence only when dedup explains
//   qbank::Status s = qbank::dedup(std::move(records), review, opt);
//   if (s.ok()) s = review.write_html(*out);        // out: a qbank::OutputFile, committed by write_html
//
// The page is the same bytes for the same dedup run (no time stamps); every text is HTML-escaped and shown
// with its own direction (dir="auto"), so markup, scripts and Anki syntax in questions show literally.
// Opening it with "#lang=ru&topic=SQL" in the address selects those filters.

#include "qbank/api.hpp"

#include <memory>
#include <span>
#include <string>

#include "qbank/dedup.hpp"
#include "qbank/file.hpp"
#include "qbank/status.hpp"

namespace qbank {

// Options for the review page.
struct QBANK_EXPORT ReviewOptions {
  std::string title = "qbank dedup review";  // The page title and top heading (default "qbank dedup review").
};

// A DedupSink that keeps what the review page shows and passes every call on to another sink.
class QBANK_EXPORT ReviewRecorder : public DedupSink {
 public:
  // Records dedup's output and forwards it to next (nullptr: record only); next must outlive the recorder.
  explicit ReviewRecorder(DedupSink* next = nullptr, ReviewOptions options = {});
  ~ReviewRecorder() override;
  ReviewRecorder(const ReviewRecorder&) = delete;
  ReviewRecorder& operator=(const ReviewRecorder&) = delete;

  // Keeps the counts and explanations, then calls next->begin.
  Status begin(DedupSummary& summary) override;
  // Keeps one merged record's cluster, then calls next->add.
  Status add(DedupOutput& output) override;
  // Keeps the batch's clusters, then calls next->add_batch.
  Status add_batch(std::span<DedupOutput> outputs) override;

  // Returns the page as HTML.
  [[nodiscard]] Result<std::string> html() const;
  // Writes the page to out and commits it.
  [[nodiscard]] Status write_html(OutputFile& out) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace qbank
