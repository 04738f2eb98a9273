#pragma once
// The Markdown reader's heading plan (which headings are questions) and its walk over the blocks.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "normalize/markdown/blocks.hpp"
#include "normalize/reader.hpp"

namespace qbank::internal::md {

// What the reader knows about one heading block.
struct HeadingInfo {
  std::string text;       // The heading text, inline markup and any number removed.
  bool numbered = false;  // True for "12.", "Question 12." style headings.
  bool qlike = false;     // True when numbered or reading like a question.
  bool question = false;  // True when the heading starts a question.
  bool asks_below = false;  // True when the paragraph under it asks and is the question in its place.
  bool continues = false;   // True when it goes on the question heading just before it (a stem split over headings).
};

// The decision for every heading of a document.
struct HeadingPlan {
  std::vector<HeadingInfo> info;     // Per block (only heading blocks are filled; question only outside <details>).
  bool numbered_only = false;        // True when numbered headings dominate: only they are questions.
  int question_level = 0;            // The level whose headings are mostly questions (0: none).
};

// Classifies the headings of a document; refs are its reference link labels.
HeadingPlan plan_headings(const std::vector<Block>& blocks, const RefLabels& refs);

// How the current question was written.
enum class Owner { kNone, kHeading, kList, kPrefix, kEmphasis, kTable };

// The walk over a document's blocks (read_markdown.cpp, markdown_walk.cpp).
struct Walker {
  const std::vector<std::string_view>& lines;
  const std::vector<Block>& blocks;
  const HeadingPlan& plan;
  const RefLabels& refs;
  ReaderOutput& out;
  std::optional<std::string> topics[7];
  std::vector<std::pair<int, std::string>> labels;  // Label list items (indent, topic) over nested items.
  long cur = -1;                                    // Current question (index in out.items).
  Owner owner = Owner::kNone;
  int cur_level = 0;
  int body_col = 0;        // Content column of the current list question (deeper blocks belong to it; 0: none).
  bool cur_open = false;   // True while code may still attach to the current list/prefix question.
  long pending_code = -1;  // A code block waiting for the question that follows it.
  long section = -1;       // Index in out.sections of the counted section in force.
  int section_level = 0;
  bool link_lists = false;  // True when most link-only list items read as questions (a list of links to them).
  std::vector<char> asking_list{};  // Per block: an item whose siblings are mostly questions (the list asks).
  int asking_items = 0;             // Items of lists that ask which read as questions themselves.
  std::vector<char> half_asking{};  // Per block: an item at least half of whose siblings are questions.
  std::vector<std::string> item_text{};  // Per block: an item's inline-cleaned text (filled by mark_asking_lists).
  std::vector<signed char> item_score{};  // Per block: question_score of an item's text.
  std::vector<char> term_list{};  // Per block: an item defining a bold term among siblings that mostly do so.
  std::vector<char> field_list{};  // Per block: an item of a list whose items are all "Label: value" without a question.
  std::vector<signed char> summary_asking{};  // Per block: whether a <details> opener's summary asks (-1: not read).
  int entry_details = -1;  // Whether the top-level <details> are FAQ entries (-1: not read).
  int top_level = 7;        // The highest level (smallest number) of the headings walked so far (7: none yet).
  int open_details = 0;     // The <details> depth whose body is read as ordinary blocks (a summary topic's list).
  int question_accordion = -1;  // The <details> depth whose inner <details> are question entries (-1: none).
  PairedLabels pairs{};     // The question and answer labels the document pairs.
  std::vector<std::string> field_labels{};  // The emphasized labels that open two or more lines, sorted.
  int furniture_level = 0;   // The level of the furniture section heading in force (0: none).
  bool navigation = false;   // True from a navigation heading ("Related posts") to the next heading.
  int topic_headings = 0;    // Headings outside <details> that do not start a question.
  int questions_below[7] = {};  // Per topic level: the deepest level of a question heading since it was set.
  bool item_heading = false;  // True when the current heading question is written in a list item ("1. ### …").
  int numbered_leads = 0;    // Paragraphs opening with a numbered bold question that asks ("**3. Why?** …").
  long quote_answer = -1;     // The question whose answer a block quote under its item gave (-1: none).
  int bold_level = 0;         // The level of the last emphasized label taken as a section heading (0: none).
  int label_leads = 0;       // Paragraphs opening with a bold number alone, then text ("**3. (5 pts)** Sort …").
  long answer_list_end = -1;       // The last block of a list under a bare answer label ("**Answer:**"; -1: none).
  std::int64_t answered_from = 0;  // The first line whose questions that list answers.
  int term_entries = 0;       // Paragraphs that are a definition-list entry (a term line, then ": definition").
  bool terms_ask = false;     // True when a term of such an entry reads as a question.
  int sole_sections[7] = {};  // Per heading level: sections that hold one paragraph and nothing else.
  int sole_asking[7] = {};    // Per heading level: those of them whose paragraph asks.
  bool answer_seen = false;    // True once an answer label ("A:", "**О:**") stood under the current question.
  bool bold_question = false;  // True when the current list question is written in bold and reads as one.
  std::vector<signed char> item_task{};  // Per block: an item's task-list box (0: none, 1: "[ ]", 2: "[x]").
  std::vector<std::pair<long, std::string>> right_choices{};  // Checked options: (question index, option text).
  // Questions whose answer opened with a paragraph that only points elsewhere ("See [docs](…)"), with the answer's
  // length then: an answer still that long holds nothing else.
  std::vector<std::pair<long, std::size_t>> pointer_answers{};
  const NormalizeOptions* options = nullptr;  // The options the document is read with (its name for messages).

