// Front matter that lists questions: a page's YAML ("---") or TOML ("+++") header read by that format's reader.
#include <algorithm>

#include "normalize/markdown/walker.hpp"

namespace qbank::internal::md {

void Walker::front_matter(const Block& b) {
  if (options == nullptr || b.last <= b.first + 1) return reject(b, "front matter");
  std::string header;
  for (std::size_t k = b.first + 1; k < b.last && k < lines.size(); ++k) header.append(lines[k]).push_back('\n');
  ReaderOutput part;
  bool toml = txt::trim(lines[b.first]) == "+++";
  if (!(toml ? read_toml(header, *options, part) : read_yaml(header, *options, part)).ok())
    return reject(b, "front matter");
  // The top-level keys are the page's own fields (title, description): questions are entries listed below them
  // (indented or "- " items in YAML; under a table header in TOML).
  bool page_fields = std::any_of(part.items.begin(), part.items.end(), [&](const RawItem& it) {
    std::size_t k = b.first + static_cast<std::size_t>(it.line);
    if (it.line < 1 || k >= b.last || lines[k].empty()) return true;
    if (!toml) return lines[k][0] != ' ' && lines[k][0] != '-';
    for (std::size_t h = b.first + 1; h < k; ++h)
      if (txt::trim(lines[h]).starts_with("[")) return false;
    return lines[k].find('{') == std::string_view::npos;  // an inline table in an array ("faq = [{q = …}]")
  });
  if (part.items.empty() || page_fields) return reject(b, "front matter");
  for (RejectedLine& r : part.rejected) r.reason = "front matter";  // Keys beside the questions: the page's metadata.
  for (std::size_t k : {b.first, b.last})
    out.rejected.push_back({static_cast<std::int64_t>(k + 1), std::string(lines[k]), "front matter"});
  const auto shift = static_cast<std::int64_t>(b.first + 1);
  append_output(part, [shift](std::int64_t line) { return line + shift; }, out);
}

}  // namespace qbank::internal::md
