#pragma once
// Reading and writing question records as JSONL, reading raw input files, and atomic output files.
//
//   auto reader = qbank::JsonlReader::open("bank.jsonl");
//   if (!reader.ok()) return fail(reader.status());
//   qbank::RecordItem item;
//   while (true) {
//     auto more = (*reader)->next(item);
//     if (!more.ok() || !*more) break;
//     std::cout << qbank::to_json(item.record) << '\n';
//   }

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "qbank/question.hpp"
#include "qbank/status.hpp"

namespace qbank {

// Appends s to out as a JSON string literal; every control character is escaped, and so are
// U+2028/U+2029; invalid UTF-8 becomes U+FFFD so the output is always valid JSON.
void append_json_string(std::string& out, std::string_view s);

// Appends one record to out as a single line of JSON (no newline), fields in schema order.
void append_json(std::string& out, const Question& q);

// Returns one record as a single line of JSON (no newline).
std::string to_json(const Question& q);

// The most bytes write_json can write for q (added with write_json).
std::size_t json_bound(const Question& q);

// Writes q at dst exactly as append_json would append it and returns the end; dst must have room for
// json_bound(q) bytes. (Added so that a caller can serialize into its own buffer without an extra copy.)
char* write_json(char* dst, const Question& q);

// What a JSONL line holds.
enum class LineKind {
  kRecord,       // A JSON object with "id" or "sources": a record, valid or not.
  kNotObject,    // Not a JSON object (invalid JSON, or another value).
  kOtherObject,  // A JSON object with neither "id" nor "sources": another tool's data ({"text": …}).
};

// One record read from a JSONL line, with any schema problems found in it.
struct RecordItem {
  Question record;                   // The record as far as it could be read.
  std::vector<Diagnostic> problems;  // Schema violations, each naming file, line and field.
  std::int64_t line = 0;             // The 1-based line the record came from.
  LineKind kind = LineKind::kRecord;  // What the line holds.

  // True when no problem makes the record unusable (warnings allowed).
  bool usable() const;
};

// Tells, within one file, records from lines of other data (a {"text": …} line, or a file that is not JSONL
// at all, such as Markdown or CSV), so that a verb reports them once, with the fix, instead of a problem per
// field per line.
class ForeignLines {
 public:
  // Starts on a file.
  explicit ForeignLines(std::string file) : file_(std::move(file)) {}

  // True when the item is other data rather than a record: a line that is not a JSON object, or an object
  // with neither "id" nor "sources", before any record of the file (later ones are broken records). The first time it returns true, message
  // receives "not a qbank record; run 'qbank normalize FILE' first: …" (to report at item.line); later it is
  // left empty.
  bool take(const RecordItem& item, std::string& message);

  // The number of lines taken as other data.
  std::size_t count() const { return count_; }

 private:
  std::string file_;         // The file, as named in messages.
  bool seen_record_ = false;  // A record came before.
  std::size_t count_ = 0;    // Lines taken as other data.
};

// Parses one JSON text into a record, checking it against the record schema.
RecordItem parse_record(std::string_view json, const std::string& file, std::int64_t line);

// Streams records from a JSONL file (or stdin for "-"), one line at a time; blank lines are skipped.
class JsonlReader {
 public:
  // Opens a file for reading; "-" reads standard input.
  [[nodiscard]] static Result<std::unique_ptr<JsonlReader>> open(const std::string& path);
  ~JsonlReader();
  JsonlReader(const JsonlReader&) = delete;
  JsonlReader& operator=(const JsonlReader&) = delete;

  // Reads the next record into item; returns false at end of input and an error only when reading fails.
  [[nodiscard]] Result<bool> next(RecordItem& item);
  // The file name as given to open().
  const std::string& path() const;

 private:
  struct Impl;
  explicit JsonlReader(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Reads every usable record of the named files in order; stops at the first unusable record unless
// keep_going is set, in which case unusable records are reported through diagnostics and skipped (their
// number added to skipped when given). Lines of other data (see ForeignLines) are reported once per file.
[[nodiscard]] Status read_records(const std::vector<std::string>& paths, bool keep_going,
                                  std::vector<Question>& out, std::vector<Diagnostic>& diagnostics,
                                  std::size_t* skipped = nullptr);

// Reads a whole file (or stdin for "-") into memory as bytes.
[[nodiscard]] Result<std::string> read_file(const std::string& path);

// An output that is either stdout or a file written atomically: data goes to a temporary file beside the
// target and is renamed over it only by commit(), so a failed run never leaves a partial file.
class OutputFile {
 public:
  // Opens the output; "" or "-" means stdout.
  [[nodiscard]] static Result<std::unique_ptr<OutputFile>> open(const std::string& path);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // Appends bytes to the output; fails with kIoError (message "broken pipe" when the reader went away).
  [[nodiscard]] Status write(std::string_view bytes);
  // Flushes and, for a file, renames the temporary file into place.
  [[nodiscard]] Status commit();
  // True when writing to stdout.
  bool is_stdout() const;

 private:
  struct Impl;
  explicit OutputFile(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// True when two paths name the same existing file (used to refuse -o equal to an input).
bool same_file(const std::string& a, const std::string& b);

}  // namespace qbank
