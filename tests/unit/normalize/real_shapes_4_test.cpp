// Tests for the document shapes of bench/real-4: real public question files in eight languages.
#include <catch2/catch.hpp>

#include "normalize_expect.hpp"

using qbank::InputFormat;
using qbank_test::Expect;
using qbank_test::check_records;
using qbank_test::reason_of;
using qbank_test::run_format;

TEST_CASE("yaml: a double-quoted value continued at its key's indentation is one value") {
  std::string text = "- question: \"Quelle est la capitale du Canada ?\"\n"
                     "  answer: \"La capitale est Ottawa, en\n"
                     "  Ontario.\"\n";
  auto r = run_format(text, InputFormat::kYaml);
  REQUIRE(r.ok());
  check_records(*r, {Expect{1, "Quelle est la capitale du Canada ?", std::nullopt,
                            std::string("La capitale est Ottawa, en Ontario.")}});
}

TEST_CASE("markdown: numbered section headings over numbered question headings are sections") {
  std::string text = "## 1. Domande su Git\n\n"
                     "### 1.1. Che cos'è un rebase?\n\nRiscrive la storia.\n\n"
                     "### 1.2. Che cos'è un merge?\n\nUnisce due rami.\n\n"
                     "## 2. Domande su Docker\n\n"
                     "### 2.1. Che cos'è un'immagine?\n\nUn modello di container.\n\n"
                     "### 2.2. Che cos'è un volume?\n\nDati persistenti.\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 4);
  CHECK(r->records[0].text == "Che cos'è un rebase?");
  CHECK(r->records[0].topic == std::optional<std::string>("Domande su Git"));
  CHECK(r->records[2].text == "Che cos'è un'immagine?");
  CHECK(r->records[2].topic == std::optional<std::string>("Domande su Docker"));
}

TEST_CASE("markdown: a heading numbered but not asking, over a deeper heading and its list, is a section") {
  std::string text = "# Pohovor\n\n"
                     "## Průběh\n\n"
                     "### 1. Technické kolo\n\n"
                     "#### Položené otázky\n\n"
                     "- Co je virtuální paměť?\n"
                     "- Jak funguje TCP handshake?\n"
                     "- Rozdíl mezi procesem a vláknem\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  check_records(*r, {Expect{9, "Co je virtuální paměť?", std::string("Položené otázky")},
                     Expect{10, "Jak funguje TCP handshake?", std::string("Položené otázky")},
                     Expect{11, "Rozdíl mezi procesem a vláknem", std::string("Položené otázky")}});
}

TEST_CASE("markdown: a list of Label: value fields that asks nothing is metadata") {
  std::string text = "## Tiedot\n\n"
                     "- Yritys: Nokia\n"
                     "- Paikka: Espoo\n"
                     "- Kesto: 2 tuntia\n\n"
                     "## Kysymykset\n\n"
                     "- Mikä on closure?\n"
                     "- Miten Git rebase toimii?\n"
                     "- Mitä hashmap tekee?\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 3);
  CHECK(r->records[0].text == "Mikä on closure?");
  CHECK(reason_of(*r, 3) == "metadata");
}

TEST_CASE("markdown: numbered list items that hold headings and asking details make the headings sections") {
  std::string text = "# Perguntas\n\n"
                     "1.  ### Gerais\n\n"
                     "    <details>\n"
                     "    <summary>1. O que é HTTP?</summary>\n\n"
                     "    Um protocolo de transferência.\n\n"
                     "    </details>\n\n"
                     "    <details>\n"
                     "    <summary>2. O que é DNS? *</summary>\n"
                     "    <div>\n"
                     "    </div>\n"
                     "    </details>\n\n"
                     "1.  ### Redes\n\n"
                     "    <details>\n"
                     "    <summary>3. O que é TCP?</summary>\n"
                     "    </details>\n\n"
                     "    <details>\n"
                     "    <summary>4. O que é UDP?</summary>\n"
                     "    </details>\n\n"
                     "1.  ### Vazia\n\n"
                     "    [Voltar](#perguntas)\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 4);
  CHECK(r->records[0].text == "O que é HTTP?");
  CHECK(r->records[0].topic == std::optional<std::string>("Gerais"));
  CHECK(r->records[0].answer.has_value());
  CHECK(r->records[1].text == "O que é DNS?");
  CHECK(r->records[3].text == "O que é UDP?");
  CHECK(r->records[3].topic == std::optional<std::string>("Redes"));
}

TEST_CASE("markdown: bold-labelled lines that each ask are one question per language; lettered options follow") {
  std::string text = "## Grundlagen\n\n";
  for (int n = 1; n <= 3; ++n)
    text += "### Frage " + std::to_string(n) + " / Вопрос " + std::to_string(n) + "\n" +
            "**DE:** Was ist ein Index Nummer " + std::to_string(n) + "?\n" +
            "**RU:** Что такое индекс номер " + std::to_string(n) + "?\n\n" +
            "- A) Eine Tabelle / Таблица\n- B) Eine Suchstruktur / Структура поиска\n\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 6);
  CHECK(r->records[0].text == "Was ist ein Index Nummer 1?");
  CHECK(r->records[0].topic == std::optional<std::string>("Grundlagen"));
  CHECK(r->records[0].sources.at(0).line == 4);
  CHECK(!r->records[0].answer.has_value());
  CHECK(r->records[1].text == "Что такое индекс номер 1?");
  CHECK(r->records[1].sources.at(0).line == 5);
  CHECK(r->records[1].choices.size() == 2);
}
