// Tests for the words of a question's frame that dedup reads per language: synonyms of the nouns that ask for
// good or bad sides, forms of "use" beside them, openings that ask for a meaning, and the lemmas of Indonesian,
// Turkish names and the Ukrainian "є".
#include <catch2/catch.hpp>

#include "dedup/frame_words.hpp"
#include "qbank/dedup.hpp"
#include "qbank/lang.hpp"

namespace {

// Builds a record of the text in the given language.
qbank::Question frame_rec(const std::string& text, const std::string& lang, std::int64_t line) {
  qbank::Question q;
  q.text = text;
  q.lang = lang;
  q.sources.push_back({"frame.txt", line, text, "text", std::nullopt, {}});
  q.id = qbank::compute_id(q);
  return q;
}

// True when dedup puts the two texts of one language into one record.
bool frame_merged(const std::string& a, const std::string& b, const std::string& lang) {
  auto res = qbank::dedup({frame_rec(a, lang, 1), frame_rec(b, lang, 2)});
  REQUIRE(res.ok());
  return res->records.size() == 1;
}

}  // namespace

TEST_CASE("nouns that ask for the same side of something are one word; the good and the bad side are not",
          "[dedup][frame]") {
  using qbank::internal::synonym_head;
  CHECK(synonym_head("benefits", "en", "benefit") == "advantages");
  CHECK(synonym_head("drawbacks", "en", "drawback") == "disadvantages");
  CHECK(synonym_head("benefits", "de", "benefit").empty());  // Another language's list.
  CHECK(synonym_head("fördelen", "sv", "fördel") == "fördelar");  // A form not listed, by its stem.
  CHECK(frame_merged("What are the benefits of Redis?", "What are the advantages of Redis?", "en"));
  CHECK(frame_merged("What are the pros and cons of Redis?", "What are the advantages and disadvantages of Redis?", "en"));
  CHECK(frame_merged("Какие плюсы у Redis?", "Какие преимущества у Redis?", "ru"));
  CHECK(frame_merged("Vad är fördelarna med Redis?", "Vad är fördelen med Redis?", "sv"));
  CHECK_FALSE(frame_merged("What are the benefits of Redis?", "What are the drawbacks of Redis?", "en"));
  CHECK_FALSE(frame_merged("Welche Vorteile hat Redis?", "Welche Nachteile hat Redis?", "de"));
}

TEST_CASE("a form of 'use' beside such a noun may be left out; elsewhere it is what is asked", "[dedup][frame]") {
  CHECK(frame_merged("What are the advantages of using Redis?", "What are the advantages of Redis?", "en"));
  CHECK(frame_merged("What are the advantages of using Python?", "What are the advantages of Python?", "en"));
  CHECK(frame_merged("Quels sont les avantages d'utiliser Redis ?", "Quels sont les avantages de Redis ?", "fr"));
  CHECK(frame_merged("Quali sono i vantaggi dell'utilizzo di Redis?", "Quali sono i vantaggi di Redis?", "it"));
  CHECK(frame_merged("使用Redis有哪些好处？", "Redis有哪些好处？", "zh"));
  CHECK(frame_merged("Redis kullanmanın avantajları nelerdir?", "Redis'in avantajları nelerdir?", "tr"));
  CHECK_FALSE(frame_merged("Quando usare una cache?", "Che cosa è una cache?", "it"));
  CHECK_FALSE(frame_merged("¿Cuándo usar una caché?", "¿Qué es una caché?", "es"));
  CHECK_FALSE(frame_merged("Quels sont les avantages d'utiliser Redis ?", "Quels sont les avantages de configurer Redis ?", "fr"));
}

TEST_CASE("an opening that asks for a meaning asks what 'what is' asks", "[dedup][frame]") {
  using qbank::internal::definition_opening;
  CHECK(definition_opening("was versteht man unter kapselung?", "de") == std::string("was versteht man unter").size());
  CHECK(definition_opening("was versteht man unter kapselung?", "fr") == 0);
  CHECK(definition_opening("ce inseamna serializarea?", "ro") == std::string("ce inseamna").size());
  CHECK(frame_merged("Was versteht man unter Kapselung?", "Was ist Kapselung?", "de"));
  CHECK(frame_merged("What do you understand by memoization?", "What is memoization?", "en"));
  CHECK(frame_merged("Apa yang dimaksud dengan enkapsulasi?", "Apa itu enkapsulasi?", "id"));
  CHECK(frame_merged("Ce inseamna serializarea?", "Ce este serializarea?", "ro"));
  CHECK_FALSE(frame_merged("Was versteht man unter Kapselung?", "Was ist Vererbung?", "de"));
  CHECK_FALSE(frame_merged("What do you understand by memoization?", "Why is memoization useful?", "en"));
}

TEST_CASE("Indonesian derived words stay apart, a possessive ending does not", "[dedup][frame]") {
  CHECK_FALSE(frame_merged("Apa itu penguji?", "Apa itu pengujian?", "id"));
  CHECK_FALSE(frame_merged("Apa tugas seorang pengelola?", "Apa tugas seorang pengelolaan?", "id"));
  CHECK(frame_merged("Apakah Redis mendukung transaksi?", "Apakah Redis mendukung transaksinya?", "id"));
}

TEST_CASE("a Turkish case ending after a name's apostrophe and the Ukrainian 'є' are no content", "[dedup][frame]") {
  CHECK(frame_merged("Redis'in mimarisi nedir?", "Redis mimarisi nedir?", "tr"));
  CHECK(frame_merged("Які є переваги Redis?", "Які переваги Redis?", "uk"));
  CHECK_FALSE(frame_merged("Redis'in mimarisi nedir?", "Kafka'nın mimarisi nedir?", "tr"));
}
