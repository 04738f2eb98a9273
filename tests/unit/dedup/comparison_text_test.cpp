// Tests for dedup's comparison text: scraper residue around a question is dropped, words typed without their
// letters meet them, abbreviations meet what they stand for, short-word slips, long vowels and compounds meet
// their other spellings, before pairs are compared.
#include <catch2/catch.hpp>

#include "dedup_pairs.hpp"
#include "dedup/abbreviations.hpp"
#include "dedup/features.hpp"
#include "qbank/dedup.hpp"
#include "qbank/lang.hpp"

using qbank_test::merged_in;

namespace {

// The text with its abbreviations written out, or "" when it has none.
std::string expanded(const std::string& text, const std::string& lang) {
  std::string out;
  return qbank::internal::expand_abbreviations(text, lang, out) ? out : std::string();
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
  CHECK(merged_in("Kysymys 4: Miten roskienkeruu toimii?", "Miten roskienkeruu toimii?", "fi"));
  CHECK(merged_in("<li>Hoe werkt een iterator?</li>", "Hoe werkt een iterator?", "nl"));
  CHECK(merged_in("Питање 2: Шта је итератор?", "Шта је итератор?", "sr"));
  // A label that names a version or product is part of the question.
  CHECK_FALSE(merged_in("Ubuntu 20.04: how do I mount a disk?", "Ubuntu 22.04: how do I mount a disk?", "en"));
  // The same label number before two different questions does not make them one.
  CHECK_FALSE(merged_in("Kysymys 4: Miten roskienkeruu toimii?", "Kysymys 4: Miten iteraattori toimii?", "fi"));
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
  CHECK(merged_in("Hvað er forritun?", "Hvad er forritun?", "is"));
  CHECK_FALSE(merged_in("Hvað er forritun?", "Hvad er forrit?", "is"));
}

TEST_CASE("dedup merges an umlaut typed as a digraph, not a different word", "[dedup][spelling]") {
  CHECK(merged_in("Wie berechnet man die Groesse eines Arrays?", "Wie berechnet man die Größe eines Arrays?", "de"));
  CHECK(merged_in("Wozu dient ein Schluesselwort?", "Wozu dient ein Schlüsselwort?", "de"));
  CHECK_FALSE(merged_in("Wie berechnet man die Größe eines Arrays?", "Wie berechnet man die Länge eines Arrays?", "de"));
  CHECK_FALSE(merged_in("Wozu dient ein Schlüsselwort?", "Wozu dient ein Schlüsselpaar?", "de"));
}

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
  CHECK(merged_in("Come funziona l'ereditarietà in JS?", "Come funziona l'ereditarietà in JavaScript?", "it"));
  CHECK(merged_in("Wat is een K8s-service?", "Wat is een Kubernetes-service?", "nl"));
  CHECK(merged_in("Why does an ORM slow down queries?", "Why does an object-relational mapping slow down queries?", "en"));
  CHECK_FALSE(merged_in("Wat is JS?", "Wat is JSON?", "nl"));
  CHECK_FALSE(merged_in("Hoe installeer je k3s?", "Hoe installeer je k8s?", "nl"));
  CHECK_FALSE(merged_in("Why does an ORM slow down queries?", "Why does an ORM speed up queries?", "en"));
}

TEST_CASE("a short word that misspells a frame word meets the frame word", "[dedup][variants]") {
  using qbank::internal::frame_typo_of;
  CHECK(frame_typo_of("teh", "en") != 0);
  CHECK(std::uint64_t{1} << (frame_typo_of("hwo", "en") - 1) == qbank::internal::word_bit("how"));
  CHECK(frame_typo_of("socket", "en") == 0);
  CHECK(merged_in("Hwo are B-tree indexes stored?", "How are B-tree indexes stored?", "en"));
  CHECK(merged_in("Wehre is teh stack allocated?", "Where is the stack allocated?", "en"));
  CHECK(merged_in("Щоо таке сокет?", "Що таке сокет?", "uk"));
  // The slip must stand for a frame word the other side has: a real word stays.
  CHECK_FALSE(merged_in("Hwo are B-tree indexes stored?", "Why are B-tree indexes stored?", "en"));
  CHECK_FALSE(merged_in("What is form validation?", "What is validation?", "en"));
}

TEST_CASE("the katakana long vowel mark is optional, other letters are not", "[dedup][variants]") {
  CHECK(merged_in("プリンターの設定方法は？", "プリンタの設定方法は？", "ja"));
  CHECK(merged_in("ｽｷｬﾅｰとは何ですか？", "スキャナとは何ですか？", "ja"));
  CHECK_FALSE(merged_in("ボールとは何ですか？", "ボルトとは何ですか？", "ja"));
}

TEST_CASE("a compound written as one word meets its two halves", "[dedup][variants]") {
  CHECK(merged_in("डेटा बेस क्या है?", "डेटाबेस क्या है?", "hi"));
  CHECK(merged_in("How do I change my user name on Linux?", "How do I change my username on Linux?", "en"));
  // Halves that do not spell the word, or a third word, keep them apart.
  CHECK_FALSE(merged_in("How do I change my user name on Linux?", "How do I change my username on macOS?", "en"));
  CHECK_FALSE(merged_in("What is a data set?", "What is a dataset list?", "en"));
}

TEST_CASE("the two sides of a comparative keep their places", "[dedup][variants]") {
  CHECK_FALSE(merged_in("Czy Rust jest szybszy niż Go?", "Czy Go jest szybszy niż Rust?", "pl"));
  CHECK_FALSE(merged_in("Is SQLite lighter than Postgres?", "Is Postgres lighter than SQLite?", "en"));
  CHECK(merged_in("Is SQLite lighter than Postgres?", "is sqlite lighter than postgres", "en"));
}

TEST_CASE("abbreviations are written out in the language the written-out text is compared in", "[dedup][abbreviation]") {
  // Marked English, read as French once "API" is written out in English words: the French text keeps "API", as
  // its French neighbour does.
  CHECK(merged_in("Qu'est-ce qu'une API REST ?", "Pouvez-vous expliquer ce qu'est une API REST ?", "en"));
  CHECK(merged_in("What is an API?", "What is an application programming interface?", "en"));
  CHECK_FALSE(merged_in("Qu'est-ce qu'une API REST ?", "Qu'est-ce qu'une API SOAP ?", "en"));
}
