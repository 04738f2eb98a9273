#pragma once
// Anki text-file headers ("#separator:tab", "#html:true", "#tags column:3", ...) at the top of a CSV/TSV.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/reader.hpp"

namespace qbank::internal {

// What the leading '#' lines of a delimited file say.
struct AnkiHeader {
  std::optional<char> separator;          // From "#separator:" (tab, comma, semicolon, pipe, space, colon).
  bool html = false;                      // From "#html:true": fields are HTML.
  std::optional<std::size_t> tags_column;  // 0-based, from "#tags column:N".
  std::optional<std::size_t> deck_column;  // 0-based, from "#deck column:N" (the topic).
  std::vector<std::size_t> skip_columns;  // 0-based guid/notetype columns, never question text.
  std::string columns;                    // The raw "#columns:" value (header names), if any.
  std::string commented_header;           // A "# FRONT<TAB>BACK" style commented header row, if any.
  std::int64_t commented_header_line = 0;  // Its line.
  std::string deck;                       // From "#deck:" (the topic of every note).
  std::vector<std::string> tags;          // From "#tags:" (tags of every note).
  std::size_t body_offset = 0;            // Where the records start.
  std::int64_t body_line = 1;             // The line they start on.
};

// Reads the leading '#' lines; every line it consumes that is not a question is added to rejected.
AnkiHeader read_anki_header(std::string_view text, std::vector<RejectedLine>& rejected);

}  // namespace qbank::internal
