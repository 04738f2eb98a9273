// JSON serialization of records.
#include <cstdio>

#include "qbank/io.hpp"
#include "utf8.hpp"

namespace qbank {
namespace {

// Appends a \u escape for a code unit below 0x10000.
void append_u_escape(std::string& out, unsigned v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "\\u%04x", v);
  out += buf;
}

// Appends an optional string as a JSON string or null.
void append_optional(std::string& out, const std::optional<std::string>& v) {
  if (v) append_json_string(out, *v);
  else out += "null";
}

// Appends a JSON array of strings.
void append_string_array(std::string& out, const std::vector<std::string>& v) {
  out.push_back('[');
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) out.push_back(',');
    append_json_string(out, v[i]);
  }
  out.push_back(']');
}

// Appends ,"name":raw for each kept unknown field.
void append_extra(std::string& out, const std::vector<std::pair<std::string, std::string>>& extra) {
  for (const auto& [name, raw] : extra) {
    out.push_back(',');
    append_json_string(out, name);
    out.push_back(':');
    out += raw;
  }
}

// Appends one source object.
void append_source(std::string& out, const Source& s) {
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

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out.push_back('"');
  for (std::size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b >= 0x80) {
      std::size_t start = i;
      char32_t c = utf8::next(s, i);
      if (c == 0x2028 || c == 0x2029) append_u_escape(out, static_cast<unsigned>(c));
      else if (c == utf8::kReplacement && i - start == 1) utf8::append(out, c);
      else out.append(s.substr(start, i - start));
      continue;
    }
    ++i;
    switch (b) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (b < 0x20 || b == 0x7F) append_u_escape(out, b);
        else out.push_back(static_cast<char>(b));
    }
  }
  out.push_back('"');
}

void append_json(std::string& out, const Question& q) {
  out += "{\"id\":";
  append_json_string(out, q.id);
  out += ",\"text\":";
  append_json_string(out, q.text);
  out += ",\"lang\":";
  append_json_string(out, q.lang);
  out += ",\"topic\":";
  append_optional(out, q.topic);
  out += ",\"tags\":";
  append_string_array(out, q.tags);
  out += ",\"answer\":";
  append_optional(out, q.answer);
  out += ",\"code\":";
  append_optional(out, q.code);
  if (!q.choices.empty()) {
    out += ",\"choices\":";
    append_string_array(out, q.choices);
  }
  out += ",\"sources\":[";
  for (std::size_t i = 0; i < q.sources.size(); ++i) {
    if (i) out.push_back(',');
    append_source(out, q.sources[i]);
  }
  out.push_back(']');
  if (!q.notes.empty()) {
    out += ",\"notes\":";
    append_string_array(out, q.notes);
  }
  append_extra(out, q.extra);
  out.push_back('}');
}

std::string to_json(const Question& q) {
  std::string out;
  append_json(out, q);
  return out;
}

}  // namespace qbank
