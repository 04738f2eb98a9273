// The C API's text functions: normalize a buffer or file into JSONL, fold text, detect language.

#include <string>

#include "c_api/c_api_internal.hpp"
#include "qbank/fold.hpp"
#include "qbank/lang.hpp"
#include "qbank/normalize.hpp"

using namespace qbank::internal::c_api;

namespace {

// Applies a format name to options; NULL or "" keeps auto-detection.
qbank::Status set_format(const char* format, qbank::NormalizeOptions& options) {
  if (format == nullptr || *format == '\0') return qbank::Status::Ok();
  auto parsed = qbank::parse_input_format(format);
  if (!parsed.ok()) return parsed.status();
  options.format = *parsed;
  return qbank::Status::Ok();
}

// Returns a normalize result's records as JSONL.
qbank_status put_records(const qbank::Result<qbank::NormalizeResult>& res, char** out, size_t* out_size) {
  if (!res.ok()) return fail(res.status());
  return put_string(write_jsonl(res->records), out, out_size);
}

}  // namespace

extern "C" {

qbank_status qbank_normalize_buffer(const char* data, size_t size, const char* file_name, const char* format,
                                    char** out_jsonl, size_t* out_size) {
  if (!valid_buffer(data, size)) return bad_argument("data");
  if (out_jsonl == nullptr) return bad_argument("out_jsonl");
  return guarded([&] {
    qbank::NormalizeOptions options;
    if (file_name != nullptr && *file_name != '\0') options.file = file_name;
    if (auto s = set_format(format, options); !s.ok()) return fail(s);
    std::string_view bytes = size == 0 ? std::string_view() : std::string_view(data, size);
    return put_records(qbank::normalize(bytes, options), out_jsonl, out_size);
  });
}

qbank_status qbank_normalize_file(const char* path, const char* format, char** out_jsonl, size_t* out_size) {
  if (path == nullptr) return bad_argument("path");
  if (out_jsonl == nullptr) return bad_argument("out_jsonl");
  return guarded([&] {
    qbank::NormalizeOptions options;
    if (auto s = set_format(format, options); !s.ok()) return fail(s);
    return put_records(qbank::normalize_file(path, options), out_jsonl, out_size);
  });
}

qbank_status qbank_fold(const char* text, char** out_folded) {
  if (text == nullptr) return bad_argument("text");
  if (out_folded == nullptr) return bad_argument("out_folded");
  return guarded([&] { return put_string(qbank::fold(text), out_folded, nullptr); });
}

qbank_status qbank_detect_language(const char* text, const char* prior, char** out_lang) {
  if (text == nullptr) return bad_argument("text");
  if (out_lang == nullptr) return bad_argument("out_lang");
  return guarded([&] {
    return put_string(qbank::detect_language(text, prior == nullptr ? "" : prior), out_lang, nullptr);
  });
}

}  // extern "C"
