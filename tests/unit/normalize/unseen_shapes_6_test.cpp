// Tests for the document shapes of bench/unseen-6: banner headings, definition lists, label sheets, wiki pages.
#include <catch2/catch.hpp>

#include "normalize_expect.hpp"

using qbank::InputFormat;
using qbank_test::Expect;
using qbank_test::check_records;
using qbank_test::reason_of;
using qbank_test::run_format;

TEST_CASE("text: a rule drawn over a heading ends the answer above and is no code of it") {
  std::string text = "Networking notes\n\n"
                     "Q1: How do I list open ports?\n"
                     "A: Use ss:\n"
                     "    ss -tlnp\n"
                     "or netstat on older systems.\n\n"
                     "***************\n"
                     "Part 2: Storage\n"
                     "***************\n\n"
                     "Q2: What is RAID 1?\n"
                     "A: Mirroring.\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  check_records(*r, {Expect{3, "How do I list open ports?", "Networking notes",
                            "Use ss:\nss -tlnp\nor netstat on older systems."},
                     Expect{12, "What is RAID 1?", "Storage", "Mirroring."}});
  CHECK(reason_of(*r, 8) == "separator");
}

TEST_CASE("markdown: a list of bold terms each set off by a dash or colon asks the term and answers with the rest") {
  std::string text = "# Glosario de bases de datos\n\n"
                     "## Transacciones\n\n"
                     "1. **Atomicidad:** todo o nada.\n"
                     "2. **Aislamiento** – las transacciones no se ven entre sí.\n"
                     "3. **Durabilidad** - lo confirmado no se pierde.\n"
                     "4. **Consistencia:**\n\n"
                     "## Notas\n\n"
                     "- **Importante:** ¿Qué pasa si se cae el servidor?\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 5);
  check_records(*r, {Expect{5, "Atomicidad", "Transacciones", "todo o nada."},
                     Expect{6, "Aislamiento", "Transacciones", "las transacciones no se ven entre sí."},
                     Expect{7, "Durabilidad", "Transacciones", "lo confirmado no se pierde."},
                     Expect{8, "Consistencia", "Transacciones"},
                     Expect{12, "Importante: ¿Qué pasa si se cae el servidor?", "Notas"}});
}

TEST_CASE("csv: under unknown header names the option letters answer and a column grouping the rows is the topic") {
  std::string text = "Lp.,Treść,A,B,C,D,Poprawna,Dział\n"
                     "1,Ile wynosi 7 razy 8?,54,56,64,48,B,Arytmetyka\n"
                     "2,Ile wynosi 100 podzielone przez 4?,20,40,25,50,C,Arytmetyka\n"
                     "3,Ile boków ma sześciokąt?,5,6,7,8,B,Geometria\n"
                     "4,Ile stopni ma kąt prosty?,90,180,45,60,A,Geometria\n"
                     "5,Jak nazywa się bok naprzeciw kąta prostego?,przyprostokątna,przeciwprostokątna,wysokość,środkowa,B,Geometria\n";
  auto r = run_format(text, InputFormat::kCsv);
  REQUIRE(r.ok());
  check_records(*r, {Expect{2, "Ile wynosi 7 razy 8?", "Arytmetyka", "56"},
                     Expect{3, "Ile wynosi 100 podzielone przez 4?", "Arytmetyka", "25"},
                     Expect{4, "Ile boków ma sześciokąt?", "Geometria", "6"},
                     Expect{5, "Ile stopni ma kąt prosty?", "Geometria", "90"},
                     Expect{6, "Jak nazywa się bok naprzeciw kąta prostego?", "Geometria", "przeciwprostokątna"}});
}

TEST_CASE("csv: a headerless card export's repeated third column stays out of the topic") {
  std::string text = "Ποια είναι η πρωτεύουσα της Ελλάδας;\tΑθήνα\tγεωγραφία\n"
                     "Ποιο είναι το μεγαλύτερο νησί;\tΚρήτη\tγεωγραφία\n"
                     "Πότε έγινε η μάχη του Μαραθώνα;\t490 π.Χ.\tιστορία\n"
                     "Ποιος ήταν ο Περικλής;\tΑθηναίος πολιτικός\tιστορία\n";
  auto r = run_format(text, InputFormat::kTsv);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 4);
  for (const auto& q : r->records) CHECK_FALSE(q.topic.has_value());
}

