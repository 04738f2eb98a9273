#pragma once
// Org documents ("* Topic" / "** Question", "#+BEGIN_SRC" blocks, "#+TITLE:" keywords) turned into plain lines.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace qbank::internal::txt {

// Returns the document read as Org, line for line, when it is one (a "* " outline line and a "#+" keyword or
// block line); nullopt otherwise. "#+TITLE: X" becomes the line "X"; the lines of a source or example block are
// indented as code and its "#+BEGIN_…"/"#+END_…" lines blank, as are quote and verse block delimiters; other
// keyword lines and property drawers are blank and listed in metadata_lines (line number, text).
std::optional<std::string> org_to_text(std::string_view text,
                                       std::vector<std::pair<std::int64_t, std::string_view>>& metadata_lines);

}  // namespace qbank::internal::txt
