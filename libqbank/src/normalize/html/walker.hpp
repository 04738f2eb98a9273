#pragma once
// The HTML reader's tree walker: turns a gumbo document into questions, answers and code.

#include <gumbo.h>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "normalize/reader.hpp"

namespace qbank::internal {

// True when a node is an element (or template) node.
inline bool is_element(const GumboNode* n) {
  return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE;
}

// Returns the one element child of a node when it has no other visible child (blank text and comments
// aside), else nullptr.
const GumboNode* sole_element_child(const GumboNode* node);

// Walks the blocks of an HTML document in order, keeping the heading topic and the open question.
// True when an element (a list item, a table cell) holds only a link to an anchor in the same page: a
// table-of-contents entry.
bool is_toc_item(const GumboNode* element);

class HtmlWalker {
 public:
  // Prepares a walk over src (the bytes gumbo parsed) that fills out.
  HtmlWalker(std::string_view src, const NormalizeOptions& options, ReaderOutput& out);

  // Reads the whole document.
  void walk_document(const GumboNode* root);

 private:
  // Reads the children of a container: inline runs become paragraphs, block children are dispatched.
  void walk_blocks(const GumboNode* node, int depth);
  // Dispatches one block element by its tag.
  void walk_element(const GumboNode* node, int depth);
  // Handles h1–h6: a topic, or a question when it reads as one.
  void on_heading(const GumboNode* node, int level);
  // Handles a paragraph-like text (bold when it is wholly one b/strong element): a question, an answer to the
  // open question, a sign-off that closes it, or rejected prose.
  void on_paragraph(const std::string& text, std::int64_t line, const std::string& raw, bool bold = false);

  // Takes a wholly bold paragraph that is shaped like a heading, does not ask and comes right before a block that
  // does ("Part II. Storage") as a section heading below every <h1>-<h6> in force: it ends the question above
  // and names the topic of those after it.
  void on_bold_heading(const std::string& text, std::int64_t line);

  // True when the first sibling block after node that holds text reads as a question.
  bool next_block_asks(const GumboNode* node) const;
  // Handles ul/ol: question lists, sub-items, label items with nested questions, answer lists.
  void on_list(const GumboNode* node, int depth);
  // Reads a list whose items are at least half titled entries (an emphasized title, then blocks) as questions with
  // their answers; returns false, reading nothing, for other lists.
  bool entry_list(const GumboNode* node);
  // True when the page holds at least two quoted entries (one-item lists, each followed by a blockquote) and one
  // of them asks: a page generated from reStructuredText whose FAQ entries are bullets with indented answers, where
  // an entry that names a symptom ("<li>X fails</li>") is as much a question as one that asks. Decided once.
  bool quoted_entries_ask(const GumboNode* node);
  // Handles one list item of a list that holds questions.
  void on_list_item(const GumboNode* li, bool question_list, int depth);
  // Handles dl: dt questions with dd answers.
  void on_definition_list(const GumboNode* node, int depth);
  // Handles pre: the open question's code.
  void on_pre(const GumboNode* node);
  // Counts the page's headings per level, and those that ask (page_headings_, page_question_headings_).
  void count_page_headings(const GumboNode* root);
  // Handles details/summary: a question with its answer, or an answer to the open question.
  void on_details(const GumboNode* node, int depth);
  // Reads a <details> holding <details> whose summaries ask: its summary is a question answered by the
  // rest of its body, or the topic of the nested ones when it does not ask; the nested ones are read after it.
  void on_nested_details(const GumboNode* node, const GumboNode* summary, const std::string& title,
                         const std::string& body, const std::vector<const GumboNode*>& nested, int depth);
  // Handles table rows: mapped by header names, or first cell question and second cell answer.
  void on_table(const GumboNode* node, int depth);
  // Handles header: its headings are read, the rest is rejected as navigation.
  void on_header(const GumboNode* node, int depth);
  // Rejects a table's caption and, when header is true, its header row (the names of its columns).
  void on_table_extras(const GumboNode* table, const std::vector<std::vector<const GumboNode*>>& rows,
                       bool header);
  // Reads a container whose class or id names it a question or an answer; returns false otherwise.
  bool on_hinted(const GumboNode* node);
  // Reads a schema.org Question item (microdata: its itemprop "name" asks, its "acceptedAnswer" or
  // "suggestedAnswer" answers, whatever their wording); returns false for any other element.
  bool on_microdata_question(const GumboNode* node);

