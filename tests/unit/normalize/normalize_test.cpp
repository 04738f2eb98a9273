// Unit tests of normalize on small documents: every line shape of plain-text lists and Markdown.
#include <catch2/catch.hpp>

#include "normalize_expect.hpp"
#include "qbank/normalize.hpp"

using qbank_test::answers;
using qbank_test::reason_of;
using qbank_test::texts;

namespace {

// Normalizes an in-memory document read as the given format.
qbank::NormalizeResult run(const std::string& text, qbank::InputFormat format = qbank::InputFormat::kText) {
  qbank::NormalizeOptions opt;
  opt.format = format;
  opt.file = "doc";
  auto res = qbank::normalize(text, opt);
  REQUIRE(res.ok());
  return *res;
}

}  // namespace

TEST_CASE("bullets of every kind become questions with their line and raw text") {
  auto r = run("Intro line\n\n• What is a closure?\n- Metaclass\n* What is GIL?\n· Decorators\n");
  CHECK(texts(r) == std::vector<std::string>{"What is a closure?", "Metaclass", "What is GIL?", "Decorators"});
  CHECK(r.records[0].sources[0].line == 3);
  CHECK(r.records[0].sources[0].raw == "• What is a closure?");
  CHECK(r.records[0].sources[0].format == "text");
}

TEST_CASE("numbered items in several styles") {
  auto r = run("1. What is REST?\n2) What is SOAP?\n3、什么是闭包？\n(4) Explain MRO\n");
  CHECK(texts(r) == std::vector<std::string>{"What is REST?", "What is SOAP?", "什么是闭包？", "Explain MRO"});
}

TEST_CASE("question prefixes in several languages are removed") {
  auto r = run("Q: What is a tuple?\n\nQuestion: Why use sets?\n\nВопрос: Что такое GIL?\n\n"
               "Frage 3: Was ist ein Iterator?\n\n问题：什么是装饰器？\n\nPregunta: ¿Qué es un generador?\n");
  CHECK(texts(r) == std::vector<std::string>{"What is a tuple?", "Why use sets?", "Что такое GIL?",
                                             "Was ist ein Iterator?", "什么是装饰器？", "¿Qué es un generador?"});
}

TEST_CASE("Question N headers take the question from the next line, with answer and example code") {
  auto r = run("  1. Question 1\n\n    What is Python?\n\n    A programming language.\n\n    Example code\n\n"
               "    print(\"hi\")\n    if x:\n        pass\n  2. Question 2\n\n    What is None?\n\n    A singleton.\n");
  REQUIRE(r.records.size() == 2);
  CHECK(r.records[0].text == "What is Python?");
  CHECK(r.records[0].sources[0].line == 3);
  CHECK(r.records[0].answer == std::optional<std::string>("A programming language."));
  CHECK(r.records[0].code == std::optional<std::string>("print(\"hi\")\nif x:\n    pass"));
  CHECK(r.records[1].answer == std::optional<std::string>("A singleton."));
  CHECK_FALSE(r.records[1].code.has_value());
}

TEST_CASE("one question per line with hard breaks, headings between blank lines become topics") {
  auto r = run("Вопросы для собеседования, отсортированные по темам:  \n\nPython\n   \nЧто такое MRO  \n"
               "Что такое GIL  \nWhat is the \\_\\_dict__ attribute?\n\nБазы данных\n\nЧто такое индекс  \n"
               "Зачем нужны транзакции  \nКак работает JOIN  \n");
  CHECK(texts(r) == std::vector<std::string>{"Что такое MRO", "Что такое GIL", "What is the __dict__ attribute?",
                                             "Что такое индекс", "Зачем нужны транзакции", "Как работает JOIN"});
  CHECK(r.records[0].topic == std::optional<std::string>("Python"));
  CHECK(r.records[3].topic == std::optional<std::string>("Базы данных"));
  CHECK(reason_of(r, 1) == "title");
  CHECK(reason_of(r, 3) == "heading");
}

TEST_CASE("blank-line separated paragraphs, part headings with declared counts, code after a colon") {
  std::string doc =
      "Top Python Interview Questions\n\nThis article compiles questions about Python. We hope you enjoy it.\n\n"
      "Part 1: Basics (4 questions)\n\nWhy learn Python?\n\nExplain the GIL.\n\nEvaluate the following:\n\n"
      "v1 = 1 or 3\nv2 = 1 and 3\n\nResult of the following expressions:\n\na. 1 or 2\nb. 1 and 2\n\n"
      "Part 2: Web (2 questions)\n\nWhat is WSGI?\n\nExplain CSRF.\n";
  auto r = run(doc);
  CHECK(texts(r) == std::vector<std::string>{"Why learn Python?", "Explain the GIL.", "Evaluate the following:",
                                             "Result of the following expressions:", "What is WSGI?", "Explain CSRF."});
  CHECK(r.records[2].code == std::optional<std::string>("v1 = 1 or 3\nv2 = 1 and 3"));
  CHECK(r.records[3].code == std::optional<std::string>("a. 1 or 2\nb. 1 and 2"));
  CHECK(r.records[0].topic == std::optional<std::string>("Basics"));
  CHECK(r.records[4].topic == std::optional<std::string>("Web"));
  REQUIRE(r.sections.size() == 2);
  CHECK(r.sections[0].declared == 4);
  CHECK(r.sections[0].found == 4);
  CHECK(r.diagnostics.empty());
  CHECK(reason_of(r, 3) == "intro prose");
}

