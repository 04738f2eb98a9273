// Output files: symlinks followed to their target, devices and pipes written in place, regular files written
// atomically through a temporary file that no error path or fatal signal leaves behind.
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>

#include "qbank/io.hpp"
#include "records/output_target.hpp"

namespace qbank::internal {
namespace {

// Temporary paths the fatal-signal handler removes; each is a malloc'ed copy owned by its slot.
constexpr int kTempSlots = 64;
std::atomic<char*> g_temp_paths[kTempSlots];

// The signals whose default action ends the process and after which temporary files must go.
constexpr int kFatalSignals[] = {SIGINT, SIGTERM, SIGHUP};

// Removes every registered temporary file, then dies of the same signal (async-signal-safe).
extern "C" void remove_temps_and_die(int sig) {
  for (auto& slot : g_temp_paths)
    if (char* p = slot.load()) ::unlink(p);
  ::raise(sig);  // The handler was installed with SA_RESETHAND, so this takes the default action.
}

// Installs the handler once for each fatal signal that still has its default action.
void install_signal_handlers() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (int sig : kFatalSignals) {
      struct sigaction old {};
      if (::sigaction(sig, nullptr, &old) != 0 || old.sa_handler != SIG_DFL || (old.sa_flags & SA_SIGINFO)) continue;
      struct sigaction sa {};
      sa.sa_handler = remove_temps_and_die;
      sa.sa_flags = SA_RESETHAND;
      sigemptyset(&sa.sa_mask);
      for (int other : kFatalSignals) sigaddset(&sa.sa_mask, other);
      ::sigaction(sig, &sa, nullptr);
    }
  });
}

// Adds path to the handler's table; returns its slot, or -1 when the table is full.
int register_temp(const std::string& path) {
  install_signal_handlers();
  char* copy = ::strdup(path.c_str());
  if (copy == nullptr) return -1;
  for (int i = 0; i < kTempSlots; ++i) {
    char* expected = nullptr;
    if (g_temp_paths[i].compare_exchange_strong(expected, copy)) return i;
  }
  std::free(copy);
  return -1;
}

// Takes a slot out of the handler's table.
void unregister_temp(int slot) {
  if (slot < 0) return;
  std::free(g_temp_paths[slot].exchange(nullptr));
}

// The directory part of path ("." when it has none).
std::string dir_of(const std::string& path) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

// The descriptor number when path names one of this process's descriptors (/dev/fd/N, /proc/self/fd/N).
int fd_of(const std::string& path) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string::npos || slash + 1 >= path.size() || path.size() - slash > 8) return -1;
  int n = 0;
  for (std::size_t i = slash + 1; i < path.size(); ++i) {
    if (path[i] < '0' || path[i] > '9') return -1;
    n = n * 10 + (path[i] - '0');
  }
  char real[PATH_MAX];
  if (::realpath(dir_of(path).c_str(), real) == nullptr) return -1;
  std::string dir = real, proc = "/proc/" + std::to_string(::getpid());
  if (dir == proc + "/fd") return n;
  if (dir.rfind(proc + "/task/", 0) == 0 && dir.size() > 3 && dir.compare(dir.size() - 3, 3, "/fd") == 0) return n;
  return -1;
}

}  // namespace

Result<OutputTarget> resolve_output(const std::string& path) {
  if (path.empty()) return Status::InvalidArgument("an empty output path names no file (use - for stdout)");
  if (path == "-") return OutputTarget{};
  std::string p = path;
  for (int hops = 0; hops <= 40; ++hops) {
    if (int fd = fd_of(p); fd >= 0) return OutputTarget{OutputKind::kFd, p, fd};
    struct stat st {};
    if (::lstat(p.c_str(), &st) != 0) {
      if (errno == ENOENT) return OutputTarget{OutputKind::kFile, p, -1};
      return Status::IoError(path + ": cannot open output: " + std::strerror(errno));
    }
    if (S_ISLNK(st.st_mode)) {
      char buf[PATH_MAX];
      ssize_t n = ::readlink(p.c_str(), buf, sizeof buf - 1);
      if (n < 0) return Status::IoError(path + ": cannot read symlink: " + std::strerror(errno));
      std::string next(buf, static_cast<std::size_t>(n));
      p = next.front() == '/' ? next : dir_of(p) + "/" + next;
      continue;
    }
    if (S_ISDIR(st.st_mode)) return Status::InvalidArgument(path + ": is a directory");
    if (S_ISREG(st.st_mode)) return OutputTarget{OutputKind::kFile, p, -1};
    return OutputTarget{OutputKind::kDirect, p, -1};
  }
  return Status::IoError(path + ": too many levels of symbolic links");
}

TempFile::~TempFile() { remove(); }

