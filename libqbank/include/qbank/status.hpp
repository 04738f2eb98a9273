#pragma once
// Status, Result<T> and Diagnostic: how libqbank reports errors without throwing.
//
//   qbank::Result<int> parse(std::string_view s);
//   auto r = parse("42");
//   if (!r.ok()) std::cerr << r.status().to_string() << '\n';
//   else use(*r);

#include "qbank/api.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <cassert>
#include <iosfwd>
#include <variant>

namespace qbank {

// The kind of failure a Status reports.
enum class StatusCode {
  kOk = 0,            // Success.
  kInvalidArgument,   // The caller passed something unusable (a bad option, pattern or format name).
  kDataError,         // The input data is malformed (bad JSON, invalid UTF-8, schema violation).
  kNotFound,          // A named file or item does not exist.
  kIoError,           // Reading or writing failed.
  kUnsupported,       // The request names a feature that is not available.
  kInternal,          // A bug in qbank.
  kClosedPipe,        // The reader of an output went away (EPIPE); a command-line tool stops quietly.
};

// The outcome of an operation: ok, or a code with a message that names file and line where known.
class [[nodiscard]] QBANK_EXPORT Status {
 public:
  // Creates a success status.
  Status() = default;
  // Creates a status with the given code and message.
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  // Returns a success status.
  static Status Ok() { return {}; }
  // Returns an invalid-argument status.
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  // Returns a data-error status.
  static Status DataError(std::string m) { return {StatusCode::kDataError, std::move(m)}; }
  // Returns a not-found status.
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  // Returns an I/O-error status.
  static Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
  // Returns an unsupported-feature status.
  static Status Unsupported(std::string m) { return {StatusCode::kUnsupported, std::move(m)}; }
  // Returns an internal-error status.
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }
  // Returns a closed-pipe status.
  static Status ClosedPipe(std::string m) { return {StatusCode::kClosedPipe, std::move(m)}; }

  // True when the operation succeeded.
  bool ok() const { return code_ == StatusCode::kOk; }
  // The failure kind.
  StatusCode code() const { return code_; }
  // The human-readable message (empty when ok).
  const std::string& message() const { return message_; }
  // True when the failure is a closed output pipe rather than an error of the data or the system.
  bool is_closed_pipe() const { return code_ == StatusCode::kClosedPipe; }
  // The message prefixed with the code's name, or "OK".
  std::string to_string() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A value of type T, or the Status that explains why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  // Wraps a value.
  Result(T value) : data_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  // Wraps an error; passing an ok Status is a bug and becomes an internal error.
  Result(Status status)  // NOLINT(google-explicit-constructor)
      : data_(status.ok() ? Status::Internal("Result built from an ok Status") : std::move(status)) {}

  // True when a value is present.
  bool ok() const { return std::holds_alternative<T>(data_); }
  // The error, or an ok Status when a value is present.
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(data_); }
  // The value; only valid when ok() (asserted; never throws).
  T& value() & {
    assert(ok());
    return *std::get_if<T>(&data_);
  }
  // The value; only valid when ok() (asserted; never throws).
  const T& value() const& {
    assert(ok());
    return *std::get_if<T>(&data_);
  }
  // Moves the value out; only valid when ok() (asserted; never throws).
  T&& value() && {
    assert(ok());
    return std::move(*std::get_if<T>(&data_));
  }
  // The value; only valid when ok().
  T& operator*() & { return value(); }
  // The value; only valid when ok().
  const T& operator*() const& { return value(); }
  // Member access to the value; only valid when ok().
  T* operator->() { return &value(); }
  // Member access to the value; only valid when ok().
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> data_;
};

// Writes status.to_string() to os.
QBANK_EXPORT std::ostream& operator<<(std::ostream& os, const Status& status);

// How serious a diagnostic is.
enum class Severity { kWarning, kError };

// One problem found in one record or line, so a batch can report it and keep going.
struct QBANK_EXPORT Diagnostic {
  std::string file;                 // The input file as given ("-" for stdin).
  std::int64_t line = 0;            // 1-based line, or 0 when it does not apply.
  std::string field;                // The record field concerned, or empty.
  std::string message;              // What is wrong, in plain words.
  Severity severity = Severity::kError;  // Whether the record is unusable (error) or kept (warning).

  // Formats the diagnostic as "file:line: field: message".
  std::string to_string() const;
};

}  // namespace qbank
