// Tests for the Markdown outline built with cmark-gfm (node kinds, source lines, list depth and numbering,
// <details> nesting) and for document shapes read through it: FAQs in <details>, nested bullet answers,
// numbered lists past 9999, question headings, question tables, mixed HTML READMEs, CJK and Cyrillic lists,
// quoted Q/A, setext headings with front matter.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "normalize/markdown/blocks.hpp"
#include "normalize_expect.hpp"

using qbank::InputFormat;
using qbank::internal::Outline;
using qbank::internal::OutlineKind;
using qbank_test::check_records;
using qbank_test::reason_of;
using qbank_test::run_format;

namespace {

// The outline of a Markdown text.
Outline outline_of(const std::string& text) {
  std::vector<std::string_view> lines;
  std::string_view t = text;
  for (std::size_t pos = 0; pos < t.size();) {
    std::size_t end = t.find('\n', pos);
    if (end == std::string_view::npos) end = t.size();
    lines.push_back(t.substr(pos, end - pos));
    pos = end + 1;
  }
  return qbank::internal::md::markdown_outline(lines);
}

// Normalizes Markdown text and requires success.
qbank::NormalizeResult md(const std::string& text) {
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  return *r;
}

}  // namespace

TEST_CASE("markdown outline nodes: kinds, 0-based source lines, list depth, numbers and parent items") {
  const std::string text =
      "---\ntitle: x\n---\n"                       // 0-2 front matter
      "# Title\n\n"                                // 3
      "1. What is A?\n   - a detail\n"             // 5, 6
      "10000. What is B?\n\n"                      // 7 (a list of its own: another delimiter width is fine)
      "| Q | A |\n|---|---|\n| q | a |\n\n"         // 9-11
      "<!-- a note\nover two lines -->\n"          // 13-14
      "[ref]: https://example.org\n";              // 15
  Outline o = outline_of(text);
  REQUIRE(o.size() == 10);
  CHECK(o[0].kind == OutlineKind::kFrontMatter);
  CHECK((o[0].first == 0 && o[0].last == 2));
  CHECK(o[1].kind == OutlineKind::kHeading);
  CHECK((o[1].level == 1 && o[1].text == "Title" && o[1].first == 3));
  CHECK(o[2].kind == OutlineKind::kItem);
  CHECK((o[2].text == "What is A?" && o[2].first == 5 && o[2].number == 1 && o[2].depth == 1 && o[2].parent == -1));
  CHECK(o[3].kind == OutlineKind::kItem);
  CHECK((o[3].text == "a detail" && o[3].first == 6 && o[3].number == -1 && o[3].depth == 2 && o[3].parent == 2));
  CHECK((o[3].level == 3 && o[3].column == 5));
  CHECK((o[4].kind == OutlineKind::kItem && o[4].number == 10000 && o[4].text == "What is B?"));
  for (std::size_t k = 5; k <= 7; ++k) CHECK((o[k].kind == OutlineKind::kTable && o[k].first == k + 4));
  CHECK(o[6].text == "|---|---|");
  CHECK(o[8].kind == OutlineKind::kComment);
  CHECK((o[8].first == 13 && o[8].last == 14));
  CHECK(o[9].kind == OutlineKind::kDefinition);
  CHECK((o[9].text == "ref" && o[9].first == 15));
}

TEST_CASE("markdown outline nodes: the text between the tag lines of raw HTML is Markdown, inside <details>") {
  Outline o = outline_of("<details>\n<summary>Why?</summary>\nBecause **it** is.\n- and a list\n</details>\nafter\n");
  REQUIRE(o.size() == 6);
  CHECK((o[0].kind == OutlineKind::kHtml && o[0].opens_details && o[0].details == 1));
  CHECK((o[1].kind == OutlineKind::kHtml && o[1].text == "<summary>Why?</summary>" && o[1].details == 1));
  CHECK((o[2].kind == OutlineKind::kParagraph && o[2].text == "Because **it** is." && o[2].first == 2));
  CHECK((o[3].kind == OutlineKind::kItem && o[3].text == "and a list" && o[3].details == 1));
  CHECK((o[4].kind == OutlineKind::kHtml && o[4].details == 1));
  CHECK((o[5].kind == OutlineKind::kParagraph && o[5].details == 0));
}

