// dedup: records (JSON texts), optionally against an existing bank -> merged records and explanations.
#include <exception>
#include <string>
#include <vector>

#include <pybind11/stl.h>

#include "bindings.hpp"
#include "error.hpp"
#include "options.hpp"
#include "qbank/dedup.hpp"
#include "qbank/record_json.hpp"
#include "records.hpp"

namespace py = pybind11;

namespace qbank::python {
namespace {

// The records to deduplicate (options["records_path"]: a JSONL bank the library reads, else the JSON texts)
// and the bank (options["bank_path"] likewise).
DedupInput dedup_input(const std::vector<std::string>& records, const std::vector<std::string>& bank,
                       const py::dict& kw) {
  std::string records_path = get_string(kw, "records_path");
  std::string bank_path = get_string(kw, "bank_path");
  return DedupInput(bank_path.empty() ? parse_records(bank, get_string(kw, "against_origin", "against"))
                                      : read_bank(bank_path),
                    records_path.empty() ? parse_records(records, get_string(kw, "origin", "records"))
                                         : read_bank(records_path));
}

// Deduplicates records (against bank when it is not empty); returns a dict with "records" (JSON texts),
// "clusters" ([{"id", "members": [input indexes]}]) and "explanations" (when options["explain"] is set).
py::dict run_dedup(const std::vector<std::string>& records, const std::vector<std::string>& bank,
                   const py::dict& kw) {
  DedupOptions opt;
  opt.explain = get_bool(kw, "explain", false);
  opt.typos = get_bool(kw, "typos", opt.typos);
  opt.threads = static_cast<unsigned>(get_int(kw, "threads", opt.threads));
  DedupInput input = dedup_input(records, bank, kw);
  Result<DedupResult> result = [&] {
    py::gil_scoped_release unlocked;
    return dedup(std::move(input), opt);
  }();
  DedupResult res = take(std::move(result));
  py::list clusters;
  for (const ClusterMembership& c : res.clusters) {
    py::dict cluster;
    cluster["id"] = c.id;
    cluster["members"] = c.members;
    clusters.append(cluster);
  }
  py::list explanations;
  for (const MergeExplanation& e : res.explanations) {
    py::dict x;
    x["cluster_id"] = e.cluster_id;
    x["kept_text"] = e.kept_text;
    x["merged_text"] = e.merged_text;
    x["merged_from"] = e.merged_from;
    x["merged"] = e.verdict.same;
    x["score"] = e.verdict.score;
    x["evidence"] = e.verdict.evidence;
    explanations.append(x);
  }
  py::dict out;
  out["records"] = records_to_json(res.records);
  out["clusters"] = clusters;
  out["explanations"] = explanations;
  return out;
}

// Hands each merged record, as it is built, to a Python callable as (record JSON, input indexes); called
// with the GIL released, it takes it for each call. A Python exception stops dedup and is kept to re-raise.
class CallbackSink : public DedupSink {
 public:
  // Calls sink for each merged record.
  explicit CallbackSink(const py::function& sink) : sink_(sink) {}

  // Accepts the summary.
  Status begin(DedupSummary&) override { return Status::Ok(); }

  // Passes one merged record on.
  Status add(DedupOutput& output) override {
    std::string json = to_json(output.record);
    py::gil_scoped_acquire locked;
    try {
      sink_(py::str(json), py::cast(output.cluster.members));
    } catch (...) {
      raised = std::current_exception();
      return Status::Internal("stopped by the consumer");
    }
    return Status::Ok();
  }

  std::exception_ptr raised;  // The exception the callable raised, if any.

 private:
  const py::function& sink_;
};

// Deduplicates like run_dedup but streams each merged record to sink(json, members) in output order.
void dedup_stream(const std::vector<std::string>& records, const std::vector<std::string>& bank,
                  const py::dict& kw, const py::function& sink) {
  DedupOptions opt;
  opt.typos = get_bool(kw, "typos", opt.typos);
  opt.threads = static_cast<unsigned>(get_int(kw, "threads", opt.threads));
  DedupInput input = dedup_input(records, bank, kw);
  CallbackSink callback(sink);
  Status status;
  {
    py::gil_scoped_release unlocked;
    status = dedup(std::move(input), callback, opt);
  }
  if (callback.raised) std::rethrow_exception(callback.raised);
  check(status);
}

}  // namespace

void bind_dedup(py::module_& m) {
  m.def("dedup", &run_dedup, py::arg("records"), py::arg("bank"), py::arg("options"),
        "Merges near-duplicate records (JSON texts), against an existing bank when one is given; returns "
        "{'records', 'clusters', 'explanations'}.");
  m.def("dedup_stream", &dedup_stream, py::arg("records"), py::arg("bank"), py::arg("options"), py::arg("sink"),
        "Merges near-duplicate records like dedup, calling sink(json_text, members) for each merged record as "
        "soon as it is built.");
}

}  // namespace qbank::python
