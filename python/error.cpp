// qbank.Error: a ValueError whose message is the library's (naming file and line) and whose code attribute
// names the kind of failure.
#include "error.hpp"

#include <exception>

#include "bindings.hpp"

namespace py = pybind11;

namespace qbank::python {

const char* code_name(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInvalidArgument: return "invalid_argument";
    case StatusCode::kDataError: return "data_error";
    case StatusCode::kNotFound: return "not_found";
    case StatusCode::kIoError: return "io_error";
    case StatusCode::kUnsupported: return "unsupported";
    case StatusCode::kInternal: return "internal";
    case StatusCode::kClosedPipe: return "closed_pipe";
  }
  return "unknown";
}

void bind_error(py::module_& m) {
  // The exception class lives as long as the module; the handle is kept for the translator.
  static py::handle error_type = py::exception<StatusError>(m, "Error", PyExc_ValueError).release();
  error_type.attr("__doc__") =
      "A qbank failure: bad input data (the message names file and line), a bad option, or a file that "
      "cannot be read or written. The code attribute names the kind: data_error, invalid_argument, "
      "not_found, io_error, unsupported or internal.";
  error_type.attr("code") = "data_error";
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const StatusError& e) {
      py::object error = error_type(e.what());
      error.attr("code") = code_name(e.code());
      PyErr_SetObject(error_type.ptr(), error.ptr());
    }
  });
}

}  // namespace qbank::python
