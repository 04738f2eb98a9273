#pragma once
// Finds where the records of a JSON document start, so each can be parsed alone and named by its line.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "qbank/status.hpp"

namespace qbank::internal {

// The offset the scanner returns for a value that never ends.
inline constexpr std::size_t kJsonNpos = std::string_view::npos;

// A byte range [begin, end) of one JSON value in the input.
struct JsonRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// One member of a JSON object: the ranges of its key (quotes included) and of its value.
struct JsonMember {
  JsonRange key;
  JsonRange value;
};

// One piece of a document for the reader: a record to read, or a value that is reported as not a question.
struct JsonSpan {
  std::size_t begin = 0;      // Where the value starts (parsed alone to check and read it).
  std::size_t end = 0;        // Where the value ends.
  std::size_t raw_begin = 0;  // Where its source text starts (the key, for an object member).
  std::string topic;          // The section it sits in, named by an enclosing key ("" when none).
  std::string reject;         // Why it is not a record ("" for records).
  std::string question;       // For a member of a question-keyed object: its key, the question (the value is
                              // its answer); "" otherwise.
};

// Skips JSON whitespace from i.
std::size_t json_skip_ws(std::string_view t, std::size_t i);

// Returns the offset after the value starting at i, or kJsonNpos when the input ends inside it.
std::size_t json_skip_value(std::string_view t, std::size_t i);

// A structural error at a byte offset, as a DataError naming file and line.
Status json_error_at(std::string_view t, std::size_t offset, const std::string& file, const std::string& what);

// Collects the element ranges of the array opening at open; end receives the offset after its ']'.
Status json_elements(std::string_view t, std::size_t open, const std::string& file, std::vector<JsonRange>& out,
                     std::size_t& end);

// Collects the members of the object opening at open (keys must be strings, separated by ',').
Status json_members(std::string_view t, std::size_t open, const std::string& file, std::vector<JsonMember>& out);

// Returns the text of a key or string value (quotes removed, escapes decoded).
std::string json_string_text(std::string_view quoted);

// Splits a document into spans: the elements of a top-level array, or the top-level values themselves; an
// object that holds sections (keys whose values are lists of questions, at any depth) is read section by
// section with the key as topic, and every other member of it is a span reported as not a question.
// text_key is the first step of a --column text path ("" when none). Structural errors (unterminated
// strings or brackets, missing commas) are DataErrors naming file and line.
Result<std::vector<JsonSpan>> split_json_records(std::string_view text, const std::string& file,
                                                 std::string_view text_key = {});

}  // namespace qbank::internal
