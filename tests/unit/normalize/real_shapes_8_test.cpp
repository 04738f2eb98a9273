// Tests for the document shapes of bench/real-8: real public question files in seven languages.
#include <catch2/catch.hpp>

#include <string>

#include "normalize_expect.hpp"
#include "qbank/normalize.hpp"

using qbank::InputFormat;
using qbank_test::run_format;

TEST_CASE("text: an Org FAQ whose source block holds a whole LaTeX file is read as Org") {
  std::string text = "#+LANGUAGE: fr\n"
                     "* Généralités\n\n"
                     "** Qui anime cette communauté ?\n\n"
                     "Ses utilisateurs.\n\n"
                     "** Comment montrer une image du résultat ?\n\n"
                     "Compiler ce fichier :\n\n"
                     "#+BEGIN_SRC latex\n"
                     "\\documentclass[convert]{standalone}\n"
                     "\\begin{document}\n"
                     "x\n"
                     "\\end{document}\n"
                     "#+END_SRC\n\n"
                     "* Divers\n\n"
                     "** Que puis-je faire ici ?\n\n"
                     "Voter.\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 3);
  CHECK(r->records[0].text == "Qui anime cette communauté ?");
  CHECK(r->records[0].topic == std::optional<std::string>("Généralités"));
  CHECK(r->records[0].sources[0].line == 4);
  CHECK(r->records[1].text == "Comment montrer une image du résultat ?");
  CHECK(r->records[1].answer.has_value());
  CHECK(r->records[2].text == "Que puis-je faire ici ?");
  CHECK(r->records[2].topic == std::optional<std::string>("Divers"));
}
