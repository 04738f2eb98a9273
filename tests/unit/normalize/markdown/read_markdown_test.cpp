// Tests for the Markdown reader: inline markup, emphasized questions, list-item answers, answer labels,
// question tables, navigation and sign-offs, setext headings and multiple choice.
#include <catch2/catch.hpp>

#include <set>

#include "normalize_expect.hpp"

using qbank::InputFormat;
using qbank_test::check_records;
using qbank_test::Expect;
using qbank_test::rejected_with;
using qbank_test::run_format;

namespace {

// Normalizes Markdown text and requires success.
qbank::NormalizeResult md(const std::string& text) {
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  return *r;
}

}  // namespace

TEST_CASE("markdown: angle brackets that are no HTML tag and plain brackets stay in the text") {
  auto r = md("- What is the <T> in List<T>?\n- What is std::vector<int> vs std::array<int, 3>?\n"
              "- Is x<y>z valid C++?\n- What is [1, 2][0] in Python?\n");
  check_records(r, {{1, "What is the <T> in List<T>?"},
                    {2, "What is std::vector<int> vs std::array<int, 3>?"},
                    {3, "Is x<y>z valid C++?"},
                    {4, "What is [1, 2][0] in Python?"}});
}

TEST_CASE("markdown: HTML tags, inline links and defined reference links are reduced to their text") {
  auto r = md("- What does <b>bold</b> <span class=\"x\">mean</span>?<br/>\n- What is [HTTP](https://x.org)?\n"
              "- What is [REST][rest] and [SOAP][]?\n- Is [TLS][tls] a protocol?\n\n[rest]: https://r.org\n"
              "[soap]: https://s.org\n");
  check_records(r, {{1, "What does bold mean?"},
                    {2, "What is HTTP?"},
                    {3, "What is REST and SOAP?"},
                    {4, "Is [TLS][tls] a protocol?"}});
  CHECK(rejected_with(r, "link definition"));
}

TEST_CASE("markdown: a paragraph that is one bold question takes the paragraphs after it as its answer") {
  auto r = md("## HTTP\n\n**What is a cookie?**\n\nA small piece of data stored by the browser.\n\n"
              "*Why use HTTPS?*\n\nIt encrypts traffic.\n\nAnd it authenticates the server.\n");
  check_records(r, {{3, "What is a cookie?", "HTTP", "A small piece of data stored by the browser."},
                    {7, "Why use HTTPS?", "HTTP", "It encrypts traffic.\n\nAnd it authenticates the server."}});
}

TEST_CASE("markdown: an emphasized label that is not a question does not start one") {
  auto r = md("## Topic\n\n**How it works:**\n\nSome text.\n\n- What is X?\n");
  check_records(r, {{7, "What is X?", "Topic"}});
}

TEST_CASE("markdown: a .md list the Markdown reader cannot read falls back to plain text without markup") {
  auto r = md("## HTTP\n\nWhat is a **cookie**?\nWhat is a [header](https://h.org)?\n");
  check_records(r, {{3, "What is a cookie?", "HTTP"}, {4, "What is a header?", "HTTP"}});
  CHECK(r.records[0].sources.at(0).raw == "What is a **cookie**?");
}

TEST_CASE("markdown: paragraphs and code indented under a list question are its answer and code") {
  auto r = md("## Node\n\n1. What is a buffer?\n\n   A fixed-size chunk of memory.\n\n2. What is a stream?\n\n"
              "Outside text.\n");
  check_records(r, {{3, "What is a buffer?", "Node", "A fixed-size chunk of memory."},
                    {7, "What is a stream?", "Node"}});
  CHECK(rejected_with(r, "paragraph"));
  auto h = md("1. ### What is React?\n\n   A JavaScript library.\n\n   ```js\n   render(<App/>)\n   ```\n");
  check_records(h, {{1, "What is React?", std::nullopt, "A JavaScript library.\n\n```\nrender(<App/>)\n```"}});
}

