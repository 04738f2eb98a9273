// Tests for qbank/sort.hpp.
#include <catch2/catch.hpp>

#include "qbank/sort.hpp"

namespace {

// Returns a record with the given text, language, topic and first source.
qbank::Question rec(std::string text, std::string lang, std::optional<std::string> topic, std::string file,
                    std::int64_t line) {
  qbank::Question q;
  q.id = "q" + text;
  q.text = std::move(text);
  q.lang = std::move(lang);
  q.topic = std::move(topic);
  q.sources.push_back({std::move(file), line, q.text, "", std::nullopt, {}});
  return q;
}

// Returns the texts of the records in order.
std::vector<std::string> texts(const std::vector<qbank::Question>& records) {
  std::vector<std::string> out;
  for (const auto& q : records) out.push_back(q.text);
  return out;
}

}  // namespace

TEST_CASE("sort_records orders by several fields and keeps ties in input order") {
  std::vector<qbank::Question> records = {rec("b", "ru", "SQL", "x.md", 10), rec("a", "en", std::nullopt, "x.md", 9),
                                          rec("c", "en", "SQL", "x.md", 2), rec("d", "ru", "SQL", "w.md", 1)};
  auto r = records;
  REQUIRE(qbank::sort_records(r, {"lang"}, false).ok());
  CHECK(texts(r) == std::vector<std::string>{"a", "c", "b", "d"});
  r = records;
  REQUIRE(qbank::sort_records(r, {"lang"}, true).ok());
  CHECK(texts(r) == std::vector<std::string>{"b", "d", "a", "c"});
  r = records;
  REQUIRE(qbank::sort_records(r, {"topic", "source"}, false).ok());  // A missing topic first; line 2 < 10.
  CHECK(texts(r) == std::vector<std::string>{"a", "d", "c", "b"});
}

TEST_CASE("sort by words compares numbers, not strings") {
  std::vector<qbank::Question> records = {rec("one two three four five six seven eight nine ten", "en", {}, "a", 1),
                                          rec("one two", "en", {}, "a", 2)};
  REQUIRE(qbank::sort_records(records, {"words"}, false).ok());
  CHECK(records[0].text == "one two");
}

TEST_CASE("an unknown sort field is refused with a suggestion and leaves the records alone") {
  std::vector<qbank::Question> records = {rec("b", "ru", {}, "a", 1), rec("a", "en", {}, "a", 2)};
  auto s = qbank::sort_records(records, {"lang", "tpoic"}, false);
  REQUIRE_FALSE(s.ok());
  CHECK(s.code() == qbank::StatusCode::kInvalidArgument);
  CHECK(s.message().find("did you mean 'topic'?") != std::string::npos);
  CHECK(texts(records) == std::vector<std::string>{"b", "a"});
  CHECK_FALSE(qbank::sort_records(records, {}, false).ok());
}
