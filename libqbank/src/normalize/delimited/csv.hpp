#pragma once
// RFC 4180 record splitting for the CSV/TSV reader, with separator sniffing.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "qbank/status.hpp"

namespace qbank::internal {

// One record of a delimited file.
struct CsvRecord {
  std::int64_t line = 1;            // 1-based line where the record starts.
  std::string_view raw;             // The record's source text, without its line end.
  std::vector<std::string> fields;  // Unquoted fields; CRLF inside quoted fields becomes "\n".
};

// Splits text into records separated by sep; "" inside quotes is a quote, quoted fields may span lines.
// Blank lines are skipped. An unterminated quote is a DataError naming file and the line it opened on.
Result<std::vector<CsvRecord>> parse_csv(std::string_view text, char sep, const std::string& file,
                                         std::int64_t first_line = 1);

// Returns the offset just past the line feed that ends the first record ending at or after offset from, the
// text read from its start as parse_csv reads it with separator sep (quoted fields may hold line feeds); npos
// when no record ends there within text.
std::size_t record_end_after(std::string_view text, char sep, std::size_t from);

// Picks the separator (tab, comma, semicolon or pipe) that splits the first records most consistently;
// returns fallback when none splits them.
char sniff_separator(std::string_view text, char fallback);

// Returns the separator when the text reads as a delimited table: its first records split on it into the same
// number of fields (two or more), a few records or a header row at least; nullopt for prose, lists and
// Markdown pipe tables.
std::optional<char> sniff_table(std::string_view text);

// Names a separator for messages: "','", "';'", "'|'" or "tab".
std::string separator_name(char sep);

}  // namespace qbank::internal