TEST_CASE("markdown outline nodes: block quotes, setext headings and fenced code keep their lines") {
  Outline o = outline_of("> quoted\n> text\n\nTitle\n=====\n\n```js\nlet x = 1;  \n```\n");
  REQUIRE(o.size() == 3);
  CHECK((o[0].kind == OutlineKind::kParagraph && o[0].quote == 1 && o[0].text == "quoted text" && o[0].last == 1));
  CHECK((o[1].kind == OutlineKind::kHeading && o[1].level == 1 && o[1].first == 3 && o[1].last == 4));
  CHECK((o[2].kind == OutlineKind::kCode && o[2].text == "let x = 1;" && o[2].first == 6 && o[2].last == 8));
}

TEST_CASE("markdown shapes: a FAQ whose <summary> is the question, the body its answer, with or without blank lines") {
  auto r = md(
      "# FAQ\n\n"
      "<details>\n<summary><b>How do I reset my password?</b></summary>\n"
      "Open the settings page.\nYou get an e-mail.\n</details>\n\n"
      "<details>\n  <summary>Why does the build fail on Windows?</summary>\n\n  The path is too long.\n\n"
      "  ```sh\n  git config core.longpaths true\n  ```\n</details>\n");
  check_records(r, {
      {4, "How do I reset my password?", "FAQ", "Open the settings page. You get an e-mail."},
      {10, "Why does the build fail on Windows?", "FAQ",
       "The path is too long.\n\n```\ngit config core.longpaths true\n```"},
  });
}

TEST_CASE("markdown shapes: answers written as bullets nested under each question") {
  auto r = md(
      "## Python\n\n- What is a decorator?\n  - A function that wraps another.\n  - Applied with `@`.\n"
      "- What does `yield` do?\n  - It makes a generator.\n");
  check_records(r, {
      {3, "What is a decorator?", "Python", "- A function that wraps another.\n\n- Applied with `@`."},
      {6, "What does `yield` do?", "Python", "- It makes a generator."},
  });
}

TEST_CASE("markdown shapes: a numbered list running past 9999 with a lazy answer line under each item") {
  std::string text = "# Big list\n\n";
  for (int n = 9998; n <= 10001; ++n)
    text += std::to_string(n) + ". What is item " + std::to_string(n) + "?\nIt answers item " + std::to_string(n) + ".\n\n";
  auto r = md(text);
  check_records(r, {
      {3, "What is item 9998?", "Big list", "It answers item 9998."},
      {6, "What is item 9999?", "Big list", "It answers item 9999."},
      {9, "What is item 10000?", "Big list", "It answers item 10000."},
      {12, "What is item 10001?", "Big list", "It answers item 10001."},
  });
}

TEST_CASE("markdown shapes: question headings with their answers below (code after the answer stays in it)") {
  auto r = md(
      "# JavaScript interview\n\n## What is a closure?\n\nA function with the variables it captured.\n\n"
      "```js\nconst f = () => n;\n```\n\n## Explain event delegation\n\nOne listener on the parent.\n");
  check_records(r, {
      {3, "What is a closure?", "JavaScript interview",
       "A function with the variables it captured.\n\n```\nconst f = () => n;\n```"},
      {11, "Explain event delegation", "JavaScript interview", "One listener on the parent."},
  });
}

TEST_CASE("markdown shapes: a GFM table of questions and answers beside a number column") {
  auto r = md(
      "## SQL\n\n| # | Question | Answer |\n|---|----------|--------|\n"
      "| 1 | What is a primary key? | It identifies a row. |\n| 2 | What does `GROUP BY` do? | It groups rows. |\n");
  check_records(r, {
      {5, "What is a primary key?", "SQL", "It identifies a row."},
      {6, "What does `GROUP BY` do?", "SQL", "It groups rows."},
  });
}

TEST_CASE("markdown shapes: a README mixing HTML blocks, badges, a commented contents list and Markdown lists") {
  auto r = md(
      "<p align=\"center\">\n  <img src=\"logo.png\" width=\"120\">\n</p>\n<h1 align=\"center\">Go Questions</h1>\n\n"
      "[![Build](https://img.shields.io/b.svg)](https://ci.example.org)\n\n"
      "<!-- TOC -->\n- [Basics](#basics)\n<!-- /TOC -->\n\n"
      "## Basics\n\n1. What is a slice?\n2. How do maps grow?\n\n<div align=\"center\">Made with care</div>\n");
  check_records(r, {
      {14, "What is a slice?", "Basics"},
      {15, "How do maps grow?", "Basics"},
  });
  CHECK(reason_of(r, 8) == "comment");
  CHECK(reason_of(r, 9) == "table of contents");
}

