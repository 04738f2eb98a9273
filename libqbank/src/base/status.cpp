// Formatting for Status and Diagnostic.
#include "qbank/status.hpp"

#include <ostream>

namespace qbank {
namespace {

// Returns the display name of a status code.
const char* code_name(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "OK";
    case StatusCode::kInvalidArgument: return "invalid argument";
    case StatusCode::kDataError: return "data error";
    case StatusCode::kNotFound: return "not found";
    case StatusCode::kIoError: return "I/O error";
    case StatusCode::kUnsupported: return "unsupported";
    case StatusCode::kInternal: return "internal error";
    case StatusCode::kClosedPipe: return "closed pipe";
  }
  return "unknown";
}

}  // namespace

std::string Status::to_string() const {
  if (ok()) return "OK";
  return std::string(code_name(code_)) + ": " + message_;
}

std::string Diagnostic::to_string() const {
  std::string out = file;
  if (line > 0) out += ":" + std::to_string(line);
  out += ": ";
  if (!field.empty()) out += field + ": ";
  if (severity == Severity::kWarning) out += "warning: ";
  out += message;
  return out;
}

std::ostream& operator<<(std::ostream& os, const Status& status) { return os << status.to_string(); }

}  // namespace qbank
