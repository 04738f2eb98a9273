// Reading record fields from simdjson values, with a schema problem per bad field.
#include "records/record_fields.hpp"

#include <set>

namespace qbank::internal::record_fields {
namespace {

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
      has_file = true;  // A file of the wrong type is reported for its type, not also as missing.
      if (get_string(c, name, kv.value, src.file) && src.file.empty()) c.error(name, "must not be empty");
    } else if (key == "line") {
      has_line = true;
      get_line(c, name, kv.value, src);
    } else if (key == "raw") {
      has_raw = true;
      get_string(c, name, kv.value, src.raw);
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

}  // namespace

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

}  // namespace qbank::internal::record_fields
