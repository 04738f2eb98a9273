#pragma once
// Shared plumbing of the C API (qbank/qbank.h): error recording, exception barrier, returned strings and
// JSONL buffers.

#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "qbank/qbank.h"
#include "qbank/question.hpp"
#include "qbank/status.hpp"

namespace qbank::internal::c_api {

// Records status as the calling thread's last error and returns its C code (QBANK_OK for an ok status).
qbank_status fail(const Status& status);

// Records an invalid-argument error naming the argument and returns QBANK_INVALID_ARGUMENT.
qbank_status bad_argument(const char* what);

// Copies s into a new malloc'd NUL-terminated string stored in *out (and its size in *out_size unless
// null); fails with QBANK_INTERNAL when memory runs out.
qbank_status put_string(std::string_view s, char** out, size_t* out_size);

// Checks a (data, size) buffer argument: data may be null only when size is 0.
bool valid_buffer(const char* data, size_t size);

// Parses a JSONL buffer into records; blank lines are skipped, and the first unusable record is a data
// error naming its line and field.
Result<std::vector<Question>> read_jsonl(std::string_view data);

// Writes records as JSONL, one line each.
std::string write_jsonl(const std::vector<Question>& records);

// Runs body, turning any escaping exception into QBANK_INTERNAL so nothing crosses the C boundary.
template <typename Body>
qbank_status guarded(Body&& body) noexcept {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return fail(Status::Internal("out of memory"));
  } catch (const std::exception& e) {
    return fail(Status::Internal(e.what()));
  } catch (...) {
    return fail(Status::Internal("unexpected exception"));
  }
}

}  // namespace qbank::internal::c_api
