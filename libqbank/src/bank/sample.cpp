// Sampler: reservoir sampling (Algorithm R) driven by SplitMix64, so a seed gives the same sample everywhere.
#include <algorithm>
#include <new>
#include <utility>

#include "qbank/sample.hpp"

namespace qbank {

struct [[gnu::visibility("hidden")]] Sampler::Impl {
  // One kept record with its position in the stream.
  struct Kept {
    std::size_t index;  // 0-based position in the stream.
    Question record;    // The record.
  };

  std::size_t n;           // Sample size.
  std::uint64_t state;     // SplitMix64 state.
  std::size_t seen = 0;    // Records offered so far.
  std::vector<Kept> kept;  // The reservoir (up to n records).

  // Returns the next 64 random bits (SplitMix64).
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

  // Returns a uniform integer in [0, bound) without modulo bias (bound > 0).
  std::uint64_t below(std::uint64_t bound) {
    const std::uint64_t limit = -bound % bound;  // 2^64 mod bound: values under it would bias the result.
    for (;;) {
      std::uint64_t r = next();
      if (r >= limit) return r % bound;
    }
  }
};

Sampler::Sampler(std::size_t n, std::uint64_t seed) : impl_(new Impl{n, seed, 0, {}}) {}

Sampler::~Sampler() = default;

Status Sampler::add(Question record) {
  Impl& m = *impl_;
  try {
    const std::size_t i = m.seen++;
    if (m.n == 0) return Status::Ok();
    if (i < m.n) {
      m.kept.push_back({i, std::move(record)});
      return Status::Ok();
    }
    const std::uint64_t j = m.below(static_cast<std::uint64_t>(i) + 1);
    if (j < m.n) m.kept[j] = {i, std::move(record)};
    return Status::Ok();
  } catch (const std::bad_alloc&) {
    return Status::Internal("sample: out of memory");
  }
}

std::size_t Sampler::seen() const { return impl_->seen; }

Result<std::vector<Question>> Sampler::take() {
  Impl& m = *impl_;
  std::sort(m.kept.begin(), m.kept.end(), [](const Impl::Kept& a, const Impl::Kept& b) { return a.index < b.index; });
  std::vector<Question> out;
  try {
    out.reserve(m.kept.size());
  } catch (const std::bad_alloc&) {
    return Status::Internal("sample: out of memory");
  }
  for (auto& k : m.kept) out.push_back(std::move(k.record));
  m.kept.clear();
  m.seen = 0;
  return out;
}

}  // namespace qbank
