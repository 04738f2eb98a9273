// Tests for qbank/suggest.hpp.
#include <catch2/catch.hpp>

#include "qbank/suggest.hpp"

TEST_CASE("closest_name suggests the nearest known name within a third of the word") {
  const std::vector<std::string> verbs = {"normalize", "dedup", "filter", "merge", "export"};
  CHECK(qbank::closest_name("normalise", verbs) == "normalize");
  CHECK(qbank::closest_name("fitler", verbs) == "filter");
  CHECK(qbank::closest_name("dedpu", verbs) == "dedup");
  CHECK(qbank::closest_name("EXPORT", verbs) == "export");
  CHECK(qbank::closest_name("head", verbs).empty());
  CHECK(qbank::closest_name("", verbs).empty());
  CHECK(qbank::closest_name("merge", {}).empty());
}

TEST_CASE("closest_name prefers the fewest edits, then the earlier candidate") {
  CHECK(qbank::closest_name("RU", {"en", "ru", "uk"}) == "ru");
  CHECK(qbank::closest_name("ab", {"ac", "ad"}) == "ac");
}
