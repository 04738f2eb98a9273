// The .apkg package: collection.anki2 and an empty media map in a zip, written atomically and reproducibly.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include "export/writers.hpp"
#include "records/output_target.hpp"

namespace qbank::internal {
namespace {

// Deflate level: fast, since a bank's SQLite pages compress well anyway and level 9 is ~10x slower.
constexpr zip_uint32_t kZipLevel = 1;

// Copies the file at path to the descriptor fd.
Status copy_to(const std::string& path, int fd, const std::string& shown) {
  int in = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (in < 0) return Status::IoError(shown + ": cannot read the package back: " + std::strerror(errno));
  char buf[1 << 16];
  Status st;
  while (st.ok()) {
    ssize_t n = ::read(in, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) st = Status::IoError(shown + ": cannot read the package back: " + std::strerror(errno));
    if (n <= 0) break;
    for (ssize_t off = 0; off < n && st.ok();) {
      ssize_t w = ::write(fd, buf + off, static_cast<std::size_t>(n - off));
      if (w < 0 && errno == EINTR) continue;
      if (w < 0) st = errno == EPIPE ? Status::IoError("broken pipe")
                                     : Status::IoError(shown + ": write failed: " + std::strerror(errno));
      else off += w;
    }
  }
  ::close(in);
  return st;
}

// Where the temporary files of a package for target live: beside a regular file, else in TMPDIR.
std::string temp_base(const OutputTarget& target) {
  if (target.kind == OutputKind::kFile) return target.path;
  const char* dir = std::getenv("TMPDIR");
  return std::string(dir && *dir ? dir : "/tmp") + "/qbank-apkg";
}

// The zip (MS-DOS) date and time of a Unix time, in UTC so the result does not depend on the time zone.
void dos_time(std::int64_t t, zip_uint16_t& time, zip_uint16_t& date) {
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  ::gmtime_r(&tt, &tm);
  time = static_cast<zip_uint16_t>((tm.tm_hour << 11) | (tm.tm_min << 5) | (tm.tm_sec / 2));
  date = static_cast<zip_uint16_t>(((tm.tm_year - 80) << 9) | ((tm.tm_mon + 1) << 5) | tm.tm_mday);
}

// Returns an I/O error with libzip's message, discarding the archive.
Status zip_failure(zip_t* za, const std::string& what) {
  std::string msg = "apkg: " + what + ": " + zip_strerror(za);
  zip_discard(za);
  return Status::IoError(msg);
}

// Adds one entry with a fixed name, time and mode.
Status add_entry(zip_t* za, const char* name, zip_source_t* src, std::int64_t time) {
  if (src == nullptr) return Status::IoError(std::string("apkg: cannot read ") + name);
  zip_int64_t idx = zip_file_add(za, name, src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
  if (idx < 0) {
    zip_source_free(src);
    return Status::IoError(std::string("apkg: cannot add ") + name + ": " + zip_strerror(za));
  }
  zip_uint16_t t = 0, d = 0;
  dos_time(time, t, d);
  auto i = static_cast<zip_uint64_t>(idx);
  if (zip_file_set_dostime(za, i, t, d, 0) != 0 ||
      zip_file_set_external_attributes(za, i, 0, ZIP_OPSYS_UNIX, 0100644u << 16) != 0 ||
      zip_set_file_compression(za, i, ZIP_CM_DEFLATE, kZipLevel) != 0)
    return Status::IoError(std::string("apkg: cannot set attributes of ") + name + ": " + zip_strerror(za));
  return Status::Ok();
}

// Zips the collection file and the media map into zip_path.
Status write_zip(const std::string& zip_path, const std::string& db_path, std::int64_t time) {
  int err = 0;
  zip_t* za = zip_open(zip_path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  if (za == nullptr) return Status::IoError(zip_path + ": cannot create zip (libzip error " + std::to_string(err) + ")");
  static const char kMedia[] = "{}";
  if (Status s = add_entry(za, "collection.anki2", zip_source_file(za, db_path.c_str(), 0, -1), time); !s.ok()) {
    zip_discard(za);
    return s;
  }
  if (Status s = add_entry(za, "media", zip_source_buffer(za, kMedia, 2, 0), time); !s.ok()) {
    zip_discard(za);
    return s;
  }
  if (zip_close(za) != 0) return zip_failure(za, "cannot write " + zip_path);
  return Status::Ok();
}

}  // namespace

}  // namespace qbank::internal

namespace qbank {

Status export_apkg(const std::vector<Question>& records, const ExportOptions& options, const std::string& path) {
  ExportOptions o = options;
  o.format = ExportFormat::kApkg;
  if (Status s = check_export_options(o); !s.ok()) return s;
  if (o.timestamp == kExportTimeNow) o.timestamp = static_cast<std::int64_t>(std::time(nullptr));
  auto target = internal::resolve_output(path);
  if (!target.ok()) return target.status();
  if (target->kind == internal::OutputKind::kStdout)
    return Status::InvalidArgument("apkg is a binary package: name the output file with -o FILE.apkg");
  std::string base = internal::temp_base(*target);
  internal::TempFile db, zip;
  auto db_fd = db.create(base, ".anki2-", path);
  if (!db_fd.ok()) return db_fd.status();
  ::close(*db_fd);
  auto zip_fd = zip.create(base, ".tmp-", path);
  if (!zip_fd.ok()) return zip_fd.status();
  ::close(*zip_fd);
  if (Status s = internal::write_collection(db.path(), records, o); !s.ok()) return s;
  if (Status s = internal::write_zip(zip.path(), db.path(), o.timestamp); !s.ok()) return s;
  db.remove();
  if (target->kind == internal::OutputKind::kFile) {
    struct stat st {};
    ::chmod(zip.path().c_str(), ::stat(target->path.c_str(), &st) == 0 ? (st.st_mode & 07777) : 0644);
    return zip.rename_to(target->path, path);
  }
  int fd = target->kind == internal::OutputKind::kFd
               ? ::fcntl(target->fd, F_DUPFD_CLOEXEC, 3)
               : ::open(target->path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return Status::IoError(path + ": cannot open output: " + std::strerror(errno));
  Status s = internal::copy_to(zip.path(), fd, path);
  ::close(fd);
  return s;
  return Status::Ok();
}

}  // namespace qbank

