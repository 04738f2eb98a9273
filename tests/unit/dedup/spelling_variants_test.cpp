// Tests for dedup's spelling variants: technical abbreviations and what they stand for, short words that
// misspell a frame word, the katakana long vowel mark, and compounds written as one word or two.
#include <catch2/catch.hpp>

#include "dedup/abbreviations.hpp"
#include "dedup/features.hpp"
#include "qbank/dedup.hpp"
#include "qbank/lang.hpp"

namespace {

// Builds a record of the text in the given language.
qbank::Question variant_rec(const std::string& text, const std::string& lang, std::int64_t line) {
  qbank::Question q;
  q.text = text;
  q.lang = lang;
  q.sources.push_back({"variants.txt", line, text, "text", std::nullopt, {}});
  q.id = qbank::compute_id(q);
  return q;
}

// True when dedup puts the two texts of one language into one record.
bool variants_merged(const std::string& a, const std::string& b, const std::string& lang) {
  auto res = qbank::dedup({variant_rec(a, lang, 1), variant_rec(b, lang, 2)});
  REQUIRE(res.ok());
  return res->records.size() == 1;
}

// The text with its abbreviations written out, or "" when it has none.
std::string expanded(const std::string& text, const std::string& lang) {
  std::string out;
  return qbank::internal::expand_abbreviations(text, lang, out) ? out : std::string();
}

}  // namespace

TEST_CASE("abbreviations written in capitals or with a digit are read as what they stand for", "[dedup][variants]") {
  CHECK(expanded("Come si usa map() in JS?", "it") == "Come si usa map() in JavaScript?");
  CHECK(expanded("Wat is een K8s-service?", "nl") == "Wat is een Kubernetes-service?");
  CHECK(expanded("Which GUI toolkit suits small VMs?", "en") ==
        "Which graphical user interface toolkit suits small virtual machines?");
  CHECK(expanded("Что хранит СУБД?", "ru") == "Что хранит система управления базами данных?");
  // A lower-case word may be an ordinary word; a dotted or underscored name is a name; a language's own entry
  // holds only for it.
  CHECK(expanded("Quais são os tipos de dados?", "pt").empty());
  CHECK(expanded("How do I update Node.JS?", "en").empty());
  CHECK(expanded("What does MAX_DB hold?", "en").empty());
  CHECK(expanded("Was ist ein OS?", "de").empty());
}

TEST_CASE("dedup merges an abbreviation with its expansion, never with a look-alike", "[dedup][variants]") {
  CHECK(variants_merged("Come funziona l'ereditarietà in JS?", "Come funziona l'ereditarietà in JavaScript?", "it"));
  CHECK(variants_merged("Wat is een K8s-service?", "Wat is een Kubernetes-service?", "nl"));
  CHECK(variants_merged("Why does an ORM slow down queries?", "Why does an object-relational mapping slow down queries?", "en"));
  CHECK_FALSE(variants_merged("Wat is JS?", "Wat is JSON?", "nl"));
  CHECK_FALSE(variants_merged("Hoe installeer je k3s?", "Hoe installeer je k8s?", "nl"));
  CHECK_FALSE(variants_merged("Why does an ORM slow down queries?", "Why does an ORM speed up queries?", "en"));
}

TEST_CASE("a short word that misspells a frame word meets the frame word", "[dedup][variants]") {
  using qbank::internal::frame_typo_of;
  CHECK(frame_typo_of("teh", "en") != 0);
  CHECK(std::uint64_t{1} << (frame_typo_of("hwo", "en") - 1) == qbank::internal::word_bit("how"));
  CHECK(frame_typo_of("socket", "en") == 0);
  CHECK(variants_merged("Hwo are B-tree indexes stored?", "How are B-tree indexes stored?", "en"));
  CHECK(variants_merged("Wehre is teh stack allocated?", "Where is the stack allocated?", "en"));
  CHECK(variants_merged("Щоо таке сокет?", "Що таке сокет?", "uk"));
  // The slip must stand for a frame word the other side has: a real word stays.
  CHECK_FALSE(variants_merged("Hwo are B-tree indexes stored?", "Why are B-tree indexes stored?", "en"));
  CHECK_FALSE(variants_merged("What is form validation?", "What is validation?", "en"));
}

TEST_CASE("the katakana long vowel mark is optional, other letters are not", "[dedup][variants]") {
  CHECK(variants_merged("プリンターの設定方法は？", "プリンタの設定方法は？", "ja"));
  CHECK(variants_merged("ｽｷｬﾅｰとは何ですか？", "スキャナとは何ですか？", "ja"));
  CHECK_FALSE(variants_merged("ボールとは何ですか？", "ボルトとは何ですか？", "ja"));
}

TEST_CASE("a compound written as one word meets its two halves", "[dedup][variants]") {
  CHECK(variants_merged("डेटा बेस क्या है?", "डेटाबेस क्या है?", "hi"));
  CHECK(variants_merged("How do I change my user name on Linux?", "How do I change my username on Linux?", "en"));
  // Halves that do not spell the word, or a third word, keep them apart.
  CHECK_FALSE(variants_merged("How do I change my user name on Linux?", "How do I change my username on macOS?", "en"));
  CHECK_FALSE(variants_merged("What is a data set?", "What is a dataset list?", "en"));
}

TEST_CASE("the two sides of a comparative keep their places", "[dedup][variants]") {
  CHECK_FALSE(variants_merged("Czy Rust jest szybszy niż Go?", "Czy Go jest szybszy niż Rust?", "pl"));
  CHECK_FALSE(variants_merged("Is SQLite lighter than Postgres?", "Is Postgres lighter than SQLite?", "en"));
  CHECK(variants_merged("Is SQLite lighter than Postgres?", "is sqlite lighter than postgres", "en"));
}
