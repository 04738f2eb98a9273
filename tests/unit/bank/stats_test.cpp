// Tests for qbank/stats.hpp.
#include <catch2/catch.hpp>

#include "qbank/stats.hpp"

TEST_CASE("stats count languages, topics, files and presence of answers and code") {
  qbank::Stats s;
  qbank::Question a;
  a.text = "a";
  a.lang = "en";
  a.topic = "Python";
  a.answer = "yes";
  a.sources = {{"x.txt", 1, "a", "", std::nullopt, {}}, {"y.txt", 2, "a", "", std::nullopt, {}}};
  qbank::Question b;
  b.text = "b";
  b.lang = "ru";
  b.code = "print(1)";
  b.tags = {"python"};
  b.sources = {{"x.txt", 5, "b", "", std::nullopt, {}}};
  s.add(a);
  s.add(b);
  CHECK(s.records == 2);
  CHECK(s.sources == 3);
  CHECK(s.merged == 1);
  CHECK(s.with_answer == 1);
  CHECK(s.with_code == 1);
  CHECK(s.by_lang.at("ru") == 1);
  CHECK(s.by_topic.at("(none)") == 1);
  CHECK(s.by_file.at("x.txt") == 2);
  CHECK(s.to_json().find("\"by_file\":{\"x.txt\":2,\"y.txt\":1}") != std::string::npos);
  CHECK(s.to_text().find("with answer:   1") != std::string::npos);
}
