// Atomic output files and stdout with broken-pipe detection.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "qbank/io.hpp"

namespace qbank {

struct [[gnu::visibility("hidden")]] OutputFile::Impl {
  std::string path;     // Target path; empty for stdout.
  std::string tmp;      // Temporary file beside the target.
  int fd = STDOUT_FILENO;
  std::string buffer;   // Pending bytes, flushed in large writes.
  bool committed = false;
  bool direct = false;  // Writing straight to a device or pipe named by -o.

  // Writes all pending bytes to the descriptor.
  Status flush() {
    std::size_t off = 0;
    while (off < buffer.size()) {
      ssize_t n = ::write(fd, buffer.data() + off, buffer.size() - off);
      if (n < 0) {
        if (errno == EINTR) continue;
        if (errno == EPIPE) return Status::ClosedPipe("broken pipe");
        return Status::IoError(display() + ": write failed: " + std::strerror(errno));
      }
      off += static_cast<std::size_t>(n);
    }
    buffer.clear();
    return Status::Ok();
  }
  // The name used in messages.
  std::string display() const { return path.empty() ? "stdout" : path; }

  ~Impl() {
    if (direct) ::close(fd);
    if (!path.empty() && !committed) {
      ::close(fd);
      ::unlink(tmp.c_str());
    }
  }
};

OutputFile::OutputFile(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
OutputFile::~OutputFile() = default;

Result<std::unique_ptr<OutputFile>> OutputFile::open(const std::string& path) {
  auto impl = std::make_unique<Impl>();
  if (!path.empty() && path != "-") {
    struct stat st {};
    bool exists = ::stat(path.c_str(), &st) == 0;
    if (exists && S_ISDIR(st.st_mode)) return Status::InvalidArgument(path + ": is a directory");
    if (exists && !S_ISREG(st.st_mode)) {  // A device or pipe (e.g. /dev/null): write to it directly.
      impl->fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
      if (impl->fd < 0) return Status::IoError(path + ": cannot open output: " + std::strerror(errno));
      impl->direct = true;
      return std::unique_ptr<OutputFile>(new OutputFile(std::move(impl)));
    }
    impl->path = path;
    impl->tmp = path + ".tmp-XXXXXX";
    impl->fd = ::mkstemp(impl->tmp.data());
    if (impl->fd < 0) {
      std::string msg = path + ": cannot create output: " + std::strerror(errno);
      impl->path.clear();
      return Status::IoError(msg);
    }
    ::fchmod(impl->fd, 0644);
  }
  impl->buffer.reserve(1 << 16);
  return std::unique_ptr<OutputFile>(new OutputFile(std::move(impl)));
}

Status OutputFile::write(std::string_view bytes) {
  impl_->buffer.append(bytes);
  if (impl_->buffer.size() >= (1 << 16)) return impl_->flush();
  return Status::Ok();
}

Status OutputFile::commit() {
  if (Status s = impl_->flush(); !s.ok()) return s;
  if (impl_->path.empty()) return Status::Ok();
  if (::fsync(impl_->fd) != 0 || ::close(impl_->fd) != 0) {
    impl_->fd = -1;
    return Status::IoError(impl_->path + ": write failed: " + std::strerror(errno));
  }
  impl_->fd = -1;
  if (::rename(impl_->tmp.c_str(), impl_->path.c_str()) != 0) {
    return Status::IoError(impl_->path + ": cannot rename output into place: " + std::strerror(errno));
  }
  impl_->committed = true;
  return Status::Ok();
}

bool OutputFile::is_stdout() const { return impl_->path.empty(); }

}  // namespace qbank
