// Tests for the JSON / JSONL and Moodle GIFT readers of normalize.
#include <catch2/catch.hpp>

#include "normalize_expect.hpp"
#include "test_helpers.hpp"

using qbank::InputFormat;
using qbank_test::check_records;
using qbank_test::Expect;
using qbank_test::rejected_with;
using qbank_test::reason_of;
using qbank_test::run_format;

TEST_CASE("json: an array of objects, fields by name, lines where each object starts") {
  std::string json = R"([
  {"question": "What is a \"closure\"?", "answer": "A function, with scope.", "tags": ["js", "scope"],
   "category": "JS"},
  {"Frage": "Was ist\nHoisting?", "Antwort": "Anheben", "tags": "js, basics"},
  {"id": 3, "answer": "orphan"},
  {"text": "Pick one", "choices": [{"text": "A", "correct": false}, {"text": "B", "correct": true}]},
  {"q": "Code?", "code": ["line1", "line2"], "lang": "en"}, "Plain string question?"
])";
  auto r = run_format(json, InputFormat::kJson);
  REQUIRE(r.ok());
  check_records(*r, {
      {2, "What is a \"closure\"?", "JS", "A function, with scope."},
      {4, "Was ist Hoisting?", std::nullopt, "Anheben"},
      {6, "Pick one", std::nullopt, "B"},
      {7, "Code?", std::nullopt, std::nullopt, "line1\nline2"},
      {7, "Plain string question?"},
  });
  CHECK(r->records[0].tags == std::vector<std::string>{"js", "scope"});
  CHECK(r->records[1].tags == std::vector<std::string>{"js", "basics"});
  CHECK(r->records[1].lang == "de");
  CHECK(r->records[2].choices == std::vector<std::string>{"A", "B"});
  CHECK(r->records[0].sources[0].format == "json");
  REQUIRE(r->rejected.size() == 1);
  CHECK(r->rejected[0].line == 5);
  CHECK_THAT(r->rejected[0].reason, Catch::Contains("no question text"));
}

TEST_CASE("json: a wrapper object holding the array, and --column paths") {
  std::string json = "{\"version\": 1, \"items\": [\n{\"meta\": {\"title\": \"Why?\"}, \"sol\": \"Because\"},\n"
                     "{\"meta\": {\"title\": \"How?\"}, \"sol\": 42}]}";
  auto r = run_format(json, InputFormat::kJson, {{"text", "meta.title"}, {"answer", "sol"}});
  REQUIRE(r.ok());
  check_records(*r, {{2, "Why?", std::nullopt, "Because"}, {3, "How?", std::nullopt, "42"}});
  auto missing = run_format(json, InputFormat::kJson, {{"text", "meta.name"}});
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == qbank::StatusCode::kInvalidArgument);
  CHECK_THAT(missing.status().message(), Catch::Contains("meta.name"));
}

TEST_CASE("jsonl: one object per line, CRLF and blank lines; bad JSON names the line") {
  auto r = run_format("{\"q\":\"One?\"}\r\n\r\n{\"q\":\"Two?\",\"a\":\"2\"}\r\n", InputFormat::kJsonl);
  REQUIRE(r.ok());
  check_records(*r, {{1, "One?"}, {3, "Two?", std::nullopt, "2"}});
  CHECK(r->records[0].sources[0].format == "jsonl");
  auto bad = run_format("{\"q\":\"One?\"}\n{\"q\": oops}\n", InputFormat::kJsonl, {}, "b.jsonl");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().code() == qbank::StatusCode::kDataError);
  CHECK_THAT(bad.status().message(), Catch::Contains("b.jsonl:2:"));
}

TEST_CASE("json: structural errors are data errors with file:line; hostile input never crashes") {
  auto unterminated = run_format("[{\"q\":\"One?\"},\n {\"q\":\"Two?\"\n", InputFormat::kJson, {}, "u.json");
  REQUIRE_FALSE(unterminated.ok());
  CHECK_THAT(unterminated.status().message(), Catch::Contains("u.json:2:"));
  auto comma = run_format("[{\"q\":\"One?\"}\n\n {\"q\":\"Two?\"}]", InputFormat::kJson, {}, "c.json");
  REQUIRE_FALSE(comma.ok());
  CHECK_THAT(comma.status().message(), Catch::Contains("c.json:3:"));
  std::string deep(200000, '[');
  CHECK_FALSE(run_format(deep, InputFormat::kJson).ok());
  std::string nested = "[" + std::string(5000, '[') + std::string(5000, ']') + "]";
  CHECK_FALSE(run_format(nested, InputFormat::kJson).ok());
  for (std::string s : {"", "   ", "[]", "{}", "[1, null, true]", "\"just a string\"", "[\"\\u0000?\"]"})
    CHECK(run_format(s, InputFormat::kJson).ok());
}

