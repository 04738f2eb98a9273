// The TOML reader: toml++ parses the file, and its tables and arrays go through the YAML walk (yaml_walker.hpp)
// as the same parse events, in the order they are written, so one inference reads both (`[[faq]]` tables with
// `question` and `answer` keys, sections named by their table).
#define TOML_EXCEPTIONS 0
#define TOML_HEADER_ONLY 1
#define TOML_ENABLE_FORMATTERS 0
#include <toml++/toml.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "normalize/reader.hpp"
#include "normalize/yaml/yaml_walker.hpp"

namespace qbank::internal {
namespace {

using yaml::Event;

// Turns a parsed TOML document into walk events, with lines, columns and line offsets of the text.
class Emitter {
 public:
  Emitter(std::string_view text, yaml::Walker& walker, std::string file) : walker_(walker), file_(std::move(file)) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') starts_.push_back(i + 1);
  }

  // Sends the events of a node (a table, an array or a value) that starts at the given source position.
  Status node(const toml::node& n) {
    const toml::source_region& at = n.source();
    if (n.is_table() || n.is_array()) {
      if (depth_ >= kMaxDepth)  // dotted keys ("a.b.c…") nest tables past the parser's own value limit
        return Status::DataError(file_ + ":" + std::to_string(at.begin.line) + ": invalid TOML: tables nested deeper than " +
                                 std::to_string(kMaxDepth) + " levels");
      ++depth_;
      Status s = n.is_table() ? table(*n.as_table(), at) : array(*n.as_array(), at);
      --depth_;
      return s;
    }
    return scalar(value_text(n), at);
  }

 private:
  // The offset of the start of a 1-based line (0 when unknown).
  std::uint64_t line_pos(std::int64_t line) const {
    return line >= 1 && static_cast<std::size_t>(line) <= starts_.size() ? starts_[static_cast<std::size_t>(line - 1)]
                                                                         : 0;
  }

  // Sends one event, placed at a source position.
  Status send(Event::Kind kind, std::string text, const toml::source_region& at, bool block) {
    Event e;
    e.kind = kind;
    e.text = std::move(text);
    if (kind == Event::Kind::kScalar && at.begin.line > 0) {
      e.line = at.begin.line;
      e.last = std::max<std::int64_t>(at.end.line, e.line);
    }
    e.column = at.begin.column > 0 ? at.begin.column - 1 : 0;
    e.pos = line_pos(at.begin.line);
    e.block = block;
    return walker_.on_event(std::move(e));
  }

  // Sends a scalar.
  Status scalar(std::string text, const toml::source_region& at) {
    return send(Event::Kind::kScalar, std::move(text), at, false);
  }

  // Sends a table's keys and values in the order they are written.
  Status table(const toml::table& t, const toml::source_region& at) {
    std::vector<std::pair<const toml::key*, const toml::node*>> entries;
    for (const auto& [k, v] : t) entries.emplace_back(&k, &v);
    auto line_of = [](const std::pair<const toml::key*, const toml::node*>& e) {
      const toml::source_region& s = e.first->source().begin.line > 0 ? e.first->source() : e.second->source();
      return std::pair{s.begin.line, s.begin.column};
    };
    std::stable_sort(entries.begin(), entries.end(), [&](const auto& a, const auto& b) { return line_of(a) < line_of(b); });
    if (Status s = send(Event::Kind::kMappingStart, {}, at, !t.is_inline()); !s.ok()) return s;
    for (const auto& [k, v] : entries) {
      const toml::source_region& key_at = k->source().begin.line > 0 ? k->source() : v->source();
      if (Status s = scalar(std::string(k->str()), key_at); !s.ok()) return s;
      if (Status s = node(*v); !s.ok()) return s;
    }
    return send(Event::Kind::kMappingEnd, {}, at, false);
  }

