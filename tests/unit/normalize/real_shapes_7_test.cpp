// Tests for the document shapes of bench/real-7: real public question files in nine languages.
#include <catch2/catch.hpp>

#include <string>

#include "normalize/text/lines.hpp"
#include "normalize_expect.hpp"
#include "qbank/normalize.hpp"

using qbank::InputFormat;
using qbank_test::run_format;
using qbank_test::texts;

TEST_CASE("sniff: a page whose <!DOCTYPE html> follows a server-side block is HTML") {
  std::string page = "<?php\ninclude_once 'config.php';\n?>\n\n<!DOCTYPE html>\n<html>\n<body>\n"
                     "<h2>FAQ</h2>\n<p>Text</p>\n</body>\n</html>\n";
  CHECK(qbank::detect_input_format("faq.php", page) == InputFormat::kHtml);
  CHECK(qbank::detect_input_format("-", "<%@ Page Language=\"C#\" %>\n<html><body><p>x</p></body></html>\n") ==
        InputFormat::kHtml);
}

TEST_CASE("question marks: Greek text ending in ';' asks, whatever its last word") {
  using qbank::internal::txt::ends_with_question_mark;
  CHECK(ends_with_question_mark("Τι είναι ένας δείκτης;"));
  CHECK(ends_with_question_mark("Πώς λειτουργεί το {{name}};"));
  CHECK_FALSE(ends_with_question_mark("int x = 5;"));
  CHECK_FALSE(ends_with_question_mark("Ένα; δύο."));
}

TEST_CASE("html: accordion buttons whose text asks with the Greek ';' are questions, at their text's line") {
  std::string page = "<html><body>\n<h2>Ερωτήσεις</h2>\n<div class=\"item\">\n"
                     "<button class=\"toggle\" type=\"button\">\n"
                     "<span class=\"text\">Πόσο κοστίζει η συνδρομή;</span>\n</button>\n"
                     "<div class=\"panel\"><p>Δέκα ευρώ τον μήνα.</p></div>\n</div>\n"
                     "<div class=\"item\">\n<button class=\"toggle\" type=\"button\">\n"
                     "<span class=\"text\">Μπορώ να ακυρώσω;</span>\n</button>\n"
                     "<div class=\"panel\"><p>Ναι, οποτεδήποτε.</p></div>\n</div>\n</body></html>\n";
  auto r = run_format(page, InputFormat::kHtml);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[0].text == "Πόσο κοστίζει η συνδρομή;");
  CHECK(r->records[0].sources[0].line == 5);
  CHECK(r->records[0].topic == std::optional<std::string>("Ερωτήσεις"));
  CHECK(r->records[1].sources[0].line == 11);
}

TEST_CASE("markdown: numbered subject headings over the question paragraph they head are its topic") {
  std::string text = "# Sprawdzian\n\n"
                     "### 1. Zmienne\n\nCo robi znak `=` w `x = 10`?\n\n- A) porównuje\n- B) przypisuje\n\n"
                     "<details>\n<summary>Odpowiedź</summary>\nB\n</details>\n\n"
                     "### 2. Pętle\n\nKtóra instrukcja kończy pętlę?\n\n- A) break\n- B) next\n\n"
                     "<details>\n<summary>Odpowiedź</summary>\nA\n</details>\n\n"
                     "### 3. List Comprehension\n\nDo czego służy `[x for x in y]`?\n\n- A) pętla\n- B) lista\n\n"
                     "<details>\n<summary>Odpowiedź</summary>\nB\n</details>\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 3);
  CHECK(r->records[0].text == "Co robi znak `=` w `x = 10`?");
  CHECK(r->records[0].topic == std::optional<std::string>("Zmienne"));
  CHECK(r->records[0].sources[0].line == 5);
  CHECK(r->records[1].text == "Która instrukcja kończy pętlę?");
  CHECK(r->records[2].text == "Do czego służy `[x for x in y]`?");
  CHECK(r->records[2].topic == std::optional<std::string>("List Comprehension"));
}

TEST_CASE("csv: spaces around a quoted field are not part of it, before or after the separator") {
  std::string text = "\"Otázka\", \"Odpověď\", \"odkaz\"\n"
                     "\"Kdy chodí stipendium?\", \"Čtyřikrát ročně, vždy koncem čtvrtletí.\", \"stipendium\"\n"
                     "\"Můžu bydlet v labu, nebo ne?\" , \"Nemůžeš, lab se na noc zavírá.\", \"lab\"\n";
  auto r = run_format(text, InputFormat::kCsv);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[0].text == "Kdy chodí stipendium?");
  CHECK(r->records[0].answer == std::optional<std::string>("Čtyřikrát ročně, vždy koncem čtvrtletí."));
  CHECK(r->records[1].text == "Můžu bydlet v labu, nebo ne?");
  CHECK(r->records[1].answer == std::optional<std::string>("Nemůžeš, lab se na noc zavírá."));
  CHECK(r->records[1].sources[0].line == 3);
}

