// export: records (JSON texts) -> CSV, TSV, Anki, apkg, Markdown, GIFT, Moodle XML, JSON or JSONL.
#include <string>
#include <vector>

#include <pybind11/stl.h>

#include "bindings.hpp"
#include "error.hpp"
#include "options.hpp"
#include "qbank/export.hpp"
#include "records.hpp"

namespace py = pybind11;

namespace qbank::python {
namespace {

// Builds ExportOptions from the keywords to (the format name; with a path and no format, the path's
// extension decides), columns, tag_separator, bom, crlf, raw, deck, subdecks, reversed, pretty, with_translations, timestamp.
ExportOptions export_options(const py::dict& kw, const std::string& path) {
  ExportOptions opt;
  std::string to = get_string(kw, "to");
  if (!to.empty()) opt.format = take(parse_export_format(to));
  else if (!path.empty()) {
    auto from_path = export_format_from_path(path);
    if (!from_path.ok())
      throw StatusError(Status::InvalidArgument(
          path + ": no format extension (.csv .tsv .apkg .md .gift .xml .json .jsonl); name the format with to="));
    opt.format = *from_path;
  }
  else opt.format = ExportFormat::kCsv;
  if (kw.contains("columns") && !kw["columns"].is_none()) opt.columns = get_strings(kw, "columns");
  std::string separator = get_string(kw, "tag_separator", " ");
  if (separator.size() != 1) throw StatusError(Status::InvalidArgument("tag_separator must be one character"));
  opt.tag_separator = separator[0];
  opt.bom = get_bool(kw, "bom", opt.bom);
  opt.crlf = get_bool(kw, "crlf", opt.crlf);
  opt.raw = get_bool(kw, "raw", opt.raw);
  opt.deck = get_string(kw, "deck", opt.deck);
  opt.subdecks = get_bool(kw, "subdecks", opt.subdecks);
  opt.reversed = get_bool(kw, "reversed", opt.reversed);
  opt.pretty = get_bool(kw, "pretty", opt.pretty);
  opt.with_translations = get_bool(kw, "with_translations", opt.with_translations);
  opt.timestamp = get_int(kw, "timestamp", opt.timestamp);
  check(check_export_options(opt));
  return opt;
}

// Returns records (JSON texts) in a text format as one string.
std::string export_string(const std::vector<std::string>& records, const py::dict& kw) {
  ExportOptions opt = export_options(kw, "");
  std::vector<Question> parsed = parse_records(records, get_string(kw, "origin", "records"));
  py::gil_scoped_release unlocked;
  return take(export_to_string(parsed, opt));
}

// Writes records (JSON texts) to path atomically in any format.
void export_file(const std::vector<std::string>& records, const std::string& path, const py::dict& kw) {
  ExportOptions opt = export_options(kw, path);
  std::vector<Question> parsed = parse_records(records, get_string(kw, "origin", "records"));
  Status status;
  {
    py::gil_scoped_release unlocked;
    status = export_to_file(parsed, opt, path);
  }
  check(status);
}

// Exports the records of a JSONL bank to path without holding them all (export_jsonl_files); the first
// problem found in the bank is raised, naming its file and line.
void export_jsonl(const std::string& input, const std::string& path, const py::dict& kw) {
  ExportOptions opt = export_options(kw, path);
  std::string first_problem;
  ExportSummary summary;
  Status status;
  {
    py::gil_scoped_release unlocked;
    status = export_jsonl_files({input}, false, opt, path,
                                [&](const Diagnostic& d) {
                                  if (first_problem.empty() && d.severity == Severity::kError)
                                    first_problem = d.to_string();
                                },
                                summary);
  }
  if (!status.ok() && !first_problem.empty()) throw StatusError(Status(status.code(), first_problem));
  check(status);
}

}  // namespace

void bind_export(py::module_& m) {
  m.def("export_string", &export_string, py::arg("records"), py::arg("options"),
        "Returns records (JSON texts) in a text format (options['to'], default csv) as one string.");
  m.def("export_file", &export_file, py::arg("records"), py::arg("path"), py::arg("options"),
        "Writes records (JSON texts) to path atomically; the format is options['to'] or the path's extension.");
  m.def("export_jsonl", &export_jsonl, py::arg("input"), py::arg("path"), py::arg("options"),
        "Exports a JSONL bank to path atomically, streaming it instead of holding every record.");
}

}  // namespace qbank::python
