// JSON serialization of records: written through a pointer into space reserved for the worst case.
#include <algorithm>
#include <charconv>
#include <cstring>

#include "base/json_string.hpp"
#include "qbank/record_json.hpp"
#include "records/record_writer.hpp"

namespace qbank::internal {
namespace {

// Records whose bound is above this are written straight into the output instead of a scratch buffer.
constexpr std::size_t kScratchMax = 1u << 20;

// Writes JSON text through a pointer into space reserved beforehand.
struct Writer {
  char* p;  // Where the next byte goes.

  // Writes bytes as they are.
  void raw(std::string_view s) {
    std::memcpy(p, s.data(), s.size());
    p += s.size();
  }
  // Writes an integer in decimal.
  void integer(std::int64_t v) { p = std::to_chars(p, p + 24, v).ptr; }
  // Writes s as a JSON string (at most string_bound(s) bytes).
  void string(std::string_view s) { p = json::write_string(p, s); }
  // Writes an optional string as a JSON string or null.
  void optional(const std::optional<std::string>& v) {
    if (v) string(*v);
    else raw("null");
  }
  // Writes a JSON array of strings.
  void array(const std::vector<std::string>& v) {
    *p++ = '[';
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) *p++ = ',';
      string(v[i]);
    }
    *p++ = ']';
  }
  // Writes ,"name":raw for each kept unknown field.
  void extra(const std::vector<std::pair<std::string, std::string>>& fields) {
    for (const auto& [name, value] : fields) {
      *p++ = ',';
      string(name);
      *p++ = ':';
      raw(value);
    }
  }
  // Writes one source object.
  void source(const Source& s);
  // Writes one record object.
  void record(const Question& q);
};

void Writer::source(const Source& s) {
  raw("{\"file\":");
  string(s.file);
  raw(",\"line\":");
  integer(s.line);
  raw(",\"raw\":");
  string(s.raw);
  if (!s.format.empty()) {
    raw(",\"format\":");
    string(s.format);
  }
  if (s.text) {
    raw(",\"text\":");
    string(*s.text);
  }
  extra(s.extra);
  *p++ = '}';
}

void Writer::record(const Question& q) {
  raw("{\"id\":");
  string(q.id);
  raw(",\"text\":");
  string(q.text);
  raw(",\"lang\":");
  string(q.lang);
  raw(",\"topic\":");
  optional(q.topic);
  raw(",\"tags\":");
  array(q.tags);
  raw(",\"answer\":");
  optional(q.answer);
  raw(",\"code\":");
  optional(q.code);
  if (!q.choices.empty()) {
    raw(",\"choices\":");
    array(q.choices);
  }
  raw(",\"sources\":[");
  for (std::size_t i = 0; i < q.sources.size(); ++i) {
    if (i) *p++ = ',';
    source(q.sources[i]);
  }
  *p++ = ']';
  if (!q.notes.empty()) {
    raw(",\"notes\":");
    array(q.notes);
  }
  if (!q.translations.empty()) {
    raw(",\"translations\":");
    array(q.translations);
  }
  extra(q.extra);
  *p++ = '}';
}

// The most bytes the unknown fields can take.
std::size_t extra_bound(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::size_t n = 0;
  for (const auto& [name, value] : fields) n += json::string_bound(name) + value.size() + 2;
  return n;
}

// The most bytes an array of strings can take.
std::size_t array_bound(const std::vector<std::string>& v) {
  std::size_t n = 2;
  for (const auto& s : v) n += json::string_bound(s) + 1;
  return n;
}

// The most bytes append_json can write for q, with each string's own bound (tight for long strings).
std::size_t counted_bound(const Question& q) {
  auto opt = [](const std::optional<std::string>& v) { return v ? json::string_bound(*v) : 4; };
  std::size_t n = 128 + json::string_bound(q.id) + json::string_bound(q.text) + json::string_bound(q.lang) +
                  opt(q.topic) + opt(q.answer) + opt(q.code) + array_bound(q.tags) + array_bound(q.choices) +
                  array_bound(q.notes) + array_bound(q.translations) + extra_bound(q.extra);
  for (const auto& s : q.sources)
    n += 96 + json::string_bound(s.file) + json::string_bound(s.raw) + json::string_bound(s.format) +
         (s.text ? json::string_bound(*s.text) : 0) + extra_bound(s.extra);
  return n;
}

// Totals of a record's strings: their bytes and number, and the bytes of the raw JSON of unknown fields.
struct Sizes {
  std::size_t bytes = 0;  // Bytes of all strings.
  std::size_t count = 0;  // Number of strings.
  std::size_t raw = 0;    // Bytes of raw JSON values.

  // Counts one string.
  void add(const std::string& s) { bytes += s.size(), ++count; }
  // Counts an optional string.
  void add(const std::optional<std::string>& s) {
    if (s) add(*s);
  }
  // Counts a list of strings.
  void add(const std::vector<std::string>& v) {
    for (const auto& s : v) add(s);
  }
  // Counts unknown fields.
  void add(const std::vector<std::pair<std::string, std::string>>& fields) {
    for (const auto& [name, value] : fields) add(name), raw += value.size() + 2;
  }
};

// Strings whose total is at most this get the loose bound of six bytes per byte.
constexpr std::size_t kLooseBoundBytes = 1u << 16;

// The most bytes append_json can write for q (keys, punctuation and numbers included).
std::size_t record_bound(const Question& q) {
  Sizes z;
  z.add(q.id), z.add(q.text), z.add(q.lang), z.add(q.topic), z.add(q.answer), z.add(q.code);
  z.add(q.tags), z.add(q.choices), z.add(q.notes), z.add(q.translations), z.add(q.extra);
  for (const auto& s : q.sources) z.add(s.file), z.add(s.raw), z.add(s.format), z.add(s.text), z.add(s.extra);
  if (z.bytes > kLooseBoundBytes) return counted_bound(q);
  return 6 * z.bytes + 3 * z.count + z.raw + 160 + 96 * q.sources.size();
}

}  // namespace

}  // namespace qbank::internal

namespace qbank {

}  // namespace qbank

namespace qbank::internal {

std::size_t json_bound(const Question& q) { return record_bound(q); }

char* write_json(char* dst, const Question& q) {
  Writer w{dst};
  w.record(q);
  return w.p;
}

}  // namespace qbank::internal

namespace qbank {

void append_json_string(std::string& out, std::string_view s) {
  std::size_t old = out.size();
  out.resize(old + internal::json::string_bound(s));
  char* end = internal::json::write_string(out.data() + old, s);
  out.resize(static_cast<std::size_t>(end - out.data()));
}


void append_json(std::string& out, const Question& q) {
  std::size_t bound = internal::record_bound(q);
  if (bound > internal::kScratchMax) {  // A huge record is written in place rather than kept in a scratch buffer.
    std::size_t old = out.size();
    out.resize(old + bound);
    out.resize(static_cast<std::size_t>(internal::write_json(out.data() + old, q) - out.data()));
    return;
  }
  thread_local std::string scratch;  // Reused, so the bound is not zero-filled for every record.
  if (scratch.size() < bound) scratch.resize(std::max(bound, 2 * scratch.size()));
  out.append(scratch.data(), static_cast<std::size_t>(internal::write_json(scratch.data(), q) - scratch.data()));
}

std::string to_json(const Question& q) {
  std::string out;
  append_json(out, q);
  return out;
}

}  // namespace qbank

