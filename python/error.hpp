#pragma once
// Library errors as C++ exceptions inside the binding; the module turns them into qbank.Error.

#include <stdexcept>
#include <string>

#include "qbank/status.hpp"

namespace qbank::python {

// A failed Status carried out of a binding function; raised in Python as qbank.Error.
class StatusError : public std::runtime_error {
 public:
  // Wraps a failed status; its message names file and line where the library knows them.
  explicit StatusError(const Status& status) : std::runtime_error(status.message()), code_(status.code()) {}
  // The library's kind of failure.
  StatusCode code() const { return code_; }

 private:
  StatusCode code_;
};

// Throws StatusError when status is not ok.
inline void check(const Status& status) {
  if (!status.ok()) throw StatusError(status);
}

// Returns the value of result, or throws StatusError.
template <typename T>
T take(Result<T>&& result) {
  if (!result.ok()) throw StatusError(result.status());
  return std::move(result).value();
}

// The lowercase name of a status code ("data_error", "invalid_argument", ...), as Error.code holds it.
const char* code_name(StatusCode code);

}  // namespace qbank::python
