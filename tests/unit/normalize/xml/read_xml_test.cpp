// Tests for XML data files that are no Moodle quiz: entries with question and answer elements, DocBook
// question-and-answer sets, flat runs of question and answer elements, labels as topics (element names never),
// rejected lines, and format detection.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "normalize_expect.hpp"

using qbank::InputFormat;
using qbank_test::reason_of;
using qbank_test::run_format;

using qbank_test::texts_of;

TEST_CASE("xml data: entries of question and answer elements, grouped by a labelled category") {
  const std::string xml =
      "<?xml version=\"1.0\"?>\n<kb>\n  <category name=\"Rede\">\n    <item>\n"
      "      <pergunta>O que é um gateway?</pergunta>\n      <resposta>O roteador de saída.</resposta>\n    </item>\n"
      "    <item>\n      <pergunta>O que é DHCP?</pergunta>\n      <resposta>Atribui endereços.</resposta>\n"
      "    </item>\n  </category>\n</kb>\n";
  auto r = run_format(xml, InputFormat::kXml);
  REQUIRE(r.ok());
  REQUIRE(texts_of(*r) == std::vector<std::string>{"O que é um gateway?", "O que é DHCP?"});
  CHECK(r->records[0].sources.at(0).line == 5);
  CHECK(r->records[0].answer.value_or("") == "O roteador de saída.");
  CHECK(r->records[1].topic.value_or("") == "Rede");  // the label, not the element names "category" or "item"
  CHECK(reason_of(*r, 4) == "metadata");
}

TEST_CASE("xml data: DocBook qandaentry paragraphs, inline markup and flat question/answer runs") {
  const std::string docbook =
      "<qandaset>\n<qandaentry>\n<question><para>Jak zainstalować pakiet?</para></question>\n"
      "<answer><para>Użyj <command>apt install</command>.</para>\n<para>Potrzebny jest root.</para></answer>\n"
      "</qandaentry>\n<qandaentry>\n<question><para>Gdzie są logi?</para></question>\n"
      "<answer><para>W katalogu /var/log.</para></answer>\n</qandaentry>\n</qandaset>\n";
  auto r = run_format(docbook, InputFormat::kXml);
  REQUIRE(r.ok());
  REQUIRE(texts_of(*r) == std::vector<std::string>{"Jak zainstalować pakiet?", "Gdzie są logi?"});
  CHECK(r->records[0].answer.value_or("") == "Użyj apt install.\nPotrzebny jest root.");
  CHECK_FALSE(r->records[0].topic.has_value());
  auto flat = run_format("<faq><q>Wat is DNS?</q><a>Naamomzetting.</a><q>Wat is NAT?</q><a>Adresvertaling.</a></faq>",
                         InputFormat::kXml);
  REQUIRE(flat.ok());
  REQUIRE(texts_of(*flat) == std::vector<std::string>{"Wat is DNS?", "Wat is NAT?"});
  CHECK(flat->records[1].answer.value_or("") == "Adresvertaling.");
}

TEST_CASE("xml data: detection by declaration and extension; Moodle quizzes and XHTML keep their readers") {
  CHECK(qbank::detect_input_format("-", "<?xml version=\"1.0\"?>\n<faq>\n") == InputFormat::kXml);
  CHECK(qbank::detect_input_format("faq.xml", "<faq>") == InputFormat::kXml);
  CHECK(qbank::detect_input_format("bank.xml", "<?xml version=\"1.0\"?>\n<quiz>") == InputFormat::kMoodleXml);
  auto bad = run_format("<faq>\n<q>Was?</a>\n</faq>\n", InputFormat::kXml);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find(":2: invalid XML") != std::string::npos);
  auto page = run_format("<html><body><h2>FAQ</h2><ul><li>Wie geht das?</li><li>Was kostet das?</li></ul></body></html>",
                         InputFormat::kXml);
  REQUIRE(page.ok());
  CHECK(page->records.size() == 2);
}

TEST_CASE("xml data: elements nested past the tree's depth give their text to the deepest kept one") {
  std::string deep = "<?xml version=\"1.0\"?>";
  for (int i = 0; i < 20000; ++i) deep += "<d>";
  deep += "Was ist das?";
  for (int i = 0; i < 20000; ++i) deep += "</d>";
  auto r = run_format(deep, InputFormat::kXml);
  REQUIRE(r.ok());  // no stack overflow in the walk over the tree
}

TEST_CASE("xml data: a plural question element holds records; a question element with field children is one") {
  const std::string plural =
      "<?xml version=\"1.0\"?>\n<domande>\n  <voce><domanda>Che cos'è un indice?</domanda>"
      "<risposta>Una struttura di ricerca.</risposta></voce>\n  <voce><domanda>Che cos'è una vista?</domanda>"
      "<risposta>Una query salvata.</risposta></voce>\n</domande>\n";
  auto r = run_format(plural, InputFormat::kXml);
  REQUIRE(r.ok());
  REQUIRE(texts_of(*r) == std::vector<std::string>{"Che cos'è un indice?", "Che cos'è una vista?"});
  CHECK(r->records[1].answer.value_or("") == "Una query salvata.");
  CHECK(r->records[1].sources.at(0).line == 4);
  const std::string nested =
      "<questions>\n<question><text>Qu'est-ce qu'un socket ?</text><answer>Un point de communication.</answer>"
      "</question>\n<question><text>Qu'est-ce qu'un port ?</text><answer>Un numéro de service.</answer></question>\n"
      "</questions>\n";
  auto n = run_format(nested, InputFormat::kXml);
  REQUIRE(n.ok());
  REQUIRE(texts_of(*n) == std::vector<std::string>{"Qu'est-ce qu'un socket ?", "Qu'est-ce qu'un port ?"});
  CHECK(n->records[0].answer.value_or("") == "Un point de communication.");
}

TEST_CASE("xml data: only an element named quiz makes a Moodle file") {
  CHECK(qbank::detect_input_format("-", "<?xml version=\"1.0\"?>\n<quiz-bank>\n<item>") == InputFormat::kXml);
  CHECK(qbank::detect_input_format("bank.xml", "<quizzes><entry>") == InputFormat::kXml);
  CHECK(qbank::detect_input_format("-", "<?xml version=\"1.0\"?>\n<quiz >\n") == InputFormat::kMoodleXml);
  CHECK(qbank::detect_input_format("m.xml", "<quiz>\n<question type=\"multichoice\">") == InputFormat::kMoodleXml);
}
