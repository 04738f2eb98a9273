#pragma once
// Dedup in stages over files in a work directory that every machine sees, so that a scheduler (for example
// `python3 -m qbank.dask dedup`, or a Slurm array) runs each stage as independent tasks and still gets
// exactly the records and clusters of dedup() on the whole input. Every task writes its outputs under a
// temporary name and renames them, so a task lost with its machine simply runs again. The files and the
// order of stages are described in docs/distributed-dedup.md:
//
//   plan -> count (each shard) -> stats -> keys (each shard) -> edges (each partition) -> components
//        -> route (each shard) -> cluster (each component partition) -> merge
//
//   qbank::DedupPlanOptions p;
//   p.inputs = {"a.jsonl", "b.jsonl"};
//   auto plan = qbank::dedup_stage_plan("/shared/work", p);
//   for (unsigned g = 0; g < plan->shards; ++g) qbank::dedup_stage_count("/shared/work", g);  // ... and so on

#include "qbank/api.hpp"

#include <cstddef>
#include <string>
#include <vector>

#include "qbank/status.hpp"

namespace qbank {

// What dedup_stage_plan() splits and how.
struct QBANK_EXPORT DedupPlanOptions {
  std::vector<std::string> inputs;   // JSONL record files to deduplicate (required).
  std::vector<std::string> bank;     // JSONL files of an existing bank whose ids are kept (default none).
  unsigned shards = 0;               // Shards of the inputs, cut at line boundaries (0: one per 64 MB).
  unsigned bank_shards = 0;          // Shards of the bank (0: one per 64 MB).
  unsigned partitions = 0;           // Partitions of keys and of components (0: as many as shards).
  std::size_t max_component = 2000000;  // A component of more records gets a cluster task of its own
                                        // (default 2,000,000).
  bool typos = true;                 // Accept one-letter typos in long words, as DedupOptions::typos (default on).
};

// The shape of a plan: how many tasks each stage has.
struct QBANK_EXPORT DedupPlan {
  unsigned shards = 0;       // Shards in all (bank shards first); count, keys and route run once per shard.
  unsigned bank_shards = 0;  // How many of them hold the bank.
  unsigned partitions = 0;   // Key partitions; edges runs once per partition.
};

// Writes the plan (plan.txt) into workdir, creating it; returns the number of tasks per stage.
[[nodiscard]] QBANK_EXPORT Result<DedupPlan> dedup_stage_plan(const std::string& workdir,
                                                              const DedupPlanOptions& options);

// Reads the plan written into workdir.
[[nodiscard]] QBANK_EXPORT Result<DedupPlan> dedup_stage_read_plan(const std::string& workdir);

// Counts shard's records and, per word stem, the records holding it (count/gSHARD.bin).
[[nodiscard]] QBANK_EXPORT Status dedup_stage_count(const std::string& workdir, unsigned shard);

// Sums the counts of every shard into the bank's word statistics (stats.bin).
[[nodiscard]] QBANK_EXPORT Status dedup_stage_stats(const std::string& workdir);

// Writes the blocking keys of shard's records as (key, record) rows, one file per key partition
// (keys/rPART/gSHARD.bin).
[[nodiscard]] QBANK_EXPORT Status dedup_stage_keys(const std::string& workdir, unsigned shard);

// Joins one key partition's rows of every shard into candidate edges (edges/rPART.bin).
[[nodiscard]] QBANK_EXPORT Status dedup_stage_edges(const std::string& workdir, unsigned partition);

// Finds connected components of all candidate edges (union-find in one task) and assigns each record the
// partition of its component, or none when it is alone (comp/gSHARD.bin); returns how many component
// partitions there are (each component past max_component records has one of its own).
[[nodiscard]] QBANK_EXPORT Result<unsigned> dedup_stage_components(const std::string& workdir);

// Writes shard's records that are alone straight to output (out/gSHARD.part) and the others to their
// component partition (route/cPART/gSHARD.jsonl).
[[nodiscard]] QBANK_EXPORT Status dedup_stage_route(const std::string& workdir, unsigned shard);

// Deduplicates one component partition with the bank's word statistics (out/cPART.part).
[[nodiscard]] QBANK_EXPORT Status dedup_stage_cluster(const std::string& workdir, unsigned partition);

// Merges every output part in dedup()'s order into the records file and, unless clusters is empty, the
// cluster-lines file (both written atomically).
[[nodiscard]] QBANK_EXPORT Status dedup_stage_merge(const std::string& workdir, const std::string& records,
                                                    const std::string& clusters);

}  // namespace qbank
