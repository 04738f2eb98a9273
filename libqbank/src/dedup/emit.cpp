// Streaming dedup output: clusters in output order, merged in parallel batches, handed to a sink in order.
#include <algorithm>

#include "dedup/pipeline.hpp"
#include "base/parallel.hpp"
#include "qbank/io.hpp"

namespace qbank::internal {
namespace {

// Groups the placed records by cluster, keeping placement order, and frees the per-record arrays.
MemberLists group_members(Clustering& cl) {
  MemberLists m;
  m.start.assign(cl.seed.size() + 1, 0);
  for (auto r : cl.sequence) ++m.start[cl.cluster_of[r] + 1];
  for (std::size_t c = 0; c < cl.seed.size(); ++c) m.start[c + 1] += m.start[c];
  m.records.resize(cl.sequence.size());
  std::vector<std::uint32_t> fill(m.start.begin(), m.start.end() - 1);
  for (auto r : cl.sequence) m.records[fill[cl.cluster_of[r]]++] = r;
  std::vector<std::uint32_t>().swap(cl.sequence);
  std::vector<std::uint32_t>().swap(cl.cluster_of);
  return m;
}

// Orders clusters for output: bank clusters first as they are, then by earliest source, smallest member id,
// and the seed's JSON.
std::vector<std::uint32_t> output_order(const std::vector<Question>& recs, const Clustering& cl,
                                        const MemberLists& members, const std::vector<SourceRank>& src,
                                        std::size_t fixed) {
  std::size_t n = cl.seed.size();
  std::vector<SourceRank> first(n);
  std::vector<const std::string*> min_id(n);
  for (std::size_t c = 0; c < n; ++c)
    for (auto r : members.of(c)) {
      if (src[r] < first[c]) first[c] = src[r];
      if (!min_id[c] || recs[r].id < *min_id[c]) min_id[c] = &recs[r].id;
    }
  std::vector<std::uint32_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = static_cast<std::uint32_t>(i);
  std::sort(order.begin() + static_cast<std::ptrdiff_t>(std::min(fixed, n)), order.end(),
            [&](std::uint32_t a, std::uint32_t b) {
              if (first[a] < first[b]) return true;
              if (first[b] < first[a]) return false;
              if (int c = min_id[a]->compare(*min_id[b]); c != 0) return c < 0;
              return to_json(recs[cl.seed[a]]) < to_json(recs[cl.seed[b]]);  // Seeds differ somewhere.
            });
  return order;
}

// One batch of output records being prepared.
struct Batch {
  std::vector<Question> merged;                       // Merged records of clusters with several members.
  std::vector<ClusterMembership> clusters;            // Membership of each record.
  std::vector<std::vector<const Question*>> inputs;   // Input records of each, by ascending index.

  // Sizes the batch for n records.
  void resize(std::size_t n) {
    merged.resize(n);
    clusters.resize(n);
    inputs.resize(n);
  }
};

// Prepares output record i of a batch from cluster c.
void prepare_one(std::vector<Question>& recs, std::span<const std::uint32_t> m, bool bank, Batch& b, std::size_t i) {
  ClusterMembership& cm = b.clusters[i];
  cm.members.assign(m.begin(), m.end());
  std::sort(cm.members.begin(), cm.members.end());
  b.inputs[i].clear();
  for (auto r : cm.members) b.inputs[i].push_back(&recs[r]);
  if (m.size() == 1) {
    cm.id = recs[m[0]].id;
    return;
  }
  std::vector<const Question*> placed;
  placed.reserve(m.size());
  for (auto r : m) placed.push_back(&recs[r]);
  b.merged[i] = merge_cluster(placed, bank);
  cm.id = b.merged[i].id;
}

}  // namespace

Status emit_clusters(std::vector<Question>& recs, Clustering& cl, const std::vector<SourceRank>& src,
                     std::size_t fixed, const DedupOptions& opt, DedupSink& sink, ClusterAnnotator* annotator) {
  MemberLists members = group_members(cl);
  if (annotator)
    if (Status s = annotator->prepare(recs, members, fixed); !s.ok()) return s;
  std::vector<std::uint32_t> order = output_order(recs, cl, members, src, fixed);
  DedupSummary summary;
  summary.input_records = recs.size();
  summary.output_records = order.size();
  summary.explanations = std::move(cl.explanations);
  summary.kept_apart = std::move(cl.kept_apart);
  if (Status s = sink.begin(summary); !s.ok()) return s;
  constexpr std::size_t kBatch = 1 << 14;
  Batch b;
  std::vector<DedupOutput> outs;
  for (std::size_t lo = 0; lo < order.size(); lo += kBatch) {
    std::size_t n = std::min(kBatch, order.size() - lo);
    b.resize(n);
    parallel_for(n, opt.threads, [&](std::size_t i) {
      std::uint32_t c = order[lo + i];
      prepare_one(recs, members.of(c), c < fixed, b, i);
    }, 256);
    outs.clear();
    for (std::size_t i = 0; i < n; ++i) {
      auto m = members.of(order[lo + i]);
      Question& record = m.size() == 1 ? recs[m[0]] : b.merged[i];
      if (annotator) annotator->annotate(order[lo + i], record);
      outs.push_back({record, b.clusters[i], b.inputs[i]});
    }
    if (Status s = sink.add_batch(outs); !s.ok()) return s;
    // Input records stay until the caller frees them all at once: freeing them here, batch by batch on
    // several threads, cost more time (allocator contention) than it saved memory (the peak is earlier).
    for (std::size_t i = 0; i < n; ++i)
      if (members.of(order[lo + i]).size() > 1) b.merged[i] = Question();
  }
  return Status::Ok();
}

}  // namespace qbank::internal

namespace qbank {

void append_cluster_json(std::string& out, const DedupOutput& output) {
  out += "{\"id\":";
  append_json_string(out, output.cluster.id);
  out += ",\"size\":";
  out += std::to_string(output.inputs.size());
  out += ",\"members\":[";
  for (std::size_t i = 0; i < output.inputs.size(); ++i) {
    const Question& q = *output.inputs[i];
    if (i) out.push_back(',');
    out += "{\"id\":";
    append_json_string(out, q.id);
    out += ",\"file\":";
    append_json_string(out, q.sources.empty() ? std::string_view() : std::string_view(q.sources[0].file));
    out += ",\"line\":";
    out += std::to_string(q.sources.empty() ? std::int64_t{0} : q.sources[0].line);
    out += ",\"text\":";
    append_json_string(out, q.text);
    out.push_back('}');
  }
  out += "]}\n";
}

}  // namespace qbank
