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

// Tags records (JSON texts); returns them as JSON texts.
std::vector<std::string> run_tag(const std::vector<std::string>& records, const py::dict& kw) {
  Tagger tagger = take(Tagger::compile(tag_options(kw)));
  std::vector<Question> parsed = parse_records(records, get_string(kw, "origin", "records"));
  for (Question& q : parsed) tagger.apply(q);
  return records_to_json(parsed);
}

}  // namespace

void bind_tag(py::module_& m) {
  m.def("tag", &run_tag, py::arg("records"), py::arg("options"),
        "Tags records (JSON texts) with the default and given rules; returns them as JSON texts.");
}

}  // namespace qbank::python
