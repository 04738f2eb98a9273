// Fork-join loops over index ranges on std::thread.
#include "base/parallel.hpp"

#include <algorithm>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <utility>
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
  std::exception_ptr failure;  // The first exception a worker threw, rethrown here after all have joined.
  std::mutex failure_mutex;
  auto guarded = [&](std::size_t lo, std::size_t hi) {
    try {
      fn(lo, hi);
    } catch (...) {
      std::lock_guard<std::mutex> lock(failure_mutex);
      if (!failure) failure = std::current_exception();
    }
  };
  try {
    pool.reserve(threads);
    for (unsigned t = 1; t < threads; ++t) {
      std::size_t lo = t * chunk, hi = std::min(n, lo + chunk);
      if (lo >= hi) break;
      pool.emplace_back([lo, hi, &guarded] { guarded(lo, hi); });
      started_until = hi;
    }
  } catch (const std::exception&) {
    // Fewer threads than asked: the calling thread does the rest below.
  }
  guarded(0, std::min(n, chunk));
  for (auto& th : pool) th.join();
  if (failure) std::rethrow_exception(failure);
  if (started_until < n) fn(started_until, n);
}

void parallel_for(std::size_t n, unsigned threads, const std::function<void(std::size_t)>& fn, std::size_t grain) {
  parallel_ranges(n, threads, [&fn](std::size_t lo, std::size_t hi) {
    for (std::size_t i = lo; i < hi; ++i) fn(i);
  }, grain);
}

BackgroundTask::~BackgroundTask() {
  if (thread_.joinable()) thread_.join();
}

bool BackgroundTask::start(std::function<void()> fn) {
  fn_ = std::move(fn);
  failure_ = nullptr;
  try {
    thread_ = std::thread([this] {
      try {
        fn_();
      } catch (...) {
        failure_ = std::current_exception();
      }
    });
  } catch (const std::exception&) {
    return false;
  }
  return true;
}

void BackgroundTask::join() {
  if (thread_.joinable()) thread_.join();
  if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
}

}  // namespace qbank::internal
