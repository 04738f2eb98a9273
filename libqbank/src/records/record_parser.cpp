// Parses one JSON record with simdjson and checks it against the record schema.
#include <simdjson.h>

#include <algorithm>
#include <iterator>
#include <set>

#include "base/binary_signature.hpp"
#include "qbank/io.hpp"
#include "qbank/question.hpp"
#include "records/record_fields.hpp"
#include "records/record_parser.hpp"

namespace qbank::internal {
namespace {

using namespace record_fields;

// Empties a record for reuse, keeping the storage of its strings; sources are reset as they are read.
void reset_record(Question& q) {
  q.id.clear();
  q.text.clear();
  q.lang.assign("und");
  q.topic.reset();
  q.tags.clear();
  q.answer.reset();
  q.code.reset();
  q.choices.clear();
  q.notes.clear();
  q.translations.clear();
  q.extra.clear();
}

// True when lang is an ISO 639-1 code (two lowercase letters) or "und".
bool valid_lang(const std::string& lang) {
  if (lang == "und") return true;
  return lang.size() == 2 && lang[0] >= 'a' && lang[0] <= 'z' && lang[1] >= 'a' && lang[1] <= 'z';
}

// Reads one top-level field into the record.
void read_field(Checker& c, std::string_view key, element v, Question& q) {
  FieldName name{key};
  if (key == "id") {
    if (get_string(c, name, v, q.id) && !is_valid_id(q.id))
      c.warn(name, "must be 'q' followed by 16 lowercase hex digits");
  } else if (key == "text") {
    if (get_string(c, name, v, q.text) && !has_content(q.text)) c.error(name, "must not be empty");
  } else if (key == "lang") {
    if (get_string(c, name, v, q.lang) && !valid_lang(q.lang))
      c.error(name, "must be an ISO 639-1 code or 'und', not '" + q.lang + "'");
  } else if (key == "topic") {
    get_optional(c, name, v, q.topic);
  } else if (key == "tags") {
    get_string_array(c, key, v, q.tags, true);
  } else if (key == "answer") {
    get_optional(c, name, v, q.answer);
  } else if (key == "code") {
    get_optional(c, name, v, q.code);
  } else if (key == "choices") {
    get_string_array(c, key, v, q.choices, false);
  } else if (key == "notes") {
    get_string_array(c, key, v, q.notes, false);
  } else if (key == "translations") {
    get_string_array(c, key, v, q.translations, false);
  } else if (key == "sources") {
    get_sources(c, v, q.sources);
  } else {
    q.extra.emplace_back(std::string(key), simdjson::minify(v));
    if (key.rfind("x_", 0) != 0) c.warn(name, "unknown field (kept; extension fields start with 'x_')");
  }
}

// The schema's named top-level fields; a field's position is its bit in FieldSet.
constexpr std::string_view kKnownFields[] = {"id",      "text",    "lang",  "topic", "tags", "answer",
                                             "code",    "sources", "choices", "notes", "translations"};
// How many of kKnownFields every record must have (the first ones).
constexpr std::size_t kRequiredCount = 8;
// The position of "sources" in kKnownFields.
constexpr std::size_t kSourcesField = 7;

// Remembers which fields a record has, to report repeats and missing required fields.
class FieldSet {
 public:
  // True when key was seen before; remembers it.
  bool repeated(std::string_view key) {
    for (std::size_t i = 0; i < std::size(kKnownFields); ++i) {
      if (kKnownFields[i] != key) continue;
      bool was = (known_ >> i) & 1U;
      known_ |= 1U << i;
      return was;
    }
    for (std::string_view k : others_)
      if (k == key) return true;
    if (others_.size() < 64) others_.push_back(key);
    else return !others_set_.insert(std::string(key)).second;
    return false;
  }
  // True when the known field number i was seen.
  bool has(std::size_t i) const { return (known_ >> i) & 1U; }

