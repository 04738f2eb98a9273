#pragma once
// A phase timer for dedup: prints wall and process CPU seconds per phase on stderr when QBANK_TIMING is set.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <unistd.h>

namespace qbank::internal {

// Measures consecutive phases; silent unless the environment variable QBANK_TIMING is set.
class PhaseTimer {
 public:
  // Starts timing phases of the named scope.
  explicit PhaseTimer(const char* scope) : scope_(scope), on_(std::getenv("QBANK_TIMING") != nullptr) { reset(); }

  // True when timings are printed.
  bool on() const { return on_; }

  // Prints the time since the previous lap (or construction) under the phase name and restarts.
  void lap(const char* phase) {
    if (!on_) return;
    double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_).count();
    std::fprintf(stderr, "qbank: timing %s.%s %.2f s wall %.2f s cpu, %ld MB resident, %ld MB peak\n", scope_, phase,
                 wall, cpu_now() - cpu_, resident_mb(), peak_mb());
    reset();
  }

 private:
  // Process CPU time in seconds (all threads).
  static double cpu_now() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  }
  // Current resident set size in MB (0 when unknown).
  static long resident_mb() {
    long pages = 0, resident = 0;
    if (std::FILE* f = std::fopen("/proc/self/statm", "r")) {
      if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
      std::fclose(f);
    }
    return resident * sysconf(_SC_PAGESIZE) / (1 << 20);
  }
  // Peak resident set size so far in MB (0 when unknown).
  static long peak_mb() {
    long kb = 0;
    if (std::FILE* f = std::fopen("/proc/self/status", "r")) {
      char line[128];
      while (std::fgets(line, sizeof line, f))
        if (std::sscanf(line, "VmHWM: %ld", &kb) == 1) break;
      std::fclose(f);
    }
    return kb / 1024;
  }
  // Restarts both clocks.
  void reset() {
    wall_ = std::chrono::steady_clock::now();
    cpu_ = cpu_now();
  }

  const char* scope_;
  bool on_;
  std::chrono::steady_clock::time_point wall_;
  double cpu_ = 0;
};

}  // namespace qbank::internal
