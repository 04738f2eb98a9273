// Records written with only some of their fields, for --select.
#include <algorithm>

#include "qbank/fields.hpp"
#include "qbank/record_json.hpp"
#include "qbank/suggest.hpp"

namespace qbank {
namespace {

// Appends an optional string as a JSON string or null.
void append_optional(std::string& out, const std::optional<std::string>& v) {
  if (v) append_json_string(out, *v);
  else out += "null";
}

// Appends a JSON array of strings.
void append_array(std::string& out, const std::vector<std::string>& v) {
  out.push_back('[');
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) out.push_back(',');
    append_json_string(out, v[i]);
  }
  out.push_back(']');
}

// Appends ,"name":raw for each unknown field kept on a record or source.
void append_extra(std::string& out, const std::vector<std::pair<std::string, std::string>>& fields) {
  for (const auto& [name, value] : fields) {
    out.push_back(',');
    append_json_string(out, name);
    out.push_back(':');
    out += value;
  }
}

// Appends the sources array as records write it.
void append_sources(std::string& out, const std::vector<Source>& sources) {
  out.push_back('[');
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const Source& s = sources[i];
    if (i) out.push_back(',');
    out += "{\"file\":";
    append_json_string(out, s.file);
    out += ",\"line\":" + std::to_string(s.line) + ",\"raw\":";
    append_json_string(out, s.raw);
    if (!s.format.empty()) {
      out += ",\"format\":";
      append_json_string(out, s.format);
    }
    if (s.text) {
      out += ",\"text\":";
      append_json_string(out, *s.text);
    }
    append_extra(out, s.extra);
    out.push_back('}');
  }
  out.push_back(']');
}

// Appends the value of one field of q.
void append_value(std::string& out, const Question& q, const std::string& name) {
  if (name == "id") append_json_string(out, q.id);
  else if (name == "text") append_json_string(out, q.text);
  else if (name == "lang") append_json_string(out, q.lang);
  else if (name == "topic") append_optional(out, q.topic);
  else if (name == "tags") append_array(out, q.tags);
  else if (name == "answer") append_optional(out, q.answer);
  else if (name == "code") append_optional(out, q.code);
  else if (name == "choices") append_array(out, q.choices);
  else if (name == "sources") append_sources(out, q.sources);
  else if (name == "notes") append_array(out, q.notes);
  else {
    auto it = std::find_if(q.extra.begin(), q.extra.end(), [&](const auto& f) { return f.first == name; });
    out += it == q.extra.end() ? std::string("null") : it->second;
  }
}

}  // namespace

const std::vector<std::string>& record_field_names() {
  static const std::vector<std::string> names = {"id",   "text",   "lang",    "topic",   "tags",
                                                 "answer", "code", "choices", "sources", "notes"};
  return names;
}

std::vector<std::string> field_warnings(const std::vector<std::string>& fields) {
  std::vector<std::string> warnings;
  const auto& known = record_field_names();
  for (const auto& f : fields) {
    if (std::find(known.begin(), known.end(), f) != known.end()) continue;
    std::string near = closest_name(f, known);
    warnings.push_back("--select " + f + " is not a record field" +
                       (near.empty() ? "" : "; did you mean '" + near + "'?") +
                       " (it is null unless a record carries it)");
  }
  return warnings;
}

void append_json_fields(std::string& out, const Question& q, const std::vector<std::string>& fields) {
  out.push_back('{');
  for (auto it = fields.begin(); it != fields.end(); ++it) {
    if (std::find(fields.begin(), it, *it) != it) continue;  // Written already.
    if (it != fields.begin()) out.push_back(',');
    append_json_string(out, *it);
    out.push_back(':');
    append_value(out, q, *it);
  }
  out.push_back('}');
}

}  // namespace qbank