TEST_CASE("markdown shapes: Chinese and Russian lists, full-width question marks, answers under the items") {
  auto r = md("# 前端面试题\n\n## JavaScript\n\n1. 什么是闭包？\n2. `let` 和 `var` 有什么区别？\n\n## CSS\n\n- 什么是 BFC？\n");
  check_records(r, {
      {5, "什么是闭包？", "JavaScript"},
      {6, "`let` 和 `var` 有什么区别？", "JavaScript"},
      {10, "什么是 BFC？", "CSS"},
  });
  auto ru = md(
      "# Вопросы по Python\n\n1. Что такое GIL?\n   Глобальная блокировка интерпретатора.\n"
      "2. Чем список отличается от кортежа?\n   Список изменяемый, кортеж — нет.\n");
  check_records(ru, {
      {3, "Что такое GIL?", "Вопросы по Python", "Глобальная блокировка интерпретатора."},
      {5, "Чем список отличается от кортежа?", "Вопросы по Python", "Список изменяемый, кортеж — нет."},
  });
}

TEST_CASE("markdown shapes: questions and answers labelled in bold inside block quotes") {
  auto r = md(
      "# Docker FAQ\n\n> **Q:** What is an image?\n>\n> **A:** A read-only template.\n\n"
      "> **Q:** What is a volume?\n>\n> **A:** Storage that outlives the container.\n");
  check_records(r, {
      {3, "What is an image?", "Docker FAQ", "A read-only template."},
      {7, "What is a volume?", "Docker FAQ", "Storage that outlives the container."},
  });
}

TEST_CASE("markdown shapes: setext question headings after front matter, with a reference link in the answer") {
  auto r = md(
      "---\ntitle: Git questions\n---\n\nWhat is a rebase?\n-----------------\n\n"
      "It replays commits. See [the book][book].\n\n[book]: https://git-scm.com/book\n");
  check_records(r, {{5, "What is a rebase?", std::nullopt, "It replays commits. See the book."}});
  CHECK(reason_of(r, 1) == "front matter");
  CHECK(reason_of(r, 10) == "link definition");
}

TEST_CASE("markdown outline nodes: a carriage return inside a line does not shift the lines after it") {
  Outline o = outline_of("# T\n\nA line\rwith a carriage return\n\n- What is X?\n");
  REQUIRE(o.size() == 3);
  CHECK((o[1].kind == OutlineKind::kParagraph && o[1].first == 2 && o[1].last == 2));
  CHECK((o[2].kind == OutlineKind::kItem && o[2].first == 4 && o[2].text == "What is X?"));
}

TEST_CASE("markdown shapes: emphasis inside a question is dropped; names, products and code keep their marks") {
  auto r = md(
      "# Questions\n\n"
      "- What is a *stale closure* and why does it matter?\n"
      "- What is **closure** in _JavaScript_?\n"
      "- What does `**kwargs` mean?\n"
      "- What is the __init__ method for?\n"
      "- How many cells has an N*N grid?\n"
      "- Is 2 * 3 * 4 equal to 24?\n"
      "- Why is \\*this\\* escaped?\n");
  check_records(r, {
      {3, "What is a stale closure and why does it matter?", "Questions", std::nullopt},
      {4, "What is closure in JavaScript?", "Questions", std::nullopt},
      {5, "What does `**kwargs` mean?", "Questions", std::nullopt},
      {6, "What is the __init__ method for?", "Questions", std::nullopt},
      {7, "How many cells has an N*N grid?", "Questions", std::nullopt},
      {8, "Is 2 * 3 * 4 equal to 24?", "Questions", std::nullopt},
      {9, "Why is *this* escaped?", "Questions", std::nullopt},
  });
}

TEST_CASE("markdown emphasis: pairs are dropped, unpaired and crossed marks and names stay") {
  using qbank::internal::md::strip_emphasis;
  CHECK(strip_emphasis("**bold** and *it*") == "bold and it");
  CHECK(strip_emphasis("*a **b** c*") == "a b c");
  CHECK(strip_emphasis("***x*** y") == "x y");
  CHECK(strip_emphasis("*a _b* c_") == "a _b c_");  // the '_' between the paired '*' stays literal
  CHECK(strip_emphasis("__init__ method") == "__init__ method");
  CHECK(strip_emphasis("a* b* c*") == "a* b* c*");
  std::string closers;  // Many marks that close nothing: each looks for its opener once.
  for (int i = 0; i < 50000; ++i) closers += "a* ";
  CHECK(strip_emphasis("*" + closers) == "a " + closers.substr(3));  // the first closer pairs with the opener
}
