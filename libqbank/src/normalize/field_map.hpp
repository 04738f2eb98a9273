#pragma once
// Maps CSV headers and JSON keys to record fields, by name in several languages or by --column.

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "qbank/status.hpp"

namespace qbank::internal {

// The record fields a column or key can feed.
enum class Field { kText, kAnswer, kTags, kTopic, kCode, kLang, kChoices };

// The number of Field values.
inline constexpr std::size_t kFieldCount = 7;

// Returns the field's canonical name ("text", "answer", ...).
const char* field_name(Field field);

// The name before a description a header appends to it ("Question - max 120 characters" gives "Question ",
// "Correct answer(s)" gives "Correct answer"), or "" when there is none.
std::string_view described_name(std::string_view name);

// Returns the field a header or key name stands for (or the name before its description stands for) and its
// rank (lower is a better match), if any.
std::optional<std::pair<Field, int>> field_for_name(std::string_view name);

// The canonical form of a header or key name used for comparisons (folded, no spaces, '_', '-' or '#').
std::string name_key(std::string_view name);

// Parses --column style keys ("text", "question", "answer", "tags", "topic", "category", ...) to fields;
// keys that name no field are left to column_extensions.
Result<std::array<std::optional<std::string>, kFieldCount>> parse_column_options(
    const std::map<std::string, std::string>& columns);

// Returns the --column entries whose key names no field as (extension field name with an "x_" prefix,
// source name), in key order.
std::vector<std::pair<std::string, std::string>> column_extensions(const std::map<std::string, std::string>& columns);

// Column index per field (npos-free: empty when the field has no column).
using ColumnIndex = std::array<std::optional<std::size_t>, kFieldCount>;

// Maps header names to fields: explicit --column names (or 1-based numbers) first, then known names;
// an explicit name missing from the header is InvalidArgument naming the header.
Result<ColumnIndex> map_header(const std::vector<std::string>& header,
                               const std::map<std::string, std::string>& columns, const std::string& file);

// Returns whether a header name is a column holding one option: true for a wrong option ("wrong1",
// "Incorrect answer 2", "falsch"), false for any option ("option1", "Choice B"); nullopt for other names.
std::optional<bool> option_column(std::string_view name);

// True when a key names a collection of questions rather than its topic ("items", "questions", "faqs", ...).
bool is_collection_name(std::string_view name);

// True when a column name grades a question rather than placing it ("difficulty", "level", "points", ...).
bool is_grade_name(std::string_view name);

// True when a key's string value names the section its siblings sit in ("name", "title", "label", ...).
bool is_section_label_name(std::string_view name);

// True when the cells read as a header row: a known question-column name or two known names, and no
// cell that is itself a question.
bool looks_like_header(const std::vector<std::string>& cells);

// Moves a table's question column off a column of row codes ("A1", "Q2") to the column whose body cells read as
// questions, when one does; the answer column, when it was that column, is unset.
void move_question_column_off_codes(const std::vector<std::vector<std::string>>& body, ColumnIndex& index);

// Gives a table whose header (names) names the question column but no answer column its answer column: the
// one header column that names no field nor an option, when its body cells hold prose (12 bytes or more on
// average) rather than single words or marks.
void infer_answer_column(const std::vector<std::string>& names, const std::vector<std::vector<std::string>>& body,
                         ColumnIndex& index);

// Gives a table whose header names no question column one from what its body cells (rows of cell texts) say:
// the column where at least two cells and two thirds of the filled ones read as questions (the most such cells
// wins). Its answer column, when none is named, is the other free column with the most text whose cells
// average 12 bytes or more, else the column right after the question column.
void infer_question_column(const std::vector<std::vector<std::string>>& body, ColumnIndex& index);

}  // namespace qbank::internal
