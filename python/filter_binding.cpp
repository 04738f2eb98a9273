// filter: the records (JSON texts) a compiled qbank::Filter selects.
#include <string>
#include <vector>

#include <pybind11/stl.h>

#include "bindings.hpp"
#include "error.hpp"
#include "options.hpp"
#include "qbank/filter.hpp"
#include "qbank/record_json.hpp"
#include "records.hpp"

namespace py = pybind11;

namespace qbank::python {
namespace {

// Builds FilterOptions from the keywords lang, topic, tags, all_tags, sources, pattern, exclude, fold,
// answer ("any"/"present"/"absent"), has_code, min_words, max_words and invert.
FilterOptions filter_options(const py::dict& kw) {
  FilterOptions opt;
  opt.langs = get_strings(kw, "lang");
  opt.topic = get_string(kw, "topic");
  opt.tags = get_strings(kw, "tags");
  opt.all_tags = get_bool(kw, "all_tags", false);
  opt.sources = get_strings(kw, "sources");
  opt.match = get_string(kw, "pattern");
  opt.exclude = get_string(kw, "exclude");
  opt.fold = get_bool(kw, "fold", false);
  std::string answer = get_string(kw, "answer", "any");
  if (answer == "present") opt.answer = AnswerTest::kPresent;
  else if (answer == "absent") opt.answer = AnswerTest::kAbsent;
  else if (answer != "any") throw StatusError(Status::InvalidArgument("answer must be 'any', 'present' or 'absent', not '" + answer + "'"));
  opt.has_code = get_bool(kw, "has_code", false);
  opt.min_words = static_cast<std::size_t>(get_int(kw, "min_words", 0));
  opt.max_words = static_cast<std::size_t>(get_int(kw, "max_words", 0));
  opt.invert = get_bool(kw, "invert", false);
  return opt;
}

// A compiled filter over records as JSON texts.
class CompiledFilter {
 public:
  // Compiles the options; a bad pattern or option throws StatusError quoting the library.
  explicit CompiledFilter(const py::dict& kw)
      : filter_(take(Filter::compile(filter_options(kw)))), origin_(get_string(kw, "origin", "records")) {}

  // Returns, for each record of a batch, whether the filter selects it; first_line numbers the batch's
  // first record in error messages.
  std::vector<bool> select(const std::vector<std::string>& records, std::int64_t first_line) {
    std::vector<Question> parsed = parse_records(records, origin_, first_line);
    std::vector<bool> selected;
    selected.reserve(parsed.size());
    for (const Question& q : parsed) selected.push_back(filter_.matches(q));
    return selected;
  }

 private:
  Filter filter_;
  std::string origin_;
};

}  // namespace

void bind_filter(py::module_& m) {
  py::class_<CompiledFilter>(m, "Filter", "A compiled record filter over records as JSON texts.")
      .def(py::init<const py::dict&>(), py::arg("options"), "Compiles the criteria in options.")
      .def("select", &CompiledFilter::select, py::arg("records"), py::arg("first_line") = 1,
           "Returns, for each record (JSON text) of a batch, True when the filter selects it.");
}

}  // namespace qbank::python
