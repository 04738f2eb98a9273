// Tests for README shapes of question lists read by the Markdown walk: answers whose </details> follows their
// text, code inside a <summary>, labels a document pairs (В:/О:, D:/R:), placeholder answers, bold lead
// questions in Markdown and HTML, tables of contents as tables, heading attribute blocks, link items with
// remarks, furniture sections, a labelled title over numbered questions, HTML headings, bold list labels, lists
// inside answers (numbers kept) and task-list boxes.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "normalize_expect.hpp"

using qbank::InputFormat;
using qbank_test::check_records;
using qbank_test::reason_of;
using qbank_test::run_format;
using qbank_test::texts;

namespace {

// Normalizes Markdown text and requires success.
qbank::NormalizeResult md(const std::string& text) {
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  return *r;
}

}  // namespace

TEST_CASE("readme shapes: </details> under an answer's text closes it; code inside a <summary> is question code") {
  auto r = md(
      "## Linux\n\n"
      "<details>\n<summary>What does df -h show?</summary><br><b>\n\nFree disk space per file system.\n</b></details>\n\n"
      "<details>\n<summary>What will this print?\n\n```\necho $((1 + 2))\n```\n</summary><br><b>\n\n3\n</b></details>\n\n"
      "<details>\n<summary>What is an inode?</summary><br><b>\n\n* metadata of a file\n* not its name\n</b></details>\n");
  check_records(r, {
      {4, "What does df -h show?", "Linux", "Free disk space per file system.", std::nullopt},
      {10, "What will this print?", "Linux", "3", "echo $((1 + 2))"},
      {21, "What is an inode?", "Linux", "- metadata of a file\n\n- not its name", std::nullopt},
  });
}

TEST_CASE("readme shapes: labels a document pairs start questions and answers; code under a label answers") {
  auto r = md(
      "## Процессы\n\n"
      "**В:** Что такое зомби-процесс?\n**О:** Завершившийся процесс, чей код возврата не прочитан.\n\n"
      "**В:** Как найти большие файлы?\n**О:**\n```bash\nfind / -size +100M\n```\n\n"
      "**В:** Что такое load average?\n**О:** Средняя длина очереди процессов.\n");
  check_records(r, {
      {3, "Что такое зомби-процесс?", "Процессы", "Завершившийся процесс, чей код возврата не прочитан.",
       std::nullopt},
      {6, "Как найти большие файлы?", "Процессы", "```\nfind / -size +100M\n```", std::nullopt},
      {12, "Что такое load average?", "Процессы", "Средняя длина очереди процессов.", std::nullopt},
  });
}

TEST_CASE("readme shapes: labels that do not pair with asking texts are not question labels") {
  auto r = md(
      "## Two Sum\n\n**Input:** nums = [2,7]\n**Output:** [0,1]\n\n**Input:** nums = [3,3]\n**Output:** [0,1]\n\n"
      "**Input:** nums = [1,5]\n**Output:** [0,1]\n\n**Input:** nums = [4,4]\n**Output:** [0,1]\n");
  CHECK(r.records.empty());
}

TEST_CASE("readme shapes: code right above a labelled question belongs to it, not to the answer before") {
  auto r = md(
      "```js\n~~3.14\n```\nQuestion: What does this return?\n**Answer: 3**\n\n"
      "```js\n[1, 2].length\n```\nQuestion: What does this return?\n**Answer: 2**\n");
  check_records(r, {
      {4, "What does this return?", std::nullopt, "3", "~~3.14"},
      {10, "What does this return?", std::nullopt, "2", "[1, 2].length"},
  });
}