  // When text starts with a question label (a listed one or the document's paired one), sets rest to what follows.
  bool question_label(std::string_view text, std::string_view& rest) const {
    return strip_question_label(text, rest) || strip_paired_label(text, pairs.question, rest);
  }

  // When text starts with an answer label (a listed one or the document's paired one), sets rest to what follows.
  bool answer_label(std::string_view text, std::string_view& rest) const {
    return strip_answer_label(text, rest) || strip_paired_label(text, pairs.answer, rest);
  }

  // The current question.
  RawItem& item() { return out.items[static_cast<std::size_t>(cur)]; }

  // Inline cleanup with the document's reference links.
  std::string inl(std::string_view text) const { return inline_text(text, &refs); }

  // True when paragraph i, ending with a question mark, is the only block under a heading that asks nothing
  // ("## Position: intern" then "How would you break a clock?"), or does not ask beside such sections.
  bool sole_section_question(std::size_t i, const std::string& text) const;

  // True when block i is a paragraph outside lists and quotes that is the only block under a heading.
  bool sole_paragraph(std::size_t i) const;

  // Counts, per heading level, the sections that hold one paragraph (sole_sections) and those whose paragraph
  // asks (sole_asking).
  void count_sole_paragraphs();

  // When paragraph b is a definition-list entry (kramdown, PHP Markdown Extra: a term line, then lines opening
  // with ": "), sets term and definition (the definition lines without their ": ") and returns true.
  bool term_definition(const Block& b, std::string& term, std::string& definition) const;

  // Counts the definition-list entries (term_entries) and whether a term asks (terms_ask).
  void count_term_entries();

  // True when paragraphs, lists and code that follow belong to the current question (heading or emphasis).
  bool answering() const { return cur >= 0 && (owner == Owner::kHeading || owner == Owner::kEmphasis); }

  // Reads list item i that opens with an answer label ("- **Answer:** …") as the answer of the list question
  // before it and of the sibling questions before that still without one; false when it is no such item.
  bool labelled_answer_item(std::size_t i, const std::string& text);

  // When a list item opens with a bold term set off by a dash or colon from what it says of it ("**Latency** —
  // the delay", "**Jitter:** its variation"), sets term and rest (the rest inline-cleaned, maybe empty); false
  // otherwise, or when the rest asks.
  bool defined_term(const Block& b, std::string& term, std::string& rest) const;

  // True for a list item that gives a field of an entry, not a question: an emphasized label the document
  // repeats, or names a topic, tags or language ("- **Practice file:** …", "- **Tags:** …"), before text that
  // does not ask.
  bool field_item(const Block& b) const;

