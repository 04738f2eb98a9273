#pragma once
// Random samples of a bank: reservoir sampling over a stream of records of any length, in one pass and with
// memory for the sample only. The same seed and the same records in the same order give the same sample on
// every platform (the generator is qbank's own, not the standard library's).
//
//   qbank::Sampler sampler(20, /*seed=*/7);
//   for (auto& q : records) if (auto s = sampler.add(std::move(q)); !s.ok()) return s;
//   auto sample = sampler.take();   // Result<std::vector<qbank::Question>>, in stream order

#include "qbank/api.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "qbank/question.hpp"
#include "qbank/status.hpp"

namespace qbank {

// Keeps a uniform random sample of up to n records from the records offered to it.
class QBANK_EXPORT Sampler {
 public:
  // Samples n records (0: none) with the random sequence that seed starts.
  Sampler(std::size_t n, std::uint64_t seed);
  ~Sampler();
  Sampler(const Sampler&) = delete;
  Sampler& operator=(const Sampler&) = delete;

  // Offers the next record of the stream; every record offered so far is in the sample with equal
  // probability n / seen(). Fails only when memory runs out.
  [[nodiscard]] Status add(Question record);
  // How many records have been offered.
  std::size_t seen() const;
  // Returns the sample in the order the records were offered and starts a new, empty stream; fails only
  // when memory runs out.
  [[nodiscard]] Result<std::vector<Question>> take();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace qbank