  // Reads a paragraph whose first line asks and whose next line opens with an answer label ("Q?<br>Answer: …") as
  // a question with its answer, even inside an open answer; returns false for other paragraphs.
  bool labelled_pair(const std::string& text, std::int64_t line, const std::string& raw);
  // Turns the open question back into a topic when it is a heading with nothing under it but a list of questions
  // ("<h2>What does it print</h2><ol><li>What does … print?</li>…").
  void demote_bare_heading_question();
  // Turns a pending statement heading into the open question (choices or an answer followed it);
  // returns false when there is none.
  bool promote_pending();
  // Adds a question under the current topic and makes it the open question.
  void add_question(std::string text, std::int64_t line, std::string raw);
  // Appends text to the open question's answer.
  void add_answer(std::string_view text);
  // Appends code to the open question's code.
  void add_code(std::string_view code);
  // Records a rejected element with a reason.
  void reject(const GumboNode* node, const std::string& reason);
  // Records rejected text (shortened) found at a line (0: unknown) with a reason.
  void reject_line(std::int64_t line, std::string_view text, const std::string& reason);
  // The topic questions get now: the innermost label item or non-question heading.
  std::optional<std::string> topic() const;
  // The source slice of an element (shortened), or its text when positions are missing.
  std::string source_of(const GumboNode* node, const std::string& fallback) const;

  std::string_view src_;
  const NormalizeOptions& options_;
  ReaderOutput& out_;
  std::string lang_;
  bool next_asks_ = false;  // While a wholly bold paragraph is read: the block after it reads as a question.
  std::vector<std::pair<int, std::string>> headings_;  // (level, text) of the open non-question headings.
  std::vector<std::string> labels_;                    // Label list items whose children are being read.
  std::optional<std::size_t> open_;                    // Index in out_.items of the open question.
  int open_heading_level_ = 0;                         // Heading level of the open question (0: not a heading).
  bool open_is_item_ = false;                          // The open question is a list item (lists after it are
                                                       // more questions, not its answer).

  // A statement heading ("14. All objects have prototypes.") that becomes a question when choices or an
  // answer follow it, with the code blocks read in between.
  struct PendingHeading {
    std::string text, raw;
    std::int64_t line = 0;
    int level = 0;
    std::vector<std::string> code;
    std::vector<std::size_t> rejected;  // Indices in out_.rejected of the heading and of its code blocks.
    bool among_questions = false;       // Headings of its level are questions elsewhere in the page.
  };
  std::optional<PendingHeading> pending_;
  std::array<int, 7> question_headings_{};  // Question headings seen so far, per level (1–6).
  std::array<int, 7> numbered_headings_{};  // Those of them that carry a number ("3. What is X?"), per level.
  std::array<int, 7> page_headings_{};      // Headings of the whole page, per level.
  std::array<int, 7> page_question_headings_{};  // Those of them that ask, per level.
  std::optional<bool> quoted_entries_ask_;  // The page's quoted entries are questions (decided on first use).
  int question_details_ = 0;                // <details> whose summary asked, seen so far.
  std::size_t paragraph_items_ = 0;         // Questions read from paragraphs.
  std::vector<std::pair<std::size_t, std::size_t>> pointer_answers_;  // Questions whose answer opened with a
                                                                      // paragraph that is one link elsewhere,
                                                                      // and that answer's size then.
  std::vector<std::size_t> weak_paragraphs_;  // Indices in out_.items of paragraphs read as questions from a
                                              // question word or an inner question mark only, or that open
                                              // with a sentence that does not ask.
  std::vector<std::string> bold_classes_;     // Classes the page's <style> makes bold (".c1{font-weight:700}").

