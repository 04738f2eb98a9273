// Tests for the Markdown reader's structural rules: what a <details> block is by its summary and body, and
// list items with nested items.
#include <catch2/catch.hpp>

#include "normalize_expect.hpp"

using qbank::InputFormat;
using qbank_test::check_records;
using qbank_test::reason_of;
using qbank_test::run_format;

namespace {

// Normalizes Markdown text and requires success.
qbank::NormalizeResult md(const std::string& text) {
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  return *r;
}

}  // namespace

TEST_CASE("markdown outline: a <summary> over a list of questions is their topic, for each <details>") {
  auto r = md(
      "## Questions\n\n"
      "<details>\n<summary><a href=\"a.md\"><strong>📈 Statistics</strong></a></summary>\n\n"
      "- What is a p-value?\n- Explain the central limit theorem.\n\n</details>\n\n"
      "<details>\n<summary>:snake: Python</summary>\n\n"
      "- What is a generator?\n- What does the GIL protect?\n\n</details>\n");
  check_records(r, {
      {6, "What is a p-value?", "Statistics"},
      {7, "Explain the central limit theorem.", "Statistics"},
      {14, "What is a generator?", "Python"},
      {15, "What does the GIL protect?", "Python"},
  });
  CHECK(reason_of(r, 4) == "heading");
  CHECK(reason_of(r, 9) == "html");
}

TEST_CASE("markdown outline: a question in <summary> is answered by the <details> body") {
  auto r = md(
      "# FAQ\n\n"
      "<details>\n<summary>How do I install it?</summary>\n\nRun the installer.\n\n</details>\n\n"
      "<details>\n<summary>Why is it slow on Windows?</summary>\n\n- antivirus scans\n- long paths\n\n</details>\n");
  check_records(r, {
      {4, "How do I install it?", "FAQ", "Run the installer."},
      {11, "Why is it slow on Windows?", "FAQ", "- antivirus scans\n\n- long paths"},
  });
}

TEST_CASE("markdown outline: an 'Answer' <details> after a question stays its answer, whatever the body holds") {
  auto r = md(
      "###### 1. What's the output?\n\n- A: `1`\n- B: `2`\n\n"
      "<details><summary><b>Answer</b></summary>\n<p>\n\n#### Answer: A\n\n1. first\n2. second\n3. third\n\n"
      "</p>\n</details>\n");
  REQUIRE(r.records.size() == 1);
  CHECK(r.records[0].answer.has_value());
  CHECK(r.records[0].choices.size() == 2);
}

TEST_CASE("markdown outline: a term over narrower terms is an item; a label over questions is a topic") {
  auto r = md(
      "## Data structures\n\n- tree\n  - binary tree\n  - heap\n- stack\n\n"
      "## Behaviour\n\n- Teamwork\n  - Tell me about a conflict you solved.\n  - How do you give feedback?\n");
  check_records(r, {
      {3, "tree", "Data structures"},
      {4, "binary tree", "Data structures"},
      {5, "heap", "Data structures"},
      {6, "stack", "Data structures"},
      {11, "Tell me about a conflict you solved.", "Teamwork"},
      {12, "How do you give feedback?", "Teamwork"},
  });
}

TEST_CASE("markdown outline: topics follow headings even when they are worded like the document title") {
  auto r = md(
      "## Common behavioral questions\n\n1. Why do you want to work here?\n1. What frustrates you?\n\n"
      "## Acme Software Engineer interview questions\n\n- How do you handle conflict?\n\n"
      "## Initech Software Engineer interview questions\n\n- What is your biggest failure?\n");
  check_records(r, {
      {3, "Why do you want to work here?", "Common behavioral questions"},
      {4, "What frustrates you?", "Common behavioral questions"},
      {8, "How do you handle conflict?", "Acme Software Engineer interview questions"},
      {12, "What is your biggest failure?", "Initech Software Engineer interview questions"},
  });
}

