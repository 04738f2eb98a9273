// The _qbank extension module: the library's verbs over records as JSON texts; qbank/__init__.py turns
// Python strings, dicts and iterables into these calls.
#include "bindings.hpp"

PYBIND11_MODULE(_qbank, m) {
  m.doc() = "libqbank bindings: normalize, dedup, compare, filter, tag and export over records as JSON texts.";
  qbank::python::bind_error(m);
  qbank::python::bind_records(m);
  qbank::python::bind_normalize(m);
  qbank::python::bind_dedup(m);
  qbank::python::bind_compare(m);
  qbank::python::bind_filter(m);
  qbank::python::bind_tag(m);
  qbank::python::bind_export(m);
  qbank::python::bind_dedup_stages(m);
}