  // True when the block is indented under the current list question's content.
  bool child(const Block& b) const { return cur >= 0 && owner == Owner::kList && body_col > 0 && b.level >= body_col; }

  // Records every non-blank line of a block as rejected.
  void reject(const Block& b, std::string_view reason);

  // The deepest topic in force.
  std::optional<std::string> topic() const;

  // Appends a piece of answer text to the current question.
  void add_answer(std::string_view text);

  // Attaches a code block to the current question: its code, or its answer once both exist.
  void attach_code(const Block& b);

  // Starts a question from a block.
  void start(const Block& b, std::string text, Owner kind, std::optional<std::string> t);

  // Handles a heading block.
  void heading(std::size_t i);

  // Handles a fenced code block.
  void code(std::size_t i);

  // Handles a list item.
  void list_item(std::size_t i);

  // Takes an option ("a) 200", or an item with a task-list box, task > 0) under the current question as one of
  // its choices, a checked box (task 2) marking a right one; false for other text.
  bool choice_item(const std::string& text, int task = 0);

  // Handles a list item under a heading or emphasis question (a choice or part of the answer); false when
  // the item is a question of its own.
  bool answer_item(const Block& b, const std::string& text, int task = 0);

  // The marker an item keeps inside an answer: its number ("2. ") in an ordered list, else "- ".
  std::string answer_marker(const Block& b) const;

  // Takes a paragraph whose lines are all options ("A) O(1)" / "B) O(n)") as the current question's choices
  // while it has no answer; false for any other paragraph.
  bool choice_paragraph(const Block& b);

  // Puts each question's checked options in front of its answer.
  void settle_right_choices();

  // Handles a paragraph.
  void paragraph(std::size_t i);

  // Reads the front matter block b as YAML ("---") or TOML ("+++"): the questions it lists are questions (a page's
  // "faq" entries), its other lines front matter; with none, every line is front matter.
  void front_matter(const Block& b);

  // True when the paragraph at block i is a block quote right under the current list question's item (or the
  // next paragraph of that quote): its answer.
  bool quoted_answer(std::size_t i) const;

  // When the answer label paragraph at block i has no text after it, or a list follows it with no blank line
  // between, makes that list the answer of the current question and of the unanswered questions of the list right
  // above the label.
  void answer_list(std::size_t i);

  // Adds block i of a list that answer_list chose to the current question's answer (a top-level item opening with
  // a question label starts the next question, which the rest of the list answers when a bare answer label follows
  // in the item, else the list ends there); at the list's last block, gives the answer to the other questions it
  // answers.
  void answer_list_block(std::size_t i);

  // True when block b is an answer label with nothing after it ("Antwort:", "**Answer:**").
  bool bare_answer_label(const Block& b) const;

  // Takes a paragraph that is one emphasized label shaped like a heading ("**Networking**") right above a list
  // item that asks as a section heading one level below the deepest in force; false when it is not one.
  bool bold_section(std::size_t i, const std::string& text);

  // Starts a question from a paragraph that is one emphasized question; false when it is not one.
  bool emphasis_question(const Block& b, const std::string& text);

  // Starts a question from a paragraph that opens with a strong-emphasis span asking a question ("**1. What is X?**
  // X is …", "<b>2. Why?</b><br> Because …"), answered by the rest of the paragraph; false when it does not open so.
  bool lead_emphasis_question(const Block& b);
  // Starts one question per line of a paragraph whose lines each open with a bold label and end asking ("**EN:** …?"
  // then "**TH:** …?", one question in two languages); false when the paragraph is not so written.
  bool labelled_lines(const Block& b);
  // True when item i, reading text, is a lettered option ("A) …") beside another lettered option of its list.
  bool choice_list(std::size_t i, std::string_view text) const;

  // Counts the paragraphs that open with a numbered strong-emphasis question that asks (numbered_leads) and those
  // that open with a strong-emphasis number alone before their text (label_leads).
  void count_numbered_leads();

  // Handles a block inside <details>.
  void collapsed(const Block& b);

