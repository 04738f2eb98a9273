// gen_scale(): a question file repeated to a target size as one valid document of its own format.
#include "gen_scale.hpp"

#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace qbank_bench {
namespace {

// Returns the lower-cased extension of a path without its dot, or "" when it has none.
std::string extension(std::string_view path) {
  std::size_t slash = path.rfind('/');
  std::size_t dot = path.rfind('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return "";
  std::string ext(path.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return ext;
}

// Returns how many copies of a part of `part` bytes bring a file of `other` bytes to at least `bytes`.
std::size_t copies_for(std::size_t bytes, std::size_t other, std::size_t part) {
  if (part == 0) return 1;
  std::size_t need = bytes > other ? bytes - other : 0;
  return need / part + 1;
}

// Repeats the elements of a top-level JSON array inside one array; returns false when the text is not one.
bool scale_json(const std::string& in, std::size_t bytes, std::string& out) {
  std::size_t open = in.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  std::size_t close = in.find_last_not_of(" \t\r\n");
  if (open == std::string::npos || in[open] != '[' || in[close] != ']') return false;
  std::string body = in.substr(open + 1, close - open - 1);
  std::size_t first = body.find_first_not_of(" \t\r\n"), last = body.find_last_not_of(" \t\r\n");
  if (first == std::string::npos) return false;
  body = body.substr(first, last - first + 1);
  std::size_t n = copies_for(bytes, 4, body.size() + 4);
  out = in.substr(0, open) + "[\n  ";
  for (std::size_t k = 0; k < n; ++k) out += (k ? ",\n  " : "") + body;
  out += "\n]\n";
  return true;
}

// Repeats the content of an HTML page's body inside one body; returns false when there is no body.
bool scale_html(const std::string& in, std::size_t bytes, std::string& out) {
  std::size_t tag = in.find("<body"), close = in.rfind("</body>");
  if (tag == std::string::npos) tag = in.find("<BODY");
  if (close == std::string::npos) close = in.rfind("</BODY>");
  if (tag == std::string::npos || close == std::string::npos) return false;
  std::size_t open = in.find('>', tag);
  if (open == std::string::npos || open > close) return false;
  std::string_view body(in.data() + open + 1, close - open - 1);
  std::size_t n = copies_for(bytes, in.size() - body.size(), body.size() + 1);
  out = in.substr(0, open + 1);
  for (std::size_t k = 0; k < n; ++k) (out += body) += '\n';
  out += in.substr(close);
  return true;
}

// Returns the indentation of a line when it opens a YAML list item that is a mapping ("- key: ..." or
// "- key:"), or -1.
int mapping_item_indent(std::string_view line) {
  std::size_t i = line.find_first_not_of(' ');
  if (i == std::string_view::npos || line.substr(i, 2) != "- ") return -1;
  std::string_view rest = line.substr(i + 2);
  std::size_t colon = rest.find(':');
  if (colon == 0 || colon == std::string_view::npos || rest.substr(0, colon).find_first_of(" \"'[{") != std::string_view::npos)
    return -1;
  if (colon + 1 < rest.size() && rest[colon + 1] != ' ') return -1;
  return static_cast<int>(i);
}

// Repeats every run of sibling mapping items at the file's most common item indentation; returns false when
// the file has no such items.
bool scale_yaml(const std::string& in, std::size_t bytes, std::string& out) {
  std::vector<std::string> lines;
  std::istringstream ss(in);
  for (std::string line; std::getline(ss, line);) lines.push_back(line);
  std::map<int, std::size_t> count;
  for (const auto& l : lines)
    if (int ind = mapping_item_indent(l); ind >= 0) ++count[ind];
  if (count.empty()) return false;
  int indent = count.begin()->first;
  for (auto [ind, n] : count)
    if (n > count[indent]) indent = ind;
  auto indent_of = [](const std::string& l) {
    std::size_t i = l.find_first_not_of(' ');
    return i == std::string::npos ? -1 : static_cast<int>(i);
  };
  // Finds the runs: from an item line at `indent` through every following line indented deeper, blank, or
  // another item at `indent`.
  std::vector<std::pair<std::size_t, std::size_t>> runs;
  std::size_t run_bytes = 0;
  for (std::size_t i = 0; i < lines.size();) {
    if (mapping_item_indent(lines[i]) != indent) { ++i; continue; }
    std::size_t j = i + 1;
    while (j < lines.size()) {
      int ind = indent_of(lines[j]);
      if (ind == -1 || ind > indent || mapping_item_indent(lines[j]) == indent) ++j;
      else break;
    }
    while (j > i + 1 && indent_of(lines[j - 1]) == -1) --j;  // Trailing blank lines stay outside the run.
    for (std::size_t k = i; k < j; ++k) run_bytes += lines[k].size() + 1;
    runs.push_back({i, j});
    i = j;
  }
  std::size_t n = copies_for(bytes, in.size() - run_bytes, run_bytes);
  out.clear();
  std::size_t r = 0;
  for (std::size_t i = 0; i < lines.size();) {
    if (r < runs.size() && runs[r].first == i) {
      for (std::size_t c = 0; c < n; ++c)
        for (std::size_t k = runs[r].first; k < runs[r].second; ++k) (out += lines[k]) += '\n';
      i = runs[r++].second;
      continue;
    }
    (out += lines[i++]) += '\n';
  }
  return true;
}

// Concatenates copies of a text with a blank line between them.
void scale_text(const std::string& in, std::size_t bytes, std::string& out) {
  std::string copy = in;
  while (copy.size() >= 2 && copy.compare(copy.size() - 2, 2, "\n\n") != 0) copy += '\n';
  std::size_t n = copies_for(bytes, 0, copy.size());
  out.reserve(n * copy.size());
  for (std::size_t k = 0; k < n; ++k) out += copy;
}

}  // namespace

int gen_scale(const char* src_path, std::size_t bytes, const char* out_path) {
  std::ifstream src(src_path, std::ios::binary);
  if (!src) return std::perror(src_path), 1;
  std::string in((std::istreambuf_iterator<char>(src)), std::istreambuf_iterator<char>());
  std::string ext = extension(src_path), out;
  bool done = false;
  if (ext == "json") done = scale_json(in, bytes, out);
  else if (ext == "html" || ext == "htm") done = scale_html(in, bytes, out);
  else if (ext == "yaml" || ext == "yml") done = scale_yaml(in, bytes, out);
  if (!done) {
    if (ext == "json" || ext == "html" || ext == "htm" || ext == "yaml" || ext == "yml") {
      std::fprintf(stderr, "qbank-gen: %s: no repeatable part found\n", src_path);
      return 1;
    }
    scale_text(in, bytes, out);
  }
  std::ofstream o(out_path, std::ios::binary);
  if (!o || !o.write(out.data(), static_cast<std::streamsize>(out.size()))) return std::perror(out_path), 1;
  return 0;
}

}  // namespace qbank_bench
