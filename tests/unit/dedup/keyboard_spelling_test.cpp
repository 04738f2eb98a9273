// Tests for words typed without their letters: umlauts as digraphs, ð and þ, and pairs that must stay apart.
#include <catch2/catch.hpp>

#include "dedup/features.hpp"
#include "qbank/dedup.hpp"
#include "qbank/lang.hpp"

namespace {

// Builds a record of the text in the given language.
qbank::Question spelling_rec(const std::string& text, const std::string& lang, std::int64_t line) {
  qbank::Question q;
  q.text = text;
  q.lang = lang;
  q.sources.push_back({"spelling.txt", line, text, "text", std::nullopt, {}});
  q.id = qbank::compute_id(q);
  return q;
}

// True when dedup puts the two texts of one language into one record.
bool spelling_merged(const std::string& a, const std::string& b, const std::string& lang) {
  auto res = qbank::dedup({spelling_rec(a, lang, 1), spelling_rec(b, lang, 2)});
  REQUIRE(res.ok());
  return res->records.size() == 1;
}

}  // namespace

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
  CHECK(spelling_merged("Hvað er forritun?", "Hvad er forritun?", "is"));
  CHECK_FALSE(spelling_merged("Hvað er forritun?", "Hvad er forrit?", "is"));
}

TEST_CASE("dedup merges an umlaut typed as a digraph, not a different word", "[dedup][spelling]") {
  CHECK(spelling_merged("Wie berechnet man die Groesse eines Arrays?", "Wie berechnet man die Größe eines Arrays?", "de"));
  CHECK(spelling_merged("Wozu dient ein Schluesselwort?", "Wozu dient ein Schlüsselwort?", "de"));
  CHECK_FALSE(spelling_merged("Wie berechnet man die Größe eines Arrays?", "Wie berechnet man die Länge eines Arrays?", "de"));
  CHECK_FALSE(spelling_merged("Wozu dient ein Schlüsselwort?", "Wozu dient ein Schlüsselpaar?", "de"));
}
