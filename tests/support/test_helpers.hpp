#pragma once
// Helpers shared by the unit tests: paths to shared data and reading files.

#include <fstream>
#include <sstream>
#include <string>

namespace qbank_test {

// The shared/ folder (seeds, gold, corpus).
inline std::string shared_dir() { return QBANK_SHARED_DIR; }

// The repository root.
inline std::string source_dir() { return QBANK_SOURCE_DIR; }

// Reads a whole file; returns an empty string if it cannot be read.
inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Writes a whole file.
inline void spit(const std::string& path, const std::string& data) {
  std::ofstream out(path, std::ios::binary);
  out << data;
}

}  // namespace qbank_test