TEST_CASE("readme shapes: an answer that only holds a place for one is no answer") {
  auto r = md(
      "## Go\n\n### What is escape analysis?\n\n> ...\n\n### What is a goroutine?\n\nA lightweight thread.\n\n"
      "### What is a channel?\n\n*TODO*\n\n### 什么是双亲委派模型？\n\n待补充。\n\n"
      "### What is the GC life cycle?\n\n![Life cycle](gc.png)\n");
  REQUIRE(r.records.size() == 5);
  CHECK_FALSE(r.records[0].answer.has_value());
  CHECK(r.records[1].answer == std::optional<std::string>("A lightweight thread."));
  CHECK_FALSE(r.records[2].answer.has_value());
  CHECK_FALSE(r.records[3].answer.has_value());
  CHECK(r.records[4].answer.has_value());  // A picture answers.
}

TEST_CASE("readme shapes: a paragraph opening with a bold question is that question, the rest its answer") {
  auto r = md(
      "## Pandas\n\n"
      "**1. What is a Series?** A one-dimensional labelled array.\n\n"
      "**2. `loc` or `iloc`?** Labels or positions.\n\n"
      "**3. How do you drop missing values?** With `dropna()`.\n\n"
      "**4. Write a query that finds duplicate emails.**\n\n```sql\nSELECT email FROM users GROUP BY email HAVING COUNT(*) > 1;\n```\n\n"
      "<b>5. Why use a categorical dtype?</b><br>\nIt saves memory.\n\n"
      "**Note:** answers are short.\n");
  CHECK(texts(r) == std::vector<std::string>{"What is a Series?", "`loc` or `iloc`?", "How do you drop missing values?",
                                             "Write a query that finds duplicate emails.",
                                             "Why use a categorical dtype?"});
  CHECK(r.records[0].answer == std::optional<std::string>("A one-dimensional labelled array."));
  REQUIRE(r.records[4].answer.has_value());
  CHECK(r.records[4].answer->rfind("It saves memory.", 0) == 0);
  CHECK(r.records[4].sources.at(0).line == 15);
}

TEST_CASE("readme shapes: a question table of anchor links is a table of contents") {
  auto r = md(
      "| No. | Questions |\n|---|---|\n| 1 | [What is JSX?](#what-is-jsx) |\n| 2 | [What are props?](#what-are-props) |\n\n"
      "### What is JSX?\n\nA syntax extension.\n\n### What are props?\n\nInputs of a component.\n");
  check_records(r, {
      {6, "What is JSX?", std::nullopt, "A syntax extension.", std::nullopt},
      {10, "What are props?", std::nullopt, "Inputs of a component.", std::nullopt},
  });
  CHECK(reason_of(r, 3) == "table of contents");
}

TEST_CASE("readme shapes: a heading's attribute block is not part of its text") {
  auto r = md("## Setup\n\n### What are the requirements? {#requirements}\n\nPHP 8.2.\n\n### How do I update?\n\nPull.\n");
  CHECK(texts(r) == std::vector<std::string>{"What are the requirements?", "How do I update?"});
}

TEST_CASE("readme shapes: link items with remarks and furniture sections hold no questions") {
  auto r = md(
      "## Behavioral\n\n- Tell me about yourself.\n- Why do you want to work here?\n- What is your biggest weakness?\n\n"
      "## Practice\n\n- [Pramp](https://www.pramp.com/) - Free mock interviews.\n"
      "- [The Manager's Path](https://example.com/book) by Camille Fournier\n\n"
      "## Contributing\n\n1. Fork the repository\n2. Add your question\n3. Open a pull request\n");
  CHECK(texts(r) == std::vector<std::string>{"Tell me about yourself.", "Why do you want to work here?",
                                             "What is your biggest weakness?"});
  CHECK(reason_of(r, 9) == "link");
  CHECK(reason_of(r, 14) == "section text");
}

TEST_CASE("readme shapes: a link to an answer page, in a list that half asks, is a question") {
  auto r = md(
      "## Network\n\n- [What happens when you type a URL?](./url.md)\n- [Explain TCP and UDP.](./tcp-udp.md)\n"
      "- What is CORS?\n- REST in practice\n");
  CHECK(texts(r) == std::vector<std::string>{"What happens when you type a URL?", "Explain TCP and UDP.",
                                             "What is CORS?", "REST in practice"});
}

