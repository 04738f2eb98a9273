// JsonlDedupWriter: dedup's merged records and cluster lines as JSONL, each batch formatted on several threads.
#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "base/parallel.hpp"
#include "qbank/dedup.hpp"
#include "qbank/record_json.hpp"

namespace qbank {

struct [[gnu::visibility("hidden")]] JsonlDedupWriter::Impl {
  // The formatted text of part of a batch.
  struct Texts {
    std::string clusters, records;
  };

  OutputFile& records;            // Where the merged records go.
  OutputFile* clusters;           // Where the cluster lines go, or nullptr.
  unsigned threads;               // Formatting threads (0: all cores).
  bool hold_records = false;      // True when both outputs are stdout: records wait for finish().
  std::string held;               // The records held back.
  std::vector<Texts> texts;       // Per-part buffers, reused from batch to batch.
};

JsonlDedupWriter::JsonlDedupWriter(OutputFile& records, OutputFile* clusters, unsigned threads)
    : impl_(new Impl{records, clusters, threads, false, {}, {}}) {
  impl_->hold_records = clusters != nullptr && clusters->is_stdout() && records.is_stdout();
}

JsonlDedupWriter::~JsonlDedupWriter() = default;

Status JsonlDedupWriter::begin(DedupSummary&) { return Status::Ok(); }

Status JsonlDedupWriter::add(DedupOutput& output) { return add_batch(std::span<DedupOutput>(&output, 1)); }

Status JsonlDedupWriter::add_batch(std::span<DedupOutput> outputs) {
  Impl& m = *impl_;
  std::size_t parts = std::clamp<std::size_t>(outputs.size() / 512, 1, internal::worker_count(m.threads));
  m.texts.resize(parts);
  auto format = [&](std::size_t p) {
    std::size_t lo = outputs.size() * p / parts, hi = outputs.size() * (p + 1) / parts;
    Impl::Texts& t = m.texts[p];
    t.clusters.clear();
    t.records.clear();
    for (std::size_t i = lo; i < hi; ++i) {
      if (m.clusters) append_cluster_json(t.clusters, outputs[i]);
      append_json(t.records, outputs[i].record);
      t.records.push_back('\n');
    }
  };
  std::vector<std::thread> pool;
  std::size_t started = 1;
  for (; started < parts; ++started) {
    std::thread th = internal::try_spawn([&format, started] { format(started); });
    if (!th.joinable()) break;  // Fewer threads than asked: this thread formats the rest below.
    pool.push_back(std::move(th));
  }
  format(0);
  for (auto& th : pool) th.join();
  for (std::size_t p = started; p < parts; ++p) format(p);
  for (const Impl::Texts& t : m.texts) {
    if (m.clusters)
      if (Status s = m.clusters->write(t.clusters); !s.ok()) return s;
    if (m.hold_records) m.held += t.records;
    else if (Status s = m.records.write(t.records); !s.ok()) return s;
  }
  return Status::Ok();
}

Status JsonlDedupWriter::finish() {
  Impl& m = *impl_;
  if (m.clusters)
    if (Status s = m.clusters->commit(); !s.ok()) return s;
  if (m.hold_records)
    if (Status s = m.records.write(m.held); !s.ok()) return s;
  return m.records.commit();
}

}  // namespace qbank
