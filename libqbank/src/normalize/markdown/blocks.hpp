#pragma once
// Markdown block structure for the Markdown reader: headings, list items, paragraphs, fenced code,
// HTML lines, rules, tables, link definitions and front matter, each with its lines and <details> nesting.

#include <string>
#include <string_view>
#include <vector>

#include "normalize/text/lines.hpp"

namespace qbank::internal::md {

// The kind of a Markdown block.
enum class BlockKind { kHeading, kItem, kParagraph, kCode, kHtml, kRule, kTable, kFrontMatter, kDefinition };

// One Markdown block.
struct Block {
  BlockKind kind = BlockKind::kParagraph;  // What the block is.
  std::size_t first = 0;                   // Index of its first line (0-based).
  std::size_t last = 0;                    // Index of its last line (inclusive).
  int level = 0;                           // Heading level (1-6), or the indent of other blocks.
  int column = 0;                          // Where a list item's content starts (its children are indented so).
  txt::MarkerKind marker = txt::MarkerKind::kNone;  // List marker kind for items.
  std::string text;                        // Heading/item/paragraph text (joined), or code body.
  int details = 0;                         // <details> nesting depth the block sits in.
  bool opens_details = false;              // True for an HTML block that opens <details>.
};

// The sorted labels (ref_key form) of a document's reference link definitions ("[ref]: url").
using RefLabels = std::vector<std::string>;

// Splits a Markdown document into blocks; lines holds each line without its line end.
std::vector<Block> split_blocks(const std::vector<std::string_view>& lines);

// Collects the labels of the document's link definition blocks.
RefLabels reference_labels(const std::vector<Block>& blocks);

// The form reference labels are compared in: trimmed, ASCII lowercased, inner whitespace runs as one space.
std::string ref_key(std::string_view label);

// Inline cleanup for display: tags of known HTML elements, images and link targets removed, links and
// references defined in refs reduced to their label (other brackets kept), a wrapping emphasis removed;
// code spans are kept as they are.
std::string inline_text(std::string_view text, const RefLabels* refs = nullptr);

// When text starts with an answer label ("Answer:", "**Answer:**", "*Ответ*:"), sets rest to what follows.
bool strip_answer_label(std::string_view text, std::string_view& rest);

// True when the whole text is one emphasis span ("**What is X?**", "*Why?*").
bool is_emphasized(std::string_view text);

// Splits a table row ("| a | b |") into trimmed cells; '|' inside code spans or escaped stays in its cell.
std::vector<std::string> table_cells(std::string_view row);

// True for a table's delimiter row ("|---|:--:|").
bool is_table_rule(std::string_view row);

// True when the text is a single link to an anchor in the same document ("[Intro](#intro)").
bool is_anchor_link(std::string_view text);

// When the text is a single link "[label](url)", sets label and returns true.
bool single_link(std::string_view text, std::string_view& label);

// Strips a heading number ("12.", "8 .", "Question 17a.") and reports whether there was one.
bool strip_heading_number(std::string_view text, std::string_view& rest);

}  // namespace qbank::internal::md
