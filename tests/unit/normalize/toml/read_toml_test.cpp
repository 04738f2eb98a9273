// Tests for the TOML reader: arrays of tables read as questions in the order written, topics from tables and
// labels as in YAML, multi-line strings, inline tables, errors with their line, format detection, and TOML front
// matter in Markdown.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "normalize_expect.hpp"

using qbank::InputFormat;
using qbank_test::reason_of;
using qbank_test::run_format;

using qbank_test::texts_of;

TEST_CASE("toml: arrays of tables are questions in the order written, with answers, lines and topics") {
  // Keys sorted by name would put "zoologia" before "botanica": the written order must win.
  const std::string text =
      "# Quiz\nname = \"Scienze\"\n\n"
      "[[zoologia.domande]]\ndomanda = \"Quante zampe ha un ragno?\"\nrisposta = \"Otto.\"\n\n"
      "[[botanica.domande]]\ndomanda = \"Che cos'è la clorofilla?\"\nrisposta = \"\"\"\nUn pigmento verde\n"
      "delle piante.\"\"\"\n";
  auto r = run_format(text, InputFormat::kToml);
  REQUIRE(r.ok());
  REQUIRE(texts_of(*r) == std::vector<std::string>{"Quante zampe ha un ragno?", "Che cos'è la clorofilla?"});
  CHECK(r->records[0].sources.at(0).line == 5);
  CHECK(r->records[0].sources.at(0).raw == "domanda = \"Quante zampe ha un ragno?\"");
  CHECK(r->records[0].topic.value_or("") == "zoologia");
  CHECK(r->records[1].topic.value_or("") == "botanica");
  CHECK(r->records[1].answer.value_or("") == "Un pigmento verde\ndelle piante.");
  CHECK(reason_of(*r, 4) == "heading");
  CHECK(reason_of(*r, 2) == "metadata");
}

TEST_CASE("toml: an inline array of tables and choices read like the same YAML") {
  const std::string toml =
      "kysymykset = [\n  { kysymys = \"Mikä on Suomen pääkaupunki?\", vastaus = \"Helsinki\" },\n"
      "  { question = \"Kuinka monta järveä Suomessa on?\", options = [\"noin 1000\", \"noin 188000\"] },\n]\n";
  auto r = run_format(toml, InputFormat::kToml);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[1].text == "Kuinka monta järveä Suomessa on?");
  CHECK(r->records[1].choices.size() == 2);
  CHECK(r->records[1].sources.at(0).line == 3);
}

TEST_CASE("toml: a file that does not parse is a data error naming its line; detection by extension and content") {
  auto bad = run_format("title = \"x\"\n[[faq]\nq = \"?\"\n", InputFormat::kToml);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find(":2: invalid TOML") != std::string::npos);
  CHECK(qbank::detect_input_format("site.toml", "[[faq]]") == InputFormat::kToml);
  CHECK(qbank::detect_input_format("-", "# data\n[[faq]]\nq = \"Was ist das?\"\na = \"Ein Test.\"\n") ==
        InputFormat::kToml);
  // A heading in brackets over plain questions is no TOML, nor is JSON.
  CHECK(qbank::detect_input_format("-", "[Netzwerke]\nWas ist DNS?\nWas ist NAT?\n") != InputFormat::kToml);
  CHECK(qbank::detect_input_format("-", "[{\"q\": \"a = b?\"}]\n") == InputFormat::kJson);
}

TEST_CASE("toml: questions in a page's TOML front matter are read; its own fields are not") {
  const std::string md =
      "+++\ntitle = \"Preguntas\"\n\n[[faq]]\npregunta = \"¿Hay envío gratis?\"\nrespuesta = \"Desde 30 euros.\"\n+++\n\n"
      "Texto.\n";
  auto r = run_format(md, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(texts_of(*r) == std::vector<std::string>{"¿Hay envío gratis?"});
  CHECK(r->records[0].sources.at(0).line == 5);
  CHECK(r->records[0].answer.value_or("") == "Desde 30 euros.");
  CHECK(reason_of(*r, 2) == "front matter");
  auto fields = run_format("+++\ntitle = \"¿Qué es esto?\"\n+++\n\n- ¿Qué es un ciclo?\n", InputFormat::kMarkdown);
  REQUIRE(fields.ok());
  CHECK(texts_of(*fields) == std::vector<std::string>{"¿Qué es un ciclo?"});
}

TEST_CASE("toml: keys and tables nested past the limit are a data error, never a crash") {
  std::string dotted;
  for (int i = 0; i < 100000; ++i) dotted += i ? ".k" : "k";
  auto r = run_format(dotted + " = 1\n", InputFormat::kToml);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message().find(":1: invalid TOML") != std::string::npos);
  std::string tables;
  for (int i = 0; i < 300; ++i) tables += i ? ".t" : "t";
  auto nested = run_format("[" + tables + "]\nq = \"Was?\"\n", InputFormat::kToml);
  REQUIRE_FALSE(nested.ok());
}
