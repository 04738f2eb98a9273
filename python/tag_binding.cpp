// tag: records (JSON texts) labelled by a compiled qbank::Tagger.
#include <string>
#include <vector>

#include <pybind11/stl.h>

#include "bindings.hpp"
#include "error.hpp"
#include "options.hpp"
#include "qbank/tag.hpp"
#include "records.hpp"

namespace py = pybind11;

namespace qbank::python {
namespace {

// Builds TagOptions from the keywords rules (a JSON rules document, "" for none), rules_origin,
// default_rules, remove, topic_tags and match_topic.
TagOptions tag_options(const py::dict& kw) {
  TagOptions opt;
  std::string rules = get_string(kw, "rules");
  if (!rules.empty()) opt.rules = take(parse_tag_rules(rules, get_string(kw, "rules_origin", "rules")));
  opt.default_rules = get_bool(kw, "default_rules", opt.default_rules);
  opt.remove = get_strings(kw, "remove");
  opt.topic_tags = get_bool(kw, "topic_tags", opt.topic_tags);
  opt.match_topic = get_bool(kw, "match_topic", opt.match_topic);
  return opt;
}

// A compiled rule set over records as JSON texts.
class CompiledTagger {
 public:
  // Compiles the options; a bad rule throws StatusError naming it.
  explicit CompiledTagger(const py::dict& kw)
      : tagger_(take(Tagger::compile(tag_options(kw)))), origin_(get_string(kw, "origin", "records")) {}

  // Tags a batch of records; first_line numbers the batch's first record in error messages.
  std::vector<std::string> apply(const std::vector<std::string>& records, std::int64_t first_line) {
    std::vector<Question> parsed = parse_records(records, origin_, first_line);
    for (Question& q : parsed) tagger_.apply(q);
    return records_to_json(parsed);
  }

 private:
  Tagger tagger_;
  std::string origin_;
};

}  // namespace

void bind_tag(py::module_& m) {
  py::class_<CompiledTagger>(m, "Tagger", "A compiled tagging rule set over records as JSON texts.")
      .def(py::init<const py::dict&>(), py::arg("options"), "Compiles the rules in options.")
      .def("apply", &CompiledTagger::apply, py::arg("records"), py::arg("first_line") = 1,
           "Tags a batch of records (JSON texts); returns them as JSON texts.");
}

}  // namespace qbank::python