TEST_CASE("readme shapes: a labelled title over numbered question headings is a title; sections are topics") {
  auto r = md(
      "# Quiz: JavaScript basics\n\nPick one.\n\n## Part 1: Types\n\n### 1. What does `typeof null` return?\n\n"
      "- [ ] `\"null\"`\n- [x] `\"object\"`\n\n### 2. Which method appends to an array?\n\n- [x] `push()`\n- [ ] `pop()`\n\n"
      "### 3. What is `0.1 + 0.2 === 0.3`?\n\n- [ ] `true`\n- [x] `false`\n\n## Part 2: Functions\n\n"
      "### 4. What does `[1, 2].map(x => x * 2)` return?\n\n- [x] `[2, 4]`\n- [ ] `[1, 2]`\n\n"
      "### 5. What does an `async` function return?\n\n- [x] A promise\n- [ ] Nothing\n");
  REQUIRE(r.records.size() == 5);
  CHECK(r.records[0].text == "What does `typeof null` return?");
  CHECK(r.records[0].topic == std::optional<std::string>("Types"));  // "Part 1:" numbers the section
  CHECK(r.records[4].topic == std::optional<std::string>("Functions"));
}

TEST_CASE("readme shapes: a one-line HTML heading is a heading; a bold list item over problems is a label") {
  auto r = md(
      "<div align=\"center\">\n  <h1>JavaScript Questions</h1>\n</div>\n\n"
      "###### 1. What's the output?\n\n```js\nconsole.log(typeof NaN);\n```\n\n- A: `number`\n- B: `NaN`\n\n"
      "###### 2. What's the output?\n\n```js\nconsole.log(+true);\n```\n\n- A: `1`\n- B: `true`\n\n"
      "###### 3. Which one is true?\n\n- A: all\n- B: none\n");
  REQUIRE(r.records.size() == 3);
  CHECK(r.records[0].topic == std::optional<std::string>("JavaScript Questions"));
  auto l = md("- **Arrays**\n  - Reverse a string in place.\n  - Rotate a matrix.\n- **Design**\n"
              "  - Design an LRU cache.\n  - Design a rate limiter.\n");
  check_records(l, {
      {2, "Reverse a string in place.", "Arrays"},
      {3, "Rotate a matrix.", "Arrays"},
      {5, "Design an LRU cache.", "Design"},
      {6, "Design a rate limiter.", "Design"},
  });
}

TEST_CASE("readme shapes: a bold list question without a question mark is answered by its sub-items") {
  auto r = md("## JavaScript\n\n- **What is a closure**\n  - A function with its scope.\n- **What is hoisting**\n"
              "  - Declarations move up.\n");
  check_records(r, {
      {3, "What is a closure", "JavaScript", "- A function with its scope.", std::nullopt},
      {5, "What is hoisting", "JavaScript", "- Declarations move up.", std::nullopt},
  });
}

TEST_CASE("readme shapes: a list inside an answer already begun is answer text unless its items ask") {
  auto r = md(
      "1. ### How can a list be sorted in Python\n\n"
      "   There are two ways:\n\n"
      "   1. **In place:**\n\n      `list.sort()` changes the list.\n\n"
      "   2. **As a copy:**\n\n      `sorted()` returns a new list.\n\n"
      "2. ### What is a generator\n\n"
      "   A function that yields values lazily.\n\n"
      "   - How does it differ from a list comprehension?\n");
  auto t = texts(r);
  REQUIRE(t.size() == 3);
  CHECK(t[0] == "How can a list be sorted in Python");
  CHECK(t[1] == "What is a generator");
  CHECK(t[2] == "How does it differ from a list comprehension?");
  REQUIRE(r.records[0].answer.has_value());
  CHECK(r.records[0].answer->find("In place:") != std::string::npos);
  CHECK(r.records[0].answer->find("`sorted()` returns a new list.") != std::string::npos);
}