TEST_CASE("markdown outline: an item of a list that mostly asks is a question even when worded as prose") {
  auto r = md(
      "## Questions\n\n"
      "- What are your strengths?\n"
      "- Teach me something you've learned.\n"
      "- What would your manager say about you?\n"
      "- Why are you leaving?\n\n"
      "## Notes\n\n- I found this list on a forum last year.\n- I will add more later.\n- Send me yours.\n");
  check_records(r, {
      {3, "What are your strengths?", "Questions"},
      {4, "Teach me something you've learned.", "Questions"},
      {5, "What would your manager say about you?", "Questions"},
      {6, "Why are you leaving?", "Questions"},
  });
}

TEST_CASE("markdown outline: a list of article links is not questions even where other link lists ask") {
  auto r = md(
      "## Caching\n\n"
      "- [How do you keep the cache consistent with the database?](a.md)\n"
      "- [What is cache penetration and how do you prevent it?](b.md)\n"
      "- [Why is Redis single-threaded and still fast?](c.md)\n"
      "- [When would you choose write-through over write-back?](h.md)\n"
      "- [Which eviction policy suits a hot-key workload?](i.md)\n"
      "- [Cache warm-up strategies for large product catalogues](d.md)\n\n"
      "## Resilience\n\n"
      "- [Introduction to the circuit breaker library](e.md)\n"
      "- [Thread pool isolation with the circuit breaker library](f.md)\n"
      "- [Semaphore isolation with the circuit breaker library](g.md)\n"
      "- ......\n");
  CHECK(qbank_test::texts(r) == std::vector<std::string>{
                                   "How do you keep the cache consistent with the database?",
                                   "What is cache penetration and how do you prevent it?",
                                   "Why is Redis single-threaded and still fast?",
                                   "When would you choose write-through over write-back?",
                                   "Which eviction policy suits a hot-key workload?",
                                   "Cache warm-up strategies for large product catalogues"});
  CHECK(reason_of(r, 12) == "link");
  CHECK(reason_of(r, 15) == "empty item");
}

TEST_CASE("markdown outline: a task answered only by code (and a source link) has the code as its answer") {
  auto r = md(
      "## JavaScript\n\n"
      "### Remove the duplicates from an array\n\n```js\nconst unique = [...new Set(arr)];\n```\n\n"
      "###### Source\n\n* https://example.com/questions\n\n"
      "### What does this print?\n\n```js\nconsole.log(typeof null);\n```\n\n"
      "It prints \"object\".\n\n"
      "### Why is NaN not equal to itself?\n\nIEEE 754 says so.\n\n"
      "### What is hoisting?\n\nDeclarations move to the top of their scope.\n");
  REQUIRE(r.records.size() == 4);
  CHECK(r.records[0].text == "Remove the duplicates from an array");
  CHECK(r.records[0].answer == std::optional<std::string>("```\nconst unique = [...new Set(arr)];\n```"));
  CHECK_FALSE(r.records[0].code.has_value());
  CHECK(r.records[1].code == std::optional<std::string>("console.log(typeof null);"));
  CHECK(r.records[1].answer == std::optional<std::string>("It prints \"object\"."));
}

TEST_CASE("markdown outline: a <summary> over question headings is their topic") {
  auto r = md(
      "# Frontend questions\n\n"
      "<details>\n<summary>JavaScript</summary>\n\n### What is a closure?\n\nA function with its scope.\n\n"
      "### What is hoisting?\n\nDeclarations move up.\n\n</details>\n\n"
      "<details>\n<summary>CSS</summary>\n\n### What is the box model?\n\nContent, padding, border, margin.\n\n"
      "</details>\n");
  check_records(r, {
      {6, "What is a closure?", "JavaScript", "A function with its scope."},
      {10, "What is hoisting?", "JavaScript", "Declarations move up."},
      {19, "What is the box model?", "CSS", "Content, padding, border, margin."},
  });
}
