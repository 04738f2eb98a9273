// Tests for shapes a new user writes: answers as nested bullets or lines under a numbered question, long
// numbered lists, bold numbered questions after an answer in HTML, and a closing sign-off.
#include <catch2/catch.hpp>

#include "normalize_expect.hpp"

using qbank::InputFormat;
using qbank_test::check_records;
using qbank_test::reason_of;
using qbank_test::run_format;

namespace {

// Normalizes text as the format and requires success.
qbank::NormalizeResult run(const std::string& text, InputFormat format) {
  auto r = run_format(text, format);
  REQUIRE(r.ok());
  return *r;
}

}  // namespace

TEST_CASE("user shapes: an answer written as a nested bullet under its question (Markdown and text)") {
  std::string list = "- What is a mutex?\n  - A lock one thread holds at a time.\n- Why use a pool?\n  - Reuse.\n";
  for (InputFormat f : {InputFormat::kMarkdown, InputFormat::kText}) {
    auto r = run(list, f);
    check_records(r, {
        {1, "What is a mutex?", std::nullopt, "- A lock one thread holds at a time."},
        {3, "Why use a pool?", std::nullopt, "- Reuse."},
    });
  }
  // Nested items that ask are follow-up questions, not answers.
  auto r = run("- What is a mutex?\n  - How does it differ from a semaphore?\n", InputFormat::kMarkdown);
  CHECK(r.records.size() == 2);
}

TEST_CASE("user shapes: a line under a numbered question is its answer, not part of the question") {
  std::string list =
      "1. What is a transaction?\n   A group of operations that succeed or fail together.\n"
      "2. What is an index?\n   A structure that speeds up lookups.\n";
  for (InputFormat f : {InputFormat::kMarkdown, InputFormat::kText}) {
    auto r = run(list, f);
    check_records(r, {
        {1, "What is a transaction?", std::nullopt, "A group of operations that succeed or fail together."},
        {3, "What is an index?", std::nullopt, "A structure that speeds up lookups."},
    });
  }
}

TEST_CASE("user shapes: a short answer line under a numbered question is an answer, not a heading") {
  std::string list =
      "1. Which built-in types does Python have?\nint, str, list\n"
      "2. What is PEP 8?\nThe style guide.\n"
      "3. What is a decorator?\nA function that wraps another.\n";
  for (InputFormat f : {InputFormat::kMarkdown, InputFormat::kText}) {
    auto r = run(list, f);
    check_records(r, {
        {1, "Which built-in types does Python have?", std::nullopt, "int, str, list"},
        {3, "What is PEP 8?", std::nullopt, "The style guide."},
        {5, "What is a decorator?", std::nullopt, "A function that wraps another."},
    });
  }
}

TEST_CASE("user shapes: a numbered list past 9999 keeps every item, numbers removed, answers attached") {
  std::string list;
  for (int n = 9990; n <= 10020; ++n)
    list += std::to_string(n) + ". What is item " + std::to_string(n) + "?\n   It is answer " + std::to_string(n) + ".\n";
  auto r = run(list, InputFormat::kText);
  REQUIRE(r.records.size() == 31);
  CHECK(r.records.back().text == "What is item 10020?");
  CHECK(r.records.back().answer == "It is answer 10020.");
  CHECK(r.rejected.empty());
}

TEST_CASE("user shapes: HTML bold numbered question after an answer, and a closing sign-off") {
  std::string html =
      "<html><body><h2>Python</h2>\n"
      "<p><strong>4. What is a list?</strong></p>\n"
      "<p>A mutable sequence.</p>\n"
      "<p><strong>5. Explain decorators.</strong></p>\n"
      "<p>They wrap functions.</p>\n"
      "<p>That's all for today! Subscribe to get the next part.</p>\n"
      "</body></html>\n";
  auto r = run(html, InputFormat::kHtml);
  check_records(r, {
      {2, "What is a list?", "Python", "A mutable sequence."},
      {4, "Explain decorators.", "Python", "They wrap functions."},
  });
  CHECK(reason_of(r, 6) == "outro");
}
