#pragma once
// Files: reading a whole input into memory, and outputs written atomically.

#include <memory>
#include <string>
#include <string_view>

#include "qbank/api.hpp"
#include "qbank/status.hpp"

namespace qbank {

// Reads a whole file (or stdin for "-") into memory as bytes.
[[nodiscard]] QBANK_EXPORT Result<std::string> read_file(const std::string& path);

// An output that is either stdout or a file written atomically: data goes to a temporary file beside the
// target and is renamed over it only by commit(), so a failed run never leaves a partial file.
class QBANK_EXPORT OutputFile {
 public:
  // Opens the output; "" or "-" means stdout.
  [[nodiscard]] static Result<std::unique_ptr<OutputFile>> open(const std::string& path);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // Appends bytes to the output; fails with kIoError, or kClosedPipe when the reader of stdout went away.
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

}  // namespace qbank