TEST_CASE("json: an object of sections reads every section with its key as topic") {
  std::string json = "{\"Python\": [{\"q\": \"What is PEP 8?\", \"a\": \"The style guide.\"}],\n"
                     " \"Go\": [{\"q\": \"What is a goroutine?\", \"a\": \"A lightweight thread.\"}]}\n";
  auto r = run_format(json, InputFormat::kJson);
  REQUIRE(r.ok());
  check_records(*r, {{1, "What is PEP 8?", "Python", "The style guide."},
                     {2, "What is a goroutine?", "Go", "A lightweight thread."}});
  CHECK(r->rejected.empty());
}

TEST_CASE("json: nested sections, lists of strings, collection keys; other members are reported by line") {
  std::string json = R"({"title": "Interview set",
 "version": 2,
 "categories": {
   "Go": [{"question": "What is a channel?"}],
   "Python": {"questions": ["What is PEP 8?", "Explain the GIL"]},
   "Rust": []
 },
 "tags": ["backend", "general"]
})";
  auto r = run_format(json, InputFormat::kJson);
  REQUIRE(r.ok());
  check_records(*r, {{4, "What is a channel?", "Go"}, {5, "What is PEP 8?", "Python"},
                     {5, "Explain the GIL", "Python"}});
  REQUIRE(r->rejected.size() == 4);
  CHECK(r->rejected[0].line == 1);
  CHECK(r->rejected[0].text == R"("title": "Interview set")");
  CHECK(r->rejected[1].line == 2);
  CHECK(r->rejected[1].text == R"("version": 2)");
  CHECK(r->rejected[2].line == 6);
  CHECK(r->rejected[2].text == R"("Rust": [])");
  CHECK(r->rejected[3].line == 8);
  CHECK(r->rejected[0].reason == "heading (topic)");  // the title names the set of sections
  for (std::size_t i = 1; i < r->rejected.size(); ++i) CHECK(r->rejected[i].reason == "metadata (not a question)");
}

TEST_CASE("json: an object member holding one object with a title is metadata, not a question") {
  std::string json = "{\"meta\": {\"title\": \"Interview Qs\"},\n"
                     " \"Python\": [{\"q\": \"What is PEP 8?\", \"a\": \"A style guide.\"}]}\n";
  auto r = run_format(json, InputFormat::kJson);
  REQUIRE(r.ok());
  check_records(*r, {{2, "What is PEP 8?", "Python", "A style guide."}});
  REQUIRE(r->rejected.size() == 1);
  CHECK(r->rejected[0].line == 1);
  CHECK(r->rejected[0].reason == "metadata (not a question)");
}

TEST_CASE("json: a list of category objects names each section by its category member") {
  std::string json = R"([
  {"category": "Go", "questions": [{"q": "What is a channel?"}, {"q": "What is a goroutine?"}]},
  {"questions": [{"q": "What is a closure?", "topic": "JS"}], "level": "easy"}
])";
  auto r = run_format(json, InputFormat::kJson);
  REQUIRE(r.ok());
  check_records(*r, {{2, "What is a channel?", "Go"}, {2, "What is a goroutine?", "Go"},
                     {3, "What is a closure?", "JS"}});
  REQUIRE(r->rejected.size() == 1);
  CHECK(r->rejected[0].text == R"("level": "easy")");
}

TEST_CASE("json: one record object holding choice objects stays one record") {
  auto r = run_format(R"({"text": "Pick one", "choices": [{"text": "A", "correct": true}, {"text": "B"}]})",
                      InputFormat::kJson);
  REQUIRE(r.ok());
  check_records(*r, {{1, "Pick one", std::nullopt, "A"}});
  CHECK(r->records[0].choices == std::vector<std::string>{"A", "B"});
}

TEST_CASE("json: empty strings and non-objects in a list are rejected, never silently dropped") {
  auto r = run_format("[\"What is a closure?\",\n \"\",\n 42,\n {\"Go\": [\"What is a channel?\"]}]",
                      InputFormat::kJson);
  REQUIRE(r.ok());
  check_records(*r, {{1, "What is a closure?"}, {4, "What is a channel?", "Go"}});
  REQUIRE(r->rejected.size() == 2);
  CHECK(r->rejected[0].line == 2);
  CHECK(r->rejected[0].reason == "empty question text");
  CHECK(r->rejected[1].line == 3);
  CHECK(r->rejected[1].reason == "not a JSON object");
}

