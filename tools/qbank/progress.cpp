// The progress line on stderr: a thread that redraws "qbank VERB: working, N s" each second after two.
#include "progress.hpp"

#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <iostream>
#include <mutex>
#include <thread>

namespace qbank::cli {
namespace {

// Seconds a run goes before the progress line appears.
constexpr int kQuietSeconds = 2;

// The state shared by the drawing thread and the writers of stderr.
struct ProgressState {
  std::mutex mutex;            // Guards every field and every write to stderr.
  std::condition_variable cv;  // Wakes the thread when the run ends.
  std::thread thread;          // Draws the line; not joinable when no progress runs.
  bool done = false;           // Set when the run ends.
  bool shown = false;          // True while the line is on the terminal.
};

// Returns the process's progress state.
ProgressState& state() {
  static ProgressState s;
  return s;
}

// Clears the progress line if it is shown (the caller holds the mutex).
void clear_locked(ProgressState& s) {
  if (!s.shown) return;
  std::cerr << "\r\033[K" << std::flush;
  s.shown = false;
}

}  // namespace

void progress_start(const std::string& verb, bool quiet) {
  if (quiet || ::isatty(STDERR_FILENO) != 1) return;
  ProgressState& s = state();
  s.thread = std::thread([verb, &s] {
    const auto start = std::chrono::steady_clock::now();
    std::unique_lock<std::mutex> lock(s.mutex);
    for (int seconds = kQuietSeconds;; ++seconds) {
      if (s.cv.wait_until(lock, start + std::chrono::seconds(seconds), [&s] { return s.done; })) return;
      std::cerr << "\r\033[Kqbank " << verb << ": working, " << seconds << " s" << std::flush;
      s.shown = true;
    }
  });
}

void progress_stop() {
  ProgressState& s = state();
  if (!s.thread.joinable()) return;
  {
    std::lock_guard<std::mutex> lock(s.mutex);
    s.done = true;
    clear_locked(s);
  }
  s.cv.notify_all();
  s.thread.join();
}

void write_stderr(const std::string& text) {
  ProgressState& s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  clear_locked(s);
  std::cerr << text << std::flush;
}

}  // namespace qbank::cli
