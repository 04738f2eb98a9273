#pragma once
// MediaWiki pages ("== Section ==", "'''bold'''", "[[link|label]]", "{{template}}", "<syntaxhighlight>") turned
// into plain lines.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace qbank::internal::txt {

// Appends a line's wiki text: bold and italic quotes and templates ("{{…}}") dropped, "[[target|label]]" and
// "[url label]" links reduced to their label. With html set, the text is written for HTML and tags are kept as
// written; else inline tags are dropped (their text kept, a <ref>'s not) and a namespaced link without a label
// ("[[Category:Java]]") is dropped.
void append_wiki_inline(std::string& out, std::string_view t, bool html);

// Returns the document with its MediaWiki markup read, line for line, when it is a wiki page (two or more
// "== … ==" title lines and wiki markup besides: bold quotes, "[[…]]" links, "{{…}}" templates, "__TOC__" or a
// code element); nullopt otherwise. Bold and italic quotes, templates and inline tags are dropped (their text
// kept, a template's not), links keep their label, a line holding only category links or a magic word becomes
// blank (its number, 1-based, and text go to markup_lines), the lines of a <syntaxhighlight>, <source> or <pre>
// element, or of a <code> element over several lines, become code indented by four spaces, and "*"/"#" list
// lines become bullets indented by depth. Wiki tables ("{|" … "|}") are left as written.
std::optional<std::string> mediawiki_to_text(std::string_view text,
                                             std::vector<std::pair<std::int64_t, std::string_view>>& markup_lines);

}  // namespace qbank::internal::txt
