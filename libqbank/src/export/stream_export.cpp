// Exports JSONL files without holding the records: formats in input order stream them; formats grouped by
// topic spool them to an unlinked temporary file and read them back group by group.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "export/writers.hpp"
#include "qbank/io.hpp"

namespace qbank::internal {
namespace {

// Records read from JSONL files one at a time, with problems reported as they are met.
class JsonlFilesSource : public RecordSource {
 public:
  JsonlFilesSource(const std::vector<std::string>& paths, bool keep_going, const DiagnosticSink& report,
                   ExportSummary& summary)
      : paths_(paths), keep_going_(keep_going), report_(report), summary_(summary) {}

  Status each(const std::function<Status(const Question&)>& fn) override {
    for (const auto& path : paths_) {
      auto reader = JsonlReader::open(path);
      if (!reader.ok()) return reader.status();
      RecordItem item;
      ForeignLines foreign(path);  // Lines of other data are reported once, with the fix.
      while (true) {
        auto more = (*reader)->next(item);
        if (!more.ok()) return more.status();
        if (!*more) break;
        std::string message;
        if (quiet_) {  // A pass before the export: usable records only, nothing reported or counted.
          if (!foreign.take(item, message) && item.usable())
            if (Status s = fn(item.record); !s.ok()) return s;
          continue;
        }
        if (foreign.take(item, message)) {
          if (!message.empty() && report_) report_({path, item.line, "", message, Severity::kError});
          if (!keep_going_) return Status::DataError(path + ":" + std::to_string(item.line) + ": " + message);
          ++summary_.skipped;
          continue;
        }
        bool usable = item.usable();
        for (const auto& d : item.problems)
          if (report_) report_(d);
        if (!usable) {
          if (!keep_going_)
            return Status::DataError(item.problems.empty() ? path : item.problems.back().to_string());
          ++summary_.skipped;
          continue;
        }
        ++summary_.records;
        if (!item.record.answer || anki_back(item.record).empty()) ++summary_.empty_backs;
        if (Status s = fn(item.record); !s.ok()) return s;
      }
    }
    return Status::Ok();
  }

  Status scan(const std::function<Status(const Question&)>& fn) override {
    quiet_ = true;
    Status s = each(fn);
    quiet_ = false;
    return s;
  }

  Status each_by_topic(const std::function<Status(const Question&, bool first)>& fn) override {
    Spool spool;
    if (Status s = spool.open(); !s.ok()) return s;
    std::unordered_map<std::string, std::uint32_t> group_of;  // Topic -> group; group 0 holds no topic.
    std::vector<Entry> entries;
    std::string line;
    Status read = each([&](const Question& q) {
      std::uint32_t group = 0;
      if (q.topic && !q.topic->empty())
        group = group_of.try_emplace(*q.topic, static_cast<std::uint32_t>(group_of.size() + 1)).first->second;
      line.clear();
      append_json(line, q);
      entries.push_back({spool.size(), static_cast<std::uint32_t>(line.size()), group});
      return spool.write(line);
    });
    if (!read.ok()) return read;
    if (Status s = spool.flush(); !s.ok()) return s;
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.group < b.group; });
    for (std::size_t i = 0; i < entries.size(); ++i) {
      if (Status s = spool.read(entries[i].offset, entries[i].size, line); !s.ok()) return s;
      RecordItem item = parse_record(line, "(spool)", static_cast<std::int64_t>(i + 1));
      if (!item.usable()) return Status::Internal("export spool: a record did not read back");
      if (Status s = fn(item.record, i == 0 || entries[i].group != entries[i - 1].group); !s.ok()) return s;
    }
    return Status::Ok();
  }

 private:
  // Where one spooled record lies, and its topic group.
  struct Entry {
    std::uint64_t offset;
    std::uint32_t size;
    std::uint32_t group;
  };

