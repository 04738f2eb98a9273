// Parses one JSON record with simdjson and checks it against the record schema.
#include <simdjson.h>

#include <set>

#include "qbank/io.hpp"
#include "qbank/question.hpp"

namespace qbank {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// Collects problems for one record.
struct Checker {
  const std::string& file;
  std::int64_t line;
  std::vector<Diagnostic>& problems;

  // Records an error on a field.
  void error(const std::string& field, const std::string& msg) {
    problems.push_back({file, line, field, msg, Severity::kError});
  }
  // Records a warning on a field; the record stays usable.
  void warn(const std::string& field, const std::string& msg) {
    problems.push_back({file, line, field, msg, Severity::kWarning});
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
bool get_string(Checker& c, const std::string& field, element v, std::string& out) {
  if (v.type() != element_type::STRING) {
    c.error(field, std::string("must be a string, not ") + type_name(v.type()));
    return false;
  }
  out = std::string(v.get_string().value_unsafe());
  return true;
}

// Reads a string-or-null field.
void get_optional(Checker& c, const std::string& field, element v, std::optional<std::string>& out) {
  if (v.type() == element_type::NULL_VALUE) {
    out.reset();
    return;
  }
  std::string s;
  if (get_string(c, field, v, s)) out = std::move(s);
}

// Reads an array of strings; unique_required reports duplicates and no_space reports whitespace.
void get_string_array(Checker& c, const std::string& field, element v, std::vector<std::string>& out,
                      bool tag_rules) {
  if (v.type() != element_type::ARRAY) {
    c.error(field, std::string("must be an array of strings, not ") + type_name(v.type()));
    return;
  }
  std::set<std::string> seen;
  std::size_t index = 0;
  simdjson::dom::array arr = v.get_array().value_unsafe();
  for (element item : arr) {
    std::string name = field + "[" + std::to_string(index++) + "]";
    std::string s;
    if (!get_string(c, name, item, s)) continue;
    if (tag_rules) {
      if (!has_content(s)) c.error(name, "must not be empty");
      else if (s.find_first_of(" \t\r\n") != std::string::npos) c.error(name, "must not contain spaces");
      if (!seen.insert(s).second) c.error(field, "duplicate tag '" + s + "'");
    }
    out.push_back(std::move(s));
  }
}

// Reads one source object.
void get_source(Checker& c, const std::string& field, element v, Source& src) {
  if (v.type() != element_type::OBJECT) {
    c.error(field, std::string("must be an object, not ") + type_name(v.type()));
    return;
  }
  bool has_file = false, has_line = false, has_raw = false;
  simdjson::dom::object obj = v.get_object().value_unsafe();
  for (auto kv : obj) {
    std::string key(kv.key);
    std::string name = field + "." + key;
    if (key == "file") {
      has_file = get_string(c, name, kv.value, src.file);
      if (has_file && src.file.empty()) c.error(name, "must not be empty");
    } else if (key == "line") {
      has_line = true;
      if (kv.value.type() != element_type::INT64 && kv.value.type() != element_type::UINT64) {
        c.error(name, std::string("must be an integer, not ") + type_name(kv.value.type()));
      } else if (kv.value.type() == element_type::UINT64 || kv.value.get_int64().value_unsafe() < 1) {
        c.error(name, "must be an integer >= 1");
      } else {
        src.line = kv.value.get_int64().value_unsafe();
      }
    } else if (key == "raw") {
      has_raw = get_string(c, name, kv.value, src.raw);
    } else if (key == "format") {
      get_string(c, name, kv.value, src.format);
    } else if (key == "text") {
      get_optional(c, name, kv.value, src.text);
    } else {
      src.extra.emplace_back(key, simdjson::minify(kv.value));
    }
  }
  if (!has_file) c.error(field + ".file", "required field missing");
  if (!has_line) c.error(field + ".line", "required field missing");
  if (!has_raw) c.error(field + ".raw", "required field missing");
}

// Reads the sources array.
void get_sources(Checker& c, element v, std::vector<Source>& out) {
  if (v.type() != element_type::ARRAY) {
    c.error("sources", std::string("must be an array of objects, not ") + type_name(v.type()));
    return;
  }
  std::size_t index = 0;
  simdjson::dom::array arr = v.get_array().value_unsafe();
  for (element item : arr) {
    Source s;
    get_source(c, "sources[" + std::to_string(index++) + "]", item, s);
    out.push_back(std::move(s));
  }
  if (index == 0) c.error("sources", "must list at least one source");
}

// True when lang is an ISO 639-1 code (two lowercase letters) or "und".
bool valid_lang(const std::string& lang) {
  if (lang == "und") return true;
  return lang.size() == 2 && lang[0] >= 'a' && lang[0] <= 'z' && lang[1] >= 'a' && lang[1] <= 'z';
}

// Reads one top-level field into the record.
void read_field(Checker& c, const std::string& key, element v, Question& q) {
  if (key == "id") {
    if (get_string(c, key, v, q.id) && !is_valid_id(q.id))
      c.warn(key, "must be 'q' followed by 16 lowercase hex digits");
  } else if (key == "text") {
    if (get_string(c, key, v, q.text) && !has_content(q.text)) c.error(key, "must not be empty");
  } else if (key == "lang") {
    if (get_string(c, key, v, q.lang) && !valid_lang(q.lang))
      c.error(key, "must be an ISO 639-1 code or 'und', not '" + q.lang + "'");
  } else if (key == "topic") {
    get_optional(c, key, v, q.topic);
  } else if (key == "tags") {
    get_string_array(c, key, v, q.tags, true);
  } else if (key == "answer") {
    get_optional(c, key, v, q.answer);
  } else if (key == "code") {
    get_optional(c, key, v, q.code);
  } else if (key == "choices") {
    get_string_array(c, key, v, q.choices, false);
  } else if (key == "notes") {
    get_string_array(c, key, v, q.notes, false);
  } else if (key == "sources") {
    get_sources(c, v, q.sources);
  } else {
    q.extra.emplace_back(key, simdjson::minify(v));
    if (key.rfind("x_", 0) != 0) c.warn(key, "unknown field (kept; extension fields start with 'x_')");
  }
}

}  // namespace

bool RecordItem::usable() const {
  for (const auto& p : problems)
    if (p.severity == Severity::kError) return false;
  return true;
}

RecordItem parse_record(std::string_view json, const std::string& file, std::int64_t line) {
  RecordItem item;
  item.line = line;
  Checker c{file, line, item.problems};
  thread_local simdjson::dom::parser parser;
  element doc;
  if (auto err = parser.parse(json.data(), json.size(), true).get(doc)) {
    c.error("", std::string("invalid JSON: ") + simdjson::error_message(err));
    return item;
  }
  if (doc.type() != element_type::OBJECT) {
    c.error("", std::string("record must be a JSON object, not ") + type_name(doc.type()));
    return item;
  }
  std::set<std::string> seen;
  simdjson::dom::object obj = doc.get_object().value_unsafe();
  for (auto kv : obj) {
    std::string key(kv.key);
    if (!seen.insert(key).second) {
      c.error(key, "field appears twice");
      continue;
    }
    read_field(c, key, kv.value, item.record);
  }
  static const char* const kRequired[] = {"id", "text", "lang", "topic", "tags", "answer", "code", "sources"};
  for (const char* name : kRequired) {
    if (seen.count(name)) continue;
    bool fatal = std::string_view(name) == "text" || std::string_view(name) == "sources";
    if (fatal) c.error(name, "required field missing");
    else c.warn(name, "required field missing");
  }
  if (!is_valid_id(item.record.id) && item.usable()) item.record.id = compute_id(item.record);
  return item;
}

}  // namespace qbank
