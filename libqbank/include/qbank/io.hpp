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

#include "qbank/api.hpp"

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
QBANK_EXPORT void append_json_string(std::string& out, std::string_view s);

// Appends one record to out as a single line of JSON (no newline), fields in schema order.
QBANK_EXPORT void append_json(std::string& out, const Question& q);

// Returns one record as a single line of JSON (no newline).
QBANK_EXPORT std::string to_json(const Question& q);

// The most bytes write_json can write for q (added with write_json).
QBANK_EXPORT std::size_t json_bound(const Question& q);

// Writes q at dst exactly as append_json would append it and returns the end; dst must have room for
// json_bound(q) bytes. (Added so that a caller can serialize into its own buffer without an extra copy.)
QBANK_EXPORT char* write_json(char* dst, const Question& q);

// One record read from a JSONL line, with any schema problems found in it.
struct QBANK_EXPORT RecordItem {
  Question record;                   // The record as far as it could be read.
  std::vector<Diagnostic> problems;  // Schema violations, each naming file, line and field.
  std::int64_t line = 0;             // The 1-based line the record came from.

  // True when no problem makes the record unusable (warnings allowed).
  bool usable() const;
};

// Parses one JSON text into a record, checking it against the record schema.
QBANK_EXPORT RecordItem parse_record(std::string_view json, const std::string& file, std::int64_t line);

// Streams records from a JSONL file (or stdin for "-"), one line at a time; blank lines are skipped.
class QBANK_EXPORT JsonlReader {
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
// keep_going is set, in which case unusable records are reported through diagnostics and skipped.
[[nodiscard]] QBANK_EXPORT Status read_records(const std::vector<std::string>& paths, bool keep_going,
                                  std::vector<Question>& out, std::vector<Diagnostic>& diagnostics);

// Reads a whole file (or stdin for "-") into memory as bytes.
[[nodiscard]] QBANK_EXPORT Result<std::string> read_file(const std::string& path);

// An output that is stdout, a file written atomically, or a device or pipe written in place. A symlink is
// followed to its target; a regular (or new) target gets a temporary file beside it that commit() renames
// over it, so a failed run never leaves a partial file, and the temporary file is removed on every error
// path and on SIGINT, SIGTERM and SIGHUP (where those still have their default action). Character devices,
// FIFOs and this process's descriptors (/dev/stdout, /dev/stderr, /dev/fd/N) are written directly.
class QBANK_EXPORT OutputFile {
 public:
  // Opens the output; "" or "-" means stdout; a directory is an invalid argument.
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
QBANK_EXPORT bool same_file(const std::string& a, const std::string& b);

}  // namespace qbank
