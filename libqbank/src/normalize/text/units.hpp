#pragma once
// The plain-text reader's intermediate form: lines, and units (question candidates or other lines).

#include <cctype>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/reader.hpp"
#include "normalize/text/lines.hpp"

namespace qbank::internal::txt {

// One input line with its shape.
struct TextLine {
  std::string_view raw;   // The line without its line end.
  std::string_view text;  // The line trimmed.
  Marker marker;          // Its list marker or question prefix.
  bool blank = false;     // True for an empty or whitespace-only line.
  bool underline = false; // True for a rule ("------", "=====") right under a text line: that line's underline.
  bool rule = false;      // True for a line drawn with one repeated rule character ("-----", "=====", "~~~~").
  bool titled = false;    // True for a title line ("== Loans ==", "** Why?"): its markup is not in text.
  bool leaf_title = false; // True for a title at the deepest of two or more title levels: an entry, not a section.
  bool parent_title = false; // True for a title a deeper title follows before the next title at its level or above.
};

// What a unit is.
enum class UnitKind {
  kItem,  // A question candidate with whatever is attached to it.
  kGap,   // A line that is not a question (heading, prose, furniture...), resolved later.
  kTable, // A table read on its own (UnitList::tables[first]): its questions, under the topic in force.
};

// What an attached line is to its unit.
enum class AttachKind : unsigned char {
  kCode,    // A code line (blank lines kept inside).
  kAnswer,  // An answer line (blank lines separate paragraphs).
  kExtra,   // Another line (label, continuation line, question header).
};

// A line attached to a unit.
struct Attached {
  std::size_t line = 0;                      // Index of the line.
  std::size_t skip = std::string_view::npos;  // For answers: bytes of the answer prefix ("A: "), npos for none.
  AttachKind kind = AttachKind::kExtra;       // What it is to the unit.
};

// A question candidate or a non-question line, in input order.
struct Unit {
  UnitKind kind = UnitKind::kGap;  // Item or gap.
  std::size_t line = 0;            // Index of the line the unit starts on (0-based).
  std::string_view text;           // The question text (items) or the trimmed line (gaps), in the input or joined.
  std::string* joined = nullptr;   // The text's storage when it spans lines (in UnitList::joined), else null.
  bool strong = false;             // True for a marked item (bullet, number, prefix, header).
  bool question_like = false;      // is_question_like of the text (set for weak items only).
  std::size_t first = 0;           // Index in UnitList::attached of its first attached line.
  std::size_t count[3] = {0, 0, 0};  // Attached lines of each AttachKind.
  std::string_view reason;         // For gaps decided early: why the line is not a question.

  // Number of attached lines of a kind.
  std::size_t attached(AttachKind k) const { return count[static_cast<int>(k)]; }
};

// A MediaWiki table of a plain-text document ("{|" … "|}") and the questions read from it.
struct WikiTable {
  std::size_t first = 0;  // Index of its "{|" line.
  std::size_t last = 0;   // Index of its "|}" line.
  ReaderOutput out;       // Its questions and rejected lines, numbered as lines of the document.
};

// True when a text ends in a word broken at a line end: a letter, then '-' ("han-").
inline bool ends_with_word_break(std::string_view t) {
  if (t.size() < 3 || t.back() != '-') return false;
  auto c = static_cast<unsigned char>(t[t.size() - 2]);
  return c >= 0x80 || (std::isalpha(c) != 0 && t[t.size() - 3] != ' ');
}

// A document's units with their attached lines (each unit's contiguous) and joined texts.
struct UnitList {
  std::vector<Unit> units;          // The units in input order.
  std::vector<Attached> attached;   // Attached lines; a unit gets lines only while it is the last one.
  std::deque<std::string> joined;   // Texts joined from several lines (stable addresses).
  std::vector<WikiTable> tables;    // Tables read on their own (kTable units point here).

  // Starts a unit on line i whose attached lines begin at the end of attached.
  Unit start(std::size_t i) const {
    Unit u;
    u.line = i;
    u.first = attached.size();
    return u;
  }

  // Attaches line i to u, which must be the unit attached lines go to now; skip as in Attached.
  void attach(Unit& u, AttachKind k, std::size_t i, std::size_t skip = std::string_view::npos) {
    attached.push_back({i, skip, k});
    ++u.count[static_cast<int>(k)];
  }

  // Turns the lines of kind from attached to u at index first or later into lines of kind to.
  void recast(Unit& u, std::size_t first, AttachKind from, AttachKind to) {
    for (std::size_t a = first; a < attached.size(); ++a) {
      if (attached[a].kind != from) continue;
      attached[a].kind = to;
      --u.count[static_cast<int>(from)];
      ++u.count[static_cast<int>(to)];
    }
  }

  // Appends line i (text more) to u's question text, joined by a space: a question wrapped over lines.
  void extend(Unit& u, std::size_t i, std::string_view more) {
    if (!u.joined) u.joined = &joined.emplace_back(u.text);
    if (ends_with_word_break(*u.joined)) u.joined->pop_back();  // "how the system han-" / "dles it": one word
    else u.joined->append(1, ' ');
    u.joined->append(more);
    u.text = *u.joined;
    attach(u, AttachKind::kExtra, i);
  }

