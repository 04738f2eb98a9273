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

// Where the temporary collection of a package for target lives: beside a regular file, else in TMPDIR.
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

// Writes all of data to fd.
Status write_all(int fd, const char* data, std::size_t size, const std::string& shown) {
  for (std::size_t off = 0; off < size;) {
    ssize_t n = ::write(fd, data + off, size - off);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0)
      return errno == EPIPE ? Status::IoError("broken pipe")
                            : Status::IoError(shown + ": write failed: " + std::strerror(errno));
    off += static_cast<std::size_t>(n);
  }
  return Status::Ok();
}

// Zips the collection file and the media map in memory (so libzip makes no temporary file of its own)
// and writes the archive to fd.
Status write_zip(int fd, const std::string& db_path, std::int64_t time, const std::string& shown) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* archive = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (archive == nullptr) return Status::IoError("apkg: cannot create the archive in memory");
  zip_source_keep(archive);  // Still needed after zip_close, to read the bytes back.
  struct Release {
    zip_source_t* src;
    ~Release() { zip_source_free(src); }
  } release{archive};
  zip_t* za = zip_open_from_source(archive, ZIP_TRUNCATE, &error);
  if (za == nullptr) return Status::IoError(std::string("apkg: cannot create zip: ") + zip_error_strerror(&error));
  static const char kMedia[] = "{}";
  if (Status s = add_entry(za, "collection.anki2", zip_source_file(za, db_path.c_str(), 0, -1), time); !s.ok()) {
    zip_discard(za);
    return s;
  }
  if (Status s = add_entry(za, "media", zip_source_buffer(za, kMedia, 2, 0), time); !s.ok()) {
    zip_discard(za);
    return s;
  }
  if (zip_close(za) != 0) return zip_failure(za, "cannot write " + shown);
  if (zip_source_open(archive) != 0) return Status::IoError("apkg: cannot read the archive back");
  std::string chunk(1 << 20, '\0');
  Status st;
  while (st.ok()) {
    zip_int64_t n = zip_source_read(archive, chunk.data(), chunk.size());
    if (n < 0) st = Status::IoError("apkg: cannot read the archive back");
    if (n <= 0) break;
    st = write_all(fd, chunk.data(), static_cast<std::size_t>(n), shown);
  }
  zip_source_close(archive);
  return st;
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
  internal::TempFile db, zip;
  auto db_fd = db.create(internal::temp_base(*target), ".anki2-", path);
  if (!db_fd.ok()) return db_fd.status();
  ::close(*db_fd);
  if (Status s = internal::write_collection(db.path(), records, o); !s.ok()) return s;
  if (target->kind != internal::OutputKind::kFile) {  // A device, pipe or descriptor: written in place.
    int fd = target->kind == internal::OutputKind::kFd
                 ? ::fcntl(target->fd, F_DUPFD_CLOEXEC, 3)
                 : ::open(target->path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return Status::IoError(path + ": cannot open output: " + std::strerror(errno));
    Status s = internal::write_zip(fd, db.path(), o.timestamp, path);
    ::close(fd);
    return s;
  }
  auto zip_fd = zip.create(target->path, ".tmp-", path);
  if (!zip_fd.ok()) return zip_fd.status();
  struct stat st {};
  ::fchmod(*zip_fd, ::stat(target->path.c_str(), &st) == 0 ? (st.st_mode & 07777) : 0644);
  Status s = internal::write_zip(*zip_fd, db.path(), o.timestamp, path);
  db.remove();
  if (s.ok() && ::fsync(*zip_fd) != 0) s = Status::IoError(path + ": write failed: " + std::strerror(errno));
  if (::close(*zip_fd) != 0 && s.ok()) s = Status::IoError(path + ": write failed: " + std::strerror(errno));
  if (!s.ok()) return s;
  return zip.rename_to(target->path, path);
}

}  // namespace qbank

