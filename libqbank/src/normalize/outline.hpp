#pragma once
// The outline of a document: its blocks in source order (headings, list items, paragraphs, code, HTML,
// comments, rules, table rows, front matter, link definitions), each with its source lines, level, list depth
// and numbering, and the <details> nesting it sits in. A reader fills it; the question inference walks it.

#include <cstddef>
#include <string>
#include <vector>

namespace qbank::internal {

// The kind of an outline node.
enum class OutlineKind {
  kHeading,      // A heading; level is its level (1-6).
  kItem,         // A list item; text is its first paragraph.
  kParagraph,    // A paragraph (joined lines).
  kCode,         // A code block; text is its body.
  kHtml,         // One line of raw HTML ("<details>", "<summary>Q</summary>", "</p>").
  kComment,      // An HTML comment ("<!-- … -->"), all its lines.
  kRule,         // A thematic break ("---").
  kTable,        // One line of a table: the header row, the delimiter row or a body row.
  kFrontMatter,  // The front matter block ("---" … "---" at the top).
  kDefinition,   // A link reference definition ("[ref]: https://…"); text is its label.
};

// One node of an outline.
struct OutlineNode {
  OutlineKind kind = OutlineKind::kParagraph;  // What the node is.
  std::size_t first = 0;                       // Index of its first source line (0-based).
  std::size_t last = 0;                        // Index of its last source line (inclusive).
  int level = 0;       // Heading level (1-6); for items, paragraphs and code the source indent; else 0.
  int column = 0;      // Where a list item's content starts in its line (its children are indented so).
  int depth = 0;       // How many lists enclose the node (1 for a top-level item and its content; 0: none).
  int quote = 0;       // How many block quotes enclose the node.
  long number = -1;    // The number an ordered list item is written with (-1: bullet or not an item).
  long parent = -1;    // Index of the enclosing list item node (-1: none).
  std::string text;    // Heading/item/paragraph text with its inline markup, code body, HTML line or row.
  int details = 0;     // <details> nesting depth the node sits in.
  bool opens_details = false;  // True for an HTML node that opens <details>.
  std::size_t table_end = 0;   // For an HTML node that opens a table: the index of the line that closes it; else 0.
};

// A document's outline, nodes in source order.
using Outline = std::vector<OutlineNode>;

}  // namespace qbank::internal
