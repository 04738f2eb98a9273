// Parses one JSON record with simdjson and checks it against the record schema.
#include <simdjson.h>

#include <iterator>
#include <set>

#include "qbank/io.hpp"
#include "qbank/question.hpp"
#include "record_parser.hpp"

namespace qbank {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// Names a field for messages; built into a string only when a problem is reported.
struct FieldName {
  std::string_view base;       // The top-level field or the enclosing name ("sources").
  std::int64_t index = -1;     // The array index, or -1 when the field is not an array item.
  std::string_view key = {};   // The member key inside an array item, or empty.

  // Formats the name as base, base[index] or base[index].key.
  std::string str() const {
    std::string out(base);
    if (index >= 0) {
      out.push_back('[');
      out += std::to_string(index);
      out.push_back(']');
    }
    if (!key.empty()) {
      out.push_back('.');
      out += key;
    }
    return out;
  }
};

// Collects problems for one record.
struct Checker {
  const std::string& file;
  std::int64_t line;
  std::vector<Diagnostic>& problems;

  // Records an error on a field.
  void error(const FieldName& field, const std::string& msg) {
    problems.push_back({file, line, field.str(), msg, Severity::kError});
  }
  // Records a warning on a field; the record stays usable.
  void warn(const FieldName& field, const std::string& msg) {
    problems.push_back({file, line, field.str(), msg, Severity::kWarning});
  }
};

// Returns a JSON type's name for messages.
const char* type_name(element_type t) {
  switch (t) {
    case element_type::ARRAY: return "array";
    case element_type::OBJECT: return "object";
    case element_type::INT64: case element_type::UINT64: return "integer";
    case element_type::DOUBLE: return "number";
    case element_type::STRING: return "string";
    case element_type::BOOL: return "boolean";
    case element_type::NULL_VALUE: return "null";
  }
  return "value";
}

// True when the string has at least one character that is not whitespace.
bool has_content(std::string_view s) {
  return s.find_first_not_of(" \t\r\n\f\v") != std::string_view::npos;
}

// Reads a required string field.
bool get_string(Checker& c, const FieldName& field, element v, std::string& out) {
  if (v.type() != element_type::STRING) {
    c.error(field, std::string("must be a string, not ") + type_name(v.type()));
    return false;
  }
  out.assign(v.get_string().value_unsafe());
  return true;
}

// Reads a string-or-null field.
void get_optional(Checker& c, const FieldName& field, element v, std::optional<std::string>& out) {
  if (v.type() == element_type::NULL_VALUE) {
    out.reset();
    return;
  }
  if (v.type() != element_type::STRING) {
    c.error(field, std::string("must be a string, not ") + type_name(v.type()));
    return;
  }
  out.emplace(v.get_string().value_unsafe());
}

// Finds repeated items of one array: a linear scan for short arrays, a set once they grow.
class RepeatFinder {
 public:
  // True when value was seen before; remembers it.
  bool seen(const std::string& value) {
    if (set_.empty() && small_.size() < 32) {
      for (const auto& s : small_)
        if (s == value) return true;
      small_.push_back(value);
      return false;
    }
    if (set_.empty()) set_.insert(small_.begin(), small_.end());
    return !set_.insert(value).second;
  }

