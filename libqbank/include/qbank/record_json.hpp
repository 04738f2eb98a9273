#pragma once
// Records as JSON: writing one record as a line of JSON, and parsing one against the record schema.
//
//   std::string line = qbank::to_json(record);                       // {"id":...,"text":...}
//   qbank::RecordItem item = qbank::parse_record(line, "bank.jsonl", 1);  // item.usable(), item.problems

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "qbank/api.hpp"
#include "qbank/question.hpp"
#include "qbank/status.hpp"

namespace qbank {

// Appends s to out as a JSON string literal; every control character is escaped, and so are
// U+2028/U+2029; invalid UTF-8 becomes U+FFFD so the output is always valid JSON.
QBANK_EXPORT void append_json_string(std::string& out, std::string_view s);

// Appends one record to out as a single line of JSON (no newline), fields in schema order.
QBANK_EXPORT void append_json(std::string& out, const Question& q);

// Returns one record as a single line of JSON (no newline).
QBANK_EXPORT std::string to_json(const Question& q);

// What a JSONL line holds.
enum class LineKind {
  kRecord,       // A JSON object with "id" or "sources", or a broken one (a line opening with "id", naming
                 // "sources", or UTF-16): a record, valid or not.
  kNotObject,    // Not a JSON object (invalid JSON, or another value).
  kOtherObject,  // A JSON object with neither "id" nor "sources": another tool's data ({"text": …}).
};

// One record read from a JSONL line, with any schema problems found in it.
struct QBANK_EXPORT RecordItem {
  Question record;                    // The record as far as it could be read.
  std::vector<Diagnostic> problems;   // Schema violations, each naming file, line and field.
  std::int64_t line = 0;              // The 1-based line the record came from.
  LineKind kind = LineKind::kRecord;  // What the line holds.

  // True when no problem makes the record unusable (warnings allowed).
  bool usable() const;
};

// Tells, within one file, records from lines of other data (a {"text": …} line, or a file that is not JSONL
// at all, such as Markdown or CSV), so that a verb reports them once, with the fix, instead of a problem per
// field per line.
class QBANK_EXPORT ForeignLines {
 public:
  // Starts on a file.
  explicit ForeignLines(std::string file) : file_(std::move(file)) {}

  // True when the item is other data rather than a record: a line that is not a JSON object, or an object
  // with neither "id" nor "sources", before any record of the file (later ones are broken records). The
  // first time it returns true, message receives "not a qbank record; run 'qbank normalize FILE' first: …"
  // (to report at item.line); later it is left empty.
  bool take(const RecordItem& item, std::string& message);

  // The number of lines taken as other data.
  std::size_t count() const { return count_; }

 private:
  std::string file_;          // The file, as named in messages.
  bool seen_record_ = false;  // A record came before.
  std::size_t count_ = 0;     // Lines taken as other data.
};

// Parses one JSON text into a record, checking it against the record schema.
QBANK_EXPORT RecordItem parse_record(std::string_view json, const std::string& file, std::int64_t line);

}  // namespace qbank
