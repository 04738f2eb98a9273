// Jupyter notebooks (.ipynb): the markdown and code cells are written out as one Markdown document (code cells as
// fenced blocks in the notebook's language) and read by the Markdown reader; every line keeps the line of the
// file its text sits on.
#include "normalize/json/notebook.hpp"

#include <algorithm>

#include "normalize/json/json_scan.hpp"

namespace qbank::internal {
namespace {

// Counts lines up to increasing offsets of a text.
class LineCounter {
 public:
  explicit LineCounter(std::string_view text) : text_(text) {}

  // The 1-based line of the byte at offset (offsets must not decrease from one call to the next).
  std::int64_t at(std::size_t offset) {
    offset = std::min(offset, text_.size());
    for (; pos_ < offset; ++pos_)
      if (text_[pos_] == '\n') ++line_;
    return line_;
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
  std::int64_t line_ = 1;
};

// The value of the member named key, or an empty range.
JsonRange member(std::string_view text, const std::vector<JsonMember>& members, std::string_view key) {
  for (const JsonMember& m : members)
    if (json_string_text(text.substr(m.key.begin, m.key.end - m.key.begin)) == key) return m.value;
  return {};
}

// The Markdown document being written, with the file line of each of its lines.
struct Writer {
  std::string doc;
  std::vector<std::int64_t> lines;

  // Appends one line of text found at file line line.
  void line(std::string_view text, std::int64_t at) {
    doc.append(text).push_back('\n');
    lines.push_back(at);
  }
};

// Appends the text of a cell's source (a string or an array of strings) to w, line by line; returns the file
// line of its last piece (0 when it has none).
std::int64_t append_source(std::string_view text, JsonRange source, const std::string& file, LineCounter& lc,
                           Writer& w, Status& status) {
  std::vector<JsonRange> pieces;
  if (source.begin < source.end && text[source.begin] == '[') {
    std::size_t end = 0;
    status = json_elements(text, source.begin, file, pieces, end);
    if (!status.ok()) return 0;
  } else if (source.begin < source.end && text[source.begin] == '"') {
    pieces.push_back(source);
  }
  std::string pending;          // A line begun by one piece and not yet ended.
  std::int64_t pending_at = 0;  // The file line where it began.
  std::int64_t last = 0;
  for (const JsonRange& p : pieces) {
    if (text[p.begin] != '"') continue;
    std::int64_t at = lc.at(p.begin);
    last = at;
    std::string s = json_string_text(text.substr(p.begin, p.end - p.begin));
    std::size_t from = 0;
    for (std::size_t nl = s.find('\n'); nl != std::string::npos; nl = s.find('\n', from)) {
      if (pending.empty()) pending_at = at;
      pending.append(s, from, nl - from);
      w.line(pending, pending_at);
      pending.clear();
      from = nl + 1;
    }
    if (from < s.size()) {
      if (pending.empty()) pending_at = at;
      pending.append(s, from, std::string::npos);
    }
  }
  if (!pending.empty()) w.line(pending, pending_at);
  return last;
}

}  // namespace

bool looks_like_notebook(std::string_view text) {
  std::size_t i = json_skip_ws(text, 0);
  return i < text.size() && text[i] == '{' && text.find("\"nbformat\"") != std::string_view::npos &&
         text.find("\"cells\"") != std::string_view::npos;
}

Status read_notebook(std::string_view text, const NormalizeOptions& options, ReaderOutput& out) {
  std::vector<JsonMember> root;
  if (Status s = json_members(text, json_skip_ws(text, 0), options.file, root); !s.ok()) return s;
  JsonRange cells = member(text, root, "cells");
  std::vector<JsonRange> list;
  if (cells.begin < cells.end && text[cells.begin] == '[') {
    std::size_t end = 0;
    if (Status s = json_elements(text, cells.begin, options.file, list, end); !s.ok()) return s;
  }
  std::string language = "python";
  if (JsonRange meta = member(text, root, "metadata"); meta.begin < meta.end && text[meta.begin] == '{') {
    std::vector<JsonMember> m;
    if (json_members(text, meta.begin, options.file, m).ok())
      if (JsonRange info = member(text, m, "language_info"); info.begin < info.end && text[info.begin] == '{') {
        std::vector<JsonMember> li;
        if (json_members(text, info.begin, options.file, li).ok())
          if (JsonRange name = member(text, li, "name"); name.begin < name.end && text[name.begin] == '"')
            language = json_string_text(text.substr(name.begin, name.end - name.begin));
      }
  }
  Writer w;
  LineCounter lc(text);
  for (const JsonRange& cell : list) {
    if (text[cell.begin] != '{') continue;
    std::vector<JsonMember> members;
    if (Status s = json_members(text, cell.begin, options.file, members); !s.ok()) return s;
    JsonRange type = member(text, members, "cell_type");
    std::string kind = type.begin < type.end ? json_string_text(text.substr(type.begin, type.end - type.begin)) : "";
    if (kind != "markdown" && kind != "code") continue;
    JsonRange source = member(text, members, "source");
    std::int64_t first = lc.at(std::min(cell.begin, source.begin < source.end ? source.begin : cell.begin));
    Status status;
    if (kind == "code") w.line("```" + language, first);
    std::int64_t last = append_source(text, source, options.file, lc, w, status);
    if (!status.ok()) return status;
    if (kind == "code") w.line("```", last > 0 ? last : first);
    w.line("", last > 0 ? last : first);
  }
  ReaderOutput part;
  if (Status s = read_markdown(w.doc, options, part); !s.ok()) return s;
  auto file_line = [&](std::int64_t line) {
    auto k = static_cast<std::size_t>(std::max<std::int64_t>(line, 1) - 1);
    return k < w.lines.size() ? w.lines[k] : (w.lines.empty() ? 1 : w.lines.back());
  };
  append_output(part, file_line, out);
  return Status::Ok();
}

}  // namespace qbank::internal
