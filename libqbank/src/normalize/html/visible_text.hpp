#pragma once
// Visible-text extraction from gumbo HTML trees, shared by the HTML reader and Anki "#html:true" fields.

#include <gumbo.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace qbank::internal {

// The deepest element nesting the text walkers descend into; deeper content is ignored (read_html refuses
// documents nested deeper than kMaxGumboNesting before they get here).
inline constexpr int kMaxHtmlDepth = 2100;

// How append_text renders a subtree.
struct TextMode {
  bool skip_lists = false;  // Leave out nested ul/ol/dl/menu/dir lists (their items are read on their own).
  bool skip_pre = false;      // Leave out <pre> blocks (read as code on their own).
  bool preformatted = false;  // Keep whitespace and line breaks as in the source (inside <pre>).
};

// True for elements whose content is never visible text (script, style, template, svg, ...).
bool is_hidden_tag(GumboTag tag);

// True for a <button> whose text asks a question (an FAQ accordion's toggle), or that is all a heading holds
// ("<h2><button>Payment methods</button></h2>"); it is read like text.
bool is_question_button(const GumboNode* node);

// True for elements that start a new block (p, div, li, headings, tables, ...), as opposed to inline ones.
bool is_block_tag(GumboTag tag);

// Appends the visible text of a node: entities decoded, inline tags dropped, <br> as a line break,
// inline <code> as `code`, whitespace runs collapsed outside <pre>.
void append_text(const GumboNode* node, std::string& out, TextMode mode, int depth = 0);

// Trims every line, drops blank lines at both ends and squeezes runs of blank lines to one.
std::string tidy_lines(std::string_view text);

// Returns the plain text of an HTML fragment (as in Anki fields): tags stripped, <br> and blocks as
// line breaks, entities decoded.
std::string html_fragment_to_text(std::string_view html);

// Returns code text without its leading blank lines and trailing whitespace (indentation kept).
std::string trim_code_edges(std::string_view code);

// Returns the text of an HTML fragment that holds code (a <pre> block): line breaks and indentation kept,
// <br> as a line break, entities decoded.
std::string html_fragment_to_code(std::string_view html);

// The deepest tag nesting handed to gumbo (whose run time grows quadratically and whose clean-up recurses).
inline constexpr std::size_t kMaxGumboNesting = 2000;

// Estimates the deepest element nesting of an HTML text from its tags (an upper bound in practice).
std::size_t estimate_html_depth(std::string_view html);

// Returns the 1-based source line of a node, or 0 when the parser inserted it without a position.
std::int64_t node_line(const GumboNode* node);

// Returns an attribute's value, or "" when absent.
std::string_view attribute(const GumboNode* node, const char* name);

}  // namespace qbank::internal
