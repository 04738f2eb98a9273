// The one list of reasons a line is rejected with (RejectedLine::reason), and their meanings.
#include "qbank/normalize.hpp"

namespace qbank {
namespace {

constexpr RejectionReason kReasons[] = {
    // Page furniture.
    {"title", "the document's title (or a heading worded as one)"},
    {"author", "an author line"},
    {"date", "a date line"},
    {"navigation", "menus, links to other pages, sharing and comment widgets"},
    {"navigation (page header)", "the page header of an HTML page"},
    {"header", "a page header, or a CSV/TSV header row"},
    {"footer", "a page footer"},
    {"aside", "an HTML aside"},
    {"form", "an HTML form with controls to fill in, or a line of blanks to fill in ('Name: ______')"},
    {"table of contents", "a contents line (its entry recurs later, or it links within the page)"},
    {"intro prose", "prose before the questions or at the start of a section"},
    {"outro", "a sign-off after the questions ('That's all for today!')"},
    {"outro prose", "prose after the last question"},
    {"separator", "a rule or separator line"},
    {"repeated line", "a line repeated on every page (running header or footer)"},
    {"question count", "a line that only counts questions"},
    {"metadata", "a document's own data (a YAML header key, for instance)"},
    {"front matter", "Markdown front matter"},
    {"comment", "a comment line (a reStructuredText '.. text' comment too)"},
    {"footnote", "a footnote or citation ('.. [1] …' in reStructuredText)"},
    {"html", "an HTML line in Markdown, or an HTML tag line between blocks"},
    {"markup", "a LaTeX, BBCode, Org or reStructuredText line that holds only commands, tags, directives or block delimiters (\\begin{solution}, \\documentclass, [list], .. note::)"},
    {"link definition", "a Markdown reference link definition, or a reStructuredText link target ('.. _name:')"},
    {"link", "a list item that is only a link, or a bare URL"},
    {"style (not read)", "a <style> element (any '<name> (not read)' is an element, or a reStructuredText directive such as toctree or image, whose content is not text)"},
    // Structure that is not a question.
    {"heading", "a section heading (its text is the topic of what follows)"},
    {"heading (topic)", "a heading read as the topic of the questions under it"},
    {"heading without questions", "a heading with no question under it"},
    {"label", "a list item that labels the questions nested under it"},
    {"label (topic of its sub-items)", "an HTML list item that labels the questions nested under it"},
    {"section text", "text inside a section whose questions are headings"},
    {"collapsed section", "a <details> block with nothing to answer and no questions"},
    {"paragraph", "a paragraph that is neither a question nor an answer"},
    {"prose", "a sentence that reads as prose, not a question"},
    {"prose (not a question)", "an HTML paragraph that reads as prose"},
    {"not a question", "a line between questions that is not one"},
    {"not question-like", "a list item or quiz block that does not read as a question"},
    {"question stem", "an exam task's opening that only sets the scene for the sub-questions under it"},
    {"list item that is not a question", "an HTML list item that does not read as a question"},
    {"text in a list", "loose text inside an HTML list"},
    {"empty item", "a list item without a letter or digit ('......')"},
    {"empty after cleanup", "a question whose text is empty once markup is removed"},
    {"empty question header", "a 'Question 12' header with no question after it"},
    {"answer label", "an 'Answer' label with nothing to attach to"},
    {"answer without a question", "an answer line with no question before it"},
    {"code without a question", "a code block with no question to belong to"},
    {"code outside a question", "an HTML code block with no question to belong to"},
    {"definition without a term", "a <dd> without its <dt>"},
    // Tables and delimited files.
    {"table", "a Markdown table that holds no questions"},
    {"table caption", "a table's caption"},
    {"table header", "a table's header row"},
    {"table footer", "a row of an HTML table's <tfoot>"},
    {"table row that is not a question", "a table row whose question cell does not read as one"},
    {"table row without a question", "a table row with an empty question cell"},
    {"empty row", "an empty CSV/TSV row"},
    {"no question text", "a record without question text ('no question text …' says where it looked)"},
    {"unknown header line", "an Anki '#key:value' header line qbank does not know"},
    {"Anki header", "an Anki text-export header line"},
    // JSON, GIFT, Moodle XML.
    {"not a JSON object", "a JSON array element that is not an object or a string"},
    {"empty question text", "a JSON record whose question text is empty"},
    {"category", "a GIFT $CATEGORY line or a Moodle XML category (its path is the topic of what follows)"},
    {"description", "a Moodle XML description item (text shown between questions, not one)"},
    {"description (no answer block)", "a GIFT block without an answer block"},
    {"answer block '{' is never closed", "a GIFT block whose answer block does not end"},
};

}  // namespace

std::span<const RejectionReason> rejection_reasons() { return kReasons; }

bool is_rejection_reason(std::string_view reason) {
  for (const auto& r : kReasons)
    if (reason == r.name) return true;
  constexpr std::string_view kNotRead = " (not read)", kNoText = "no question text";
  if (reason.size() > kNotRead.size() && reason.substr(reason.size() - kNotRead.size()) == kNotRead) return true;
  return reason.substr(0, kNoText.size()) == kNoText;
}

}  // namespace qbank
