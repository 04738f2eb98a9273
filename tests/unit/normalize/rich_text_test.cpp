// Tests for rich-text (HTML) field values in CSV/TSV and JSON: found by their markup, read as plain text, and
// plain values that only mention tags left as they are.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "normalize/html/rich_text.hpp"
#include "normalize_expect.hpp"

using qbank::InputFormat;
using qbank_test::run_format;

TEST_CASE("rich text: markup evidence tells editor markup, entities and page code apart") {
  using qbank::internal::markup_in;
  CHECK(markup_in("What is <b>CSS</b>?").rich_tag);
  CHECK(markup_in("line one<br>line two").rich_tag);
  CHECK(markup_in("Tom &amp; Jerry").entity);
  CHECK(markup_in("it&#39;s").entity);
  CHECK_FALSE(markup_in("a & b; c").entity);
  CHECK_FALSE(markup_in("What does <b> do?").rich_tag);  // an opening tag alone is mentioned, not markup
  CHECK(markup_in("<form action=\"/x\"></form>").other_tag);
  CHECK_FALSE(markup_in("if a < b and c > d").rich_tag);
}

TEST_CASE("rich text: a CSV whose cells hold editor markup is read as plain text") {
  auto r = run_format(
      "front,back\n"
      "\"What is <b>CSS</b>?\",\"<div>Cascading Style Sheets</div><ul><li>styles pages</li></ul>\"\n"
      "\"What is <i>HTML</i>?\",\"HyperText&nbsp;Markup Language\"\n",
      InputFormat::kCsv);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[0].text == "What is CSS?");
  CHECK(r->records[0].answer == std::optional<std::string>("Cascading Style Sheets\n- styles pages"));
  CHECK(r->records[1].text == "What is HTML?");
}

TEST_CASE("rich text: a CSV that only mentions tags or holds page code keeps them") {
  auto one = run_format("question,answer\n\"What does <br> do?\",\"Breaks a line.\"\n", InputFormat::kCsv);
  REQUIRE(one.ok());
  REQUIRE(one->records.size() == 1);
  CHECK(one->records[0].text == "What does <br> do?");
  auto code = run_format(
      "question,answer\n"
      "\"How do you post a form?\",\"<form method=post><b>Name</b><input name=n></form>\"\n"
      "\"How do you bold text?\",\"Use <b>bold</b> or <strong>strong</strong>.\"\n",
      InputFormat::kCsv);
  REQUIRE(code.ok());
  REQUIRE(code->records.size() == 2);
  CHECK(code->records[1].answer == std::optional<std::string>("Use <b>bold</b> or <strong>strong</strong>."));
}

TEST_CASE("rich text: JSON records whose strings hold HTML are read as plain text") {
  auto r = run_format(
      "[{\"title\": \"How do I undo a commit?\", \"body\": \"<p>I committed the wrong files.</p>\"},"
      " {\"title\": \"What is a rebase?\", \"body\": \"<p>Replaying commits &amp; more.</p>\"}]",
      InputFormat::kJson);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[0].answer == std::optional<std::string>("I committed the wrong files."));
  CHECK(r->records[1].answer == std::optional<std::string>("Replaying commits & more."));
}