 private:
  std::vector<std::string> small_;
  std::set<std::string> set_;
};

// Reads an array of strings; tag_rules also reports empty, spaced and duplicate items.
void get_string_array(Checker& c, std::string_view field, element v, std::vector<std::string>& out,
                      bool tag_rules) {
  if (v.type() != element_type::ARRAY) {
    c.error({field}, std::string("must be an array of strings, not ") + type_name(v.type()));
    return;
  }
  std::int64_t index = 0;
  RepeatFinder repeats;
  simdjson::dom::array arr = v.get_array().value_unsafe();
  for (element item : arr) {
    FieldName name{field, index++};
    std::string s;
    if (!get_string(c, name, item, s)) continue;
    if (tag_rules) {
      if (!has_content(s)) c.error(name, "must not be empty");
      else if (s.find_first_of(" \t\r\n") != std::string::npos) c.error(name, "must not contain spaces");
      if (repeats.seen(s)) c.error({field}, "duplicate tag '" + s + "'");
    }
    out.push_back(std::move(s));
  }
}

// Reads the source's line number, which must be an integer >= 1.
void get_line(Checker& c, const FieldName& name, element v, Source& src) {
  if (v.type() != element_type::INT64 && v.type() != element_type::UINT64) {
    c.error(name, std::string("must be an integer, not ") + type_name(v.type()));
  } else if (v.type() == element_type::UINT64 || v.get_int64().value_unsafe() < 1) {
    c.error(name, "must be an integer >= 1");
  } else {
    src.line = v.get_int64().value_unsafe();
  }
}

// Reads one source object.
void get_source(Checker& c, std::int64_t index, element v, Source& src) {
  if (v.type() != element_type::OBJECT) {
    c.error({"sources", index}, std::string("must be an object, not ") + type_name(v.type()));
    return;
  }
  bool has_file = false, has_line = false, has_raw = false;
  simdjson::dom::object obj = v.get_object().value_unsafe();
  for (auto kv : obj) {
    std::string_view key = kv.key;
    FieldName name{"sources", index, key};
    if (key == "file") {
      has_file = get_string(c, name, kv.value, src.file);
      if (has_file && src.file.empty()) c.error(name, "must not be empty");
    } else if (key == "line") {
      has_line = true;
      get_line(c, name, kv.value, src);
    } else if (key == "raw") {
      has_raw = get_string(c, name, kv.value, src.raw);
    } else if (key == "format") {
      get_string(c, name, kv.value, src.format);
    } else if (key == "text") {
      get_optional(c, name, kv.value, src.text);
    } else {
      src.extra.emplace_back(std::string(key), simdjson::minify(kv.value));
    }
  }
  if (!has_file) c.error({"sources", index, "file"}, "required field missing");
  if (!has_line) c.error({"sources", index, "line"}, "required field missing");
  if (!has_raw) c.error({"sources", index, "raw"}, "required field missing");
}

// Empties a source for reuse, keeping the storage of its strings.
void reset_source(Source& s) {
  s.file.clear();
  s.line = 1;
  s.raw.clear();
  s.format.clear();
  s.text.reset();
  s.extra.clear();
}

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
  q.extra.clear();
}

// Reads the sources array.
void get_sources(Checker& c, element v, std::vector<Source>& out) {
  if (v.type() != element_type::ARRAY) {
    c.error({"sources"}, std::string("must be an array of objects, not ") + type_name(v.type()));
    out.clear();
    return;
  }
  std::size_t used = 0;  // Sources already in out are reused, keeping their strings' storage.
  simdjson::dom::array arr = v.get_array().value_unsafe();
  for (element item : arr) {
    if (used == out.size()) out.emplace_back();
    else reset_source(out[used]);
    get_source(c, static_cast<std::int64_t>(used), item, out[used]);
    ++used;
  }
  out.resize(used);
  if (used == 0) c.error({"sources"}, "must list at least one source");
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
  } else if (key == "sources") {
    get_sources(c, v, q.sources);
  } else {
    q.extra.emplace_back(std::string(key), simdjson::minify(v));
    if (key.rfind("x_", 0) != 0) c.warn(name, "unknown field (kept; extension fields start with 'x_')");
  }
}

// The schema's named top-level fields; a field's position is its bit in FieldSet.
constexpr std::string_view kKnownFields[] = {"id",      "text",    "lang",  "topic", "tags", "answer",
                                             "code",    "sources", "choices", "notes"};
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

}  // namespace

bool RecordItem::usable() const {
  for (const auto& p : problems)
    if (p.severity == Severity::kError) return false;
  return true;
}

RecordItem parse_record(std::string_view json, const std::string& file, std::int64_t line) {
  RecordItem item;
  parse_record_into(json, file, line, item);
  return item;
}

void parse_record_into(std::string_view json, const std::string& file, std::int64_t line, RecordItem& item) {
  reset_record(item.record);
  item.problems.clear();
  item.line = line;
  Checker c{file, line, item.problems};
  thread_local simdjson::dom::parser parser;
  element doc;
  if (auto err = parser.parse(json.data(), json.size(), true).get(doc)) {
    c.error({}, std::string("invalid JSON: ") + simdjson::error_message(err));
    item.record.sources.clear();
    return;
  }
  if (doc.type() != element_type::OBJECT) {
    c.error({}, std::string("record must be a JSON object, not ") + type_name(doc.type()));
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
  for (std::size_t i = 0; i < kRequiredCount; ++i) {
    if (seen.has(i)) continue;
    std::string_view name = kKnownFields[i];
    if (name == "text" || name == "sources") c.error({name}, "required field missing");
    else c.warn({name}, "required field missing");
  }
  if (!is_valid_id(item.record.id) && item.usable()) item.record.id = compute_id(item.record);
}

}  // namespace qbank
