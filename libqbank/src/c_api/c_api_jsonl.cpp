// The C API's functions over JSONL banks: dedup (whole and incremental), filter, tag, export.

#include <memory>
#include <string>

#include "c_api/c_api_internal.hpp"
#include "qbank/dedup.hpp"
#include "qbank/export.hpp"
#include "qbank/filter.hpp"
#include "qbank/tag.hpp"

using namespace qbank::internal::c_api;

struct qbank_filter {
  qbank::Filter filter;  // The compiled C++ filter.
};

struct qbank_tagger {
  qbank::Tagger tagger;  // The compiled C++ tagger.
};

namespace {

// Views a (data, size) buffer that valid_buffer() accepted.
std::string_view view(const char* data, size_t size) {
  return size == 0 ? std::string_view() : std::string_view(data, size);
}

// Returns a dedup result's records as JSONL.
qbank_status put_dedup(qbank::Result<qbank::DedupResult> res, char** out, size_t* out_size) {
  if (!res.ok()) return fail(res.status());
  return put_string(write_jsonl(res->records), out, out_size);
}

// Splits a comma-separated list, trimming spaces and dropping empty items.
std::vector<std::string> split_list(const char* list) {
  std::vector<std::string> items;
  std::string_view rest = list == nullptr ? "" : list;
  while (!rest.empty()) {
    std::size_t comma = rest.find(',');
    std::string_view item = rest.substr(0, comma);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    std::size_t b = item.find_first_not_of(' '), e = item.find_last_not_of(' ');
    if (b != std::string_view::npos) items.emplace_back(item.substr(b, e - b + 1));
  }
  return items;
}

// Reads the export records and options shared by both export functions.
qbank::Status export_input(const char* data, size_t size, const char* format,
                           std::vector<qbank::Question>& records, qbank::ExportOptions& options) {
  auto parsed = qbank::parse_export_format(format);
  if (!parsed.ok()) return parsed.status();
  options.format = *parsed;
  auto read = read_jsonl(view(data, size));
  if (!read.ok()) return read.status();
  records = std::move(*read);
  return qbank::Status::Ok();
}

}  // namespace

