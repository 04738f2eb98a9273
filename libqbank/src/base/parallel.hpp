#pragma once
// A minimal fork-join helper for the library's data-parallel loops (dedup, the JSONL loader).

#include <cstddef>
#include <exception>
#include <functional>
#include <thread>

namespace qbank::internal {

// Returns the worker count to use: `threads`, or all cores when it is 0 (at least 1).
unsigned worker_count(unsigned threads);

// Runs fn(i) for i in [0, n) on up to `threads` threads (0 = all cores) in contiguous chunks; work for
// fewer than `grain` items per thread stays on the calling thread, and so does everything when no thread
// can start. An exception thrown by fn on any thread is rethrown on the calling thread once all have joined.
void parallel_for(std::size_t n, unsigned threads, const std::function<void(std::size_t)>& fn,
                  std::size_t grain = 1024);

// Starts fn on a new thread, or returns an empty (not joinable) thread when none can start; the caller then
// does the work itself.
std::thread try_spawn(std::function<void()> fn);

// Runs fn(lo, hi) over up to `threads` contiguous ranges that cover [0, n), like parallel_for.
void parallel_ranges(std::size_t n, unsigned threads, const std::function<void(std::size_t, std::size_t)>& fn,
                     std::size_t grain = 1024);

// Runs one function on a thread of its own; join() waits and rethrows what it threw. When no thread can
// start, start() returns false and the caller does the work itself. The destructor waits for the thread.
class BackgroundTask {
 public:
  BackgroundTask() = default;
  BackgroundTask(const BackgroundTask&) = delete;
  BackgroundTask& operator=(const BackgroundTask&) = delete;
  // Waits for the thread, dropping any exception (join() is the way to see it).
  ~BackgroundTask();
  // Starts fn on a new thread; false when no thread could start.
  bool start(std::function<void()> fn);
  // True while a started thread has not been joined.
  bool running() const { return thread_.joinable(); }
  // Waits for the thread and rethrows the exception it threw, if any.
  void join();

 private:
  std::thread thread_;
  std::function<void()> fn_;
  std::exception_ptr failure_;
};

}  // namespace qbank::internal
