// Tests for shapes found in real public question pages: server-side page directives, tables whose named
// question column holds row codes.
#include <catch2/catch.hpp>

#include "normalize_expect.hpp"

using qbank::InputFormat;
using qbank_test::check_records;
using qbank_test::run_format;
using qbank_test::texts_of;

TEST_CASE("sniff: a page opening with a JSP or ASP directive is a page fragment") {
  std::string page = "<%@ page contentType=\"text/html; charset=UTF-8\" %>\n"
                     "<div class=\"faq\">\n<h3>Сколько длится доставка?</h3>\n<p>Три дня.</p>\n</div>\n";
  CHECK(qbank::detect_input_format("faq.jsp", page) == InputFormat::kHtml);
  CHECK(qbank::detect_input_format("-", page) == InputFormat::kHtml);
  CHECK(qbank::detect_input_format("-", "<% if (x) { %>\nplain words only\n<% } %>\n") == InputFormat::kText);
}

TEST_CASE("markdown: a named question column of row codes gives way to the column that asks") {
  std::string doc = "## Sorular\n\n"
                    "| Soru | Açıklama |\n|---|---|\n"
                    "| S1 | Hangi veritabanlarını kullandınız? |\n"
                    "| S2 | Git ile nasıl çalışıyorsunuz? |\n"
                    "| S3 | En son hangi kitabı okudunuz? |\n";
  auto r = run_format(doc, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  check_records(*r, {{5, "Hangi veritabanlarını kullandınız?", "Sorular", std::nullopt},
                     {6, "Git ile nasıl çalışıyorsunuz?", "Sorular", std::nullopt},
                     {7, "En son hangi kitabı okudunuz?", "Sorular", std::nullopt}});
}

TEST_CASE("html: a question column of codes stays when no other column asks") {
  std::string page = "<table><tr><th>Question</th><th>Points</th></tr>\n"
                     "<tr><td>Q1</td><td>five</td></tr>\n<tr><td>Q2</td><td>ten</td></tr></table>\n";
  auto r = run_format(page, InputFormat::kHtml);
  REQUIRE(r.ok());
  CHECK(texts_of(*r) == std::vector<std::string>{"Q1", "Q2"});
}

TEST_CASE("markdown: definition-list entries are FAQ entries when a term asks, statement terms included") {
  std::string doc = "# Preguntas\n\n"
                    "Aquí van las dudas más comunes.\n\n"
                    "¿Cuánto cuesta la suscripción?\n"
                    ": Diez euros al mes.\n"
                    ": Se paga por adelantado.\n\n"
                    "La aplicación no arranca en mi equipo\n"
                    ":   Reinstala la última versión.\n";
  auto r = run_format(doc, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  check_records(*r, {{5, "¿Cuánto cuesta la suscripción?", "Preguntas", "Diez euros al mes.\nSe paga por adelantado."},
                     {9, "La aplicación no arranca en mi equipo", "Preguntas", "Reinstala la última versión."}});
}

TEST_CASE("markdown: a glossary whose terms do not ask is no FAQ") {
  std::string doc = "# Słownik\n\nLatencja\n: opóźnienie odpowiedzi.\n\nPrzepustowość\n: ilość danych na sekundę.\n";
  auto r = run_format(doc, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  CHECK(r->records.empty());
}

TEST_CASE("markdown: a statement-titled <details> last after asking entries is an entry, a one-word callout is not") {
  std::string doc = "## Fragen\n\n"
                    "<details>\n<summary>Was ist ein Prozess?</summary>\n\nEin laufendes Programm.\n</details>\n\n"
                    "<details>\n<summary>Wie startet man einen Dienst?</summary>\n\nMit systemctl.\n</details>\n\n"
                    "<details>\n<summary>Ihr letzter Einsatz im Betrieb.</summary>\n\n"
                    "<blockquote><p>Antwort<br>\nIch habe einen Cluster betreut.<br />\n"
                    "1. Planung der Knoten <br />\n2. Umzug der Daten</p></blockquote>\n</details>\n";
  auto r = run_format(doc, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(texts_of(*r) == std::vector<std::string>{"Was ist ein Prozess?", "Wie startet man einen Dienst?",
                                                    "Ihr letzter Einsatz im Betrieb."});
  REQUIRE(r->records[2].answer);
  CHECK(r->records[2].answer->find("<blockquote") == std::string::npos);
  CHECK(r->records[2].answer->find("Umzug der Daten") != std::string::npos);

  std::string tip = "<details>\n<summary>Was ist ein Prozess?</summary>\n\nEin laufendes Programm.\n</details>\n\n"
                    "<details>\n<summary>Hinweis</summary>\n\nSiehe auch das Handbuch.\n</details>\n";
  auto t = run_format(tip, InputFormat::kMarkdown);
  REQUIRE(t.ok());
  CHECK(texts_of(*t) == std::vector<std::string>{"Was ist ein Prozess?"});
}

TEST_CASE("markdown: a question written wholly in double quotes loses them, one quoting a word keeps its quotes") {
  std::string doc = "## Câu hỏi\n\n"
                    "- “Bạn xử lý xung đột trong nhóm như thế nào?”\n"
                    "- \"Tại sao chọn Go thay vì Java?\"\n"
                    "- \"Closure\" trong JavaScript là gì?\n";
  auto r = run_format(doc, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  CHECK(texts_of(*r) == std::vector<std::string>{"Bạn xử lý xung đột trong nhóm như thế nào?",
                                                 "Tại sao chọn Go thay vì Java?",
                                                 "\"Closure\" trong JavaScript là gì?"});
}

TEST_CASE("markdown: a glossary beside lists that ask is a guide, a glossary alone is the question list") {
  std::string guide = "## Grille d'évaluation\n\n"
                      "- **Rigueur :** capacité à vérifier son travail\n"
                      "- **Communication :** clarté des explications\n"
                      "- **Autonomie :** avancer sans aide constante\n\n"
                      "## Questions\n\n"
                      "- Comment testez-vous une API REST ?\n"
                      "- Pourquoi utiliser des index en SQL ?\n"
                      "- Qu'est-ce qu'une fermeture en JavaScript ?\n";
  auto r = run_format(guide, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  CHECK(texts_of(*r) == std::vector<std::string>{"Comment testez-vous une API REST ?",
                                                 "Pourquoi utiliser des index en SQL ?",
                                                 "Qu'est-ce qu'une fermeture en JavaScript ?"});
  std::string glossary = "## Notions\n\n"
                         "- **Rigueur :** capacité à vérifier son travail\n"
                         "- **Communication :** clarté des explications\n"
                         "- **Autonomie :** avancer sans aide constante\n";
  auto g = run_format(glossary, InputFormat::kMarkdown);
  REQUIRE(g.ok());
  CHECK(texts_of(*g) == std::vector<std::string>{"Rigueur", "Communication", "Autonomie"});
}
