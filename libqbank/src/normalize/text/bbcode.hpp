#pragma once
// Forum posts written in BBCode ("[b]1. Why?[/b]", "[spoiler=Answer]…[/spoiler]") turned into plain lines.

#include <optional>
#include <string>
#include <string_view>

namespace qbank::internal::txt {

// Returns the document with its BBCode read, line for line, when two or more lines close a BBCode tag; nullopt
// otherwise. Formatting tags are dropped (their text kept), a line set in [size=…] or [h…] alone becomes a
// "== title ==" line, a spoiler or hidden block ("[spoiler=Label]text[/spoiler]") becomes an answer line
// "A: text", "[*]" a bullet and [list] lines blank.
std::optional<std::string> bbcode_to_text(std::string_view text);

}  // namespace qbank::internal::txt