Result<int> TempFile::create(const std::string& target, const char* tag, const std::string& shown) {
  remove();
  std::string tmp = target + tag + "XXXXXX";
  int fd = ::mkostemp(tmp.data(), O_CLOEXEC);
  if (fd < 0) {
    std::string where = shown == target ? shown : shown + " (-> " + target + ")";
    return Status::IoError(where + ": cannot create output: " + std::strerror(errno));
  }
  path_ = tmp;
  slot_ = register_temp(path_);
  return fd;
}

Status TempFile::rename_to(const std::string& target, const std::string& shown) {
  if (::rename(path_.c_str(), target.c_str()) != 0)
    return Status::IoError(shown + ": cannot rename output into place: " + std::strerror(errno));
  unregister_temp(slot_);
  slot_ = -1;
  path_.clear();
  return Status::Ok();
}

void TempFile::remove() {
  unregister_temp(slot_);
  slot_ = -1;
  if (!path_.empty()) ::unlink(path_.c_str());
  path_.clear();
}

}  // namespace qbank::internal

namespace qbank {

struct [[gnu::visibility("hidden")]] OutputFile::Impl {
  std::string shown;            // The path as given, for messages ("stdout" for stdout).
  internal::OutputTarget target;  // Where the bytes go.
  internal::TempFile tmp;       // kFile: the temporary file beside the target.
  int fd = STDOUT_FILENO;
  std::string buffer;           // Pending bytes, flushed in large writes.

  // Writes bytes to the descriptor, all of them or an error.
  Status write_all(std::string_view bytes) {
    std::size_t off = 0;
    while (off < bytes.size()) {
      ssize_t n = ::write(fd, bytes.data() + off, bytes.size() - off);
      if (n < 0) {
        if (errno == EINTR) continue;
        if (errno == EPIPE) return Status::ClosedPipe("broken pipe");
        return Status::IoError(shown + ": write failed: " + std::strerror(errno));
      }
      off += static_cast<std::size_t>(n);
    }
    return Status::Ok();
  }

  // Writes all pending bytes to the descriptor.
  Status flush() {
    Status s = write_all(buffer);
    buffer.clear();
    return s;
  }

  ~Impl() {
    if (fd >= 0 && target.kind != internal::OutputKind::kStdout) ::close(fd);
  }
};

OutputFile::OutputFile(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
OutputFile::~OutputFile() = default;

Result<std::unique_ptr<OutputFile>> OutputFile::open(const std::string& path) {
  auto impl = std::make_unique<Impl>();
  auto target = internal::resolve_output(path.empty() ? std::string("-") : path);
  if (!target.ok()) return target.status();
  impl->target = *target;
  impl->shown = path.empty() || path == "-" ? std::string("stdout") : path;
  switch (impl->target.kind) {
    case internal::OutputKind::kStdout: break;
    case internal::OutputKind::kFd:
      impl->fd = ::fcntl(impl->target.fd, F_DUPFD_CLOEXEC, 3);
      if (impl->fd < 0)
        return Status::IoError(path + ": descriptor " + std::to_string(impl->target.fd) + " is not open for writing");
      break;
    case internal::OutputKind::kDirect:
      impl->fd = ::open(impl->target.path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
      if (impl->fd < 0) return Status::IoError(path + ": cannot open output: " + std::strerror(errno));
      break;
    case internal::OutputKind::kFile: {
      struct stat st {};
      mode_t mode = ::stat(impl->target.path.c_str(), &st) == 0 ? (st.st_mode & 07777) : 0644;
      auto fd = impl->tmp.create(impl->target.path, ".tmp-", path);
      if (!fd.ok()) {
        impl->fd = -1;
        return fd.status();
      }
      impl->fd = *fd;
      ::fchmod(impl->fd, mode);
      break;
    }
  }
  impl->buffer.reserve(1 << 16);
  return std::unique_ptr<OutputFile>(new OutputFile(std::move(impl)));
}

Status OutputFile::write(std::string_view bytes) {
  constexpr std::size_t kLarge = std::size_t{1} << 16;  // Pending bytes past this are written at once.
  if (impl_->buffer.size() + bytes.size() < kLarge) {
    impl_->buffer.append(bytes);
    return Status::Ok();
  }
  if (Status s = impl_->flush(); !s.ok()) return s;
  if (bytes.size() < kLarge) {
    impl_->buffer.append(bytes);
    return Status::Ok();
  }
  return impl_->write_all(bytes);  // A large block goes out as it is, without a copy.
}

Status OutputFile::commit() {
  if (Status s = impl_->flush(); !s.ok()) return s;
  if (impl_->target.kind != internal::OutputKind::kFile) return Status::Ok();
  int fd = impl_->fd;
  impl_->fd = -1;
  bool synced = ::fsync(fd) == 0;
  int err = errno;
  if (::close(fd) != 0 || !synced)
    return Status::IoError(impl_->shown + ": write failed: " + std::strerror(synced ? errno : err));
  return impl_->tmp.rename_to(impl_->target.path, impl_->shown);
}

bool OutputFile::is_stdout() const { return impl_->target.kind == internal::OutputKind::kStdout; }

}  // namespace qbank
