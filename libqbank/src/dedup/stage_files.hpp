#pragma once
// Files of staged dedup (docs/distributed-dedup.md): the plan, reading one shard of the inputs, and whole
// files written atomically.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "qbank/dedup.hpp"
#include "qbank/dedup_stages.hpp"
#include "qbank/question.hpp"
#include "qbank/status.hpp"

namespace qbank::internal {

// A byte range of one input file: the lines that start in [start, end).
struct ShardPiece {
  std::string path;        // The input file.
  std::uint64_t start = 0; // First byte.
  std::uint64_t end = 0;   // One past the last byte a line may start at.
};

// The plan of a staged dedup, as read from plan.txt.
struct StagePlan {
  DedupPlan shape;                               // Task counts.
  std::vector<std::vector<ShardPiece>> pieces;   // By shard: its byte ranges.
  std::size_t max_component = 0;                 // See DedupPlanOptions::max_component.
  bool typos = true;                             // See DedupPlanOptions::typos.
};

// Reads workdir/plan.txt.
Result<StagePlan> read_plan(const std::string& workdir);

// The dedup options every stage uses (one thread: the scheduler runs tasks side by side).
DedupOptions stage_options(const StagePlan& plan);

// Reads the records of one shard in file order; new (not bank) records without a valid id get one.
Status read_shard(const StagePlan& plan, unsigned shard, std::vector<Question>& out);

// Writes bytes to path atomically (a temporary file renamed into place), creating its directory.
Status write_whole(const std::string& path, std::string_view bytes);

// Reads a whole file; a missing file reads as empty when missing_ok.
Result<std::string> read_whole(const std::string& path, bool missing_ok);

// Appends a 64-bit value in little-endian order.
void put_u64(std::string& out, std::uint64_t v);
// Appends a 32-bit value in little-endian order.
void put_u32(std::string& out, std::uint32_t v);
// Reads a little-endian 64-bit value at p.
std::uint64_t get_u64(const char* p);
// Reads a little-endian 32-bit value at p.
std::uint32_t get_u32(const char* p);

// Returns the path of a file in workdir: dir/prefix + number + suffix ("keys/r3/g7.bin").
std::string stage_path(const std::string& workdir, std::string_view rel);

// Reads the bank's word statistics (stats.bin).
Result<WordStatistics> read_statistics(const std::string& workdir);

}  // namespace qbank::internal