TEST_CASE("markdown: answer labels in bold, italic or plain, in several languages, are dropped") {
  auto r = md("### What is a closure?\n\n**Answer:** A function that keeps its scope.\n\n"
              "### What is hoisting?\n\n*Antwort:* Moving declarations up.\n\n### What is NaN?\n\n**Ответ**: Не число.\n\n"
              "### What is a promise?\n\nRespuesta: A future value.\n");
  check_records(r, {{1, "What is a closure?", std::nullopt, "A function that keeps its scope."},
                    {5, "What is hoisting?", std::nullopt, "Moving declarations up."},
                    {9, "What is NaN?", std::nullopt, "Не число."},
                    {13, "What is a promise?", std::nullopt, "A future value."}});
}

TEST_CASE("markdown: a <summary> answer label on its own line stays out of the answer") {
  auto r = md("### What is the event loop?\n\n<details>\n<summary>Answer</summary>\n\nIt runs callbacks.\n\n</details>\n");
  check_records(r, {{1, "What is the event loop?", std::nullopt, "It runs callbacks."}});
}

TEST_CASE("markdown: code before the answer goes to code; code after answer text stays in the answer") {
  auto before = md("### What does this print?\n\n```python\nprint(1)\n```\n\nIt prints 1.\n");
  check_records(before, {{1, "What does this print?", std::nullopt, "It prints 1.", "print(1)"}});
  auto after = md("### What is **kwargs?\n\nIt collects keyword arguments.\n\n```python\ndef f(**kwargs): pass\n```\n");
  check_records(after, {{1, "What is **kwargs?", std::nullopt,
                         "It collects keyword arguments.\n\n```\ndef f(**kwargs): pass\n```"}});
}

TEST_CASE("markdown: a table with a question column gives one question per row") {
  auto r = md("## Go\n\n| # | Question | Answer |\n|---|:---|---|\n| 1 | Why Go? | Simple. |\n"
              "| 2 | What is `a \\| b`? | A pipe. |\n");
  check_records(r, {{5, "Why Go?", "Go", "Simple."}, {6, "What is `a | b`?", "Go", "A pipe."}});
  auto ru = md("| Вопрос | Ответ |\n|---|---|\n| Что такое Go? | Язык. |\n");
  check_records(ru, {{3, "Что такое Go?", std::nullopt, "Язык."}});
}

TEST_CASE("markdown: a table without a question column stays rejected") {
  auto r = md("## Go\n\n| Name | Year |\n|---|---|\n| Go | 2009 |\n\n- Why Go?\n");
  check_records(r, {{7, "Why Go?", "Go"}});
  CHECK(rejected_with(r, "table"));
}

TEST_CASE("markdown: navigation, counters and sign-offs after an answer are rejected") {
  auto r = md("### What is a closure?\n\nA function with its scope.\n\n**[⬆ Back to top](#table-of-contents)**\n\n"
              "### What is a thunk?\n\nA delayed call.\n\nThanks for reading! Follow me on Twitter.\n\n12 comments\n");
  check_records(r, {{1, "What is a closure?", std::nullopt, "A function with its scope."},
                    {7, "What is a thunk?", std::nullopt, "A delayed call."}});
  CHECK(rejected_with(r, "navigation"));
  CHECK(rejected_with(r, "outro"));
}

TEST_CASE("markdown: setext headings are topics, a rule after a blank line is not a heading") {
  auto r = md("Networking\n==========\n\n- What is TCP?\n\nTransport\n---------\n\n- What is UDP?\n\n---\n\n"
              "- What is QUIC?\n");
  check_records(r, {{4, "What is TCP?", "Networking"}, {9, "What is UDP?", "Transport"},
                    {13, "What is QUIC?", "Transport"}});
  CHECK(rejected_with(r, "separator"));
}

TEST_CASE("markdown: a bold numbered question with lettered options is one multiple-choice record") {
  auto r = md("## HTTP Quiz\n\n**1. Which status code means Not Found?**\n\n- a) 200\n- b) 404\n\n**Answer:** b) 404\n");
  check_records(r, {{3, "Which status code means Not Found?", "HTTP Quiz", "b) 404"}});
  CHECK(r.records[0].choices == std::vector<std::string>{"a) 200", "b) 404"});
}