TEST_CASE("readme shapes: task-list boxes under a question are its options, the checked one its answer") {
  auto r = md(
      "## Git\n\n"
      "#### Q1. Which command shows the staged changes?\n\n"
      "- [ ] git log\n- [x] git diff --staged\n- [ ] git status -s\n\n"
      "Staged changes are compared with the last commit.\n\n"
      "#### Q2. Which command creates a branch?\n\n"
      "- [X] git branch name\n- [ ] git init\n");
  REQUIRE(r.records.size() == 2);
  CHECK(r.records[0].text == "Which command shows the staged changes?");
  CHECK(r.records[0].choices == std::vector<std::string>{"git log", "git diff --staged", "git status -s"});
  CHECK(r.records[0].answer == std::optional<std::string>("git diff --staged\n\nStaged changes are compared with the last commit."));
  CHECK(r.records[1].choices == std::vector<std::string>{"git branch name", "git init"});
  CHECK(r.records[1].answer == std::optional<std::string>("git branch name"));
}

TEST_CASE("readme shapes: a checklist of questions under a topic keeps the questions without their boxes") {
  auto r = md("## Networking\n\n- [ ] What is a subnet mask?\n- [x] What does ARP do?\n- [ ] Explain NAT\n");
  auto t = texts(r);
  CHECK(t == std::vector<std::string>{"What is a subnet mask?", "What does ARP do?", "Explain NAT"});
  for (const auto& q : r.records) CHECK(q.choices.empty());
}

TEST_CASE("readme shapes: a heading under an answer is part of it unless it links to another site") {
  auto r = md(
      "## 1. What is a decorator?\n\nA function that wraps another.\n\n### Example\n\nUsed for logging.\n\n"
      "## 2. What is a context manager?\n\nAn object used by `with`.\n\n"
      "#### See all 50 answers 👉 [example.org - Python](https://example.org/python)\n\n"
      "<img src=\"https://example.org/banner.png\" alt=\"banner\">\n");
  REQUIRE(r.records.size() == 2);
  CHECK(r.records[0].answer == std::optional<std::string>("A function that wraps another.\n\nExample\n\nUsed for logging."));
  CHECK(r.records[1].answer == std::optional<std::string>("An object used by `with`."));
  CHECK(reason_of(r, 13) == "heading");
  CHECK(reason_of(r, 15) == "html");
}

TEST_CASE("readme shapes: a furniture title that goes on or is worded as a question heads furniture") {
  auto r = md(
      "## Вопросы\n\n### Что такое замыкание?\n\nФункция с окружением.\n\n"
      "## Как помочь проекту\n\nПрисылайте исправления.\n\n"
      "## How to contribute to this list\n\n- Fork it\n- Add a question\n");
  CHECK(texts(r) == std::vector<std::string>{"Что такое замыкание?"});
}

TEST_CASE("readme shapes: a task that introduces its code with a colon shows it; another task is solved by it") {
  auto r = md(
      "## Coding\n\n* Make this work:\n```js\nduplicate([1, 2]); // [1, 2, 1, 2]\n```\n"
      "* Remove the duplicates from an array\n```js\nconst unique = [...new Set(a)];\n```\n");
  REQUIRE(r.records.size() == 2);
  CHECK(r.records[0].code == std::optional<std::string>("duplicate([1, 2]); // [1, 2, 1, 2]"));
  CHECK_FALSE(r.records[0].answer.has_value());
  CHECK_FALSE(r.records[1].code.has_value());
  CHECK(r.records[1].answer == std::optional<std::string>("```\nconst unique = [...new Set(a)];\n```"));
}

