// JSON serialization of records: the space a record can take is reserved once, then written through a pointer.
#include <charconv>
#include <cstring>

#include "qbank/io.hpp"
#include "utf8.hpp"

namespace qbank {
namespace {

// Per byte: true for printable ASCII other than '"' and '\\', which JSON strings hold as is.
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

// The most bytes the JSON string form of s can take, with the quotes. Short strings get the loose bound of
// six bytes per byte; long ones are counted: an escaped ASCII byte takes at most 6, a non-ASCII byte at most 3.
std::size_t string_bound(std::string_view s) {
  if (s.size() <= 4096) return 6 * s.size() + 2;
  std::size_t n = s.size() + 2;
  for (char c : s) {
    auto b = static_cast<unsigned char>(c);
    if (b >= 0x80) n += 2;
    else if (!kPlain.plain[b]) n += 5;
  }
  return n;
}

// Writes JSON text through a pointer into space reserved beforehand.
struct Writer {
  char* p;  // Where the next byte goes.

  // Writes bytes as they are.
  void raw(std::string_view s) {
    std::memcpy(p, s.data(), s.size());
    p += s.size();
  }
  // Writes an integer in decimal.
  void integer(std::int64_t v) { p = std::to_chars(p, p + 24, v).ptr; }
  // Writes a \u escape for a code unit below 0x10000.
  void u_escape(unsigned v) {
    static constexpr char kHex[] = "0123456789abcdef";
    const char out[6] = {'\\', 'u', kHex[(v >> 12) & 0xF], kHex[(v >> 8) & 0xF], kHex[(v >> 4) & 0xF], kHex[v & 0xF]};
    raw(std::string_view(out, 6));
  }
  // Writes one character that cannot be copied as is.
  void escaped(char32_t c, bool invalid) {
    switch (c) {
      case '"': raw("\\\""); return;
      case '\\': raw("\\\\"); return;
      case '\b': raw("\\b"); return;
      case '\f': raw("\\f"); return;
      case '\n': raw("\\n"); return;
      case '\r': raw("\\r"); return;
      case '\t': raw("\\t"); return;
      default: break;
    }
    if (invalid) raw("\xEF\xBF\xBD");
    else u_escape(static_cast<unsigned>(c));
  }
  // Writes s as a JSON string (at most string_bound(s) bytes).
  void string(std::string_view s);
  // Writes an optional string as a JSON string or null.
  void optional(const std::optional<std::string>& v) {
    if (v) string(*v);
    else raw("null");
  }
  // Writes a JSON array of strings.
  void array(const std::vector<std::string>& v) {
    *p++ = '[';
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) *p++ = ',';
      string(v[i]);
    }
    *p++ = ']';
  }
  // Writes ,"name":raw for each kept unknown field.
  void extra(const std::vector<std::pair<std::string, std::string>>& fields) {
    for (const auto& [name, value] : fields) {
      *p++ = ',';
      string(name);
      *p++ = ':';
      raw(value);
    }
  }
  // Writes one source object.
  void source(const Source& s);
};

void Writer::string(std::string_view s) {
  *p++ = '"';
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
    raw(s.substr(run, start - run));
    run = i;
    escaped(c, invalid);
  }
  raw(s.substr(run));
  *p++ = '"';
}

void Writer::source(const Source& s) {
  raw("{\"file\":");
  string(s.file);
  raw(",\"line\":");
  integer(s.line);
  raw(",\"raw\":");
  string(s.raw);
  if (!s.format.empty()) {
    raw(",\"format\":");
    string(s.format);
  }
  if (s.text) {
    raw(",\"text\":");
    string(*s.text);
  }
  extra(s.extra);
  *p++ = '}';
}

// The most bytes the unknown fields can take.
std::size_t extra_bound(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::size_t n = 0;
  for (const auto& [name, value] : fields) n += string_bound(name) + value.size() + 2;
  return n;
}

// The most bytes an array of strings can take.
std::size_t array_bound(const std::vector<std::string>& v) {
  std::size_t n = 2;
  for (const auto& s : v) n += string_bound(s) + 1;
  return n;
}

// The most bytes append_json can write for q (keys, punctuation and numbers included).
std::size_t record_bound(const Question& q) {
  auto opt = [](const std::optional<std::string>& v) { return v ? string_bound(*v) : 4; };
  std::size_t n = 128 + string_bound(q.id) + string_bound(q.text) + string_bound(q.lang) + opt(q.topic) +
                  opt(q.answer) + opt(q.code) + array_bound(q.tags) + array_bound(q.choices) +
                  array_bound(q.notes) + extra_bound(q.extra);
  for (const auto& s : q.sources)
    n += 96 + string_bound(s.file) + string_bound(s.raw) + string_bound(s.format) +
         (s.text ? string_bound(*s.text) : 0) + extra_bound(s.extra);
  return n;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  std::size_t old = out.size();
  out.resize(old + string_bound(s));
  Writer w{out.data() + old};
  w.string(s);
  out.resize(static_cast<std::size_t>(w.p - out.data()));
}

void append_json(std::string& out, const Question& q) {
  std::size_t old = out.size();
  out.resize(old + record_bound(q));
  Writer w{out.data() + old};
  w.raw("{\"id\":");
  w.string(q.id);
  w.raw(",\"text\":");
  w.string(q.text);
  w.raw(",\"lang\":");
  w.string(q.lang);
  w.raw(",\"topic\":");
  w.optional(q.topic);
  w.raw(",\"tags\":");
  w.array(q.tags);
  w.raw(",\"answer\":");
  w.optional(q.answer);
  w.raw(",\"code\":");
  w.optional(q.code);
  if (!q.choices.empty()) {
    w.raw(",\"choices\":");
    w.array(q.choices);
  }
  w.raw(",\"sources\":[");
  for (std::size_t i = 0; i < q.sources.size(); ++i) {
    if (i) *w.p++ = ',';
    w.source(q.sources[i]);
  }
  *w.p++ = ']';
  if (!q.notes.empty()) {
    w.raw(",\"notes\":");
    w.array(q.notes);
  }
  w.extra(q.extra);
  *w.p++ = '}';
  out.resize(static_cast<std::size_t>(w.p - out.data()));
}

std::string to_json(const Question& q) {
  std::string out;
  append_json(out, q);
  return out;
}

}  // namespace qbank