  // Handles the <details> block opened at block i by what its <summary> says and what its body holds: a
  // summary over a list is a topic and the list is read as usual; a question-like summary over other content
  // is a question answered by the body; otherwise the body is the current question's answer. Returns the
  // index of its last block.
  std::size_t details(std::size_t i);
  // True when the summary of the <details> opened at block i asks (read once, then kept in summary_asking).
  bool summary_asks(std::size_t i);
  // True when the <details> opened at block i sits between two at its depth whose summaries ask, or, when
  // last_counts, last after one that asks: an FAQ entry titled by a statement.
  bool between_asking_summaries(std::size_t i, bool last_counts);
  // True when the document's top-level <details> are FAQ entries: two or more of their summaries ask, and at
  // least a third of them do (read once, then kept in entry_details).
  bool details_are_entries();

  // Gives the current question (asked in the <summary> at block summary) the blocks written inside that summary
  // before its closing tag: code shown with the question, and text that continues it. Returns the index of the
  // block that closes the summary (summary itself when it closes on its own line).
  std::size_t summary_rest(std::size_t summary, std::size_t end);

  // True when at least half of the filled cells of the question column in rows [first, last] are links to
  // anchors of the document: a table of contents.
  bool contents_table(std::size_t first, std::size_t last, int column) const;

  // Handles the table starting at block i (questions when it has a question column); returns its last block.
  std::size_t table(std::size_t i);

  // Reads the HTML table opened at block i as the HTML reader reads one, when no question is being answered and
  // the table holds questions: adds them under the topic in force and sets i to the table's last block; false
  // (nothing done) otherwise.
  bool html_table(std::size_t& i);

  // Reads the HTML list (<ul>, <ol>) opened at block i the same way as html_table reads a table.
  bool html_list(std::size_t& i);

  // Reads the lines from block i's first through last as an HTML fragment, as html_table describes.
  bool html_fragment(std::size_t& i, std::size_t last);

  // Marks the items of lists whose siblings at one level mostly (asking_list) or half (half_asking) read as
  // questions.
  void mark_asking_lists();

  // Walks every block.
  void run();
};

// A task (a question that neither ends with a question mark nor starts with a question word) whose only
// content is a code block, or a code block and a list of links or source labels, is answered by that code:
// it moves from code to answer.
void settle_solution(RawItem& item);

// Rejects as "question stem" each question that does not ask and has nothing of its own when two or more
// lettered sub-questions follow it ("**5.** A hash table has 11 slots." over "- (a) What is …?").
void drop_question_stems(ReaderOutput& out);

// True when an answer only holds a place for one: no letter, digit or picture ("...", "> …"), a word that stands in for
// an answer still to be written ("TODO", "*TBD*", "待补充。"), or a template's bracketed prompt for it ("[Describe
// your audience]").
bool is_placeholder_answer(std::string_view answer);

// True when a text, without decoration around it, is a word that stands in for an answer still to be written
// ("Coming soon.", "*TBD*", "待补充。").
bool is_placeholder_word(std::string_view text);

// True when a paragraph only points elsewhere: one or more links with at most one word besides them ("See
// [the guide](…)", "[English](a.pdf) and [French](b.pdf).").
bool pointer_paragraph(std::string_view raw);

// True for the heading of a furniture section ("Contributing", "License", "Ресурсы", "기여 방법").
bool is_furniture_section(std::string_view heading);

// Answer text cleaned from raw_text, or, when cleanup left nothing of a raw text that shows a picture
// ("![Diagram](x.png)", "<img src=…>"), the raw text as written: a diagram answers.
std::string picture_or(std::string_view raw_text, std::string text);

// A code body written back as a fenced block (for code that stays inside an answer).
std::string fenced(const std::string& body);

// Reads a document in which the Markdown reader found no question with the plain-text reader, after its
// headings, emphasis, links and tags were turned into plain text (line numbers and raw lines kept).
Status read_as_plain_text(const std::vector<std::string_view>& lines, const NormalizeOptions& options,
                          ReaderOutput& out);

}  // namespace qbank::internal::md
