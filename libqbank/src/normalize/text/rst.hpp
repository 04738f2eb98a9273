#pragma once
// reStructuredText documents (adorned section titles, ".. directive::" blocks, roles, link targets) turned into
// plain lines.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "qbank/normalize.hpp"

namespace qbank::internal::txt {

// Returns the document read as reStructuredText, line for line, when it is one (an adorned section title and
// explicit markup, a role or a hyperlink reference); nullopt otherwise. Section titles become "== Title =="
// lines with one "=" more per level (levels in the order their adornment styles first appear) and their
// adornment lines blank; code directive and literal block bodies become code indented four spaces past their
// opener; admonitions (note, warning, …) become text at the directive's own indentation; roles, hyperlink
// references, footnote references and strong emphasis are reduced to their text. Every line left blank is
// appended to rejected with its reason: "separator" (adornments), "markup" (directive and "::" lines,
// substitution definitions), "<name> (not read)" (toctree, image, include and the other directives that show no
// text, with their bodies), "comment", "link definition" (link targets), "footnote" and "metadata" (a field
// list before the first title).
std::optional<std::string> rst_to_text(std::string_view text, std::vector<RejectedLine>& rejected);

}  // namespace qbank::internal::txt
