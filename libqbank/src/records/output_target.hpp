#pragma once
// Where an output path really writes (through symlinks, to devices, pipes and inherited descriptors), and
// temporary files that are removed on every error path and on SIGINT, SIGTERM and SIGHUP.

#include <string>

#include "qbank/status.hpp"

namespace qbank::internal {

// How an output path is written.
enum class OutputKind {
  kStdout,  // Standard output ("-").
  kFile,    // A regular file (existing or new), written atomically beside it and renamed over it.
  kDirect,  // A character device, FIFO or socket, opened and written in place, never replaced.
  kFd,      // An inherited descriptor named as /dev/fd/N, /proc/self/fd/N, /dev/stdout or /dev/stderr.
};

// The resolved destination of an output path.
struct OutputTarget {
  OutputKind kind = OutputKind::kStdout;  // How to write it.
  std::string path;                       // kFile: the file to replace (a symlink's final target); else the path.
  int fd = -1;                            // kFd: the inherited descriptor number.
};

// Follows path through symlinks (at most 40) to what it names; "-" is stdout, "" is refused, and a
// directory or a dangling path in a missing directory is an error naming path.
Result<OutputTarget> resolve_output(const std::string& path);

// A temporary file beside a target, removed when the object goes away unless released, and removed by
// the fatal-signal handler while it exists.
class TempFile {
 public:
  TempFile() = default;
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  // Creates "<target><tag>XXXXXX" with mode 0600 and returns its open descriptor (owned by the caller);
  // errors name shown.
  Result<int> create(const std::string& target, const char* tag, const std::string& shown);
  // Renames the file over target; afterwards nothing is removed.
  Status rename_to(const std::string& target, const std::string& shown);
  // Removes the file now (if it still exists).
  void remove();
  // The temporary path ("" when none).
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  int slot_ = -1;  // Its slot in the signal handler's table, or -1.
};

}  // namespace qbank::internal
