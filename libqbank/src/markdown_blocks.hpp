#pragma once
// Markdown block structure for the Markdown reader: headings, list items, paragraphs, fenced code,
// HTML lines, rules, tables and front matter, each with its lines and <details> nesting.

#include <string>
#include <string_view>
#include <vector>

#include "text_lines.hpp"

namespace qbank::detail::md {

// The kind of a Markdown block.
enum class BlockKind { kHeading, kItem, kParagraph, kCode, kHtml, kRule, kTable, kFrontMatter };

// One Markdown block.
struct Block {
  BlockKind kind = BlockKind::kParagraph;  // What the block is.
  std::size_t first = 0;                   // Index of its first line (0-based).
  std::size_t last = 0;                    // Index of its last line (inclusive).
  int level = 0;                           // Heading level (1-6) or list item indent.
  txt::MarkerKind marker = txt::MarkerKind::kNone;  // List marker kind for items.
  std::string text;                        // Heading/item/paragraph text (joined), or code body.
  int details = 0;                         // <details> nesting depth the block sits in.
  bool opens_details = false;              // True for an HTML block that opens <details>.
};

// Splits a Markdown document into blocks; lines holds each line without its line end.
std::vector<Block> split_blocks(const std::vector<std::string_view>& lines);

// Inline cleanup for display: HTML tags, images and link targets removed, bracketed symbol groups
// dropped, a wrapping emphasis removed; code spans are kept as they are.
std::string inline_text(std::string_view text);

// True when the text is a single link to an anchor in the same document ("[Intro](#intro)").
bool is_anchor_link(std::string_view text);

// When the text is a single link "[label](url)", sets label and returns true.
bool single_link(std::string_view text, std::string_view& label);

// Strips a heading number ("12.", "8 .", "Question 17a.") and reports whether there was one.
bool strip_heading_number(std::string_view text, std::string_view& rest);

}  // namespace qbank::detail::md
