// A structural JSON scanner: value boundaries only (strings, brackets, commas), no value decoding.
#include "normalize/json/json_scan.hpp"

#include <simdjson.h>

#include "normalize/question_cues.hpp"

namespace qbank::internal {
namespace {

// Returns the offset after the string starting at i (a '"'), or kJsonNpos when it never ends.
std::size_t end_of_string(std::string_view t, std::size_t i) {
  for (++i; i < t.size(); ++i) {
    if (t[i] == '\\') ++i;
    else if (t[i] == '"') return i + 1;
  }
  return kJsonNpos;
}

// Returns the offset after the value at i, or an error when it never ends or does not start a value.
Status value_end(std::string_view t, std::size_t i, const std::string& file, std::size_t& end) {
  end = json_skip_value(t, i);
  if (end == kJsonNpos) return json_error_at(t, i, file, "unterminated value (starts here)");
  if (end == i) return json_error_at(t, i, file, std::string("unexpected '") + t[i] + "'");
  return Status::Ok();
}

}  // namespace

std::size_t json_skip_ws(std::string_view t, std::size_t i) {
  while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r' || t[i] == '\n')) ++i;
  return i;
}

std::size_t json_skip_value(std::string_view t, std::size_t i) {
  if (i >= t.size()) return kJsonNpos;
  if (t[i] == '"') return end_of_string(t, i);
  if (t[i] != '[' && t[i] != '{') {
    while (i < t.size() && std::string_view(",]}: \t\r\n").find(t[i]) == kJsonNpos) ++i;
    return i;
  }
  std::size_t depth = 0;
  while (i < t.size()) {
    char c = t[i];
    if (c == '"') {
      i = end_of_string(t, i);
      if (i == kJsonNpos) return kJsonNpos;
      continue;
    }
    if (c == '[' || c == '{') ++depth;
    if ((c == ']' || c == '}') && --depth == 0) return i + 1;
    ++i;
  }
  return kJsonNpos;
}

Status json_error_at(std::string_view t, std::size_t offset, const std::string& file, const std::string& what) {
  return Status::DataError(file + ":" + std::to_string(line_at(t, offset)) + ": invalid JSON: " + what);
}

Status json_elements(std::string_view t, std::size_t open, const std::string& file, std::vector<JsonRange>& out,
                     std::size_t& end) {
  std::size_t i = json_skip_ws(t, open + 1);
  if (i < t.size() && t[i] == ']') {
    end = i + 1;
    return Status::Ok();
  }
  while (true) {
    if (i >= t.size()) return json_error_at(t, open, file, "unterminated array (opened here)");
    std::size_t e = 0;
    if (Status s = value_end(t, i, file, e); !s.ok()) return s;
    out.push_back({i, e});
    i = json_skip_ws(t, e);
    if (i >= t.size()) return json_error_at(t, open, file, "unterminated array (opened here)");
    if (t[i] == ']') {
      end = i + 1;
      return Status::Ok();
    }
    if (t[i] != ',') return json_error_at(t, i, file, std::string("expected ',' or ']' but found '") + t[i] + "'");
    i = json_skip_ws(t, i + 1);
  }
}

Status json_members(std::string_view t, std::size_t open, const std::string& file, std::vector<JsonMember>& out) {
  std::size_t i = json_skip_ws(t, open + 1);
  if (i < t.size() && t[i] == '}') return Status::Ok();
  while (true) {
    if (i >= t.size()) return json_error_at(t, open, file, "unterminated object (opened here)");
    if (t[i] != '"') return json_error_at(t, i, file, std::string("expected a key but found '") + t[i] + "'");
    JsonMember m;
    if (Status s = value_end(t, i, file, m.key.end); !s.ok()) return s;
    m.key.begin = i;
    i = json_skip_ws(t, m.key.end);
    if (i >= t.size() || t[i] != ':') return json_error_at(t, m.key.begin, file, "expected ':' after the key");
    m.value.begin = json_skip_ws(t, i + 1);
    if (m.value.begin >= t.size()) return json_error_at(t, open, file, "unterminated object (opened here)");
    if (Status s = value_end(t, m.value.begin, file, m.value.end); !s.ok()) return s;
    out.push_back(m);
    i = json_skip_ws(t, m.value.end);
    if (i >= t.size()) return json_error_at(t, open, file, "unterminated object (opened here)");
    if (t[i] == '}') return Status::Ok();
    if (t[i] != ',') return json_error_at(t, i, file, std::string("expected ',' or '}' but found '") + t[i] + "'");
    i = json_skip_ws(t, i + 1);
  }
}

std::string json_string_text(std::string_view quoted) {
  if (quoted.size() < 2 || quoted.front() != '"') return std::string(quoted);
  std::string_view inner = quoted.substr(1, quoted.size() - 2);
  if (inner.find('\\') == std::string_view::npos) return std::string(inner);
  simdjson::dom::parser parser;
  auto doc = parser.parse(quoted.data(), quoted.size());
  if (doc.error() || !doc.value_unsafe().is_string()) return std::string(inner);
  return std::string(doc.value_unsafe().get_string().value_unsafe());
}

}  // namespace qbank::internal
