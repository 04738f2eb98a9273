#pragma once
// JSONL banks: a streaming reader of records, a reader of whole files, and a buffered writer.
//
//   auto reader = qbank::JsonlReader::open("bank.jsonl");
//   if (!reader.ok()) return fail(reader.status());
//   qbank::RecordItem item;
//   while (true) {
//     auto more = (*reader)->next(item);
//     if (!more.ok() || !*more) break;
//     std::cout << qbank::to_json(item.record) << '\n';
//   }

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "qbank/api.hpp"
#include "qbank/file.hpp"
#include "qbank/question.hpp"
#include "qbank/record_json.hpp"
#include "qbank/status.hpp"

namespace qbank {

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
// keep_going is set, in which case unusable records are reported through diagnostics and skipped (their
// number added to skipped when given). Lines of other data (see ForeignLines) are reported once per file.
[[nodiscard]] QBANK_EXPORT Status read_records(const std::vector<std::string>& paths, bool keep_going,
                                               std::vector<Question>& out, std::vector<Diagnostic>& diagnostics,
                                               std::size_t* skipped = nullptr);

// Writes records as JSONL lines to an OutputFile, serialising each into one reused buffer that is written in
// large blocks; nothing reaches the output until flush(). Not thread-safe.
class QBANK_EXPORT JsonlWriter {
 public:
  // Writes to out, which must outlive the writer.
  explicit JsonlWriter(OutputFile& out);
  ~JsonlWriter();
  JsonlWriter(const JsonlWriter&) = delete;
  JsonlWriter& operator=(const JsonlWriter&) = delete;

  // Appends one record as a line of JSON to the buffer.
  void add(const Question& record);

  // Writes the buffered lines to the output and empties the buffer (the output is not committed).
  [[nodiscard]] Status flush();

  // Drops the buffered lines without writing them.
  void discard();

  // The number of bytes buffered and not yet written.
  std::size_t buffered() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace qbank