extern "C" {

qbank_status qbank_dedup_jsonl(const char* data, size_t size, char** out_jsonl, size_t* out_size) {
  if (!valid_buffer(data, size)) return bad_argument("data");
  if (out_jsonl == nullptr) return bad_argument("out_jsonl");
  return guarded([&] {
    auto records = read_jsonl(view(data, size));
    if (!records.ok()) return fail(records.status());
    return put_dedup(qbank::dedup(std::move(*records)), out_jsonl, out_size);
  });
}

qbank_status qbank_dedup_against_jsonl(const char* bank, size_t bank_size, const char* incoming,
                                       size_t incoming_size, char** out_jsonl, size_t* out_size) {
  if (!valid_buffer(bank, bank_size)) return bad_argument("bank");
  if (!valid_buffer(incoming, incoming_size)) return bad_argument("incoming");
  if (out_jsonl == nullptr) return bad_argument("out_jsonl");
  return guarded([&] {
    auto old_records = read_jsonl(view(bank, bank_size));
    if (!old_records.ok()) return fail(old_records.status());
    auto new_records = read_jsonl(view(incoming, incoming_size));
    if (!new_records.ok()) return fail(new_records.status());
    return put_dedup(qbank::dedup({std::move(*old_records), std::move(*new_records)}), out_jsonl,
                     out_size);
  });
}

qbank_status qbank_filter_new(const char* langs, const char* match, const char* exclude, int flags,
                              qbank_filter** out_filter) {
  if (out_filter == nullptr) return bad_argument("out_filter");
  *out_filter = nullptr;
  return guarded([&] {
    qbank::FilterOptions options;
    options.langs = split_list(langs);
    options.match = match == nullptr ? "" : match;
    options.exclude = exclude == nullptr ? "" : exclude;
    options.fold = (flags & QBANK_FILTER_FOLD) != 0;
    options.invert = (flags & QBANK_FILTER_INVERT) != 0;
    if ((flags & QBANK_FILTER_HAS_ANSWER) != 0) options.answer = qbank::AnswerTest::kPresent;
    options.has_code = (flags & QBANK_FILTER_HAS_CODE) != 0;
    auto compiled = qbank::Filter::compile(options);
    if (!compiled.ok()) return fail(compiled.status());
    *out_filter = new qbank_filter{std::move(*compiled)};
    return QBANK_OK;
  });
}

qbank_status qbank_filter_jsonl(const qbank_filter* filter, const char* data, size_t size, char** out_jsonl,
                                size_t* out_size) {
  if (filter == nullptr) return bad_argument("filter");
  if (!valid_buffer(data, size)) return bad_argument("data");
  if (out_jsonl == nullptr) return bad_argument("out_jsonl");
  return guarded([&] {
    auto records = read_jsonl(view(data, size));
    if (!records.ok()) return fail(records.status());
    std::vector<qbank::Question> kept;
    for (auto& q : *records)
      if (filter->filter.matches(q)) kept.push_back(std::move(q));
    return put_string(write_jsonl(kept), out_jsonl, out_size);
  });
}

void qbank_filter_free(qbank_filter* filter) { delete filter; }

qbank_status qbank_tagger_new(const char* rules_json, qbank_tagger** out_tagger) {
  if (out_tagger == nullptr) return bad_argument("out_tagger");
  *out_tagger = nullptr;
  return guarded([&] {
    qbank::TagOptions options;
    if (rules_json != nullptr) {
      auto rules = qbank::parse_tag_rules(rules_json, "rules_json");
      if (!rules.ok()) return fail(rules.status());
      options.rules = std::move(*rules);
    }
    auto compiled = qbank::Tagger::compile(options);
    if (!compiled.ok()) return fail(compiled.status());
    *out_tagger = new qbank_tagger{std::move(*compiled)};
    return QBANK_OK;
  });
}

qbank_status qbank_tag_jsonl(qbank_tagger* tagger, const char* data, size_t size, char** out_jsonl,
                             size_t* out_size) {
  if (tagger == nullptr) return bad_argument("tagger");
  if (!valid_buffer(data, size)) return bad_argument("data");
  if (out_jsonl == nullptr) return bad_argument("out_jsonl");
  return guarded([&] {
    auto records = read_jsonl(view(data, size));
    if (!records.ok()) return fail(records.status());
    for (auto& q : *records) tagger->tagger.apply(q);
    return put_string(write_jsonl(*records), out_jsonl, out_size);
  });
}

void qbank_tagger_free(qbank_tagger* tagger) { delete tagger; }

qbank_status qbank_export_jsonl(const char* data, size_t size, const char* format, char** out_text,
                                size_t* out_size) {
  if (!valid_buffer(data, size)) return bad_argument("data");
  if (format == nullptr) return bad_argument("format");
  if (out_text == nullptr) return bad_argument("out_text");
  return guarded([&] {
    std::vector<qbank::Question> records;
    qbank::ExportOptions options;
    if (auto s = export_input(data, size, format, records, options); !s.ok()) return fail(s);
    auto text = qbank::export_to_string(records, options);
    if (!text.ok()) return fail(text.status());
    return put_string(*text, out_text, out_size);
  });
}

qbank_status qbank_export_jsonl_to_file(const char* data, size_t size, const char* format, const char* path) {
  if (!valid_buffer(data, size)) return bad_argument("data");
  if (format == nullptr) return bad_argument("format");
  if (path == nullptr || *path == '\0') return bad_argument("path");
  return guarded([&] {
    std::vector<qbank::Question> records;
    qbank::ExportOptions options;
    if (auto s = export_input(data, size, format, records, options); !s.ok()) return fail(s);
    return fail(qbank::export_to_file(records, options, path));
  });
}

}  // extern "C"