TEST_CASE("a declared count that differs from the questions found is a warning") {
  auto r = run("Part 1: Networking (3 questions)\n\nWhat is TCP?\n\nWhat is UDP?\n");
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].message.find("declares 3 questions, found 2") != std::string::npos);
  CHECK(r.diagnostics[0].line == 1);
}

TEST_CASE("prefixed questions keep code with blank lines inside; outro and footer lines are rejected") {
  std::string doc =
      "I'm starting a series of posts about my favourite interview questions, and I hope you like them.\n\n"
      "Q: What is GIL?\n\nCode questions\n\nQ: What's the output?\n\nclass C:\n\ntype (C())\n\n"
      "Q: How is this possible?\n\nx = 23\n\nYou may also find jobs with us.\n\nLast updated Sat Apr 10 2021\n";
  auto r = run(doc);
  REQUIRE(r.records.size() == 3);
  CHECK_FALSE(r.records[0].topic.has_value());
  CHECK(r.records[1].topic == std::optional<std::string>("Code questions"));
  CHECK(r.records[1].code == std::optional<std::string>("class C:\n\ntype (C())"));
  CHECK(r.records[2].code == std::optional<std::string>("x = 23"));
  CHECK(reason_of(r, 1) == "intro prose");
  CHECK_FALSE(reason_of(r, 17).empty());
  CHECK(reason_of(r, 19) == "date");
}

TEST_CASE("titles, authors, repeated lines and trailing widgets are rejected, not emitted") {
  std::string doc =
      "Jane Doe\n\nInterview Questions\n\nWritten by Jane\n\nACME Blog\nACME Blog\n\n"
      "What is a socket?\n\nWhat is a port?\n\nWhat is DNS?\n\nShare this\n\nSign in to comment\n\n0 Comments\n\n"
      "Was this helpful?\n";
  auto r = run(doc);
  CHECK(texts(r) == std::vector<std::string>{"What is a socket?", "What is a port?", "What is DNS?"});
  CHECK(reason_of(r, 3) == "title");
  CHECK(reason_of(r, 5) == "author");
  CHECK(reason_of(r, 7) == "repeated line");
  CHECK(reason_of(r, 18) == "navigation");
  CHECK(reason_of(r, 20) == "navigation");
  CHECK_FALSE(reason_of(r, 22).empty());
}

TEST_CASE("CRLF line ends, a BOM and markdown escapes are handled; symbols are kept") {
  auto r = run("\xEF\xBB\xBF• What is \\_\\_slots__?\r\n• Difference between // and %?\r\n• What does **kwargs do?\r\n");
  CHECK(texts(r) == std::vector<std::string>{"What is __slots__?", "Difference between // and %?",
                                             "What does **kwargs do?"});
  CHECK(r.records[0].sources[0].raw == "• What is \\_\\_slots__?");
}

TEST_CASE("answers after A: prefixes are attached") {
  auto r = run("Q: What is 2+2?\nA: Four.\n\nQ: What is a list?\nAnswer: A mutable sequence.\n");
  REQUIRE(r.records.size() == 2);
  CHECK(r.records[0].answer == std::optional<std::string>("Four."));
  CHECK(r.records[1].answer == std::optional<std::string>("A mutable sequence."));
}

TEST_CASE("markdown: headings, nested bullets, TOC links, italic prefixed questions with code") {
  std::string doc =
      "---\ntitle: FE questions\n---\n\n## Table of Contents\n\n1. [General](#general)\n1. [Code](#code)\n\n"
      "#### <a name='general'>General Questions:</a>\n\n* What did you learn yesterday?\n"
      "* Explain the following headers:\n  * ETag\n  * Cache-Control\n\n#### Code\n\n"
      "*Вопрос: Чему равно `foo`?*\n```javascript\nvar foo = 10 + '20';\n```\n";
  auto r = run(doc, qbank::InputFormat::kMarkdown);
  CHECK(texts(r) == std::vector<std::string>{"What did you learn yesterday?", "Explain the following headers:",
                                             "ETag", "Cache-Control", "Чему равно `foo`?"});
  CHECK(r.records[0].topic == std::optional<std::string>("General Questions"));
  CHECK(r.records[4].code == std::optional<std::string>("var foo = 10 + '20';"));
  CHECK(reason_of(r, 7) == "table of contents");
  CHECK(r.records[0].sources[0].format == "markdown");
}

