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

// Returns the field a header or key name stands for and its rank (lower is a better match), if any.
std::optional<std::pair<Field, int>> field_for_name(std::string_view name);

// The canonical form of a header or key name used for comparisons (folded, no spaces, '_', '-' or '#').
std::string name_key(std::string_view name);

// Parses --column style keys ("text", "question", "answer", "tags", "topic", "category", ...) to fields;
// returns InvalidArgument naming an unknown key.
Result<std::array<std::optional<std::string>, kFieldCount>> parse_column_options(
    const std::map<std::string, std::string>& columns);

// Column index per field (npos-free: empty when the field has no column).
using ColumnIndex = std::array<std::optional<std::size_t>, kFieldCount>;

// Maps header names to fields: explicit --column names (or 1-based numbers) first, then known names;
// an explicit name missing from the header is InvalidArgument naming the header.
Result<ColumnIndex> map_header(const std::vector<std::string>& header,
                               const std::map<std::string, std::string>& columns, const std::string& file);

// True when the cells read as a header row: a known question-column name or two known names, and no
// cell that is itself a question.
bool looks_like_header(const std::vector<std::string>& cells);

}  // namespace qbank::internal
