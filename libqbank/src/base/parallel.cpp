// Fork-join loops over index ranges on std::thread.
#include "base/parallel.hpp"

#include <algorithm>
#include <system_error>
#include <thread>
#include <vector>

namespace qbank::internal {

unsigned worker_count(unsigned threads) {
  return threads != 0 ? threads : std::max(1u, std::thread::hardware_concurrency());
}

std::thread try_spawn(std::function<void()> fn) {
  try {
    return std::thread(std::move(fn));
  } catch (const std::system_error&) {
    return {};
  }
}

void parallel_ranges(std::size_t n, unsigned threads, const std::function<void(std::size_t, std::size_t)>& fn,
                     std::size_t grain) {
  if (n == 0) return;
  threads = worker_count(threads);
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(1, n / std::max<std::size_t>(1, grain) + 1)));
  std::size_t chunk = (n + threads - 1) / threads;
  std::vector<std::thread> pool;
  std::size_t started_until = std::min(n, chunk);
  for (unsigned t = 1; t < threads; ++t) {
    std::size_t lo = t * chunk, hi = std::min(n, lo + chunk);
    if (lo >= hi) break;
    std::thread th = try_spawn([lo, hi, &fn] { fn(lo, hi); });
    if (!th.joinable()) break;  // Fewer threads than asked: the calling thread does the rest below.
    pool.push_back(std::move(th));
    started_until = hi;
  }
  fn(0, std::min(n, chunk));
  for (auto& th : pool) th.join();
  if (started_until < n) fn(started_until, n);
}

void parallel_for(std::size_t n, unsigned threads, const std::function<void(std::size_t)>& fn, std::size_t grain) {
  parallel_ranges(n, threads, [&fn](std::size_t lo, std::size_t hi) {
    for (std::size_t i = lo; i < hi; ++i) fn(i);
  }, grain);
}

}  // namespace qbank::internal