TEST_CASE("readme shapes: answer labels of more languages and emphasized letter labels leave answers") {
  auto r = md(
      "## 基礎\n\n### JVMとは何ですか？\n\n**A.** バイトコードを実行します。\n\n"
      "### GCの仕組みは？\n\n**答え：** 到達不能なオブジェクトを回収します。\n\n"
      "## 자바스크립트\n\n#### 호이스팅이란 무엇인가요?\n\n<details>\n<summary>답변 보기</summary>\n\n"
      "선언이 끌어올려지는 현상입니다.\n\n</details>\n");
  REQUIRE(r.records.size() == 3);
  CHECK(r.records[0].answer == std::optional<std::string>("バイトコードを実行します。"));
  CHECK(r.records[1].answer == std::optional<std::string>("到達不能なオブジェクトを回収します。"));
  CHECK(r.records[2].answer == std::optional<std::string>("선언이 끌어올려지는 현상입니다."));
}

TEST_CASE("readme shapes: a whole bold answer line, punctuation after it, is the answer under its label") {
  auto r = md("## Код\n\nПитання: Чому дорівнює x?\n**Відповідь: 42 (якщо x не задано)**,\n\n"
              "Question: What does f return?\n**Answer: None**\n");
  REQUIRE(r.records.size() == 2);
  CHECK(r.records[0].text == "Чому дорівнює x?");
  CHECK(r.records[0].answer == std::optional<std::string>("42 (якщо x не задано)"));
  CHECK(r.records[1].answer == std::optional<std::string>("None"));
}

TEST_CASE("readme shapes: an ordered list inside an answer keeps its numbers") {
  auto r = md("### How does `this` get its value\n\nBy the call:\n\n1. `new` makes a new object\n2. `call` passes one\n\n"
              "- arrow functions keep the outer one\n");
  REQUIRE(r.records.size() == 1);
  CHECK(r.records[0].answer ==
        std::optional<std::string>("By the call:\n\n1. `new` makes a new object\n\n2. `call` passes one\n\n"
                                   "- arrow functions keep the outer one"));
}

TEST_CASE("readme shapes: an HTML table in Markdown is read like one in a page, under the heading in force") {
  auto r = md(
      "# Sieci komputerowe\n\n"
      "## Warstwa transportowa\n\n"
      "<table>\n"
      "  <tr><th>#</th><th>Pytanie</th><th>Odpowiedź</th></tr>\n"
      "  <tr>\n"
      "    <td>1</td>\n"
      "    <td>Czym różni się <code>TCP</code> od UDP?</td>\n"
      "    <td>TCP zestawia połączenie i gwarantuje kolejność.</td>\n"
      "  </tr>\n"
      "\n"
      "  <tr>\n"
      "    <td>2</td>\n"
      "    <td>Co to jest port?</td>\n"
      "    <td>—</td>\n"
      "  </tr>\n"
      "  <tr><td>3</td><td>Wyjaśnij trójstronne uzgadnianie.</td><td>SYN, SYN-ACK i ACK wymieniane przed danymi.</td></tr>\n"
      "</table>\n\n"
      "Tekst po tabeli.\n");
  check_records(r, {
      {9, "Czym różni się `TCP` od UDP?", "Warstwa transportowa", "TCP zestawia połączenie i gwarantuje kolejność.",
       std::nullopt},
      {15, "Co to jest port?", "Warstwa transportowa", std::nullopt, std::nullopt},
      {18, "Wyjaśnij trójstronne uzgadnianie.", "Warstwa transportowa", "SYN, SYN-ACK i ACK wymieniane przed danymi.",
       std::nullopt},
  });
  CHECK(reason_of(r, 6) == "table header");
}

TEST_CASE("readme shapes: an HTML layout table without questions keeps its old reading") {
  auto r = md(
      "## What is a mutex?\n\n"
      "<table><tr><td>lock</td><td>unlock</td></tr></table>\n\n"
      "## What is a semaphore?\n\nA counter.\n");
  REQUIRE(texts(r) == std::vector<std::string>{"What is a mutex?", "What is a semaphore?"});
  CHECK(r.records[0].answer.value_or("").find("lock") != std::string::npos);
}

