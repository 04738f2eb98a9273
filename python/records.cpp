// Records as JSON texts in and out of the extension, through the public record_json API.
#include "records.hpp"

#include <pybind11/stl.h>

#include "bindings.hpp"
#include "error.hpp"
#include "qbank/record_json.hpp"

namespace qbank::python {

std::vector<Question> parse_records(const std::vector<std::string>& json, const std::string& origin) {
  std::vector<Question> records;
  records.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    RecordItem item = parse_record(json[i], origin, static_cast<std::int64_t>(i + 1));
    if (!item.usable()) {
      std::string message;
      for (const Diagnostic& d : item.problems) {
        if (d.severity != Severity::kError) continue;
        if (!message.empty()) message += "; ";
        message += d.to_string();
      }
      if (message.empty()) message = origin + ":" + std::to_string(i + 1) + ": not a qbank record";
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

void bind_records(pybind11::module_& m) {
  m.def("check_records", [](const std::vector<std::string>& json, const std::string& origin) {
    return records_to_json(parse_records(json, origin));
  }, pybind11::arg("records"), pybind11::arg("origin"),
        "Checks records (JSON texts) against the schema and returns them as the library writes them.");
}

}  // namespace qbank::python