TEST_CASE("jsonl: a line that is an object of sections is read section by section") {
  auto r = run_format("{\"q\": \"One?\"}\n{\"Go\": [{\"q\": \"Two?\"}], \"source\": \"blog\"}\n{\"id\": 3}\n",
                      InputFormat::kJsonl);
  REQUIRE(r.ok());
  check_records(*r, {{1, "One?"}, {2, "Two?", "Go"}});
  REQUIRE(r->rejected.size() == 2);
  CHECK(r->rejected[0].line == 2);
  CHECK(r->rejected[0].reason == "metadata (not a question)");
  CHECK(r->rejected[1].line == 3);
  CHECK_THAT(r->rejected[1].reason, Catch::Contains("no question text"));
}

TEST_CASE("json: malformed sections are data errors naming the line") {
  auto missing = run_format("{\"Go\": [{\"q\": \"One?\"}]\n \"Py\": []}", InputFormat::kJson, {}, "m.json");
  REQUIRE_FALSE(missing.ok());
  CHECK_THAT(missing.status().message(), Catch::Contains("m.json:2:"));
  auto bad = run_format("{\"Go\": [{\"q\": \"One?\"}],\n \"v\": tru}", InputFormat::kJson, {}, "b.json");
  REQUIRE_FALSE(bad.ok());
  CHECK_THAT(bad.status().message(), Catch::Contains("b.json:2:"));
  std::string deep;
  for (int i = 0; i < 3000; ++i) deep += "{\"k\": ";
  deep += "[\"What?\"]" + std::string(3000, '}');
  CHECK_FALSE(run_format(deep, InputFormat::kJson).ok());
}

TEST_CASE("gift: titles, escapes, answer kinds, categories, formats") {
  std::string gift = R"(// a comment line
$CATEGORY: $course$/top/Unit 1

::Q1 \: with colon::What is 1 \+ 1 in \{braces\}?{=2 =two#ok ~3}

::Gap::Fill the {=missing ~wrong} word.

Essay: explain closures.{}

True or false?{TRUE#yes}

Match the pairs.{=cat -> animal =rose -> flower}

Pi?{#3.14:0.01}

[html]<p>Is <b>this</b> &amp; that HTML?</p>{T}

Line one\nline two?{~a =b}

No answer block here.

Broken {=never closed
)";
  auto r = run_format(gift, InputFormat::kGift);
  REQUIRE(r.ok());
  check_records(*r, {
      {4, "What is 1 + 1 in {braces}?", "Unit 1", "2\ntwo"},
      {6, "Fill the _____ word.", "Unit 1", "missing"},
      {8, "Essay: explain closures.", "Unit 1"},
      {10, "True or false?", "Unit 1", "True"},
      {12, "Match the pairs.", "Unit 1", "cat -> animal\nrose -> flower"},
      {14, "Pi?", "Unit 1", "3.14 ± 0.01"},
      {16, "Is this & that HTML?", "Unit 1", "True"},
      {18, "Line one line two?", "Unit 1", "b"},
  });
  CHECK(r->records[0].choices == std::vector<std::string>{"2", "two", "3"});
  CHECK(r->records[1].choices == std::vector<std::string>{"missing", "wrong"});
  CHECK(r->records[4].choices == std::vector<std::string>{"cat -> animal", "rose -> flower"});
  CHECK(r->records[7].choices == std::vector<std::string>{"a", "b"});
  CHECK(r->records[0].sources[0].raw.find("::Q1") == 0);
  CHECK(rejected_with(*r, "description"));
  CHECK(rejected_with(*r, "never closed"));
  CHECK(rejected_with(*r, "comment"));
}

TEST_CASE("gift: the corpus file gives its 14 questions") {
  std::string path = qbank_test::shared_dir() + "/corpus/raw/fuhrmanator-gift-examples.gift";
  std::string bytes = qbank_test::slurp(path);
  REQUIRE_FALSE(bytes.empty());
  auto r = run_format(bytes, InputFormat::kGift, {}, path);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 14);
  CHECK(r->records[0].text == "What's 2 plus 2?");
  CHECK(r->records[0].answer == "4");
  CHECK(r->records[1].text == "Japanese characters originally came from what country?");
  CHECK(r->records[1].answer == "China");
  CHECK(r->records[1].sources[0].line == 11);
  CHECK(r->records[2].text == "The American holiday of Thanksgiving is celebrated on the _____ Thursday of November.");
  CHECK(r->records[6].answer == "False");
  CHECK(r->records[13].answer == "\\");
  CHECK(r->records[13].choices == std::vector<std::string>{"~", "=", "#", "{", "}", "\\"});
  CHECK(qbank::detect_input_format(path, bytes.substr(0, 4096)) == InputFormat::kGift);
}

TEST_CASE("gift: malformed input never crashes") {
  for (std::string s : {"::", "::unclosed title{=a}", "{", "}", "{}", "::T::{", "\\", "q{=}", "q{~%abc%x}",
                        "q{#}", "q{=a->}", "$CATEGORY:", "\x01\x02{=\x03}"}) {
    auto r = run_format(s, InputFormat::kGift);
    CHECK(r.ok());
  }
}

TEST_CASE("gift: an essay's general feedback is its answer, decoded in [html] questions") {
  std::string gift = "::a::[html]Explain &lt;b&gt;?{####A model answer:<br>two &amp; lines\\: here&#9;x}\n\n"
                     "::b::Plain essay?{#### kept \\= as written }\n\n"
                     "::c::Short?{=yes####general feedback, not the answer}\n\n"
                     "::d::Bare essay?{}\n";
  auto r = run_format(gift, InputFormat::kGift);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 4);
  CHECK(r->records[0].text == "Explain <b>?");
  CHECK(r->records[0].answer == "A model answer:\ntwo & lines: here x");  // HTML whitespace is one space.
  CHECK(r->records[1].answer == "kept = as written");
  CHECK(r->records[2].answer == "yes");
  CHECK_FALSE(r->records[3].answer.has_value());
}

TEST_CASE("gift: a nested category path gives its last part as the topic, as Moodle XML categories do") {
  auto r = run_format("$CATEGORY: $course$/top/Istorie/Evul mediu\n\n::A:: Cine a fost Mircea cel Bătrân?{=un domnitor}\n\n"
                      "$CATEGORY: Banca/Rețele TCP//IP\n\n::B:: Ce este un port?{=un număr}\n",
                      InputFormat::kGift);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[0].topic.value_or("") == "Evul mediu");
  CHECK(r->records[1].topic.value_or("") == "Rețele TCP/IP");
}

