// Scores of candidate languages for the fast language detector: a small array kept sorted by code, as the
// reference detector's std::map, without allocation.
#pragma once

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <limits>
#include <string_view>

namespace qbank::internal {

// A language code with its first four bytes as a big-endian number, so that most comparisons are one compare.
struct Code {
  std::string_view text;
  std::uint32_t key = 0;

  Code() = default;
  Code(std::string_view t) : text(t) {  // NOLINT: implicit from a code's text.
    for (std::size_t i = 0; i < 4; ++i) key = key << 8 | (i < t.size() ? static_cast<unsigned char>(t[i]) : 0u);
  }
  bool operator<(const Code& o) const { return key != o.key ? key < o.key : text < o.text; }
  bool operator==(const Code& o) const { return key == o.key && text == o.text; }
};

// The most candidate languages a script can have.
inline constexpr std::size_t kMaxCandidates = 40;

// Scores of the candidate languages, kept sorted by code like the reference's std::map (no allocation).
struct Scores {
  struct Entry {
    Code first;
    double second;
  };
  union {
    Entry v[kMaxCandidates];  // Only the first n entries are meaningful (not initialised).
  };
  std::size_t n = 0;

  Scores() {}
  Scores(const Scores& o) : n(o.n) { std::copy(o.v, o.v + o.n, v); }
  Scores& operator=(const Scores&) = delete;

  double& at(const Code& code) {
    std::size_t i = 0;
    while (i < n && v[i].first < code) ++i;
    if (i < n && v[i].first == code) return v[i].second;
    if (n == std::size(v)) return v[n - 1].second;  // Never reached: fewer languages than slots.
    for (std::size_t k = n; k > i; --k) v[k] = v[k - 1];
    v[i] = {code, 0.0};
    ++n;
    return v[i].second;
  }
  bool has(const Code& code) const {
    for (std::size_t i = 0; i < n; ++i)
      if (v[i].first == code) return true;
    return false;
  }
};

// The reference's top_two over n scores in code order: the index of the first strictly best (n when there is
// none), its score and the best other score.
inline std::size_t best_index(const double* scores, std::size_t n, double& first, double& other) {
  std::size_t best = n;
  first = 0;
  other = -std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i < n; ++i) {
    if (best == n || scores[i] > first) {
      if (best != n) other = std::max(other, first);
      first = scores[i];
      best = i;
    } else {
      other = std::max(other, scores[i]);
    }
  }
  return best;
}

// best_index over a Scores list.
inline std::size_t best_of(const Scores& s, double& first, double& other) {
  double v[kMaxCandidates];
  for (std::size_t i = 0; i < s.n; ++i) v[i] = s.v[i].second;
  return best_index(v, s.n, first, other);
}

}  // namespace qbank::internal