TEST_CASE("markdown: numbered question headings with code, choices and a details answer") {
  std::string doc =
      "# Quiz\n\n###### 1. What's the output?\n\n```js\nconsole.log(1)\n```\n\n- A: `1`\n- B: `2`\n\n"
      "<details><summary><b>Answer</b></summary>\n<p>\n\n#### Answer: A\n\nIt logs one.\n\n</p>\n</details>\n\n---\n\n"
      "###### 2. What's the output?\n\n```js\nconsole.log(2)\n```\n\n- A: `1`\n- B: `2`\n\n"
      "<details><summary><b>Answer</b></summary>\n<p>\n\n#### Answer: B\n\n</p>\n</details>\n\n"
      "###### 3. Which is true?\n\n- A: a\n- B: b\n\n<details><summary>Answer</summary>\n\n#### Answer: B\n\n</details>\n";
  auto r = run(doc, qbank::InputFormat::kMarkdown);
  REQUIRE(r.records.size() == 3);
  CHECK(r.records[0].code == std::optional<std::string>("console.log(1)"));
  CHECK(r.records[0].choices == std::vector<std::string>{"A: `1`", "B: `2`"});
  REQUIRE(r.records[0].answer.has_value());
  CHECK(r.records[0].answer->rfind("A", 0) == 0);
  CHECK(r.records[0].id != r.records[1].id);
  CHECK_FALSE(r.records[2].code.has_value());
  CHECK(r.records[2].topic == std::optional<std::string>("Quiz"));
}

TEST_CASE("markdown: question-level headings with answers; deeper headings stay in the answer") {
  std::string doc =
      "# Python\n\n## Lists\n\n### Что такое список\n\nИзменяемая последовательность.\n\n#### Пример\n\n"
      "- append\n- pop\n\n### Чем список отличается от кортежа\n\nКортеж неизменяем.\n\n"
      "### Как сделать копию списка\n\n```python\nb = a[:]\n```\n";
  auto r = run(doc, qbank::InputFormat::kMarkdown);
  CHECK(texts(r) == std::vector<std::string>{"Что такое список", "Чем список отличается от кортежа",
                                             "Как сделать копию списка"});
  CHECK(r.records[0].topic == std::optional<std::string>("Lists"));
  REQUIRE(r.records[0].answer.has_value());
  CHECK(r.records[0].answer->find("append") != std::string::npos);
  CHECK(r.records[2].code == std::optional<std::string>("b = a[:]"));
}

TEST_CASE("control characters in a topic, answer, code or choice are removed; tabs and line ends in code stay") {
  auto r = run("# Net\x1b[31mworking\x07\n\n1. What is TCP?\n   A protocol\x1b]0;title\x07 that \x08\x08" "delivers.\n\n"
               "```\nif x:\n\tsend()\x1b[2J\n```\n",
               qbank::InputFormat::kMarkdown);
  REQUIRE(r.records.size() == 1);
  const auto& q = r.records[0];
  CHECK(q.topic == "Net[31mworking");
  CHECK(q.answer == "A protocol]0;title that delivers.");
  CHECK(q.code == "if x:\n\tsend()[2J");
  auto csv = run("question,answer,category\nWhat is UDP?,\x1b[1m\x1b,\xc2\x9b\n", qbank::InputFormat::kCsv);
  REQUIRE(csv.records.size() == 1);
  CHECK(csv.records[0].answer == "[1m");
  CHECK_FALSE(csv.records[0].topic.has_value());
}

TEST_CASE("a list mixing languages in like shares gives its items no document language") {
  // The largest language here holds three of eight items: too few to decide the short ones.
  auto r = run("¿Qué es un sistema de archivos?\n¿Para qué sirve un inodo?\n¿Cómo se monta un disco?\n"
               "What is a file system?\nWas ist ein Dateisystem?\nMfumo wa faili ni nini?\nVad betyder inod?\n"
               "Mit jelent az inode?\n");
  std::vector<std::string> langs;
  for (const auto& q : r.records) langs.push_back(q.lang);
  CHECK(langs == std::vector<std::string>{"es", "es", "es", "en", "de", "sw", "sv", "hu"});
  // A list in one language still lends it to an item that says nothing of its own.
  auto one = run("¿Qué es un sistema de archivos?\n¿Para qué sirve un inodo?\n¿Cómo se monta un disco?\nHTTP/2\n");
  REQUIRE(one.records.size() == 4);
  CHECK(one.records[3].lang == "es");
}
