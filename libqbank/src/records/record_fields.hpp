#pragma once
// Internal readers of record fields from simdjson values, reporting schema problems by field name.

#include <simdjson.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "qbank/io.hpp"
#include "qbank/question.hpp"

namespace qbank::internal::record_fields {

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
const char* type_name(element_type t);

// True when the string has at least one character that is not whitespace.
bool has_content(std::string_view s);

// Reads a required string field; false (with an error) when it is not a string.
bool get_string(Checker& c, const FieldName& field, element v, std::string& out);

// Reads a string-or-null field.
void get_optional(Checker& c, const FieldName& field, element v, std::optional<std::string>& out);

// Reads an array of strings; tag_rules also reports empty, spaced and duplicate items.
void get_string_array(Checker& c, std::string_view field, element v, std::vector<std::string>& out,
                      bool tag_rules);

// Reads the sources array, reusing the sources already in out (and their strings' storage).
void get_sources(Checker& c, element v, std::vector<Source>& out);

}  // namespace qbank::internal::record_fields
