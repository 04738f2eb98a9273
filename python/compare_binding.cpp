// compare: the verdict on two records with the bank-independent rules.
#include <string>

#include "bindings.hpp"
#include "error.hpp"
#include "options.hpp"
#include "qbank/dedup.hpp"
#include "records.hpp"

namespace py = pybind11;

namespace qbank::python {
namespace {

// Compares two records given as JSON texts; returns {"merged", "score", "evidence"}.
py::dict run_compare(const std::string& a, const std::string& b, const py::dict& kw) {
  std::vector<Question> records = parse_records({a, b}, get_string(kw, "origin", "compare"));
  DedupOptions opt;
  opt.typos = get_bool(kw, "typos", opt.typos);
  MatchVerdict verdict = compare(records[0], records[1], opt);
  py::dict out;
  out["merged"] = verdict.same;
  out["score"] = verdict.score;
  out["evidence"] = verdict.evidence;
  return out;
}

}  // namespace

void bind_compare(py::module_& m) {
  m.def("compare", &run_compare, py::arg("a"), py::arg("b"), py::arg("options"),
        "Compares two records (JSON texts); returns {'merged', 'score', 'evidence'}.");
}

}  // namespace qbank::python