 private:
  unsigned known_ = 0;
  std::vector<std::string_view> others_;
  std::set<std::string> others_set_;
};

// Returns what else is wrong with a line that is not valid JSON, for the message: "" or " (…)". JSON text
// holds no raw NUL or CR inside a line, so NUL bytes mean UTF-16 (when every other byte or so is one) or
// binary data, and a CR lines that end with a lone CR; the first line of compressed data or an archive says so.
std::string invalid_line_hint(std::string_view line, const std::string& file, std::int64_t line_no) {
  if (line_no == 1)
    if (BinaryKind kind = binary_kind(line); !kind.what.empty())
      return " (" + binary_file_message(kind, file, "JSONL records") + ")";
  if (auto nuls = static_cast<std::size_t>(std::count(line.begin(), line.end(), '\0')); nuls > 0) {
    if (nuls * 4 >= line.size())
      return " (the file looks UTF-16; qbank reads UTF-8 JSONL: convert it, e.g. iconv -f UTF-16 -t UTF-8)";
    return " (the line holds NUL bytes: the file is binary data, not UTF-8 JSONL)";
  }
  if (line.find('\r') != std::string_view::npos)
    return " (its lines end with a lone CR; qbank reads LF or CRLF line ends: convert it, e.g. tr '\\r' '\\n')";
  return "";
}

// True when a line that is not valid JSON is a broken record rather than other data: it opens an object
// with an "id" field, or names "sources", or is UTF-16 (a NUL byte).
bool broken_record(std::string_view line) {
  std::size_t i = line.find_first_not_of(" \t");
  if (i == std::string_view::npos || line[i] != '{') return line.find('\0') != std::string_view::npos;
  std::size_t key = line.find_first_not_of(" \t", i + 1);
  return (key != std::string_view::npos && line.substr(key, 4) == "\"id\"") ||
         line.find("\"sources\"") != std::string_view::npos || line.find('\0') != std::string_view::npos;
}

}  // namespace

}  // namespace qbank::internal

namespace qbank {

bool RecordItem::usable() const {
  for (const auto& p : problems)
    if (p.severity == Severity::kError) return false;
  return true;
}

bool ForeignLines::take(const RecordItem& item, std::string& message) {
  message.clear();
  bool foreign = item.kind != LineKind::kRecord && !seen_record_;
  if (!foreign) {
    seen_record_ = seen_record_ || item.kind == LineKind::kRecord;
    return false;
  }
  if (count_++ == 0) {
    std::string shown = file_ == "-" ? "FILE" : file_;
    message = "not a qbank record; run 'qbank normalize " + shown +
              "' first: it turns {\"text\": …} lines and Markdown/CSV files into records";
  }
  return true;
}

RecordItem parse_record(std::string_view json, const std::string& file, std::int64_t line) {
  RecordItem item;
  internal::parse_record_into(json, file, line, item);
  return item;
}

}  // namespace qbank

namespace qbank::internal {

void parse_record_into(std::string_view json, const std::string& file, std::int64_t line, RecordItem& item) {
  reset_record(item.record);
  item.problems.clear();
  item.line = line;
  item.kind = LineKind::kRecord;
  Checker c{file, line, item.problems};
  thread_local simdjson::dom::parser parser;
  element doc;
  if (auto err = parser.parse(json.data(), json.size(), true).get(doc)) {
    c.error({}, std::string("invalid JSON: ") + simdjson::error_message(err) + invalid_line_hint(json, file, line));
    bool binary = line == 1 && !binary_kind(json).what.empty();
    item.kind = binary || broken_record(json) ? LineKind::kRecord : LineKind::kNotObject;
    item.record.sources.clear();
    return;
  }
  if (doc.type() != element_type::OBJECT) {
    c.error({}, std::string("record must be a JSON object, not ") + type_name(doc.type()));
    item.kind = LineKind::kNotObject;
    item.record.sources.clear();
    return;
  }
  FieldSet seen;
  simdjson::dom::object obj = doc.get_object().value_unsafe();
  for (auto kv : obj) {
    std::string_view key = kv.key;
    if (seen.repeated(key)) {
      c.error({key}, "field appears twice");
      continue;
    }
    read_field(c, key, kv.value, item.record);
  }
  if (!seen.has(kSourcesField)) item.record.sources.clear();
  if (!seen.has(kSourcesField) && !seen.has(0)) item.kind = LineKind::kOtherObject;
  for (std::size_t i = 0; i < kRequiredCount; ++i) {
    if (seen.has(i)) continue;
    std::string_view name = kKnownFields[i];
    if (name == "text" || name == "sources") c.error({name}, "required field missing");
    else c.warn({name}, "required field missing");
  }
  if (!is_valid_id(item.record.id) && item.usable()) item.record.id = compute_id(item.record);
}

}  // namespace qbank::internal
