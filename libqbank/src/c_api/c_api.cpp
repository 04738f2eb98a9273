// The C API's common functions: version, status names, last error, string release, and the JSONL
// plumbing the other c_api_*.cpp files share.

#include <cstdlib>
#include <cstring>

#include "c_api/c_api_internal.hpp"
#include "qbank/io.hpp"
#include "qbank/version.hpp"

namespace qbank::internal::c_api {
namespace {

// The calling thread's last error message.
std::string& last_error() {
  thread_local std::string message;
  return message;
}

}  // namespace

qbank_status fail(const Status& status) {
  if (status.ok()) return QBANK_OK;
  try {
    last_error() = status.message();
  } catch (...) {
    last_error().clear();
  }
  return static_cast<qbank_status>(status.code());
}

qbank_status bad_argument(const char* what) {
  return fail(Status::InvalidArgument(std::string(what) + " must not be NULL"));
}

qbank_status put_string(std::string_view s, char** out, size_t* out_size) {
  char* copy = static_cast<char*>(std::malloc(s.size() + 1));
  if (copy == nullptr) return fail(Status::Internal("out of memory"));
  if (!s.empty()) std::memcpy(copy, s.data(), s.size());
  copy[s.size()] = '\0';
  *out = copy;
  if (out_size != nullptr) *out_size = s.size();
  return QBANK_OK;
}

bool valid_buffer(const char* data, size_t size) { return data != nullptr || size == 0; }

Result<std::vector<Question>> read_jsonl(std::string_view data) {
  std::vector<Question> records;
  std::int64_t line_no = 0;
  while (!data.empty()) {
    std::size_t end = data.find('\n');
    std::string_view line = data.substr(0, end);
    data = end == std::string_view::npos ? std::string_view() : data.substr(end + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    RecordItem item = parse_record(line, "<jsonl>", line_no);
    if (!item.usable()) {
      for (const auto& p : item.problems)
        if (p.severity == Severity::kError) return Status::DataError(p.to_string());
    }
    records.push_back(std::move(item.record));
  }
  return records;
}

std::string write_jsonl(const std::vector<Question>& records) {
  std::string out;
  for (const auto& q : records) {
    append_json(out, q);
    out += '\n';
  }
  return out;
}

}  // namespace qbank::internal::c_api

extern "C" {

const char* qbank_version(void) { return qbank::kVersionString; }

const char* qbank_status_name(qbank_status status) {
  switch (status) {
    case QBANK_OK: return "ok";
    case QBANK_INVALID_ARGUMENT: return "invalid argument";
    case QBANK_DATA_ERROR: return "data error";
    case QBANK_NOT_FOUND: return "not found";
    case QBANK_IO_ERROR: return "I/O error";
    case QBANK_UNSUPPORTED: return "unsupported";
    case QBANK_INTERNAL: return "internal error";
    case QBANK_CLOSED_PIPE: return "closed pipe";
  }
  return "unknown status";
}

const char* qbank_last_error(void) { return qbank::internal::c_api::last_error().c_str(); }

void qbank_string_free(char* s) { std::free(s); }

}  // extern "C"

static_assert(static_cast<int>(qbank::StatusCode::kClosedPipe) == QBANK_CLOSED_PIPE &&
                  static_cast<int>(qbank::StatusCode::kInternal) == QBANK_INTERNAL &&
                  static_cast<int>(qbank::StatusCode::kDataError) == QBANK_DATA_ERROR,
              "qbank_status values must match qbank::StatusCode");
