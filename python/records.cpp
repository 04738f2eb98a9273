// Records as JSON texts in and out of the extension, through the public record_json API.
#include "records.hpp"

#include <pybind11/stl.h>

#include "bindings.hpp"
#include "error.hpp"
#include "qbank/jsonl.hpp"
#include "qbank/record_json.hpp"

namespace qbank::python {

std::vector<Question> parse_records(const std::vector<std::string>& json, const std::string& origin,
                                    std::int64_t first_line) {
  std::vector<Question> records;
  records.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    RecordItem item = parse_record(json[i], origin, first_line + static_cast<std::int64_t>(i));
    if (!item.usable()) {
      std::string message;
      for (const Diagnostic& d : item.problems) {
        if (d.severity != Severity::kError) continue;
        if (!message.empty()) message += "; ";
        message += d.to_string();
      }
      if (message.empty()) message = origin + ":" + std::to_string(first_line + static_cast<std::int64_t>(i)) + ": not a qbank record";
      throw StatusError(Status::DataError(message));
    }
    records.push_back(std::move(item.record));
  }
  return records;
}

std::vector<std::string> records_to_json(const std::vector<Question>& records) {
  std::vector<std::string> out;
  out.reserve(records.size());
  for (const Question& q : records) out.push_back(to_json(q));
  return out;
}

std::vector<Question> read_bank(const std::string& path) {
  std::vector<Question> records;
  std::vector<Diagnostic> diagnostics;
  Status status;
  {
    pybind11::gil_scoped_release unlocked;
    status = read_records({path}, false, records, diagnostics);
  }
  if (!status.ok()) {
    for (const Diagnostic& d : diagnostics)
      if (d.severity == Severity::kError) throw StatusError(Status(status.code(), d.to_string()));
    check(status);
  }
  return records;
}

void bind_records(pybind11::module_& m) {
  m.def("read_jsonl", [](const std::string& path) { return records_to_json(read_bank(path)); }, pybind11::arg("path"),
        "Reads a JSONL bank with the library's reader; returns its records as JSON texts.");
}

}  // namespace qbank::python