  // Calls f(attached line) for each line of a kind attached to u, in order.
  template <class F>
  void each(const Unit& u, AttachKind k, F&& f) const {
    std::size_t total = u.count[0] + u.count[1] + u.count[2];
    for (std::size_t a = u.first; a < u.first + total; ++a)
      if (attached[a].kind == k) f(attached[a]);
  }
};

// Where a document writes answers as plain lines under their questions (text_answers.cpp).
struct AnswerLayout {
  bool paired = false;                                // True when most questions are followed by an answer line.
  bool adjacent = false;                              // True when most questions have a short answer on the very
                                                      // next line ("int, str, list").
  std::size_t last_question = std::string_view::npos;  // Index of the document's last question line.
  bool underlined_headings = false;                   // True when the document underlines its headings (two or
                                                      // more): a heading-shaped line without a rule is no heading.

  // True when line i (after the question text, not indented deeper) is taken as that question's answer; first
  // says the line comes right under a question that has nothing attached yet.
  bool takes(const TextLine& line, std::size_t i, std::string_view question, bool first) const;
  // True when line i, right below the question's line question_line, is that question's short answer.
  bool takes_adjacent(const TextLine& line, std::size_t i, std::size_t question_line, std::string_view question) const;
};

// True when line i is a heading underlined by the next line ("Networking" over "----------"): short, heading
// shaped and not a question.
bool underlined_heading(const std::vector<TextLine>& lines, std::size_t i);

// True when an unmarked line reads as an answer sentence: not a question, label, heading, code or furniture;
// where headings are underlined (headings_underlined), a line shaped like a heading without its rule may be one.
bool reads_as_answer(const TextLine& line, bool headings_underlined = false);

// True when an unmarked line may be a short answer right under its question: not a question, label, code,
// decorated heading, furniture or sign-off (a few words such as "int, str, list" qualify).
bool reads_as_short_answer(const TextLine& line);

// Measures whether the questions (marked_question lines in a marked document, plain_question_line ones
// otherwise) are followed by answer lines.
AnswerLayout find_answer_layout(const std::vector<TextLine>& lines, bool marked);

// True for an unmarked line that asks a question and ends with a question mark.
bool plain_question_line(const TextLine& line);

// True for a bulleted, numbered or prefixed line whose question ends with a question mark.
bool marked_question(const TextLine& line);

// Reads the document's MediaWiki tables as the HTML reader reads tables; the lines of each table that holds
// questions are blanked in lines, and those tables are returned in order.
std::vector<WikiTable> read_wiki_tables(std::vector<TextLine>& lines, const NormalizeOptions& options);

// Adds a table's questions and rejected lines to out, each question's raw text its line as written and its
// topic, when the table gives none, topic.
void take_table_output(const std::vector<TextLine>& lines, const WikiTable& table,
                       const std::optional<std::string>& topic, ReaderOutput& out);

// Moves the tables into list, each as a kTable unit in line order among the units.
void add_table_units(std::vector<WikiTable>& tables, UnitList& list);

// Reads a numbered-outline FAQ ("1. Section" / "1.1 Question" with answers below, maybe after a table of
// contents) into out; returns false, touching nothing, when the document does not have that shape.
bool read_numbered_outline(const std::vector<TextLine>& lines, ReaderOutput& out);

// Splits text into lines (LF or CRLF) and classifies their shape.
std::vector<TextLine> split_text_lines(std::string_view text);

// Returns the bytes of an option marker and the spaces after it at the start of a trimmed line ("A) ", "b. ",
// "(क) ", "① "), 0 when there is none.
std::size_t option_marker(std::string_view text);

// Splits a line of options into their texts ("A) Sydney  B) Melbourne" gives two); empty when the line does not
// start with an option marker.
std::vector<std::string_view> split_option_row(std::string_view text);

// Reads an answer key that closes a quiz ("1-B 2-C 3-A", "1C 2B 3A") and gives each numbered question in out that
// has no answer the option its number names; items read from the key's own lines are rejected as "answer key".
void apply_answer_key(const std::vector<TextLine>& lines, ReaderOutput& out);

// Reads a numbered list that closes the document without asking ("1. Paris." … under "Answers") as the answers
// of the questions with the same numbers before it (those still without one): at least two of its items and
// four in five of them must number such a question; its items leave the questions for "answer key".
void apply_answer_section(const std::vector<TextLine>& lines, ReaderOutput& out);

// Builds units for a document whose questions carry markers (bullets, numbers, prefixes, headers).
void build_marked_units(const std::vector<TextLine>& lines, UnitList& list);

// Builds units for a document of plain lines (one per line or blank-line separated paragraphs).
void build_plain_units(const std::vector<TextLine>& lines, UnitList& list);

// Attaches code lines following unit (the last one) starting at line i; returns the next unhandled line index.
std::size_t attach_code(const std::vector<TextLine>& lines, std::size_t i, int base_indent, UnitList& list,
                        Unit& unit);

// Turns items with nothing attached whose text recurs later as an item with an answer or code into gaps: they are
// the entries of a table of contents, the later ones the questions.
void mark_contents_entries(std::vector<Unit>& units);

// Turns runs of weak candidates that do not read like a list of questions into gaps.
void filter_weak_runs(std::vector<Unit>& units);

// Resolves headings, topics and declared counts and emits items, rejected lines and sections.
void emit_units(const std::vector<TextLine>& lines, UnitList& list, ReaderOutput& out);

}  // namespace qbank::internal::txt
