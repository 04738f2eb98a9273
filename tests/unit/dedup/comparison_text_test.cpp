// Tests for dedup's comparison text: scraper residue around a question is dropped, and words typed without
// their letters meet them, before pairs are compared.
#include <catch2/catch.hpp>

#include "dedup/features.hpp"
#include "qbank/dedup.hpp"
#include "qbank/lang.hpp"

namespace {

// Builds a record of the text in the given language.
qbank::Question body_rec(const std::string& text, const std::string& lang, std::int64_t line) {
  qbank::Question q;
  q.text = text;
  q.lang = lang;
  q.sources.push_back({"body.txt", line, text, "text", std::nullopt, {}});
  q.id = qbank::compute_id(q);
  return q;
}

// True when dedup puts the two texts of one language into one record.
bool body_merged(const std::string& a, const std::string& b, const std::string& lang) {
  auto res = qbank::dedup({body_rec(a, lang, 1), body_rec(b, lang, 2)});
  REQUIRE(res.ok());
  return res->records.size() == 1;
}

}  // namespace

TEST_CASE("question_body drops wrapping HTML elements and Markdown emphasis", "[dedup][body]") {
  using qbank::internal::question_body;
  CHECK(question_body("<em>Wie funktioniert ein Garbage Collector?</em>") == "Wie funktioniert ein Garbage Collector?");
  CHECK(question_body("<td class=\"q\">Hoe werkt een iterator?</td>") == "Hoe werkt een iterator?");
  CHECK(question_body("__Como funciona um coletor de lixo?__") == "Como funciona um coletor de lixo?");
  CHECK(question_body("### Comment fonctionne un ramasse-miettes ?") == "Comment fonctionne un ramasse-miettes ?");
  CHECK(question_body("- [x] Ce este un iterator?") == "Ce este un iterator?");
  // Markup that is part of the question stays: an element that does not wrap it all, an unclosed run.
  CHECK(question_body("<div> vs <span>: which is a block element?") == "<div> vs <span>: which is a block element?");
  CHECK(question_body("**kwargs vs *args in a call?") == "**kwargs vs *args in a call?");
}

TEST_CASE("question_body drops question labels and list numbers, not labels that carry meaning", "[dedup][body]") {
  using qbank::internal::question_body;
  CHECK(question_body("Kysymys 4: Miten roskienkeruu toimii?") == "Miten roskienkeruu toimii?");
  CHECK(question_body("**Pergunta 3.** Como funciona um coletor de lixo?") == "Como funciona um coletor de lixo?");
  CHECK(question_body("Питање №2. Шта је итератор?") == "Шта је итератор?");
  CHECK(question_body("প্রশ্ন ১২: ইটারেটর কী?") == "ইটারেটর কী?");
  CHECK(question_body("問１２．イテレータとは何ですか？") == "イテレータとは何ですか？");
  CHECK(question_body("17) Jak działa iterator?") == "Jak działa iterator?");
  CHECK(question_body("Ubuntu 22.04: how do I mount a disk?") == "Ubuntu 22.04: how do I mount a disk?");
  CHECK(question_body("Rust 2021: what changed in closures?") == "Rust 2021: what changed in closures?");
}

TEST_CASE("dedup compares questions without their labels and wrapping markup", "[dedup][body]") {
  CHECK(body_merged("Kysymys 4: Miten roskienkeruu toimii?", "Miten roskienkeruu toimii?", "fi"));
  CHECK(body_merged("<li>Hoe werkt een iterator?</li>", "Hoe werkt een iterator?", "nl"));
  CHECK(body_merged("Питање 2: Шта је итератор?", "Шта је итератор?", "sr"));
  // A label that names a version or product is part of the question.
  CHECK_FALSE(body_merged("Ubuntu 20.04: how do I mount a disk?", "Ubuntu 22.04: how do I mount a disk?", "en"));
  // The same label number before two different questions does not make them one.
  CHECK_FALSE(body_merged("Kysymys 4: Miten roskienkeruu toimii?", "Kysymys 4: Miten iteraattori toimii?", "fi"));
}

TEST_CASE("keyboard_spelling writes letters a keyboard lacks as their usual digraphs", "[dedup][spelling]") {
  using qbank::internal::keyboard_spelling;
  CHECK(keyboard_spelling("größe") == "groesse");
  CHECK(keyboard_spelling("þýðandi") == "thydandi");
  CHECK(keyboard_spelling("kød") == "koed");
  CHECK(keyboard_spelling("søk på") == "soek paa");
  CHECK(keyboard_spelling("компилятор") == "компилятор");
}

TEST_CASE("ð counts as a marked letter, so a text typed without marks meets it", "[dedup][spelling]") {
  CHECK(qbank::internal::has_marks("hvað"));
  CHECK(qbank::internal::without_marks("þýðandi") == "þydandi");
  CHECK(body_merged("Hvað er forritun?", "Hvad er forritun?", "is"));
  CHECK_FALSE(body_merged("Hvað er forritun?", "Hvad er forrit?", "is"));
}

TEST_CASE("dedup merges an umlaut typed as a digraph, not a different word", "[dedup][spelling]") {
  CHECK(body_merged("Wie berechnet man die Groesse eines Arrays?", "Wie berechnet man die Größe eines Arrays?", "de"));
  CHECK(body_merged("Wozu dient ein Schluesselwort?", "Wozu dient ein Schlüsselwort?", "de"));
  CHECK_FALSE(body_merged("Wie berechnet man die Größe eines Arrays?", "Wie berechnet man die Länge eines Arrays?", "de"));
  CHECK_FALSE(body_merged("Wozu dient ein Schlüsselwort?", "Wozu dient ein Schlüsselpaar?", "de"));
}
