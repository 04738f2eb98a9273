// Keyword options from the Python layer, with None meaning the library's default.
#include "options.hpp"

namespace py = pybind11;

namespace qbank::python {

std::string get_string(const py::dict& options, const char* key, const std::string& fallback) {
  if (!options.contains(key) || options[key].is_none()) return fallback;
  return py::cast<std::string>(options[key]);
}

bool get_bool(const py::dict& options, const char* key, bool fallback) {
  if (!options.contains(key) || options[key].is_none()) return fallback;
  return py::cast<bool>(options[key]);
}

long long get_int(const py::dict& options, const char* key, long long fallback) {
  if (!options.contains(key) || options[key].is_none()) return fallback;
  return py::cast<long long>(options[key]);
}

std::vector<std::string> get_strings(const py::dict& options, const char* key) {
  if (!options.contains(key) || options[key].is_none()) return {};
  py::object value = options[key];
  if (py::isinstance<py::str>(value)) return {py::cast<std::string>(value)};
  std::vector<std::string> out;
  for (py::handle item : value) out.push_back(py::cast<std::string>(item));
  return out;
}

}  // namespace qbank::python