TEST_CASE("readme shapes: a pipe table whose header names no question column takes the column whose cells ask") {
  auto r = md(
      "## Kubernetes\n\n"
      "| Nº | Kysymys | Vastaus lyhyesti |\n"
      "|---|---|---|\n"
      "| 1 | Mikä on pod? | Pienin ajettava yksikkö, yksi tai useampi kontti. |\n"
      "| 2 | Mitä tekee kubelet? | Ajaa podit solmulla ja raportoi tilan. |\n"
      "| 3 | Selitä ReplicaSetin tehtävä. | Pitää halutun määrän podeja käynnissä. |\n");
  check_records(r, {
      {5, "Mikä on pod?", "Kubernetes", "Pienin ajettava yksikkö, yksi tai useampi kontti.", std::nullopt},
      {6, "Mitä tekee kubelet?", "Kubernetes", "Ajaa podit solmulla ja raportoi tilan.", std::nullopt},
      {7, "Selitä ReplicaSetin tehtävä.", "Kubernetes", "Pitää halutun määrän podeja käynnissä.", std::nullopt},
  });
}

TEST_CASE("readme shapes: a bold number alone, maybe with points, opens the question written after it") {
  auto r = md(
      "# Prüfung Betriebssysteme\n\n"
      "| Frage | Punkte |\n|---|---|\n| 1 | 10 |\n| 2 | 20 |\n\n"
      "## Prozesse\n\n"
      "**1. (10 P.)** Nennen Sie drei Zustände eines Prozesses.\n\n"
      "**2.** Was ist ein Kontextwechsel?\n\n"
      "Der Wechsel der CPU von einem Prozess zum anderen.\n\n"
      "**3. (5 P.)** Beschreiben Sie einen Deadlock.\n");
  check_records(r, {
      {10, "Nennen Sie drei Zustände eines Prozesses.", "Prozesse", std::nullopt, std::nullopt},
      {12, "Was ist ein Kontextwechsel?", "Prozesse", "Der Wechsel der CPU von einem Prozess zum anderen.", std::nullopt},
      {16, "Beschreiben Sie einen Deadlock.", "Prozesse", std::nullopt, std::nullopt},
  });
  CHECK(reason_of(r, 5) == "not question-like");
}

TEST_CASE("readme shapes: a part label of any language before a section's name is numbering, not its name") {
  auto r = md("## Osa B: Sanakirjat\n\n1. Mikä on avain?\n2. Mikä on arvo?\n\n## IV jakso. Joukot\n\n1. Mikä on joukko?\n\n"
              "## Java 8: Streams\n\n1. What is a stream?\n");
  REQUIRE(r.records.size() == 4);
  CHECK(r.records[0].topic.value_or("") == "Sanakirjat");
  CHECK(r.records[2].topic.value_or("") == "Joukot");
  CHECK(r.records[3].topic.value_or("") == "Java 8: Streams");
}

TEST_CASE("readme shapes: a task that does not ask over lettered sub-questions is their stem, not a question") {
  auto r = md("## Grafy\n\n**1.** Graf ma 6 wierzchołków i 9 krawędzi.\n"
              "   - (a) Czy może być drzewem?\n   - (b) Ile krawędzi ma jego drzewo rozpinające?\n\n"
              "**2.** Opisz algorytm BFS.\n");
  CHECK(texts(r) == std::vector<std::string>{"Czy może być drzewem?", "Ile krawędzi ma jego drzewo rozpinające?",
                                              "Opisz algorytm BFS."});
  CHECK(reason_of(r, 3) == "question stem");
}

TEST_CASE("readme shapes: an HTML table of contents linking to the questions below gives no questions of its own") {
  auto r = md("# Vue\n\n<table>\n<tr><th>No.</th><th>Questions</th></tr>\n"
              "<tr><td>1</td><td><a href=\"#what-is-vue\">What is Vue?</a></td></tr>\n"
              "<tr><td>2</td><td><a href=\"#what-is-a-directive\">What is a directive?</a></td></tr>\n</table>\n\n"
              "1. ### What is Vue?\n\n    A framework.\n\n2. ### What is a directive?\n\n    A special attribute.\n");
  CHECK(texts(r) == std::vector<std::string>{"What is Vue?", "What is a directive?"});
  CHECK(r.records[0].answer.value_or("") == "A framework.");
}