TEST_CASE("text: a MediaWiki page loses its markup; code shown under a titled question before its answer is its code") {
  std::string text = "{{Infobox FAQ|updated=2025}}\n"
                     "'''Python pitfalls''' for [[Interview|interviews]].\n"
                     "__NOTOC__\n"
                     "== Basics ==\n"
                     "=== What does this loop print? ===\n"
                     "<source lang=\"python\">\n"
                     "for i in range(3): pass\n"
                     "print(i)\n"
                     "</source>\n"
                     "It prints ''2'': the loop variable outlives the loop.\n"
                     "=== Why is a default list argument shared? ===\n"
                     "{{Unanswered}}\n"
                     "=== How do I sort a dict by value? ===\n"
                     "Use <code>sorted(d.items(), key=lambda kv: kv[1])</code>.\n"
                     "[[Category:Python]]\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  check_records(*r, {Expect{5, "What does this loop print?", "Basics",
                            "It prints 2: the loop variable outlives the loop.", "for i in range(3): pass\nprint(i)"},
                     Expect{11, "Why is a default list argument shared?", "Basics"},
                     Expect{13, "How do I sort a dict by value?", "Basics",
                            "Use sorted(d.items(), key=lambda kv: kv[1])."}});
  CHECK(reason_of(*r, 1) == "metadata");
  CHECK(reason_of(*r, 12) == "metadata");
  CHECK(reason_of(*r, 15) == "metadata");
}

TEST_CASE("markdown: code opening a <details> body with text after it is the summary question's code") {
  std::string text = "## Consultas\n\n"
                     "<details>\n<summary>O que esta consulta devolve?</summary>\n\n"
                     "```sql\nSELECT COUNT(DISTINCT cidade) FROM clientes;\n```\n\n"
                     "O número de cidades diferentes.\n\n</details>\n\n"
                     "<details>\n<summary>Como apagar as linhas duplicadas?</summary>\n\n"
                     "```sql\nDELETE FROM t WHERE id NOT IN (SELECT MIN(id) FROM t GROUP BY email);\n```\n\n</details>\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  check_records(*r, {Expect{4, "O que esta consulta devolve?", "Consultas", "O número de cidades diferentes.",
                            "SELECT COUNT(DISTINCT cidade) FROM clientes;"},
                     Expect{15, "Como apagar as linhas duplicadas?", "Consultas",
                            "```\nDELETE FROM t WHERE id NOT IN (SELECT MIN(id) FROM t GROUP BY email);\n```"}});
}

TEST_CASE("text: in a numbered-outline FAQ, lines indented before the answer are the question's code; -- ends it") {
  std::string text = "Veelgestelde vragen\n\n"
                     "1. Installatie\n\n"
                     "1.1 Welke versie heb ik nodig?\n"
                     "Versie 3 of nieuwer.\n\n"
                     "1.2 Wat betekent deze melding?\n"
                     "    fout: poort 8080 is bezet\n"
                     "Een ander programma gebruikt die poort al.\n\n"
                     "1.3 Hoe start ik de dienst?\n"
                     "    dienst start --achtergrond\n\n"
                     "2. Gebruik\n\n"
                     "2.1 Waar staan de logbestanden?\n"
                     "In /var/log/dienst.\n\n"
                     "--\n"
                     "Samengesteld door de gebruikersgroep.\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  check_records(*r, {Expect{5, "Welke versie heb ik nodig?", "Installatie", "Versie 3 of nieuwer."},
                     Expect{8, "Wat betekent deze melding?", "Installatie", "Een ander programma gebruikt die poort al.",
                            "fout: poort 8080 is bezet"},
                     Expect{12, "Hoe start ik de dienst?", "Installatie", "dienst start --achtergrond"},
                     Expect{17, "Waar staan de logbestanden?", "Gebruik", "In /var/log/dienst."}});
  CHECK(reason_of(*r, 20) == "separator");
  CHECK(reason_of(*r, 21) == "outro");
}
