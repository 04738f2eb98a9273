// Tests for the words of a question's frame that dedup reads per language: synonyms of the nouns that ask for
// good or bad sides, forms of "use" beside them, openings that ask for a meaning, and the lemmas of Indonesian,
// Turkish names and the Ukrainian "є".
#include <catch2/catch.hpp>

#include "dedup_pairs.hpp"
#include "dedup/frame_words.hpp"
#include "qbank/dedup.hpp"
#include "qbank/lang.hpp"

using qbank_test::merged_in;

TEST_CASE("nouns that ask for the same side of something are one word; the good and the bad side are not",
          "[dedup][frame]") {
  using qbank::internal::synonym_head;
  CHECK(synonym_head("benefits", "en", "benefit") == "advantages");
  CHECK(synonym_head("drawbacks", "en", "drawback") == "disadvantages");
  CHECK(synonym_head("benefits", "de", "benefit").empty());  // Another language's list.
  CHECK(synonym_head("fördelen", "sv", "fördel") == "fördelar");  // A form not listed, by its stem.
  CHECK(merged_in("What are the benefits of Redis?", "What are the advantages of Redis?", "en"));
  CHECK(merged_in("What are the pros and cons of Redis?", "What are the advantages and disadvantages of Redis?", "en"));
  CHECK(merged_in("Какие плюсы у Redis?", "Какие преимущества у Redis?", "ru"));
  CHECK(merged_in("Vad är fördelarna med Redis?", "Vad är fördelen med Redis?", "sv"));
  CHECK_FALSE(merged_in("What are the benefits of Redis?", "What are the drawbacks of Redis?", "en"));
  CHECK_FALSE(merged_in("Welche Vorteile hat Redis?", "Welche Nachteile hat Redis?", "de"));
}

TEST_CASE("a form of 'use' beside such a noun may be left out; elsewhere it is what is asked", "[dedup][frame]") {
  CHECK(merged_in("What are the advantages of using Redis?", "What are the advantages of Redis?", "en"));
  CHECK(merged_in("What are the advantages of using Python?", "What are the advantages of Python?", "en"));
  CHECK(merged_in("Quels sont les avantages d'utiliser Redis ?", "Quels sont les avantages de Redis ?", "fr"));
  CHECK(merged_in("Quali sono i vantaggi dell'utilizzo di Redis?", "Quali sono i vantaggi di Redis?", "it"));
  CHECK(merged_in("使用Redis有哪些好处？", "Redis有哪些好处？", "zh"));
  CHECK(merged_in("Redis kullanmanın avantajları nelerdir?", "Redis'in avantajları nelerdir?", "tr"));
  CHECK_FALSE(merged_in("Quando usare una cache?", "Che cosa è una cache?", "it"));
  CHECK_FALSE(merged_in("¿Cuándo usar una caché?", "¿Qué es una caché?", "es"));
  CHECK_FALSE(merged_in("Quels sont les avantages d'utiliser Redis ?", "Quels sont les avantages de configurer Redis ?", "fr"));
}

TEST_CASE("an opening that asks for a meaning asks what 'what is' asks", "[dedup][frame]") {
  using qbank::internal::definition_opening;
  CHECK(definition_opening("was versteht man unter kapselung?", "de") == std::string("was versteht man unter").size());
  CHECK(definition_opening("was versteht man unter kapselung?", "fr") == 0);
  CHECK(definition_opening("ce inseamna serializarea?", "ro") == std::string("ce inseamna").size());
  CHECK(merged_in("Was versteht man unter Kapselung?", "Was ist Kapselung?", "de"));
  CHECK(merged_in("What do you understand by memoization?", "What is memoization?", "en"));
  CHECK(merged_in("Apa yang dimaksud dengan enkapsulasi?", "Apa itu enkapsulasi?", "id"));
  CHECK(merged_in("Ce inseamna serializarea?", "Ce este serializarea?", "ro"));
  CHECK_FALSE(merged_in("Was versteht man unter Kapselung?", "Was ist Vererbung?", "de"));
  CHECK_FALSE(merged_in("What do you understand by memoization?", "Why is memoization useful?", "en"));
}

TEST_CASE("Indonesian derived words stay apart, a possessive ending does not", "[dedup][frame]") {
  CHECK_FALSE(merged_in("Apa itu penguji?", "Apa itu pengujian?", "id"));
  CHECK_FALSE(merged_in("Apa tugas seorang pengelola?", "Apa tugas seorang pengelolaan?", "id"));
  CHECK(merged_in("Apakah Redis mendukung transaksi?", "Apakah Redis mendukung transaksinya?", "id"));
}

TEST_CASE("a Turkish case ending after a name's apostrophe and the Ukrainian 'є' are no content", "[dedup][frame]") {
  CHECK(merged_in("Redis'in mimarisi nedir?", "Redis mimarisi nedir?", "tr"));
  CHECK(merged_in("Які є переваги Redis?", "Які переваги Redis?", "uk"));
  CHECK_FALSE(merged_in("Redis'in mimarisi nedir?", "Kafka'nın mimarisi nedir?", "tr"));
}