TEST_CASE("json: a Jupyter notebook is read as the Markdown its cells make, lines numbered as in the file") {
  std::string nb = R"NB({
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "## Listas\n",
    "\n",
    "**1. ¿Qué imprime este código?**"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["[1, 2, 3]\n"]}],
   "source": [
    "xs = [3, 1, 2]\n",
    "print(sorted(xs))"
   ]
  },
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": "**2. ¿Qué es una tupla?**\n\nUna secuencia inmutable."
  }
 ],
 "metadata": {"language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
)NB";
  auto r = run_format(nb, InputFormat::kJson, {}, "quiz.ipynb");
  REQUIRE(r.ok());
  check_records(*r, {
      {9, "¿Qué imprime este código?", "Listas", std::nullopt, "xs = [3, 1, 2]\nprint(sorted(xs))"},
      {25, "¿Qué es una tupla?", "Listas", "Una secuencia inmutable."},
  });
  CHECK(reason_of(*r, 7) == "heading");
}

TEST_CASE("json: an answer object without a text-like key keeps its members instead of being dropped") {
  std::string json = R"([
  {"question": "What is a monitor?", "answer": {"explanation": "A lock with conditions", "source": "docs"}},
  {"question": "What is a futex?", "answer": {"why": "A fast user-space mutex"}},
  {"question": "What is a mutex?", "answer": {"text": "A lock", "source": "docs"}},
  {"question": "What is a barrier?", "answer": {}}
])";
  auto r = run_format(json, InputFormat::kJson);
  REQUIRE(r.ok());
  check_records(*r, {
      {2, "What is a monitor?", std::nullopt, "explanation: A lock with conditions\nsource: docs"},
      {3, "What is a futex?", std::nullopt, "A fast user-space mutex"},
      {4, "What is a mutex?", std::nullopt, "A lock"},
      {5, "What is a barrier?"},
  });
}

TEST_CASE("json: an array of [question, answer] rows reads like a headerless table") {
  auto r = run_format("[\n  [\"Was ist ein Mutex?\", \"Eine Sperre für einen Besitzer.\"],\n"
                      "  [\"Was ist ein Semaphor?\", \"Ein Zähler für Erlaubnisse.\"],\n  [42, \"x\"]\n]\n",
                      InputFormat::kJson);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[0].text == "Was ist ein Mutex?");
  CHECK(r->records[1].answer.value_or("") == "Ein Zähler für Erlaubnisse.");
  CHECK(r->records[1].sources.at(0).line == 3);
  CHECK(qbank_test::reason_of(*r, 4) == "not a JSON object");
}
