#pragma once
// RFC 4180 record splitting for the CSV/TSV reader, with separator sniffing.

#include <cstdint>
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

// Picks the separator (tab, comma, semicolon or pipe) that splits the first records most consistently;
// returns fallback when none splits them.
char sniff_separator(std::string_view text, char fallback);

}  // namespace qbank::internal