TEST_CASE("markdown: options indented under a numbered question are its choices") {
  auto r = md("## HTTP\n\n1. Which status code means Not Found?\n   - a) 200\n   - b) 404\n\n   **Answer:** b\n\n"
              "2. Which method is idempotent?\n   - a) POST\n   - b) PUT\n");
  check_records(r, {{3, "Which status code means Not Found?", "HTTP", "b"}, {9, "Which method is idempotent?", "HTTP"}});
  CHECK(r.records[0].choices == std::vector<std::string>{"a) 200", "b) 404"});
  CHECK(r.records[1].choices == std::vector<std::string>{"a) POST", "b) PUT"});
}

TEST_CASE("markdown: a file with only a table that is not Q&A gives no records, every line reported") {
  auto r = md("# Quiz\n\n| Command | What does it do? |\n|---|---|\n| ls | Lists files |\n");
  CHECK(r.records.empty());
  std::size_t table = 0;
  for (const auto& x : r.rejected) table += x.reason == "table" ? 1 : 0;
  CHECK(table == 3);
}

TEST_CASE("markdown: an answer-label item answers the list questions before it; repeated field items are no questions") {
  // "P:" and "Esperado:" pair (section headings between the pairs); the list under a heading ends with an item
  // that carries the paired answer label, and items of a recurring bold field are metadata.
  auto r = md("# Entrevista\n\n## Bloque 1\n\n### Redes [senior]\n\n**P:** ¿Qué es un socket?\n\n"
              "**Esperado:** Un extremo de una conexión.\n\n### Hilos [WIP]\n\n**P:** ¿Qué es un mutex?\n\n"
              "**Esperado:** Un cerrojo de exclusión mutua.\n\n## Bloque 2\n\n### Memoria [junior+]\n\n"
              "**P:** ¿Qué es la pila?\n\n**Esperado:** La memoria de las llamadas.\n\n### Caché\n\n"
              "- ¿Qué es una línea de caché?\n- ¿Qué es la coherencia de caché?\n"
              "- **Esperado:** Bloques de 64 bytes; los núcleos ven el mismo valor.\n\n### Práctica\n\n"
              "- **Archivo de práctica:** `src/a.c`\n- **Seguimiento:** ¿Por qué falla este código?\n\n"
              "### Otra práctica\n\n- **Archivo de práctica:** `src/b.c`\n");
  const std::string cache = "Bloques de 64 bytes; los núcleos ven el mismo valor.";
  check_records(r, {{7, "¿Qué es un socket?", "Redes", "Un extremo de una conexión."},
                    {13, "¿Qué es un mutex?", "Hilos", "Un cerrojo de exclusión mutua."},
                    {21, "¿Qué es la pila?", "Memoria", "La memoria de las llamadas."},
                    {27, "¿Qué es una línea de caché?", "Caché", cache},
                    {28, "¿Qué es la coherencia de caché?", "Caché", cache},
                    {34, "Seguimiento: ¿Por qué falla este código?", "Práctica"}});
  CHECK(qbank_test::reason_of(r, 33) == "metadata");
  CHECK(qbank_test::reason_of(r, 38) == "metadata");
}

TEST_CASE("markdown: an indented HTML list inside a div is read for its items, its tag-only lines set aside") {
  const std::string page =
      "# Daftar pertanyaan\n\n"
      "Berikut beberapa pertanyaan yang sering ditanyakan kepada kami:\n\n"
      "<div class=\"kotak\">\n"
      "    <ol>\n"
      "      <li>Apa itu <strong>closure</strong>?</li>\n"
      "      <li>Bagaimana cara kerja event loop?</li>\n"
      "      <li>Kapan memakai <code>let</code> dan bukan <code>var</code>?</li>\n"
      "    </ol>\n"
      "</div>\n";
  auto r = run_format(page, qbank::InputFormat::kMarkdown);
  REQUIRE(r.ok());
  auto got = qbank_test::texts(*r);
  REQUIRE(got.size() >= 3);
  CHECK(std::vector<std::string>(got.end() - 3, got.end()) ==
        std::vector<std::string>{"Apa itu closure?", "Bagaimana cara kerja event loop?",
                                 "Kapan memakai `let` dan bukan `var`?"});
  CHECK(r->records.at(got.size() - 3).sources.at(0).line == 7);
  CHECK(r->records.back().topic == "Daftar pertanyaan");
  for (const auto& q : r->records) CHECK_FALSE(q.code.has_value());
  CHECK(rejected_with(*r, "html"));
}

