#pragma once
// The plain-text reader's intermediate form: lines, and units (question candidates or other lines).

#include <string>
#include <string_view>
#include <vector>

#include "normalize_internal.hpp"
#include "text_lines.hpp"

namespace qbank::detail::txt {

// One input line with its shape.
struct TextLine {
  std::string_view raw;   // The line without its line end.
  std::string_view text;  // The line trimmed.
  Marker marker;          // Its list marker or question prefix.
  bool blank = false;     // True for an empty or whitespace-only line.
};

// What a unit is.
enum class UnitKind {
  kItem,  // A question candidate with whatever is attached to it.
  kGap,   // A line that is not a question (heading, prose, furniture...), resolved later.
};

// A question candidate or a non-question line, in input order.
struct Unit {
  UnitKind kind = UnitKind::kGap;  // Item or gap.
  std::size_t line = 0;            // Index of the line the unit starts on (0-based).
  std::string text;                // The question text (items) or the trimmed line (gaps).
  bool strong = false;             // True for a marked item (bullet, number, prefix, header).
  int score = 0;                   // question_score of the text.
  std::vector<std::size_t> code;   // Attached code lines (indices; blank lines kept inside).
  std::vector<std::size_t> answer; // Attached answer lines (indices; blank lines separate paragraphs).
  std::vector<std::size_t> extra;  // Other attached lines (labels, continuation lines).
  std::string reason;              // For gaps decided early: why the line is not a question.
};

// Splits text into lines (LF or CRLF) and classifies their shape.
std::vector<TextLine> split_text_lines(std::string_view text);

// Builds units for a document whose questions carry markers (bullets, numbers, prefixes, headers).
std::vector<Unit> build_marked_units(const std::vector<TextLine>& lines);

// Builds units for a document of plain lines (one per line or blank-line separated paragraphs).
std::vector<Unit> build_plain_units(const std::vector<TextLine>& lines);

// Attaches code lines following units[cur] starting at line i; returns the next unhandled line index.
std::size_t attach_code(const std::vector<TextLine>& lines, std::size_t i, int base_indent, Unit& unit);

// Turns runs of weak candidates that do not read like a list of questions into gaps.
void filter_weak_runs(std::vector<Unit>& units);

// Resolves headings, topics and declared counts and emits items, rejected lines and sections.
void emit_units(const std::vector<TextLine>& lines, std::vector<Unit>& units, ReaderOutput& out);

}  // namespace qbank::detail::txt
