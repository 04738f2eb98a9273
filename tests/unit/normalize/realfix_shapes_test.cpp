// Tests for shapes found in real public question lists: checklists, bilingual pairs, HTML inside Markdown.
#include <catch2/catch.hpp>

#include "normalize_expect.hpp"

using qbank::InputFormat;
using qbank_test::Expect;
using qbank_test::check_records;
using qbank_test::reason_of;
using qbank_test::run_format;
using qbank_test::texts_of;

TEST_CASE("markdown: a lower-case \"i\" is the word \"and\" in Croatian, not an English first person") {
  std::string text = "## Mreže\n\n"
                     "* **Usmjeravanje**: statičke i dinamičke rute, tablice usmjeravanja i metrike među mrežama\n"
                     "* **Vatrozid**: pravila za dolazni i odlazni promet između zona\n"
                     "* **DNS**: razrješavanje imena i predmemorija\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 3);
  CHECK(r->records[0].sources.at(0).line == 3);
  CHECK(r->records[0].topic == std::optional<std::string>("Mreže"));
}

TEST_CASE("markdown: a list item written in the first person with a capital I is still prose") {
  std::string text = "## Notes\n\n"
                     "- I wrote these while I was preparing for my own interviews over two long months\n"
                     "- What is a closure?\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  CHECK(texts_of(*r) == std::vector<std::string>{"What is a closure?"});
  CHECK(reason_of(*r, 3) == "prose");
}

TEST_CASE("markdown: a sentence after \" - \" behind a list question that opens with a question word is its answer") {
  std::string text = "## Pruebas\n\n"
                     "- qué es un `stub` - Un stub devuelve datos preparados de antemano durante la prueba.\n"
                     "- Tipos de pruebas (unitarias, de integración) - diferencias entre ambas\n"
                     "- cómo se mide la cobertura\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  check_records(*r, {Expect{3, "qué es un `stub`", "Pruebas",
                            "Un stub devuelve datos preparados de antemano durante la prueba."},
                     Expect{4, "Tipos de pruebas (unitarias, de integración) - diferencias entre ambas", "Pruebas"},
                     Expect{5, "cómo se mide la cobertura", "Pruebas"}});
}

TEST_CASE("markdown: numbered source entries of a name and a bare address are links, not questions") {
  std::string text = "## Rätsel\n\n"
                     "- Wie viele Tennisbälle passen in einen Bus?\n"
                     "- Wie wiegt man einen Elefanten ohne Waage?\n\n"
                     "## Herkunft der Rätsel\n\n"
                     "1. heise online\n"
                     "https://www.heise.de/ratgeber/raetsel-1234.html\n"
                     "2. https://example.org/fragen\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  CHECK(texts_of(*r) == std::vector<std::string>{"Wie viele Tennisbälle passen in einen Bus?",
                                                 "Wie wiegt man einen Elefanten ohne Waage?"});
  CHECK(reason_of(*r, 8) == "link");
  CHECK(reason_of(*r, 10) == "link");
}

TEST_CASE("markdown: a task paragraph alone under a heading is a question where its sibling sections ask") {
  std::string text = "# Épreuves\n\nDes énigmes posées en entretien.\n\n"
                     "## Poste : stagiaire\nComment pèseriez-vous un avion sans balance ?\n\n"
                     "## Poste : analyste\nCombien de pianos y a-t-il à Lyon ?\n\n"
                     "## Poste : ingénieur\nDémontrez que deux points d'un plan coloré ont la même couleur à distance un.\n\n"
                     "## Poste : designer\nPourquoi les plaques d'égout sont-elles rondes ?\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  CHECK(texts_of(*r) == std::vector<std::string>{
                            "Comment pèseriez-vous un avion sans balance ?", "Combien de pianos y a-t-il à Lyon ?",
                            "Démontrez que deux points d'un plan coloré ont la même couleur à distance un.",
                            "Pourquoi les plaques d'égout sont-elles rondes ?"});
  CHECK(r->records[2].topic == std::optional<std::string>("Poste : ingénieur"));
  CHECK(!reason_of(*r, 3).empty());
}