TEST_CASE("markdown: a <summary> of sibling elements keeps its first element and drops the decoration") {
  const std::string page =
      "<details>\n"
      "<summary><strong class=\"titulo\">Redes</strong> <i class=\"icono\">▼</i></summary>\n"
      "<div>\n\n"
      "<details>\n  <summary><b>¿Qué diferencia hay entre TCP y UDP?</b></summary>\n  <div><p></p></div>\n</details>\n\n"
      "<details>\n  <summary><b>¿Para qué sirve el DNS?</b></summary>\n  <div><p></p></div>\n</details>\n\n"
      "</div>\n</details>\n";
  auto r = run_format(page, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  auto got = qbank_test::texts(*r);
  REQUIRE(got.size() >= 2);
  CHECK(std::vector<std::string>(got.end() - 2, got.end()) ==
        std::vector<std::string>{"¿Qué diferencia hay entre TCP y UDP?", "¿Para qué sirve el DNS?"});
  // The expand arrow is decoration: it reaches neither a text nor a topic.
  for (const auto& q : r->records) {
    CHECK(q.text.find("▼") == std::string::npos);
    CHECK(q.topic.value_or("").find("▼") == std::string::npos);
  }
}

TEST_CASE("markdown: a <details> opened on a list item's marker line is that item's question and answer") {
  auto r = md("# Sorular\n\n## Temel\n\n"
              "1. <details>\n   <summary>Yığın ile kuyruk arasındaki fark nedir?</summary>\n\n"
              "   Yığın son gireni, kuyruk ilk gireni çıkarır.\n   </details>\n"
              "2. <details>\n   <summary>Özyineleme nedir?</summary>\n\n   Kendini çağıran fonksiyon.\n   </details>\n\n"
              "## İleri\n\n"
              "- <details><summary>Çöp toplayıcı nasıl çalışır?</summary>\n\n"
              "  Erişilemeyen nesneleri bulup belleği geri verir.\n  </details>\n");
  check_records(r, {{6, "Yığın ile kuyruk arasındaki fark nedir?", "Temel",
                     "Yığın son gireni, kuyruk ilk gireni çıkarır."},
                    {11, "Özyineleme nedir?", "Temel", "Kendini çağıran fonksiyon."},
                    {18, "Çöp toplayıcı nasıl çalışır?", "İleri", "Erişilemeyen nesneleri bulup belleği geri verir."}});
  // Each rejected line is listed once, and no line that a record uses is listed.
  std::set<std::int64_t> seen;
  for (const auto& x : r.rejected) {
    INFO(x.line << ": " << x.text << " (" << x.reason << ")");
    CHECK(seen.insert(x.line).second);
    CHECK(x.line != 18);
    CHECK(x.reason != "empty item");
  }
}

TEST_CASE("markdown: a numbered question-heading run ends at an unnumbered heading; a labelled link is navigation") {
  auto r = md("# Domande Java\n\n## 1. Che cos'è la JVM?\n\nLa macchina virtuale che esegue il bytecode.\n\n"
              "## 2. Differenza tra JDK e JRE?\n\nIl JDK include gli strumenti di sviluppo.\n\n"
              "**Leggi anche:** [Domande Spring](spring.md)\n\n"
              "## 3. Spiega la parola chiave final.\n\nRende un valore immutabile.\n\n"
              "## Conclusione\n\nSperiamo che queste domande ti siano utili.\n");
  check_records(r, {{3, "Che cos'è la JVM?", "Domande Java", "La macchina virtuale che esegue il bytecode."},
                    {7, "Differenza tra JDK e JRE?", "Domande Java", "Il JDK include gli strumenti di sviluppo."},
                    {13, "Spiega la parola chiave final.", "Domande Java", "Rende un valore immutabile."}});
  CHECK(rejected_with(r, "navigation"));
}
