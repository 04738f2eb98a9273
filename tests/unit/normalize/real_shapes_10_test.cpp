// Tests for the document shapes of bench/real-10: exam posts, link lists and exercise tables.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "normalize_expect.hpp"
#include "qbank/normalize.hpp"

using qbank::InputFormat;
using qbank_test::run_format;
using qbank_test::texts;

TEST_CASE("markdown: a numbered heading that stops mid-sentence goes on in the unnumbered heading after it") {
  std::string text = "### 1. In the sentence\n\n### The river ran dry in May.\n\nA) Past\n\n#### B) Present\n\n"
                     "### 2. Which word is a verb?\n\n#### A) Run\n\nB) Tree\n\n"
                     "### 3. Choose the meaning of the word written\n\n### in capital letters.\n\nSWIFT\n\n"
                     "#### A) Fast\n\nB) Slow\n\n"
                     "### 4. Pick the figure of speech in the line\n\n### “the wind sang all night”\n\nA) Simile\n\n"
                     "#### B) Personification\n\n"
                     "#### 5. Which option is spelled right?\n\n#### A) Necessary\n\nB) Neccesary\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  CHECK(texts(*r) == std::vector<std::string>{"In the sentence The river ran dry in May.", "Which word is a verb?",
                                              "Choose the meaning of the word written in capital letters.",
                                              "Pick the figure of speech in the line “the wind sang all night”",
                                              "Which option is spelled right?"});
  REQUIRE(r->records.size() == 5);
  CHECK(r->records[0].sources[0].line == 1);
  CHECK(r->records[2].sources[0].line == 15);
  // The continuation heading heads nothing: the question after it keeps no topic.
  CHECK_FALSE(r->records[4].topic);
}

TEST_CASE("markdown: a numbered heading that ends its sentence does not take the unnumbered heading after it") {
  std::string text = "### 1. What is a noun?\n\nA naming word.\n\n### 2. What is a verb?\n\nA doing word.\n\n"
                     "### 3. What is an adverb?\n\n### Grammar extras\n\n### 4. What is a clause?\n\nA part.\n\n"
                     "### 5. What is a phrase?\n\nWords.\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 5);
  CHECK(r->records[2].text == "What is an adverb?");
}

TEST_CASE("markdown: a numbered <summary> over nothing but a table of links is a collapsed section, not a question") {
  std::string text = "# Exercises\n\n<details>\n  <summary>1 - Sequential Structure</summary>\n\n"
                     "  | Statements | Solutions |\n  |:--|:--|\n"
                     "  |[Ex. 01](/1/01/ex.md)|[Ex. 01](/1/01/s.py)|\n  |[Ex. 02](/1/02/ex.md)|[Ex. 02](/1/02/s.py)|\n\n"
                     "</details>\n\n<details>\n  <summary>2 - Decision Structure</summary>\n\n"
                     "  | Statements | Solutions |\n  |:--|:--|\n  |[Ex. 01](/2/01/ex.md)|[Ex. 01](/2/01/s.py)|\n\n"
                     "</details>\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  CHECK(r->records.empty());
  int collapsed = 0;
  for (const auto& rej : r->rejected) collapsed += rej.reason == "collapsed section" ? 1 : 0;
  CHECK(collapsed == 2);
}

TEST_CASE("markdown: a <summary> that asks over a table of links stays a question") {
  std::string text = "# Exercises\n\n<details>\n  <summary>1 - How do loops work?</summary>\n\n"
                     "  | Statements | Solutions |\n  |:--|:--|\n  |[Ex. 01](/1/01/ex.md)|[Ex. 01](/1/01/s.py)|\n\n"
                     "</details>\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  CHECK(texts(*r) == std::vector<std::string>{"How do loops work?"});
}

TEST_CASE("markdown: a list right under an answer label that starts the answer on its line goes on with the answer") {
  std::string text = "Frage: Was ist A?\nAntwort:\n- eins\n- zwei\n\n"
                     "Frage: Beschreibe B\nAntwort: Erstens - Umfang\n- Zuverlaessigkeit\n  - Identisch\n- Benutzbarkeit\n\n"
                     "Frage: Was ist C?\nAntwort:\n- drei\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  CHECK(texts(*r) == std::vector<std::string>{"Was ist A?", "Beschreibe B", "Was ist C?"});
  REQUIRE(r->records.size() == 3);
  REQUIRE(r->records[1].answer);
  CHECK(r->records[1].answer->find("Benutzbarkeit") != std::string::npos);
}

TEST_CASE("markdown: a question-labelled item in the list under a bare answer label starts the next question") {
  std::string text = "Frage: Was ist eine Klasse?\nAntwort:\n- Bauplan\n\n\n- Frage: Was ist ein Interface?\n\n"
                     "Frage: Was ist C?\nAntwort:\n- drei\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  CHECK(texts(*r) == std::vector<std::string>{"Was ist eine Klasse?", "Was ist ein Interface?", "Was ist C?"});
  REQUIRE(r->records.size() == 3);
  CHECK(r->records[0].answer == std::optional<std::string>("- Bauplan"));
}

TEST_CASE("markdown: a question-labelled item with a bare answer label under it takes the rest of the answer list") {
  std::string text = "Frage: Was ist eine Klasse?  \nAntwort:\n- Bauplan\n\n\n"
                     "- Frage: Was ist ein Interface?  \nAntwort:\n- Vertrag zwischen Klassen\n- Mehrfachvererbung\n\n\n"
                     "Frage: Was ist C?\nAntwort:\n- drei\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  CHECK(texts(*r) == std::vector<std::string>{"Was ist eine Klasse?", "Was ist ein Interface?", "Was ist C?"});
  REQUIRE(r->records.size() == 3);
  CHECK(r->records[0].answer == std::optional<std::string>("- Bauplan"));
  REQUIRE(r->records[1].answer);
  CHECK(r->records[1].answer->find("Mehrfachvererbung") != std::string::npos);
  CHECK(r->records[1].answer->find("Antwort") == std::string::npos);
}
