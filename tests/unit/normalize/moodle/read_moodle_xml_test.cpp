// Tests for the Moodle XML reader: question types, categories as topics, right answers by fraction, HTML texts
// with <pre> code, descriptions set aside, and errors for malformed XML and for XML that is no quiz.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "normalize_expect.hpp"

using qbank::InputFormat;
using qbank_test::reason_of;
using qbank_test::run_format;

namespace {

const char* const kQuiz = R"(<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/top/Networks//Protocols</text></category></question>
  <question type="multichoice">
    <name><text>Transport</text></name>
    <questiontext format="html">
      <text><![CDATA[<p>Which protocol is <b>connectionless</b>?</p>]]></text>
    </questiontext>
    <answer fraction="100" format="html"><text><![CDATA[<p>UDP</p>]]></text></answer>
    <answer fraction="0" format="html"><text>TCP</text></answer>
    <tags><tag><text>osi</text></tag></tags>
  </question>
  <question type="description">
    <questiontext format="html"><text>The next questions are about ports.</text></questiontext>
  </question>
  <question type="shortanswer">
    <questiontext format="plain_text"><text>What is the default HTTP port?</text></questiontext>
    <answer fraction="100"><text>80</text></answer>
    <answer fraction="0"><text>8080</text></answer>
  </question>
  <question type="essay">
    <questiontext format="html"><text><![CDATA[What does this print?<pre><code>for i in range(2):<br>    print(i)</code></pre>]]></text></questiontext>
    <generalfeedback format="html"><text><![CDATA[0 and 1, one per line.]]></text></generalfeedback>
  </question>
</quiz>
)";

}  // namespace

TEST_CASE("moodle xml: question types, topics from categories, right answers, code and tags") {
  auto r = run_format(kQuiz, InputFormat::kMoodleXml);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 3);
  const auto& mc = r->records[0];
  CHECK(mc.text == "Which protocol is connectionless?");
  CHECK(mc.topic == std::optional<std::string>("Networks/Protocols"));
  CHECK(mc.choices == std::vector<std::string>{"UDP", "TCP"});
  CHECK(mc.answer == std::optional<std::string>("UDP"));
  CHECK(mc.tags == std::vector<std::string>{"osi"});
  CHECK(mc.sources.at(0).line == 7);
  const auto& sa = r->records[1];
  CHECK(sa.text == "What is the default HTTP port?");
  CHECK(sa.answer == std::optional<std::string>("80"));
  CHECK(sa.choices.empty());
  const auto& essay = r->records[2];
  CHECK(essay.text == "What does this print?");
  CHECK(essay.code == std::optional<std::string>("for i in range(2):\n    print(i)"));
  CHECK(essay.answer == std::optional<std::string>("0 and 1, one per line."));
  CHECK(reason_of(*r, 14) == "description");
  CHECK(reason_of(*r, 3) == "category");
}

TEST_CASE("moodle xml: malformed XML is an error naming the file and line; XML that is no quiz is read as data") {
  auto bad = run_format("<quiz>\n  <question type=\"essay\">\n</quiz>\n", InputFormat::kMoodleXml);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find(":3: invalid XML") != std::string::npos);
  auto other = run_format("<?xml version=\"1.0\"?>\n<rss><channel/></rss>\n", InputFormat::kMoodleXml);
  REQUIRE(other.ok());
  CHECK(other->records.empty());
  CHECK(reason_of(*other, 2) == "metadata");
}

TEST_CASE("moodle xml: a .xml file or an XML head with <quiz> is read as Moodle XML") {
  CHECK(qbank::detect_input_format("bank.xml", "<quiz>") == InputFormat::kMoodleXml);
  CHECK(qbank::detect_input_format("-", "<?xml version=\"1.0\"?>\n<quiz>\n") == InputFormat::kMoodleXml);
  CHECK(qbank::detect_input_format("-", "<?xml version=\"1.0\"?>\n<html><body/></html>") == InputFormat::kHtml);
}