  // An unlinked temporary file (gone whatever happens to the process) written in large blocks.
  class Spool {
   public:
    ~Spool() {
      if (fd_ >= 0) ::close(fd_);
    }
    // Creates the file in TMPDIR (default /tmp) and unlinks it at once.
    Status open() {
      const char* dir = std::getenv("TMPDIR");
      std::string path = std::string(dir && *dir ? dir : "/tmp") + "/qbank-export-XXXXXX";
      fd_ = ::mkostemp(path.data(), O_CLOEXEC);
      if (fd_ < 0) return Status::IoError(path + ": cannot create the export spool: " + std::strerror(errno));
      ::unlink(path.c_str());
      return Status::Ok();
    }
    // Appends bytes.
    Status write(std::string_view bytes) {
      buf_.append(bytes);
      size_ += bytes.size();
      return buf_.size() >= (1 << 20) ? flush() : Status::Ok();
    }
    // Writes the buffered bytes.
    Status flush() {
      for (std::size_t off = 0; off < buf_.size();) {
        ssize_t n = ::write(fd_, buf_.data() + off, buf_.size() - off);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return Status::IoError(std::string("export spool: write failed: ") + std::strerror(errno));
        off += static_cast<std::size_t>(n);
      }
      buf_.clear();
      return Status::Ok();
    }
    // Reads size bytes at offset into out.
    Status read(std::uint64_t offset, std::size_t size, std::string& out) {
      out.resize(size);
      for (std::size_t got = 0; got < size;) {
        ssize_t n = ::pread(fd_, out.data() + got, size - got, static_cast<off_t>(offset + got));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return Status::IoError(std::string("export spool: read failed: ") + std::strerror(errno));
        got += static_cast<std::size_t>(n);
      }
      return Status::Ok();
    }
    // Bytes written so far.
    std::uint64_t size() const { return size_; }

   private:
    int fd_ = -1;
    std::string buf_;
    std::uint64_t size_ = 0;
  };

  const std::vector<std::string>& paths_;
  bool keep_going_;
  const DiagnosticSink& report_;
  ExportSummary& summary_;
  bool quiet_ = false;  // True during scan().
};

}  // namespace

}  // namespace qbank::internal

namespace qbank {

Status export_jsonl_files(const std::vector<std::string>& inputs, bool keep_going, const ExportOptions& options,
                          const std::string& path, const DiagnosticSink& report, ExportSummary& summary) {
  summary = ExportSummary{};
  if (Status s = check_export_options(options); !s.ok()) return s;
  if (export_needs_file(options.format)) {  // A package is built from all the records at once.
    std::vector<Question> records;
    std::vector<Diagnostic> diags;
    Status read = read_records(inputs, keep_going, records, diags);
    const Diagnostic* last = nullptr;  // Records are counted by their first error.
    for (const auto& d : diags) {
      if (report) report(d);
      if (d.severity != Severity::kError) continue;
      if (!last || last->line != d.line || last->file != d.file) ++summary.skipped;
      last = &d;
    }
    if (!read.ok()) return read;
    summary.records = records.size();
    summary.empty_backs = count_empty_backs(records);
    try {  // Exact duplicates share an id, and so a GUID: Anki keeps one note of them.
      std::unordered_set<std::string_view> ids;
      ids.reserve(records.size());
      for (const auto& q : records) summary.repeated_ids += !ids.insert(q.id).second;
    } catch (const std::bad_alloc&) {
      return Status::Internal("export: out of memory");
    }
    return export_apkg(records, options, path);
  }
  if (internal::needs_translation_texts(options))
    for (const auto& in : inputs.empty() ? std::vector<std::string>{"-"} : inputs) {
      if (in.empty() || in == "-")
        return Status::InvalidArgument(
            "--with-translations reads the records twice (the linked texts first): name the input files, not stdin");
      struct stat st {};
      if (::stat(in.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))
        return Status::InvalidArgument("--with-translations reads the records twice (the linked texts first): " +
                                       in + " is a pipe or device, which reads once; name a regular file");
    }
  auto out = OutputFile::open(path);
  if (!out.ok()) return out.status();
  OutputFile& file = **out;
  ExportSink sink = [&file](std::string_view chunk) { return file.write(chunk); };
  internal::ChunkWriter w(sink);
  internal::JsonlFilesSource source(inputs, keep_going, report, summary);
  if (Status s = internal::write_records(source, options, w); !s.ok()) return s;
  if (Status s = w.finish(); !s.ok()) return s;
  return file.commit();
}

}  // namespace qbank
