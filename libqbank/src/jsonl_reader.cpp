// Streaming JSONL reader and whole-file reading.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>

#include "qbank/io.hpp"

namespace qbank {

struct JsonlReader::Impl {
  std::string path;
  std::FILE* file = nullptr;
  bool owned = false;
  char* buf = nullptr;
  std::size_t cap = 0;
  std::int64_t line = 0;

  ~Impl() {
    if (owned && file) std::fclose(file);
    std::free(buf);
  }
};

namespace {

// Returns an error when path is a directory, so callers can say so instead of failing obscurely.
Status check_not_directory(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
    return Status::InvalidArgument(path + ": is a directory");
  return Status::Ok();
}

// Opens path for reading ("-" = stdin) with an error that names the file.
Result<std::FILE*> open_input(const std::string& path, bool& owned) {
  owned = false;
  if (path == "-") return stdin;
  if (Status s = check_not_directory(path); !s.ok()) return s;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    int err = errno;
    std::string msg = path + ": " + std::strerror(err);
    if (err == ENOENT) return Status::NotFound(msg);
    return Status::IoError(msg);
  }
  owned = true;
  return f;
}

}  // namespace

JsonlReader::JsonlReader(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
JsonlReader::~JsonlReader() = default;

Result<std::unique_ptr<JsonlReader>> JsonlReader::open(const std::string& path) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  auto f = open_input(path, impl->owned);
  if (!f.ok()) return f.status();
  impl->file = *f;
  return std::unique_ptr<JsonlReader>(new JsonlReader(std::move(impl)));
}

const std::string& JsonlReader::path() const { return impl_->path; }

Result<bool> JsonlReader::next(RecordItem& item) {
  while (true) {
    errno = 0;
    ssize_t n = ::getline(&impl_->buf, &impl_->cap, impl_->file);
    if (n < 0) {
      if (std::ferror(impl_->file))
        return Status::IoError(impl_->path + ": read failed: " + std::strerror(errno));
      return false;
    }
    ++impl_->line;
    std::string_view text(impl_->buf, static_cast<std::size_t>(n));
    if (impl_->line == 1 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
    if (text.find_first_not_of(" \t") == std::string_view::npos) continue;
    item = parse_record(text, impl_->path, impl_->line);
    return true;
  }
}

Status read_records(const std::vector<std::string>& paths, bool keep_going, std::vector<Question>& out,
                    std::vector<Diagnostic>& diagnostics) {
  for (const auto& path : paths) {
    auto reader = JsonlReader::open(path);
    if (!reader.ok()) return reader.status();
    RecordItem item;
    while (true) {
      auto more = (*reader)->next(item);
      if (!more.ok()) return more.status();
      if (!*more) break;
      bool usable = item.usable();
      for (auto& d : item.problems)
        if (!usable || d.severity == Severity::kWarning) diagnostics.push_back(std::move(d));
      if (usable) out.push_back(std::move(item.record));
      else if (!keep_going) return Status::DataError(diagnostics.back().to_string());
    }
  }
  return Status::Ok();
}

Result<std::string> read_file(const std::string& path) {
  bool owned = false;
  auto f = open_input(path, owned);
  if (!f.ok()) return f.status();
  std::string data;
  char chunk[1 << 16];
  while (true) {
    std::size_t n = std::fread(chunk, 1, sizeof chunk, *f);
    data.append(chunk, n);
    if (n < sizeof chunk) break;
  }
  bool failed = std::ferror(*f) != 0;
  int err = errno;
  if (owned) std::fclose(*f);
  if (failed) return Status::IoError(path + ": read failed: " + std::strerror(err));
  return data;
}

}  // namespace qbank
