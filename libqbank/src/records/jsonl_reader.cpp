// Streaming JSONL reader, a block-parallel loader of whole JSONL files, and whole-file reading.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
#include <sys/stat.h>

#include "base/binary_signature.hpp"
#include "base/parallel.hpp"
#include "qbank/io.hpp"
#include "records/record_parser.hpp"

namespace qbank {

struct [[gnu::visibility("hidden")]] JsonlReader::Impl {
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
    if (impl_->line == 1)
      if (internal::BinaryKind kind = internal::binary_kind(text); !kind.what.empty())
        return Status::DataError(impl_->path + ":1: " + internal::binary_file_message(kind, impl_->path, "JSONL records"));
    if (impl_->line == 1 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
    if (text.find_first_not_of(" \t") == std::string_view::npos) continue;
    internal::parse_record_into(text, impl_->path, impl_->line, item);
    return true;
  }
}

namespace {

// Bytes read from an input at a time; lines are parsed a block at a time on all cores.
constexpr std::size_t kReadBlock = std::size_t{8} << 20;

// One non-blank line waiting to be parsed.
struct PendingLine {
  std::string_view text;  // The line without its line break (and without a BOM on line 1).
  std::int64_t line;      // Its 1-based line number.
};

// Cuts one raw line (without '\n') the way JsonlReader::next does and queues it unless it is blank.
void queue_line(std::string_view text, std::int64_t line, std::vector<PendingLine>& out) {
  if (line == 1 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  while (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  if (text.find_first_not_of(" \t") == std::string_view::npos) return;
  out.push_back({text, line});
}

// Splits bytes into lines, numbering them on from `line`; a final piece without '\n' counts only at_end.
void split_lines(std::string_view bytes, bool at_end, std::int64_t& line, std::vector<PendingLine>& out) {
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    const void* nl = std::memchr(bytes.data() + pos, '\n', bytes.size() - pos);
    if (!nl && !at_end) break;
    std::size_t end = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - bytes.data()) : bytes.size();
    queue_line(bytes.substr(pos, end - pos), ++line, out);
    pos = end + 1;
  }
}

// Reads one file's records into out in line order, parsing each block's lines on all cores.
class BlockLoader {
 public:
  BlockLoader(const std::string& path, bool keep_going, std::vector<Question>& out, std::vector<Diagnostic>& diags)
      : path_(path), keep_going_(keep_going), out_(out), diags_(diags), foreign_(path) {}

  // The number of unusable records passed over (keep_going).
  std::size_t skipped() const { return skipped_; }

  // Reads and parses the whole file.
  Status run(std::FILE* f) {
    std::string buf;
    std::int64_t line = 0;
    while (true) {
      std::size_t kept = buf.size();
      buf.resize(kept + kReadBlock);
      std::size_t n = std::fread(buf.data() + kept, 1, kReadBlock, f);
      buf.resize(kept + n);
      bool failed = std::ferror(f) != 0;
      int err = errno;
      bool at_end = n < kReadBlock && !failed;
      if (line == 0)
        if (internal::BinaryKind kind = internal::binary_kind(buf); !kind.what.empty())
        {
          diags_.push_back({path_, 1, "", internal::binary_file_message(kind, path_, "JSONL records"), Severity::kError});
          return Status::DataError(diags_.back().to_string());
        }
      std::size_t cut = at_end ? buf.size() : buf.rfind('\n') + 1;  // npos + 1 == 0: no whole line yet.
      lines_.clear();
      split_lines(std::string_view(buf).substr(0, cut), at_end, line, lines_);
      if (Status s = parse_lines(); !s.ok()) return s;
      if (failed) return Status::IoError(path_ + ": read failed: " + std::strerror(err));
      if (at_end) return Status::Ok();
      buf.erase(0, cut);
      reserve_estimate(f, cut);
    }
  }

 private:
  // Parses the queued lines in parallel, then takes the results in order.
  Status parse_lines() {
    items_.resize(lines_.size());
    internal::parallel_for(lines_.size(), 0, [this](std::size_t i) {
      items_[i] = parse_record(lines_[i].text, path_, lines_[i].line);
    }, 256);
    for (auto& item : items_) {
      std::string message;
      if (foreign_.take(item, message)) {
        if (!message.empty()) diags_.push_back({path_, item.line, "", std::move(message), Severity::kError});
        if (!keep_going_) return Status::DataError(diags_.back().to_string());
        ++skipped_;
        continue;
      }
      bool usable = item.usable();
      for (auto& d : item.problems)
        if (!usable || d.severity == Severity::kWarning) diags_.push_back(std::move(d));
      if (usable) out_.push_back(std::move(item.record));
      else if (!keep_going_) return Status::DataError(diags_.back().to_string());
      else ++skipped_;
    }
    items_.clear();
    return Status::Ok();
  }

  // After the first block of a large regular file, reserves room for the records it probably holds.
  void reserve_estimate(std::FILE* f, std::size_t consumed) {
    if (estimated_ || consumed == 0 || lines_.empty()) return;
    estimated_ = true;
    struct stat st {};
    if (::fstat(::fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) return;
    double per_line = static_cast<double>(consumed) / static_cast<double>(lines_.size());
    auto expected = static_cast<std::size_t>(static_cast<double>(st.st_size) / per_line * 1.05);
    out_.reserve(out_.size() + expected);
  }

  const std::string& path_;
  bool keep_going_;
  std::vector<Question>& out_;
  std::vector<Diagnostic>& diags_;
  std::vector<PendingLine> lines_;
  std::vector<RecordItem> items_;
  ForeignLines foreign_;
  std::size_t skipped_ = 0;
  bool estimated_ = false;
};

}  // namespace

Status read_records(const std::vector<std::string>& paths, bool keep_going, std::vector<Question>& out,
                    std::vector<Diagnostic>& diagnostics, std::size_t* skipped) {
  for (const auto& path : paths) {
    bool owned = false;
    auto f = open_input(path, owned);
    if (!f.ok()) return f.status();
    Status s;
    try {
      BlockLoader loader(path, keep_going, out, diagnostics);
      s = loader.run(*f);
      if (skipped) *skipped += loader.skipped();
    } catch (const std::bad_alloc&) {  // Out of memory is an error, never an escaped exception.
      s = Status::Internal(path + ": out of memory while reading records");
    } catch (const std::exception& e) {
      s = Status::Internal(path + ": " + e.what());
    }
    if (owned) std::fclose(*f);
    if (!s.ok()) return s;
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
