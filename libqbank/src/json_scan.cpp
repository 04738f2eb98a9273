// A structural JSON scanner: value boundaries only (strings, brackets, commas), no value decoding.
#include "json_scan.hpp"

#include "reader_util.hpp"

namespace qbank::detail {
namespace {

constexpr std::size_t kNpos = std::string_view::npos;

// Skips JSON whitespace from i.
std::size_t skip_ws(std::string_view t, std::size_t i) {
  while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r' || t[i] == '\n')) ++i;
  return i;
}

// Returns the offset after the string starting at i (a '"'), or npos when it never ends.
std::size_t end_of_string(std::string_view t, std::size_t i) {
  for (++i; i < t.size(); ++i) {
    if (t[i] == '\\') ++i;
    else if (t[i] == '"') return i + 1;
  }
  return kNpos;
}

// Returns the offset after the value starting at i, or npos when the input ends inside it.
std::size_t skip_value(std::string_view t, std::size_t i) {
  if (i >= t.size()) return kNpos;
  if (t[i] == '"') return end_of_string(t, i);
  if (t[i] != '[' && t[i] != '{') {
    while (i < t.size() && std::string_view(",]}: \t\r\n").find(t[i]) == kNpos) ++i;
    return i;
  }
  std::size_t depth = 0;
  while (i < t.size()) {
    char c = t[i];
    if (c == '"') {
      i = end_of_string(t, i);
      if (i == kNpos) return kNpos;
      continue;
    }
    if (c == '[' || c == '{') ++depth;
    if ((c == ']' || c == '}') && --depth == 0) return i + 1;
    ++i;
  }
  return kNpos;
}

// A structural error at a byte offset.
Status error_at(std::string_view t, std::size_t offset, const std::string& file, const std::string& what) {
  return Status::DataError(file + ":" + std::to_string(line_at(t, offset)) + ": invalid JSON: " + what);
}

// Collects the element spans of the array opening at open; end receives the offset after its ']'.
Status array_elements(std::string_view t, std::size_t open, const std::string& file, std::vector<JsonSpan>& spans,
                      std::size_t& end) {
  std::size_t i = skip_ws(t, open + 1);
  if (i < t.size() && t[i] == ']') {
    end = i + 1;
    return Status::Ok();
  }
  while (true) {
    if (i >= t.size()) return error_at(t, open, file, "unterminated array (opened here)");
    std::size_t e = skip_value(t, i);
    if (e == kNpos) return error_at(t, i, file, "unterminated value (starts here)");
    if (e == i) return error_at(t, i, file, std::string("unexpected '") + t[i] + "'");
    spans.push_back({i, e});
    i = skip_ws(t, e);
    if (i >= t.size()) return error_at(t, open, file, "unterminated array (opened here)");
    if (t[i] == ']') {
      end = i + 1;
      return Status::Ok();
    }
    if (t[i] != ',') return error_at(t, i, file, std::string("expected ',' or ']' but found '") + t[i] + "'");
    i = skip_ws(t, i + 1);
  }
}

// Returns the offset of the first array of objects among the members of the object at open, or npos.
std::size_t wrapped_array(std::string_view t, std::size_t open) {
  std::size_t i = skip_ws(t, open + 1);
  while (i < t.size() && t[i] == '"') {
    std::size_t k = skip_value(t, i);
    if (k == kNpos) return kNpos;
    i = skip_ws(t, k);
    if (i >= t.size() || t[i] != ':') return kNpos;
    std::size_t v = skip_ws(t, i + 1);
    if (v < t.size() && t[v] == '[') {
      std::size_t first = skip_ws(t, v + 1);
      if (first < t.size() && t[first] == '{') return v;
    }
    std::size_t e = skip_value(t, v);
    if (e == kNpos) return kNpos;
    i = skip_ws(t, e);
    if (i < t.size() && t[i] == ',') i = skip_ws(t, i + 1);
  }
  return kNpos;
}

}  // namespace

Result<std::vector<JsonSpan>> split_json_records(std::string_view t, const std::string& file) {
  std::vector<JsonSpan> spans;
  std::size_t i = skip_ws(t, 0);
  if (i >= t.size()) return spans;
  std::size_t end = 0;
  if (t[i] == '[') {
    if (Status s = array_elements(t, i, file, spans, end); !s.ok()) return s;
    if (std::size_t rest = skip_ws(t, end); rest < t.size())
      return error_at(t, rest, file, "unexpected text after the top-level array");
    return spans;
  }
  std::size_t e = skip_value(t, i);
  if (e == kNpos) return error_at(t, i, file, "unterminated value (starts here)");
  if (t[i] == '{' && skip_ws(t, e) >= t.size()) {
    if (std::size_t inner = wrapped_array(t, i); inner != kNpos) {
      if (Status s = array_elements(t, inner, file, spans, end); !s.ok()) return s;
      return spans;
    }
  }
  while (i < t.size()) {  // one value, or several values one after another
    if (e == kNpos) return error_at(t, i, file, "unterminated value (starts here)");
    if (e == i) return error_at(t, i, file, std::string("unexpected '") + t[i] + "'");
    spans.push_back({i, e});
    i = skip_ws(t, e);
    if (i < t.size() && t[i] == ',') i = skip_ws(t, i + 1);
    e = skip_value(t, i);
  }
  return spans;
}

}  // namespace qbank::detail
