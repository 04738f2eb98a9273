// Tests for the document shapes of bench/real-9: blog posts and generated article pages of interview questions.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "normalize_expect.hpp"
#include "qbank/normalize.hpp"

using qbank::InputFormat;
using qbank_test::run_format;
using qbank_test::texts;

TEST_CASE("text: a list of questions repeated further down names the later entries; only those are read") {
  std::string text = "Questions\n\n"
                     "• What is a closure?\n• What is hoisting?\n• What is a promise?\n\n"
                     "Answers\n\n"
                     "• What is a closure?\nA function that keeps the scope it was made in.\n\n"
                     "• What is hoisting?\n\n"
                     "• What is a promise?\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 3);
  CHECK(texts(*r) == std::vector<std::string>{"What is a closure?", "What is hoisting?", "What is a promise?"});
  CHECK(r->records[0].sources[0].line == 9);
  CHECK(r->records[0].answer == std::optional<std::string>("A function that keeps the scope it was made in."));
  CHECK(r->records[1].sources[0].line == 12);
  CHECK_FALSE(r->records[1].answer);
}

TEST_CASE("text: a two-item list repeated later is not read as contents") {
  std::string text = "• What is a closure?\n• What is hoisting?\n\n"
                     "• What is a closure?\n\n• What is hoisting?\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  CHECK(r->records.size() == 4);
}

TEST_CASE("text: an answer sentence right under a bulleted question answers it where most questions have none") {
  std::string text = "• What is an iframe?\nA box on the page that shows another site inside it.\n\n"
                     "• What is a CDN?\n\n• What is a race condition?\n\n• What is a mutex?\n\n"
                     "• What is a deadlock?\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 5);
  CHECK(r->records[0].answer == std::optional<std::string>("A box on the page that shows another site inside it."));
  CHECK_FALSE(r->records[1].answer);
}