  // Sends an array's items in order.
  Status array(const toml::array& a, const toml::source_region& at) {
    bool tables = a.is_array_of_tables();
    if (Status s = send(Event::Kind::kSequenceStart, {}, at, tables); !s.ok()) return s;
    for (const toml::node& v : a)
      if (Status s = node(v); !s.ok()) return s;
    return send(Event::Kind::kSequenceEnd, {}, at, false);
  }

  // The text of a value: a string as it reads, other values as TOML writes them.
  static std::string value_text(const toml::node& n) {
    if (auto s = n.value<std::string>()) return *s;
    if (auto b = n.value<bool>()) return *b ? "true" : "false";
    if (auto i = n.value_exact<std::int64_t>()) return std::to_string(*i);
    if (auto d = n.value_exact<double>()) {
      std::string out = std::to_string(*d);
      while (out.size() > 1 && out.back() == '0' && out[out.size() - 2] != '.') out.pop_back();
      return out;
    }
    if (auto d = n.value<toml::date>()) return date_text(*d);
    if (auto t = n.value<toml::time>()) return time_text(*t);
    if (auto dt = n.value<toml::date_time>()) return date_text(dt->date) + "T" + time_text(dt->time);
    return {};
  }

  // A date as YYYY-MM-DD.
  static std::string date_text(const toml::date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04u-%02u-%02u", static_cast<unsigned>(d.year) % 10000u,
                  static_cast<unsigned>(d.month) % 100u, static_cast<unsigned>(d.day) % 100u);
    return buf;
  }

  // A time as HH:MM:SS.
  static std::string time_text(const toml::time& t) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02u:%02u:%02u", static_cast<unsigned>(t.hour) % 100u,
                  static_cast<unsigned>(t.minute) % 100u, static_cast<unsigned>(t.second) % 100u);
    return buf;
  }

  static constexpr int kMaxDepth = 256;  // Deepest nesting of tables and arrays sent (toml++ limits values alike).

  yaml::Walker& walker_;             // Where the events go.
  std::string file_;                 // The input's name, for errors.
  int depth_ = 0;                    // Tables and arrays open.
  std::vector<std::uint64_t> starts_;  // The offset of each line's first byte.
};

// The first line whose key or table header has more than max_parts dotted parts (0: none): toml++ nests one
// table per part and recurses over them.
std::int64_t overlong_key_line(std::string_view text, std::size_t max_parts) {
  std::int64_t line = 1;
  for (std::size_t pos = 0; pos < text.size(); ++line) {
    std::size_t end = std::min(text.find('\n', pos), text.size());
    std::string_view l = text.substr(pos, end - pos);
    pos = end + 1;
    std::size_t start = l.find_first_not_of(" \t");
    std::size_t stop = l.find('=');
    if (start == std::string_view::npos || (stop == std::string_view::npos && l[start] != '[')) continue;
    std::string_view key = l.substr(start, std::min(stop, l.size()) - start);  // a key, or a table header
    if (key.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.[] \t\"'") !=
        std::string_view::npos)
      continue;
    std::size_t dots = 0;
    for (char c : key) dots += c == '.';
    if (dots >= max_parts) return line;
  }
  return 0;
}

}  // namespace

Status read_toml(std::string_view text, const NormalizeOptions& options, ReaderOutput& out) {
  if (std::int64_t line = overlong_key_line(text, 256); line > 0)
    return Status::DataError(options.file + ":" + std::to_string(line) + ": invalid TOML: a key of more than 256 dotted parts");
  toml::parse_result parsed = toml::parse(text);
  if (!parsed) {
    const toml::parse_error& err = parsed.error();
    std::string where = err.source().begin.line > 0 ? ":" + std::to_string(err.source().begin.line) : std::string();
    return Status::DataError(options.file + where + ": invalid TOML: " + std::string(err.description()));
  }
  yaml::Walker walker(out, options.file);
  walker.set_source(text, 1);
  Emitter emit(text, walker, options.file);
  if (Status s = emit.node(parsed.table()); !s.ok()) return s;
  walker.end_document();
  yaml::reject_unused(text, 1, walker.used(), out.rejected);
  return Status::Ok();
}

}  // namespace qbank::internal