TEST_CASE("readme shapes: a bold label over a list of questions names their section; one inside an answer does not") {
  auto r = md("# Preparação\n\n**Redes**\n\n1. O que é um roteador?\n2. O que é um switch?\n\n"
              "**Armazenamento**\n\n3. O que é RAID?\n\n## O que é DNS?\n\n**Resumo**\n\nResolve nomes.\n");
  REQUIRE(r.records.size() == 4);
  CHECK(r.records[0].topic.value_or("") == "Redes");
  CHECK(r.records[2].topic.value_or("") == "Armazenamento");
  CHECK(r.records[3].answer.value_or("").find("Resumo") != std::string::npos);
  CHECK(reason_of(r, 3) == "heading");
}

TEST_CASE("readme shapes: a block quote right under a list question answers it; a Q: label in an item is no text") {
  auto r = md("## Kafka\n\n1. Co to jest partycja?\n\n> Uporządkowany log wiadomości.\n>\n> Ma swój offset.\n\n"
              "2. Co to jest broker?\n\n- **Q:** Co to jest konsument?\n  **A:** Czyta wiadomości.\n\n> Cytat na koniec.\n");
  REQUIRE(texts(r) == std::vector<std::string>{"Co to jest partycja?", "Co to jest broker?", "Co to jest konsument?"});
  CHECK(r.records[0].answer.value_or("") == "Uporządkowany log wiadomości.\n\nMa swój offset.");
  CHECK_FALSE(r.records[1].answer.has_value());
  CHECK(r.records[2].answer.value_or("") == "Czyta wiadomości.");
}

TEST_CASE("readme shapes: questions listed in a page's YAML front matter are read; the page's own fields are not") {
  auto r = md("---\ntitle: Perguntas\nlayout: faq\nperguntas:\n  - pergunta: Como instalo o cliente?\n"
              "    resposta: Com o instalador oficial.\n  - pergunta: Há suporte para ARM?\n    resposta: Sim.\n---\n\n"
              "Texto de introdução.\n");
  REQUIRE(texts(r) == std::vector<std::string>{"Como instalo o cliente?", "Há suporte para ARM?"});
  CHECK(r.records[0].sources.at(0).line == 5);
  CHECK(r.records[0].answer.value_or("") == "Com o instalador oficial.");
  CHECK(r.records[1].answer.value_or("") == "Sim.");
  for (std::int64_t line : {1, 2, 3, 4, 9}) CHECK(reason_of(r, line) == "front matter");
  // A header of page fields alone (a title and a description) is front matter, never a question.
  auto plain = md("---\ntitle: Como funciona o cache?\ndescription: Notas sobre cache.\n---\n\n- O que é TTL?\n");
  REQUIRE(texts(plain) == std::vector<std::string>{"O que é TTL?"});
  CHECK(reason_of(plain, 2) == "front matter");
}

TEST_CASE("readme shapes: the list under a navigation heading links away; the next heading ends it") {
  auto r = md("# Entrevista\n\n## 1. ¿Qué es un índice?\n\nAcelera búsquedas.\n\n## Artículos relacionados\n\n"
              "## Related posts\n\n- [¿Qué es una vista?](/vista)\n- [¿Qué es un trigger?](/trigger)\n\n"
              "## Extra\n\n- ¿Qué es una clave foránea?\n");
  REQUIRE(texts(r) == std::vector<std::string>{"¿Qué es un índice?", "¿Qué es una clave foránea?"});
  CHECK(reason_of(r, 11) == "navigation");
}