  // Drops the answers of linked question headings whose text ends in an ellipsis: a listing page's teasers
  // ("<h3><a href="/q/1">Why?</a></h3><div>I tried … </div>"), cut from the linked page, not an answer.
  void drop_teaser_answers();
  // Drops the answers that are nothing but one link to another page (pointer_answers_).
  void drop_pointer_answers();

  // True when every visible child of a node sits in one bold element: b, strong, or an element whose class or
  // style makes it bold ("<p><span class="c1">5. Explain</span></p>" in an exported document).
  bool wholly_bold(const GumboNode* node) const;

  // Drops the weakly asking paragraphs that got no answer from a page whose questions come from its structure
  // (headings, lists, definition lists, summaries): they are its intro and outro ("Not found? Write to us.").
  void drop_weak_paragraphs();

  // Turns a pending statement heading into a question when headings of its level are questions and content
  // follows it ("<h3>Explain em and rem</h3><p>…</p>" among "<h3>What is …?</h3>"); returns true when it did.
  bool promote_sibling_statement();
};

// True for an FAQ accordion's toggle button whose class or id names it a question ("faq-question"), or that
// toggles ("aria-expanded") inside an accordion or FAQ by its names, whatever its text.
bool is_toggle_question(const GumboNode* node);

// Returns the visible text of a node, tidied (see append_text), optionally leaving nested lists and
// <pre> blocks out.
std::string node_text(const GumboNode* node, bool skip_lists = false, bool skip_pre = false);

// Returns the preformatted text of a <pre> node without blank lines at either end.
std::string pre_text(const GumboNode* node);

// Returns the first source line of a node or of the first text inside it (0 when none is known).
std::int64_t first_line(const GumboNode* node, int depth = 0);

// The text of a heading without the controls its links add: a permalink mark ("¶", "#") before or after it, or
// a bracketed link after it ("[edit]").
std::string heading_text(const GumboNode* node);

// True when text is only an entry number ("1.", "2.3)"), which marks an entry and is not its text.
bool is_entry_number(std::string_view text);

// The 1-based line where a node's visible text starts (its first non-blank text that is not only an entry
// number), else first_line.
std::int64_t text_line(const GumboNode* node);

// The element children of a node.
std::vector<const GumboNode*> element_children(const GumboNode* node);

// True for ul/ol-like list elements.
bool is_list(const GumboNode* node);

// Collects the lists (dl included) and pre blocks inside a node, not inside each other, which node_text can
// leave out; with no lists wanted, lists are searched for pre blocks too.
void collect_nested(const GumboNode* node, std::vector<const GumboNode*>* lists, std::vector<const GumboNode*>& pres,
                    int depth = 0);

// A list item's question and, when more than the question follows it, that rest as its answer.
struct ItemParts {
  std::string question;  // The item's text (nested lists and pre left out) or its leading question.
  std::string answer;    // What follows the leading question ("" when the item is not split).
};

// A list item written as an FAQ entry: an emphasized title ("<li><em>Title</em> <p>…</p></li>") and block
// content after it; title is empty when the item is not so written.
struct TitledItem {
  std::string title;  // The inline text before the first block child (it opens with emphasis).
  unsigned body = 0;  // Index of the first block child.
};

// Reads a list item as a titled entry (title empty when it is not one).
TitledItem titled_item(const GumboNode* li);

// The text of the children of a node from index from on (nested lists and pre blocks included).
std::string text_from(const GumboNode* node, unsigned from);

// Splits a list item whose first block, first line (up to <br>) or bold lead reads as a question and is
// followed by more content that is not itself a question; other items are kept whole.
ItemParts split_list_item(const GumboNode* li);

}  // namespace qbank::internal
