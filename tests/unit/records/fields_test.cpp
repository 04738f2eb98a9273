// Tests for qbank/fields.hpp.
#include <catch2/catch.hpp>

#include "qbank/fields.hpp"
#include "qbank/record_json.hpp"

namespace {

// Returns a record with notes, an unknown field and a source with a format.
qbank::Question sample() {
  qbank::Question q;
  q.id = "q1f0c3a9e2b7d4c51";
  q.text = "What is the \"GIL\"?";
  q.lang = "en";
  q.tags = {"python"};
  q.answer = "A mutex.";
  q.sources.push_back({"raw/a.md", 3, "* What is the \"GIL\"?", "markdown", std::nullopt, {}});
  q.notes = {"merged"};
  q.extra = {{"score", "7"}};
  return q;
}

}  // namespace

TEST_CASE("selecting every written field in record order gives the record's own JSON") {
  qbank::Question q = sample();
  std::string line;
  qbank::append_json_fields(line, q, {"id", "text", "lang", "topic", "tags", "answer", "code", "sources", "notes",
                                      "score"});
  CHECK(line == qbank::to_json(q));
}

TEST_CASE("selected fields come in the order named, once, with null for what a record lacks") {
  std::string line;
  qbank::append_json_fields(line, sample(), {"lang", "id", "lang", "topic", "choices", "missing"});
  CHECK(line == R"({"lang":"en","id":"q1f0c3a9e2b7d4c51","topic":null,"choices":[],"missing":null})");
  line.clear();
  qbank::append_json_fields(line, sample(), {});
  CHECK(line == "{}");
}

TEST_CASE("field_warnings names fields the schema does not define") {
  CHECK(qbank::field_warnings({"id", "sources", "notes"}).empty());
  auto w = qbank::field_warnings({"txt", "score"});
  REQUIRE(w.size() == 2);
  CHECK(w[0] == "--select txt is not a record field; did you mean 'text'? (it is null unless a record carries it)");
  CHECK(w[1] == "--select score is not a record field (it is null unless a record carries it)");
}