TEST_CASE("markdown: a numbered heading over a labelled question is its section, not a question") {
  std::string text = "### 3. Кэширование\n"
                     "**Вопрос:**\n"
                     "- Чем отличается сквозная запись от отложенной записи в кэш\n\n"
                     "**Ответ:**\n"
                     "- Сквозная запись пишет в хранилище сразу, отложенная — позже.\n\n"
                     "### 4. Очереди\n"
                     "**Вопрос:**\n"
                     "- Как гарантировать порядок сообщений в очереди\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  check_records(*r, {Expect{3, "Чем отличается сквозная запись от отложенной записи в кэш", "Кэширование",
                            "- Сквозная запись пишет в хранилище сразу, отложенная — позже."},
                     Expect{10, "Как гарантировать порядок сообщений в очереди", "Очереди"}});
}

TEST_CASE("markdown: a list under a bare answer label answers the questions of the list above the label") {
  std::string text = "## Entrevista\n\n"
                     "1. **Pergunta:**\n"
                     "   - PT: Como você garante a qualidade do código na equipe?\n"
                     "   - EN: How do you ensure code quality in the team?\n\n"
                     "**Resposta:**\n"
                     "   - PT: Revisões de código e testes automatizados em cada mudança.\n"
                     "   - EN: Code reviews and automated tests on every change.\n\n"
                     "2. **Pergunta:**\n"
                     "   - PT: Como você lida com prazos apertados?\n"
                     "   - EN: How do you handle tight deadlines?\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 4);
  std::string both = "- PT: Revisões de código e testes automatizados em cada mudança.\n\n"
                     "- EN: Code reviews and automated tests on every change.";
  CHECK(r->records[0].answer == std::optional<std::string>(both));
  CHECK(r->records[1].answer == std::optional<std::string>(both));
  CHECK(r->records[2].sources.at(0).line == 12);
  CHECK(!r->records[2].answer);
  CHECK(!r->records[3].answer);
}

TEST_CASE("markdown: a <details> whose inner <details> mostly ask is a topic; sub-headings inside it head their entries") {
  std::string text = "<details>\n"
                     "<summary><span class=\"title\">Entrevista técnica</span> <span class=\"btn\">ver más</span></summary>\n"
                     "\n"
                     "<h4>[Redes]</h4>\n"
                     "<details>\n<summary>Háblame de un fallo de red que resolviste.</summary>\n<p></p>\n</details>\n"
                     "<details>\n<summary>¿Qué es un balanceador de carga?</summary>\n<p>Reparte peticiones.</p>\n</details>\n"
                     "<h4>[Bases de datos]</h4>\n"
                     "<details>\n<summary>¿Qué es un índice compuesto?</summary>\n<p></p>\n</details>\n"
                     "\n</details>\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  check_records(*r, {Expect{6, "Háblame de un fallo de red que resolviste.", "Redes"},
                     Expect{10, "¿Qué es un balanceador de carga?", "Redes", "Reparte peticiones."},
                     Expect{15, "¿Qué es un índice compuesto?", "Bases de datos"}});
}

TEST_CASE("markdown: a Korean request ending in \"주세요\" asks like a question") {
  std::string text = "<details>\n<summary>트랜잭션 격리 수준을 설명해 주세요</summary>\n\n"
                     "격리 수준은 동시에 실행되는 트랜잭션이 서로의 변경을 얼마나 보는지 정한다.\n\n</details>\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 1);
  CHECK(r->records[0].text == "트랜잭션 격리 수준을 설명해 주세요");
  CHECK(r->records[0].answer.has_value());
}

TEST_CASE("markdown: an HTML list written inside Markdown is read as a list under the Markdown heading") {
  std::string text = "# Häufige Fragen\n\n"
                     "Hier sammle ich, was mich Leute zu meinem Podcast fragen.\n\n"
                     "<section>\n"
                     "<p>Übersicht:</p>\n"
                     "<ol>\n"
                     "  <li>Wie oft erscheint eine neue Folge?</li>\n"
                     "  <li>Kann ich selbst als Gast <b>mitmachen</b>?</li>\n"
                     "  <li>Warum gibt es kein Video</li>\n"
                     "</ol>\n"
                     "</section>\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  check_records(*r, {Expect{8, "Wie oft erscheint eine neue Folge?", "Häufige Fragen"},
                     Expect{9, "Kann ich selbst als Gast mitmachen?", "Häufige Fragen"},
                     Expect{10, "Warum gibt es kein Video", "Häufige Fragen"}});
}
