// normalize: text or a file in any input format -> records (JSON texts), in memory or streamed to a callable.
#include <exception>
#include <string>
#include <utility>
#include <vector>

#include <pybind11/stl.h>

#include "bindings.hpp"
#include "error.hpp"
#include "options.hpp"
#include "qbank/normalize.hpp"
#include "qbank/record_json.hpp"
#include "records.hpp"

namespace py = pybind11;

namespace qbank::python {
namespace {

// Builds NormalizeOptions from the keywords format, lang, topic, encoding, file and columns.
NormalizeOptions normalize_options(const py::dict& kw) {
  NormalizeOptions opt;
  opt.format = take(parse_input_format(get_string(kw, "format", "auto")));
  opt.lang = get_string(kw, "lang");
  opt.topic = get_string(kw, "topic");
  opt.encoding = get_string(kw, "encoding");
  opt.file = get_string(kw, "file", "-");
  if (kw.contains("columns") && !kw["columns"].is_none())
    for (auto [field, column] : py::cast<py::dict>(kw["columns"]))
      opt.columns[py::cast<std::string>(field)] = py::cast<std::string>(column);
  check(check_normalize_options(opt));
  return opt;
}

// The diagnostics (warnings such as "declared 80, found 79") as "file:line: message" texts.
std::vector<std::string> diagnostic_texts(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) out.push_back(d.to_string());
  return out;
}

// Normalizes bytes held in memory; returns the records as JSON texts and the warnings.
std::pair<std::vector<std::string>, std::vector<std::string>> normalize_bytes(const py::bytes& data,
                                                                              const py::dict& kw) {
  NormalizeOptions opt = normalize_options(kw);
  std::string_view bytes(PyBytes_AS_STRING(data.ptr()), static_cast<std::size_t>(PyBytes_GET_SIZE(data.ptr())));
  Result<NormalizeResult> result = [&] {
    py::gil_scoped_release unlocked;
    return normalize(bytes, opt);
  }();
  NormalizeResult res = take(std::move(result));
  return {records_to_json(res.records), diagnostic_texts(res.diagnostics)};
}

// Normalizes a file piece by piece, calling sink with each record's JSON as soon as it is built; the GIL is
// released while the library works, so a consumer thread can take records as they come. Returns the
// warnings.
std::vector<std::string> normalize_path(const std::string& path, const py::dict& kw, const py::function& sink) {
  NormalizeOptions opt = normalize_options(kw);
  std::exception_ptr raised;
  Status status;
  std::vector<std::string> warnings;
  {
    py::gil_scoped_release unlocked;
    status = normalize_file_pieces(
        path, opt,
        [&](NormalizeResult& piece) {
          for (std::string& w : diagnostic_texts(piece.diagnostics)) warnings.push_back(std::move(w));
          return Status::Ok();
        },
        [&](const Question& record) {
          std::string json = to_json(record);
          py::gil_scoped_acquire locked;
          try {
            sink(py::str(json));
          } catch (...) {
            raised = std::current_exception();
            return Status::Internal("stopped by the consumer");
          }
          return Status::Ok();
        });
  }
  if (raised) std::rethrow_exception(raised);
  check(status);
  return warnings;
}

}  // namespace

void bind_normalize(py::module_& m) {
  m.def("normalize_bytes", &normalize_bytes, py::arg("data"), py::arg("options"),
        "Normalizes an in-memory input (UTF-8 bytes, or another encoding named in options); returns "
        "(records as JSON texts, warnings).");
  m.def("normalize_path", &normalize_path, py::arg("path"), py::arg("options"), py::arg("sink"),
        "Normalizes a file piece by piece, calling sink(json_text) for each record as soon as it is built; "
        "returns the warnings.");
}

}  // namespace qbank::python
