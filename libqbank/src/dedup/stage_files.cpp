// Files of staged dedup: the plan, reading one shard of the inputs, atomic whole-file writes, little-endian rows.
#include "dedup/stage_files.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <sstream>
#include <system_error>

#include "qbank/io.hpp"

namespace qbank::internal {
namespace {

// Returns the 1-based line of byte offset `at` in a file (counting line breaks before it).
std::int64_t line_at(const std::string& path, std::uint64_t at) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return 0;
  std::int64_t line = 1;
  char buf[1 << 16];
  std::uint64_t pos = 0;
  while (pos < at) {
    std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(sizeof buf, at - pos));
    std::size_t n = std::fread(buf, 1, want, f);
    if (n == 0) break;
    for (std::size_t i = 0; i < n; ++i) line += buf[i] == '\n';
    pos += n;
  }
  std::fclose(f);
  return line;
}

// Reads the records of one byte range of a file into out.
Status read_piece(const ShardPiece& piece, bool fill_ids, std::vector<Question>& out) {
  std::FILE* f = std::fopen(piece.path.c_str(), "rb");
  if (!f) return Status::NotFound(piece.path + ": " + std::strerror(errno));
  std::uint64_t pos = piece.start;
  char* buf = nullptr;
  std::size_t cap = 0;
  Status status;
  auto fail = [&](Status s) { status = std::move(s); };
  if (pos > 0) {  // Start at the first line that begins in the range.
    if (fseeko(f, static_cast<off_t>(pos - 1), SEEK_SET) != 0) fail(Status::IoError(piece.path + ": seek failed"));
    else if (int c = std::fgetc(f); c != '\n' && c != EOF) {
      ssize_t n = ::getline(&buf, &cap, f);
      pos += n > 0 ? static_cast<std::uint64_t>(n) : 0;
    }
  }
  ForeignLines foreign(piece.path);
  while (status.ok() && pos < piece.end) {
    ssize_t n = ::getline(&buf, &cap, f);
    if (n < 0) {
      if (std::ferror(f)) fail(Status::IoError(piece.path + ": read failed"));
      break;
    }
    std::uint64_t line_start = pos;
    pos += static_cast<std::uint64_t>(n);
    std::string_view text(buf, static_cast<std::size_t>(n));
    if (line_start == 0 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
    if (text.find_first_not_of(" \t") == std::string_view::npos) continue;
    RecordItem item = parse_record(text, piece.path, 0);
    std::string message;
    if (foreign.take(item, message)) {
      fail(Status::DataError(piece.path + ":" + std::to_string(line_at(piece.path, line_start)) + ": " +
                             (message.empty() ? std::string("not a qbank record") : message)));
      break;
    }
    if (!item.usable()) {
      for (auto& d : item.problems)
        if (d.severity == Severity::kError) {
          d.line = line_at(piece.path, line_start);
          fail(Status::DataError(d.to_string()));
          break;
        }
      if (status.ok()) fail(Status::DataError(piece.path + ":" + std::to_string(line_at(piece.path, line_start)) +
                                              ": unusable record"));
      break;
    }
    if (fill_ids && !is_valid_id(item.record.id)) item.record.id = compute_id(item.record);
    out.push_back(std::move(item.record));
  }
  std::free(buf);
  std::fclose(f);
  return status;
}

// Splits whitespace-separated fields of a plan line; the last field takes the rest of the line (a path).
std::vector<std::string> fields(const std::string& line, std::size_t count) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (out.size() + 1 < count && pos < line.size()) {
    std::size_t sp = line.find(' ', pos);
    if (sp == std::string::npos) break;
    out.push_back(line.substr(pos, sp - pos));
    pos = sp + 1;
  }
  out.push_back(line.substr(pos));
  return out;
}

}  // namespace

void put_u64(std::string& out, std::uint64_t v) {
  char b[8];
  for (int i = 0; i < 8; ++i) b[i] = static_cast<char>(v >> (8 * i));
  out.append(b, 8);
}

void put_u32(std::string& out, std::uint32_t v) {
  char b[4];
  for (int i = 0; i < 4; ++i) b[i] = static_cast<char>(v >> (8 * i));
  out.append(b, 4);
}

