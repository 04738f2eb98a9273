#pragma once
// The Markdown reader's blocks (the document's outline) and the inline helpers it reads their text with.

#include <string>
#include <string_view>
#include <vector>

#include "normalize/outline.hpp"
#include "normalize/text/lines.hpp"

namespace qbank::internal::md {

// The kind of a Markdown block (an outline node kind).
using BlockKind = OutlineKind;

// One Markdown block (an outline node).
using Block = OutlineNode;

// The sorted labels (ref_key form) of a document's reference link definitions ("[ref]: url").
using RefLabels = std::vector<std::string>;

// The outline of a Markdown document, parsed by cmark-gfm (CommonMark with GFM tables); lines holds each line
// of the document without its line end. The text between the tag lines of a raw HTML block is read as
// Markdown too; a paragraph line that starts an answer or question label, or that follows a list item ending
// with a question mark, starts a paragraph of its own.
Outline markdown_outline(const std::vector<std::string_view>& lines);

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

// When text starts with a question label ("Q:", "**Q:**", "*Вопрос*:"), sets rest to what follows.
bool strip_question_label(std::string_view text, std::string_view& rest);

// The question and answer labels a document pairs (lowercase, without emphasis, digits or colon; both empty
// when there is no pair): short leading labels ("В:", "**D:**", "質問：") where one follows the other at least
// three times, the other comes back after it at least half as often, and the texts after the first mostly ask.
struct PairedLabels {
  std::string question;  // The label that starts questions ("в").
  std::string answer;    // The label that starts their answers ("о").
};

// Finds the labels the lines of a document pair (code fences skipped).
PairedLabels paired_labels(const std::vector<std::string_view>& lines);

// When text opens with an emphasized label of at most three words and a colon ("**Practice file:** …",
// "**Source**: …"), sets label to its words, lowercased, and rest to what follows.
bool emphasized_label(std::string_view text, std::string& label, std::string_view& rest);

// The emphasized labels (as emphasized_label reads them) that open at least two lines of a document, list
// markers aside, sorted: the names of fields its entries repeat ("Expected", "Source", "Practice file").
std::vector<std::string> recurring_labels(const std::vector<std::string_view>& lines);

// When text starts with label (as paired_labels found it: plain or emphasized, then ':' or '：'), sets rest to
// what follows.
bool strip_paired_label(std::string_view text, const std::string& label, std::string_view& rest);

// True when the whole text is one emphasis span ("**What is X?**", "*Why?*").
bool is_emphasized(std::string_view text);

// Removes the emphasis delimiters ("*x*", "**x**", "_x_", "__x__") that CommonMark's flanking rules pair up
// inside a text, outside code spans; unpaired ones ("_value", "2 * 3") and escaped ones stay.
std::string strip_emphasis(std::string_view text);

// Splits a table row ("| a | b |") into trimmed cells; '|' inside code spans or escaped stays in its cell.
std::vector<std::string> table_cells(std::string_view row);

// True for a table's delimiter row ("|---|:--:|").
bool is_table_rule(std::string_view row);

// True when the text is a single link to an anchor in the same document ("[Intro](#intro)").
bool is_anchor_link(std::string_view text);

// When the text starts with a link to another place followed by a remark set off from it ("[Pramp](url) - Free
// mock interviews", "[Book](url) by Author"), sets label and returns true.
bool leading_link(std::string_view text, std::string_view& label);

// True when the text is a bold label and one link to another place, and nothing else ("**Read also:**
// [Spring questions](spring.md)"): a pointer elsewhere.
bool labelled_link(std::string_view text);

// When the text is a single link "[label](url)", sets label and returns true.
bool single_link(std::string_view text, std::string_view& label);

// Strips a heading number ("12.", "8 .", "Question 17a.") and reports whether there was one.
bool strip_heading_number(std::string_view text, std::string_view& rest);

}  // namespace qbank::internal::md
