// Tests for dedup's ending alternations (data/dedup/form_endings.txt): two forms of one word that the stemmers
// keep apart meet, other words stay apart.
#include <catch2/catch.hpp>

#include "dedup_pairs.hpp"
#include "dedup/form_endings.hpp"

using qbank_test::merged_in;

TEST_CASE("a listed form ending is read as its lemma ending", "[dedup][form_endings]") {
  using qbank::internal::lemma_form;
  CHECK(lemma_form("exceções", "pt") == "exceção");
  CHECK(lemma_form("przypadki", "pl") == "przypadek");
  CHECK(lemma_form("selaimet", "fi") == "selain");
  CHECK(lemma_form("kommandorader", "sv") == "kommandorad");
  CHECK(lemma_form("sorguları", "tr") == lemma_form("sorgusu", "tr"));
  CHECK(lemma_form("exceções", "es").empty());   // Another language's ending.
  CHECK(lemma_form("ações", "pt").empty());      // Too little before the ending.
  CHECK(lemma_form("designer", "sv").empty());   // A bare lemma needs a longer base.
}

TEST_CASE("two forms of one word joined by an ending alternation meet", "[dedup][form_endings]") {
  CHECK(merged_in("O que é uma exceção verificada?", "O que são exceções verificadas?", "pt"));
  CHECK(merged_in("Jak obsłużyć przypadek brzegowy?", "Jak obsłużyć przypadki brzegowe?", "pl"));
  CHECK(merged_in("Jak nainstalovat balíček?", "Jak nainstalovat balíčky?", "cs"));
  CHECK(merged_in("Mikä on selain?", "Mitä ovat selaimet?", "fi"));
  CHECK(merged_in("Mikä on riippuvuus?", "Mitä ovat riippuvuudet?", "fi"));
  CHECK(merged_in("Veritabanı sorgusu nasıl yazılır?", "Veritabanı sorguları nasıl yazılır?", "tr"));
  CHECK(merged_in("Vad är en kommandorad?", "Vad är kommandorader?", "sv"));
}

TEST_CASE("an ending alternation joins no two words", "[dedup][form_endings]") {
  using qbank::internal::alternate_forms;
  CHECK_FALSE(alternate_forms("przypadek", "przypadkowy", "pl"));  // "case" / "random": a derivation.
  CHECK_FALSE(alternate_forms("selain", "selaus", "fi"));          // "browser" / "browsing".
  CHECK_FALSE(merged_in("Veritabanı sorgusu nedir?", "Veritabanı sorgulama nedir?", "tr"));
  CHECK_FALSE(merged_in("O que é uma exceção verificada?", "O que são exceções não verificadas?", "pt"));
  CHECK_FALSE(merged_in("Jak obsłużyć przypadek brzegowy?", "Jak obsłużyć przypadki testowe?", "pl"));
}
