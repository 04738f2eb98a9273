// Staged dedup (qbank/dedup_stages.hpp): one function per stage, each run with the GIL released, for the
// Dask driver qbank.dask.
#include <string>
#include <vector>

#include <pybind11/stl.h>

#include "bindings.hpp"
#include "error.hpp"
#include "qbank/dedup_stages.hpp"

namespace py = pybind11;

namespace qbank::python {
namespace {

// Returns a plan's task counts as a dict.
py::dict plan_dict(const DedupPlan& p) {
  py::dict d;
  d["shards"] = p.shards;
  d["bank_shards"] = p.bank_shards;
  d["partitions"] = p.partitions;
  return d;
}

// Runs a stage that returns a Status on workdir and index, without the GIL.
template <typename Stage>
void run_stage(Stage stage, const std::string& workdir, unsigned index) {
  Status s;
  {
    py::gil_scoped_release unlocked;
    s = stage(workdir, index);
  }
  check(s);
}

}  // namespace

void bind_dedup_stages(py::module_& m) {
  m.def("dedup_stage_plan",
        [](const std::string& workdir, const std::vector<std::string>& inputs, const std::vector<std::string>& bank,
           unsigned shards, unsigned bank_shards, unsigned partitions, std::size_t max_component, bool typos) {
          DedupPlanOptions o;
          o.inputs = inputs;
          o.bank = bank;
          o.shards = shards;
          o.bank_shards = bank_shards;
          o.partitions = partitions;
          o.max_component = max_component;
          o.typos = typos;
          return plan_dict(take(dedup_stage_plan(workdir, o)));
        },
        py::arg("workdir"), py::arg("inputs"), py::arg("bank") = std::vector<std::string>{}, py::arg("shards") = 0,
        py::arg("bank_shards") = 0, py::arg("partitions") = 0, py::arg("max_component") = 2000000,
        py::arg("typos") = true,
        "Writes the plan of a staged dedup into workdir; returns {shards, bank_shards, partitions}.");
  m.def("dedup_stage_read_plan", [](const std::string& workdir) { return plan_dict(take(dedup_stage_read_plan(workdir))); },
        py::arg("workdir"), "Reads the plan in workdir; returns {shards, bank_shards, partitions}.");
  m.def("dedup_stage_count", [](const std::string& w, unsigned i) { run_stage(dedup_stage_count, w, i); },
        py::arg("workdir"), py::arg("shard"), "Counts a shard's records and word stems.");
  m.def("dedup_stage_stats",
        [](const std::string& w) {
          Status s;
          {
            py::gil_scoped_release unlocked;
            s = dedup_stage_stats(w);
          }
          check(s);
        },
        py::arg("workdir"), "Sums the counts into the bank's word statistics.");
  m.def("dedup_stage_keys", [](const std::string& w, unsigned i) { run_stage(dedup_stage_keys, w, i); },
        py::arg("workdir"), py::arg("shard"), "Writes a shard's blocking keys, partitioned.");
  m.def("dedup_stage_edges", [](const std::string& w, unsigned i) { run_stage(dedup_stage_edges, w, i); },
        py::arg("workdir"), py::arg("partition"), "Joins one key partition into candidate edges.");
  m.def("dedup_stage_components",
        [](const std::string& w) {
          Result<unsigned> r = 0u;
          {
            py::gil_scoped_release unlocked;
            r = dedup_stage_components(w);
          }
          return take(std::move(r));
        },
        py::arg("workdir"), "Finds connected components; returns the number of component partitions.");
  m.def("dedup_stage_route", [](const std::string& w, unsigned i) { run_stage(dedup_stage_route, w, i); },
        py::arg("workdir"), py::arg("shard"), "Writes a shard's lone records out and routes the others.");
  m.def("dedup_stage_cluster", [](const std::string& w, unsigned i) { run_stage(dedup_stage_cluster, w, i); },
        py::arg("workdir"), py::arg("partition"), "Deduplicates one component partition.");
  m.def("dedup_stage_merge",
        [](const std::string& w, const std::string& records, const std::string& clusters) {
          Status s;
          {
            py::gil_scoped_release unlocked;
            s = dedup_stage_merge(w, records, clusters);
          }
          check(s);
        },
        py::arg("workdir"), py::arg("records"), py::arg("clusters") = std::string(),
        "Merges the output parts into the records file and, unless empty, the clusters file.");
}

}  // namespace qbank::python