TEST_CASE("readme shapes: the paragraph under a labelled question answers it; a paragraph of options is its choices") {
  auto r = md("# Java\n\n**Câu 1:** JVM là gì?\n\nMáy ảo chạy bytecode.\n\n**Câu 2:** Chọn kiểu nguyên thủy.\n\n"
              "A) String\nB) int\nC) List\n\n**Đáp án:** B\n");
  REQUIRE(texts(r) == std::vector<std::string>{"JVM là gì?", "Chọn kiểu nguyên thủy."});
  CHECK(r.records[0].answer.value_or("") == "Máy ảo chạy bytecode.");
  CHECK(r.records[1].choices == std::vector<std::string>{"A) String", "B) int", "C) List"});
  CHECK(r.records[1].answer.value_or("") == "B");
}

TEST_CASE("readme shapes: a title worded as a list of questions is their topic when it is the only other heading") {
  auto only = md("# Perguntas de entrevista de React\n\n## 1. O que é JSX?\n\nUma extensão de sintaxe.\n\n"
                 "## 2. O que são hooks?\n\nFunções de estado.\n");
  REQUIRE(only.records.size() == 2);
  CHECK(only.records[1].topic.value_or("") == "Perguntas de entrevista de React");
  auto sections = md("# Perguntas de entrevista de React\n\n## Básico\n\n- O que é JSX?\n\n## Avançado\n\n- O que é Fiber?\n");
  REQUIRE(sections.records.size() == 2);
  CHECK(sections.records[0].topic.value_or("") == "Básico");
}

TEST_CASE("readme shapes: a heading written in a numbered list item is a question heading; its item holds the answer") {
  auto r = md("# Preguntas de JavaScript\n\n### Índice\n\n| No. | Pregunta |\n| --- | --- |\n"
              "| 1 | [Qué es un closure](#qué-es-un-closure) |\n\n"
              "1. ### Qué es un closure\n\n   Una función con su entorno:\n\n   1. **Ejemplo:**\n\n      ```js\n      f()\n      ```\n\n"
              "   **[⬆ Volver arriba](#índice)**\n\n2. ### Qué es el hoisting\n\n   Las declaraciones suben.\n");
  REQUIRE(texts(r) == std::vector<std::string>{"Qué es un closure", "Qué es el hoisting"});
  CHECK(r.records[0].sources.at(0).line == 9);
  CHECK(r.records[0].answer.value_or("").find("f()") != std::string::npos);
  CHECK(r.records[1].answer.value_or("") == "Las declaraciones suben.");
  CHECK(r.records[1].topic.value_or("") != "Volver arriba");
}

TEST_CASE("readme shapes: a section heading over sibling question headings names their topic; an intro section does not") {
  auto r = md("# Pytania Node.js\n\n## # 1. WPROWADZENIE\n\n<br/>\n\n## Q. Czym jest Node.js?\n\nŚrodowiskiem uruchomieniowym.\n\n"
              "<div align=\"right\">\n    <b><a href=\"#spis-treści\">↥ do góry</a></b>\n</div>\n\n"
              "## Q. Czym jest pętla zdarzeń?\n\n*ToDo*\n\n## # 2. MODUŁY\n\n## Q. Czym jest require?\n\nFunkcją ładującą moduły.\n");
  REQUIRE(texts(r) == std::vector<std::string>{"Czym jest Node.js?", "Czym jest pętla zdarzeń?", "Czym jest require?"});
  CHECK(r.records[0].topic.value_or("") == "WPROWADZENIE");
  CHECK(r.records[1].topic.value_or("") == "WPROWADZENIE");
  CHECK(r.records[2].topic.value_or("") == "MODUŁY");
  CHECK(r.records[0].answer.value_or("") == "Środowiskiem uruchomieniowym.");
  CHECK_FALSE(r.records[1].answer.has_value());  // a placeholder, the link back up is navigation
  CHECK(reason_of(r, 12) == "navigation");
  auto intro = md("## O projekcie\n\nZbiór pytań.\n\n## Q. Czym jest npm?\n\nMenedżerem pakietów.\n\n## Q. Czym jest npx?\n\nNarzędziem.\n");
  REQUIRE(intro.records.size() == 2);
  CHECK_FALSE(intro.records[1].topic.has_value());
}
