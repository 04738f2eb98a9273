// JSON serialization of records.
#include <charconv>
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
  out += ",\"line\":";
  char digits[24];
  auto end = std::to_chars(digits, digits + sizeof digits, s.line).ptr;
  out.append(digits, end);
  out += ",\"raw\":";
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

// Per byte: 1 for printable ASCII other than '"' and '\\', which JSON strings hold as is.
struct PlainTable {
  bool plain[256];
  constexpr PlainTable() : plain() {
    for (int b = 0x20; b < 0x7F; ++b) plain[b] = b != '"' && b != '\\';
  }
};
constexpr PlainTable kPlain;

// True for a UTF-8 continuation byte.
bool continuation(std::string_view s, std::size_t i) {
  return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
}

// Length of the well-formed UTF-8 sequence at i that can be copied as is (0: look closer). Covers two-byte
// sequences and three-byte ones led by E1..EC, EE, EF, except U+2028 and U+2029 (E2 80 A8/A9), which JSON
// writers escape.
std::size_t plain_multibyte(std::string_view s, std::size_t i) {
  auto b = static_cast<unsigned char>(s[i]);
  if (b >= 0xC2 && b <= 0xDF) return continuation(s, i + 1) ? 2 : 0;
  if (b < 0xE1 || b == 0xED || b > 0xEF || !continuation(s, i + 1) || !continuation(s, i + 2)) return 0;
  if (b == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80 && (static_cast<unsigned char>(s[i + 2]) | 1) == 0xA9)
    return 0;
  return 3;
}

// Appends the JSON form of one character that cannot be copied as is.
void append_escaped(std::string& out, char32_t c, bool invalid) {
  switch (c) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    default: break;
  }
  if (invalid) utf8::append(out, utf8::kReplacement);
  else append_u_escape(out, static_cast<unsigned>(c));
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out.reserve(out.size() + s.size() + 2);
  out.push_back('"');
  std::size_t run = 0;  // Start of the bytes not yet copied; they need no escaping.
  for (std::size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    if (kPlain.plain[b]) {
      ++i;
      continue;
    }
    if (b >= 0x80) {
      if (std::size_t n = plain_multibyte(s, i)) {
        i += n;
        continue;
      }
    }
    std::size_t start = i;
    char32_t c = b >= 0x80 ? utf8::next(s, i) : (++i, b);
    bool invalid = c == utf8::kReplacement && i - start == 1;
    if (b >= 0x80 && !invalid && c != 0x2028 && c != 0x2029) continue;
    out.append(s.data() + run, start - run);
    run = i;
    append_escaped(out, c, invalid);
  }
  out.append(s.data() + run, s.size() - run);
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
