// Tests of qbank/sample.hpp: reservoir sampling keeps n records in stream order, reproducibly for a seed, and
// picks every position with equal probability.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "qbank/sample.hpp"

using namespace qbank;

namespace {

// Samples n of the records "0".."count-1" with seed and returns their texts.
std::vector<std::string> sample_of(std::size_t count, std::size_t n, std::uint64_t seed) {
  Sampler s(n, seed);
  for (std::size_t i = 0; i < count; ++i) {
    Question q;
    q.text = std::to_string(i);
    REQUIRE(s.add(std::move(q)).ok());
  }
  REQUIRE(s.seen() == count);
  auto taken = s.take();
  REQUIRE(taken.ok());
  std::vector<std::string> texts;
  for (const auto& q : *taken) texts.push_back(q.text);
  return texts;
}

}  // namespace

TEST_CASE("a sample has n records in stream order, or every record when there are fewer") {
  auto a = sample_of(1000, 10, 42);
  REQUIRE(a.size() == 10);
  for (std::size_t i = 1; i < a.size(); ++i) CHECK(std::stoi(a[i - 1]) < std::stoi(a[i]));
  CHECK(sample_of(5, 10, 42) == std::vector<std::string>{"0", "1", "2", "3", "4"});
  CHECK(sample_of(5, 0, 42).empty());
  CHECK(sample_of(0, 3, 42).empty());
}

TEST_CASE("the same seed gives the same sample; other seeds give others") {
  auto a = sample_of(1000, 10, 7);
  CHECK(sample_of(1000, 10, 7) == a);
  int same = 0;
  for (std::uint64_t seed = 8; seed < 18; ++seed) same += sample_of(1000, 10, seed) == a;
  CHECK(same == 0);
}

TEST_CASE("take starts a new stream") {
  Sampler s(2, 1);
  for (int i = 0; i < 5; ++i) REQUIRE(s.add(Question{}).ok());
  REQUIRE(s.take().ok());
  CHECK(s.seen() == 0);
  REQUIRE(s.add(Question{}).ok());
  auto again = s.take();
  REQUIRE(again.ok());
  CHECK(again->size() == 1);
}

TEST_CASE("every position is picked with equal probability") {
  // 4000 samples of 2 out of 20: each position expects 400 picks (binomial, sd about 19).
  std::vector<int> picks(20, 0);
  for (std::uint64_t seed = 0; seed < 4000; ++seed)
    for (const auto& t : sample_of(20, 2, seed)) ++picks[static_cast<std::size_t>(std::stoi(t))];
  for (int p : picks) {
    CHECK(p > 320);
    CHECK(p < 480);
  }
}