std::uint64_t get_u64(const char* p) {
  std::uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = v << 8 | static_cast<unsigned char>(p[i]);
  return v;
}

std::uint32_t get_u32(const char* p) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = v << 8 | static_cast<unsigned char>(p[i]);
  return v;
}

std::string stage_path(const std::string& workdir, std::string_view rel) {
  return workdir + "/" + std::string(rel);
}

Status write_whole(const std::string& path, std::string_view bytes) {
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
  if (ec) return Status::IoError(path + ": cannot create its directory: " + ec.message());
  auto out = OutputFile::open(path);
  if (!out.ok()) return out.status();
  if (Status s = (*out)->write(bytes); !s.ok()) return s;
  return (*out)->commit();
}

Result<std::string> read_whole(const std::string& path, bool missing_ok) {
  std::error_code ec;
  if (missing_ok && !std::filesystem::exists(path, ec)) return std::string();
  return read_file(path);
}

Result<StagePlan> read_plan(const std::string& workdir) {
  auto text = read_whole(stage_path(workdir, "plan.txt"), false);
  if (!text.ok()) return text.status();
  StagePlan plan;
  std::istringstream in(*text);
  std::string line;
  if (!std::getline(in, line) || line != "qbank-dedup-plan 1")
    return Status::DataError(workdir + "/plan.txt: not a qbank dedup plan");
  while (std::getline(in, line)) {
    auto f = fields(line, 2);
    if (f.size() < 2) continue;
    const std::string& name = f[0];
    if (name == "piece") {
      auto p = fields(line, 5);
      if (p.size() != 5) return Status::DataError(workdir + "/plan.txt: bad piece line: " + line);
      unsigned g = static_cast<unsigned>(std::stoul(p[1]));
      if (g >= plan.pieces.size()) return Status::DataError(workdir + "/plan.txt: piece of an unknown shard");
      plan.pieces[g].push_back({p[4], std::stoull(p[2]), std::stoull(p[3])});
    } else if (name == "shards") {
      plan.shape.shards = static_cast<unsigned>(std::stoul(f[1]));
      plan.pieces.assign(plan.shape.shards, {});
    } else if (name == "bank_shards") {
      plan.shape.bank_shards = static_cast<unsigned>(std::stoul(f[1]));
    } else if (name == "partitions") {
      plan.shape.partitions = static_cast<unsigned>(std::stoul(f[1]));
    } else if (name == "max_component") {
      plan.max_component = std::stoull(f[1]);
    } else if (name == "typos") {
      plan.typos = f[1] == "1";
    }
  }
  if (plan.shape.partitions == 0 || plan.shape.shards == 0)
    return Status::DataError(workdir + "/plan.txt: no shards or partitions");
  return plan;
}

DedupOptions stage_options(const StagePlan& plan) {
  DedupOptions opt;
  opt.threads = 1;
  opt.typos = plan.typos;
  return opt;
}

Status read_shard(const StagePlan& plan, unsigned shard, std::vector<Question>& out) {
  if (shard >= plan.pieces.size()) return Status::InvalidArgument("no shard " + std::to_string(shard) + " in the plan");
  for (const auto& piece : plan.pieces[shard])
    if (Status s = read_piece(piece, shard >= plan.shape.bank_shards, out); !s.ok()) return s;
  return Status::Ok();
}

Result<WordStatistics> read_statistics(const std::string& workdir) {
  std::string path = stage_path(workdir, "stats.bin");
  auto data = read_whole(path, false);
  if (!data.ok()) return data.status();
  const std::string& d = *data;
  if (d.size() < 20 || d.compare(0, 8, "QBKSTAT1") != 0) return Status::DataError(path + ": not a statistics file");
  WordStatistics st;
  st.records = get_u64(d.data() + 8);
  std::uint32_t n = get_u32(d.data() + 16);
  std::size_t pos = 20;
  st.common_stems.reserve(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    if (pos + 4 > d.size()) return Status::DataError(path + ": truncated");
    std::uint32_t len = get_u32(d.data() + pos);
    pos += 4;
    if (pos + len > d.size()) return Status::DataError(path + ": truncated");
    st.common_stems.emplace_back(d.substr(pos, len));
    pos += len;
  }
  return st;
}

}  // namespace qbank::internal