TEST_CASE("markdown: a labelled question that has asked is answered by the line below it in its paragraph") {
  std::string text = "## Tipy\n\n"
                     "Q: Jaký je rozdíl mezi IFNULL a COALESCE?\n✅ IFNULL bere dva argumenty, COALESCE libovolně.\n\n"
                     "Q: Kdy použít COALESCE?\n✅ Když aplikace běží nad více databázemi.\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[0].text == "Jaký je rozdíl mezi IFNULL a COALESCE?");
  CHECK(r->records[0].answer == std::optional<std::string>("✅ IFNULL bere dva argumenty, COALESCE libovolně."));
  CHECK(r->records[1].text == "Kdy použít COALESCE?");
  CHECK(r->records[1].answer == std::optional<std::string>("✅ Když aplikace běží nad více databázemi."));
}

TEST_CASE("markdown: a template's bracketed prompts under its questions are no answers") {
  std::string text = "## Generelt\n\n### Hvad koster det?\n\n[Prisoplysninger, hvis relevant]\n\n"
                     "### Hvem er [produktnavn] til?\n\n[Beskriv din målgruppe]\n\n"
                     "### Er mine data sikre?\n\nJa, alt er krypteret.\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 3);
  CHECK_FALSE(r->records[0].answer.has_value());
  CHECK(r->records[1].text == "Hvem er [produktnavn] til?");
  CHECK_FALSE(r->records[1].answer.has_value());
  CHECK(r->records[2].answer == std::optional<std::string>("Ja, alt er krypteret."));
}

TEST_CASE("markdown: an answer that only points to another page is none; a picture or more text answers") {
  std::string text = "## FAQ\n\n### Jak zainstalować sklep?\n\nZobacz [Instalacja](http://example.org/install)\n\n"
                     "### Kto ma dostęp do danych?\n\n[Po angielsku](a.pdf) i [po francusku](b.pdf).\n\n"
                     "### Jak dodać walutę?\n\nZobacz [Waluty](http://example.org/w)\n\nWaluta jest częścią pakietu.\n\n"
                     "### Jak wygląda piramida?\n\n![Piramida](p.png)\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 4);
  CHECK_FALSE(r->records[0].answer.has_value());
  CHECK_FALSE(r->records[1].answer.has_value());
  CHECK(r->records[2].answer.has_value());
  CHECK(r->records[3].answer.has_value());
}

TEST_CASE("yaml: an answer key with a language code is the answer; 'Coming soon.' in any format is none") {
  std::string text = "-\n  question: Vad betyder \"för att\"?\n\n  answer_sv: Det anger ett syfte.\n\n"
                     "  answer_en: It states a purpose.\n\n"
                     "-\n  question: När används \"som\"?\n\n  answer_sv: Coming soon.\n\n  answer_en: Coming soon.\n";
  auto r = run_format(text, InputFormat::kYaml);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[0].answer.has_value());
  CHECK(r->records[0].sources[0].line == 2);
  CHECK_FALSE(r->records[1].answer.has_value());
  auto csv = run_format("question_sv,answer_sv,nr\nVad är ett verb?,Ett ord för en handling.,1\n"
                        "Vad är ett substantiv?,Coming soon.,2\n",
                        InputFormat::kCsv);
  REQUIRE(csv.ok());
  REQUIRE(csv->records.size() == 2);
  CHECK(csv->records[0].answer == std::optional<std::string>("Ett ord för en handling."));
  CHECK_FALSE(csv->records[1].answer.has_value());
}

TEST_CASE("markdown: a short heading that compares two things is a question heading among FAQ entries") {
  std::string text = "---\ntitle: Întrebări frecvente\n---\n\n"
                     "## Pentru cine este?\n\nPentru începători.\n\n"
                     "## Cheltuieli vs Venituri\n\n- Cheltuieli: cum se cheltuie banii\n- Venituri: cum se colectează\n\n"
                     "## Pot partaja un grafic?\n\nDa, prin URL.\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 3);
  CHECK(r->records[1].text == "Cheltuieli vs Venituri");
  CHECK(r->records[1].answer.has_value());
}

TEST_CASE("language: items a detector splits between close relatives follow the language of the whole list") {
  std::string text = "## Spørgsmål\n\n- Hvad er produktet?\n- Hvem er produktet til?\n- Hvor meget koster det?\n"
                     "- Hvordan kommer jeg i gang?\n- Kan jeg stille et almindeligt spørgsmål?\n"
                     "- Understøtter produktet almindelig integration?\n- Hvad er forskellen mellem de to muligheder?\n"
                     "- Hvad har jeg brug for for at bruge produktet?\n- Jeg har problemer med noget. Hvad skal jeg gøre?\n"
                     "- Hvordan kan jeg kontakte support?\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 10);
  for (const auto& q : r->records) CHECK(q.lang == "da");
}

TEST_CASE("markdown: a tips paragraph that only quotes a question is no question") {
  std::string text = "## Tipy\n\nBuď připraven vysvětlit rozdíl mezi IFNULL a COALESCE.\n"
                     "Počítej s otázkami jako: \"Jak nahradíš hodnoty NULL výchozími?\"\n\n"
                     "## Otázky\n\nQ: Jaký je rozdíl mezi IFNULL a COALESCE?\n✅ IFNULL bere dva argumenty.\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 1);
  CHECK(r->records[0].text == "Jaký je rozdíl mezi IFNULL a COALESCE?");
}
