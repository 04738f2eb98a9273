// The .apkg package: collection.anki2 and an empty media map in a zip, written atomically and reproducibly.
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include "export/writers.hpp"

namespace qbank::internal {
namespace {

// Deflate level: fast, since a bank's SQLite pages compress well anyway and level 9 is ~10x slower.
constexpr zip_uint32_t kZipLevel = 1;

// Removes a temporary file when it goes out of scope, unless released.
struct TempFile {
  std::string path;
  ~TempFile() {
    if (!path.empty()) ::unlink(path.c_str());
  }
};

// Creates an empty temporary file beside target; returns its path.
Result<std::string> make_temp(const std::string& target, const char* tag) {
  std::string tmp = target + tag + "XXXXXX";
  int fd = ::mkstemp(tmp.data());
  if (fd < 0) return Status::IoError(target + ": cannot create output: " + std::strerror(errno));
  ::close(fd);
  return tmp;
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
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return Status::InvalidArgument(path + ": is a directory");
  auto db_tmp = internal::make_temp(path, ".anki2-");
  if (!db_tmp.ok()) return db_tmp.status();
  internal::TempFile db{*db_tmp};
  auto zip_tmp = internal::make_temp(path, ".tmp-");
  if (!zip_tmp.ok()) return zip_tmp.status();
  internal::TempFile zip{*zip_tmp};
  if (Status s = internal::write_collection(db.path, records, o); !s.ok()) return s;
  if (Status s = internal::write_zip(zip.path, db.path, o.timestamp); !s.ok()) return s;
  ::chmod(zip.path.c_str(), 0644);
  if (std::rename(zip.path.c_str(), path.c_str()) != 0)
    return Status::IoError(path + ": cannot rename output into place: " + std::strerror(errno));
  zip.path.clear();
  return Status::Ok();
}

}  // namespace qbank

