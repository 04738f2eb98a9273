// Tests for shapes found in real public FAQ pages and texts: quoted entries, numbered contents, hung questions.
#include <catch2/catch.hpp>

#include "normalize_expect.hpp"

using qbank::InputFormat;
using qbank_test::Expect;
using qbank_test::check_records;
using qbank_test::rejected_with;
using qbank_test::run_format;
using qbank_test::texts_of;

TEST_CASE("html: one-item lists each followed by a blockquote are FAQ entries when one of them asks") {
  std::string page = "<h1>Pytania</h1>\n"
                     "<ul class=\"simple\">\n<li>Serwer nie startuje po aktualizacji</li>\n</ul>\n"
                     "<blockquote><p>Sprawdź, czy port 8080 jest wolny.</p></blockquote>\n"
                     "<ul class=\"simple\">\n<li>Czy klient działa na Windows?</li>\n</ul>\n"
                     "<blockquote><p>Tak, od wersji 2.0.</p></blockquote>\n"
                     "<h2>Inne</h2>\n"
                     "<ul class=\"simple\">\n<li>Logi rosną bez końca</li>\n</ul>\n"
                     "<blockquote><p>Ustaw rotację logów.</p></blockquote>\n";
  auto r = run_format(page, InputFormat::kHtml);
  REQUIRE(r.ok());
  check_records(*r, {{3, "Serwer nie startuje po aktualizacji", "Pytania", "Sprawdź, czy port 8080 jest wolny."},
                     {7, "Czy klient działa na Windows?", "Pytania", "Tak, od wersji 2.0."},
                     {12, "Logi rosną bez końca", "Inne", "Ustaw rotację logów."}});
}

TEST_CASE("html: quoted entries none of which asks stay notes") {
  std::string page = "<ul><li>Uwaga na koszty przesyłki</li></ul>\n"
                     "<blockquote><p>Koszty pokrywa kupujący.</p></blockquote>\n"
                     "<ul><li>Zwroty do czternastu dni</li></ul>\n"
                     "<blockquote><p>Liczy się data nadania.</p></blockquote>\n";
  auto r = run_format(page, InputFormat::kHtml);
  REQUIRE(r.ok());
  CHECK(r->records.empty());
}

TEST_CASE("html: a definition list of numbered links to the page's anchors is its table of contents") {
  std::string page = "<h2>Domande frequenti</h2>\n"
                     "<dl><dt>1. <a href=\"#inst\">Come si installa il programma?</a></dt>"
                     "<dt>2. <a href=\"#log\">Dove si trovano i log?</a></dt></dl>\n"
                     "<h3 id=\"inst\">Come si installa il programma?</h3>\n<p>Con il gestore dei pacchetti.</p>\n"
                     "<h3 id=\"log\">Dove si trovano i log?</h3>\n<p>Nella cartella var.</p>\n";
  auto r = run_format(page, InputFormat::kHtml);
  REQUIRE(r.ok());
  check_records(*r, {{3, "Come si installa il programma?", "Domande frequenti", "Con il gestore dei pacchetti."},
                     {5, "Dove si trovano i log?", "Domande frequenti", "Nella cartella var."}});
  CHECK(rejected_with(*r, "table of contents"));
}

TEST_CASE("html: a question row's line is where its text starts, past the entry number and the paragraph tag") {
  std::string page = "<table><tbody>\n"
                     "<tr class=\"question\"><td><p><b>1.</b></p></td><td><p>\n  ¿Cómo se reinicia el servicio?\n"
                     "</p></td></tr>\n"
                     "<tr class=\"answer\"><td></td><td><p>\n  Con el botón de la barra.\n</p></td></tr>\n"
                     "</tbody></table>\n";
  auto r = run_format(page, InputFormat::kHtml);
  REQUIRE(r.ok());
  check_records(*r, {{3, "¿Cómo se reinicia el servicio?", std::nullopt, "Con el botón de la barra."}});
}

TEST_CASE("text: numbered contents before Q-prefixed questions are not questions; a hung line goes on with its question") {
  std::string text = "Obsah:\n\n"
                     "1.Instalace serveru.\n2.Nastavení pošty.\n3.Časté otázky.\n\n"
                     "  Q1:Proč server po instalaci nestartuje, i když konfigurační\n"
                     "     soubor existuje.\n\n"
                     "  A1:Chybí práva ke čtení souboru.\n\n"
                     "  Q2:Jak změním port, na kterém server\n"
                     "     naslouchá?\n\n"
                     "  A2:V souboru server.conf.\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  CHECK(texts_of(*r) == std::vector<std::string>{
                            "Proč server po instalaci nestartuje, i když konfigurační soubor existuje.",
                            "Jak změním port, na kterém server naslouchá?"});
  CHECK(r->records[0].answer == std::optional<std::string>("Chybí práva ke čtení souboru."));
}

TEST_CASE("text: an indented rule shorter than the line above closes a quoted block, not a heading") {
  std::string text = "Perguntas sobre o servidor\n\n"
                     "  Q1:O servidor não inicia depois da atualização. O que fazer?\n\n"
                     "  A1:Recrie o arquivo de histórico:\n\n"
                     "    Como root:\n    ===\n    makehistory -b -f history\n    ===\n    Pronto.\n\n"
                     "  Q2:Onde fica o registro de erros?\n\n"
                     "  A2:Na pasta de logs.\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  check_records(*r, {{3, "O servidor não inicia depois da atualização. O que fazer?", "Perguntas sobre o servidor",
                      "Recrie o arquivo de histórico:\n\nComo root:\n===\nmakehistory -b -f history\n===\nPronto."},
                     {13, "Onde fica o registro de erros?", "Perguntas sobre o servidor", "Na pasta de logs."}});
}
