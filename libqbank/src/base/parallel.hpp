#pragma once
// A minimal fork-join helper for the library's data-parallel loops (dedup, the JSONL loader).

#include <cstddef>
#include <functional>
#include <thread>

namespace qbank::internal {

// Returns the worker count to use: `threads`, or all cores when it is 0 (at least 1).
unsigned worker_count(unsigned threads);

// Runs fn(i) for i in [0, n) on up to `threads` threads (0 = all cores) in contiguous chunks; work for
// fewer than `grain` items per thread stays on the calling thread, and so does everything when no thread
// can start.
void parallel_for(std::size_t n, unsigned threads, const std::function<void(std::size_t)>& fn,
                  std::size_t grain = 1024);

// Starts fn on a new thread, or returns an empty (not joinable) thread when none can start; the caller then
// does the work itself.
std::thread try_spawn(std::function<void()> fn);

// Runs fn(lo, hi) over up to `threads` contiguous ranges that cover [0, n), like parallel_for.
void parallel_ranges(std::size_t n, unsigned threads, const std::function<void(std::size_t, std::size_t)>& fn,
                     std::size_t grain = 1024);

}  // namespace qbank::internal
