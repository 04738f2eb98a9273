// JSON export: one array of records (compact, one record per line, or pretty-printed) and JSONL.
#include "export/writers.hpp"
#include "qbank/io.hpp"

namespace qbank::internal {
namespace {

// Appends a newline and depth levels of two-space indentation.
void newline(std::string& out, int depth) {
  out.push_back('\n');
  out.append(static_cast<std::size_t>(depth) * 2, ' ');
}

// Appends compact JSON re-indented with two spaces per level, starting at the given depth.
void append_pretty(std::string& out, std::string_view json, int depth) {
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (in_string) {
      out.push_back(c);
      if (c == '\\' && i + 1 < json.size()) out.push_back(json[++i]);
      else if (c == '"') in_string = false;
      continue;
    }
    switch (c) {
      case '"': in_string = true; out.push_back(c); break;
      case '{':
      case '[':
        out.push_back(c);
        if (i + 1 < json.size() && (json[i + 1] == '}' || json[i + 1] == ']')) out.push_back(json[++i]);
        else newline(out, ++depth);
        break;
      case '}':
      case ']': newline(out, --depth); out.push_back(c); break;
      case ',': out.push_back(c); newline(out, depth); break;
      case ':': out += ": "; break;
      default: out.push_back(c);
    }
  }
}

}  // namespace

Status write_json(const std::vector<Question>& records, const ExportOptions& options, bool lines,
                  ChunkWriter& w) {
  std::string& out = w.out();
  if (!lines) out.push_back('[');
  std::string one;
  for (std::size_t i = 0; i < records.size(); ++i) {
    if (lines) {
      append_json(out, records[i]);
      out.push_back('\n');
    } else {
      out += i ? ",\n" : "\n";
      if (options.pretty) {
        one.clear();
        append_json(one, records[i]);
        out += "  ";
        append_pretty(out, one, 1);
      } else {
        append_json(out, records[i]);
      }
    }
    if (Status s = w.spill(); !s.ok()) return s;
  }
  if (!lines) out += records.empty() ? "]\n" : "\n]\n";
  return Status::Ok();
}

}  // namespace qbank::internal
