// Cross-language links between loose translations: loanwords across scripts, compounds, alternatives written
// with "/", Turkish suffixes after an apostrophe, the glossary's Italian, Polish, Turkish and Dutch columns.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "qbank/dedup.hpp"
#include "qbank/xlang.hpp"
#include "xlang/transliteration.hpp"

namespace {

// A record with text and language, its id computed.
qbank::Question rec(const std::string& text, const std::string& lang) {
  qbank::Question q;
  q.text = text;
  q.lang = lang;
  q.sources.push_back({"t.md", 1, text, "text", {}, {}});
  q.id = qbank::compute_id(q);
  return q;
}

// True when compare_translations links the two.
bool links(const qbank::Question& a, const qbank::Question& b) { return qbank::compare_translations(a, b).linked; }

// True when link_translations, which finds candidates through shared keys, links the two records of a bank.
bool bank_links(const qbank::Question& a, const qbank::Question& b) {
  std::vector<qbank::Question> bank = {a, b};
  auto r = qbank::link_translations(bank);
  return r.ok() && r->links.size() == 1;
}

// The consonant skeleton of a folded word, at least three letters long.
std::string skeleton(const std::string& w) {
  qbank::internal::SkeletonScript script;
  return qbank::internal::consonant_skeleton(w, 3, script);
}

}  // namespace

TEST_CASE("xlang: consonant skeletons meet across Cyrillic and Latin") {
  CHECK(skeleton("колбэк") == skeleton("callback"));
  CHECK(skeleton("колбэками") == skeleton("callbacks"));  // Case ending and plural cut.
  CHECK(skeleton("промисов") == skeleton("promise"));
  CHECK(skeleton("хойстинг") == skeleton("hoisting"));
  CHECK(skeleton("воркери") == skeleton("workers"));
  CHECK(skeleton("джаваскрипт") == skeleton("javascript"));
  CHECK(skeleton("процесс") == skeleton("process"));  // "c" before e is "s".
  CHECK(skeleton("вебсайте") == skeleton("website"));  // "ай" is English "i".
  CHECK(skeleton("хостинг") != skeleton("hoisting"));
  CHECK(skeleton("роутер") != skeleton("reader"));
  CHECK(skeleton("хук").empty());  // Too short to be matched so.
  CHECK(skeleton("html5").empty());
  qbank::internal::SkeletonScript script;
  CHECK_FALSE(qbank::internal::consonant_skeleton("промис", 3, script).empty());
  CHECK(script == qbank::internal::SkeletonScript::kCyrillic);
}

TEST_CASE("xlang: a Cyrillic loanword links to the English word or term it was taken from") {
  CHECK(bank_links(rec("What is hoisting?", "en"), rec("Что такое хойстинг?", "ru")));  // A glossary term.
  CHECK(bank_links(rec("What are web workers?", "en"), rec("Що таке веб-воркери?", "uk")));  // A plain word.
  CHECK(bank_links(rec("What are the pros and cons of promises?", "en"),
                   rec("Какие плюсы и минусы у промисов?", "ru")));
  CHECK_FALSE(links(rec("What is hoisting?", "en"), rec("Что такое хостинг?", "ru")));
  CHECK_FALSE(links(rec("What are web workers?", "en"), rec("Что такое веб-сокеты?", "ru")));
  CHECK_FALSE(links(rec("What is a router?", "en"), rec("Что такое ридер?", "ru")));
  // Two Latin words are never matched by their skeletons.
  CHECK_FALSE(links(rec("What is a reader?", "en"), rec("Was ist ein Radar?", "de")));
}

TEST_CASE("xlang: a German or Dutch compound of two terms splits into both") {
  CHECK(bank_links(rec("What is a database index?", "en"), rec("Was ist ein Datenbankindex?", "de")));
  CHECK(bank_links(rec("How does a hash table work?", "en"), rec("Hoe werkt een hashtabel?", "nl")));
  CHECK_FALSE(links(rec("What is a database index?", "en"), rec("Was ist eine Datenbanktabelle?", "de")));
  CHECK_FALSE(links(rec("What is an index?", "en"), rec("Was ist ein Datenbankindex?", "de")));
  // An English name is not split: its last part is no Dutch term.
  CHECK(bank_links(rec("What are the advantages of TypeScript?", "en"),
                   rec("Wat zijn de voordelen van TypeScript?", "nl")));
}

TEST_CASE("xlang: alternatives joined by a slash read as the words they join") {
  CHECK(bank_links(rec("What are the advantages/disadvantages of microservices?", "en"),
                   rec("Каковы преимущества и недостатки микросервисов?", "ru")));
  CHECK(bank_links(rec("What techniques/processes do you use?", "en"), rec("Які прийоми / процеси Ви використовуєте?", "uk")));
  CHECK_FALSE(links(rec("What are the advantages of microservices?", "en"),
                    rec("Каковы преимущества/недостатки микросервисов?", "ru")));
  CHECK_FALSE(links(rec("What is HTTP/2?", "en"), rec("Что такое HTTP?", "ru")));  // Between a word and a number.
  CHECK(bank_links(rec("单元测试与功能/集成测试的区别是什么？", "zh"),
                   rec("В чём различие между юнит-тестами и функциональными/интеграционными тестами?", "ru")));
}

TEST_CASE("xlang: Turkish suffixes after an apostrophe and underscores around a word are not part of it") {
  CHECK(bank_links(rec("Explain the event loop.", "en"), rec("Event loop'u açıklayın.", "tr")));
  CHECK_FALSE(links(rec("Explain the call stack.", "en"), rec("Event loop'u açıklayın.", "tr")));
  CHECK(bank_links(rec("Describe event capturing.", "en"), rec("Describa el _event capturing_.", "es")));
}

TEST_CASE("xlang: Italian, Polish, Turkish and Dutch questions link through their glossary columns") {
  CHECK(bank_links(rec("What is recursion?", "en"), rec("Che cos'è la ricorsione?", "it")));
  CHECK(bank_links(rec("What is inheritance?", "en"), rec("Czym jest dziedziczenie?", "pl")));
  CHECK(bank_links(rec("What is polymorphism?", "en"), rec("Polimorfizm nedir?", "tr")));
  CHECK(bank_links(rec("What is the difference between a class and an object?", "en"),
                   rec("Wat is het verschil tussen een klasse en een object?", "nl")));
  CHECK(bank_links(rec("Che cos'è la ricorsione?", "it"), rec("¿Qué es la recursión?", "es")));
  CHECK_FALSE(links(rec("What is iteration?", "en"), rec("Wat is recursie?", "nl")));
  CHECK_FALSE(links(rec("What are the disadvantages of unit tests?", "en"),
                    rec("Jakie są zalety testów jednostkowych?", "pl")));
  CHECK_FALSE(links(rec("What is a thread?", "en"), rec("Process nedir?", "tr")));
}

TEST_CASE("xlang: words of a loose wording that carry no content are passed over") {
  CHECK(bank_links(rec("Explain the same-origin policy with regards to JavaScript.", "en"),
                   rec("请解释 JavaScript 的同源策略。", "zh")));
  CHECK(bank_links(rec("How can you share code between files?", "en"),
                   rec("Каким образом можно обмениваться кодом между файлами?", "ru")));
  CHECK(bank_links(rec("How can you achieve immutability in your own code?", "en"),
                   rec("Как вы можете достигнуть неизменяемости в вашем коде?", "ru")));
  CHECK_FALSE(links(rec("How can you achieve immutability in your own code?", "en"),
                    rec("Как вы можете достигнуть неизменяемости в вашем тесте?", "ru")));
}

TEST_CASE("xlang: a word written as a term names that term's concept, not another of the same stem") {
  CHECK(bank_links(rec("What is a function?", "en"), rec("¿Qué es una función?", "es")));
  CHECK(bank_links(rec("What is a function?", "en"), rec("Che cos'è una funzione?", "it")));
  CHECK(bank_links(rec("How does a hash table work?", "en"), rec("¿Cómo funciona una tabla hash?", "es")));
  CHECK_FALSE(links(rec("How does a function work?", "en"), rec("¿Qué es una función?", "es")));
  CHECK(bank_links(rec("What is CSS selector specificity and how does it work?", "en"),
                   rec("¿Qué es la especificidad de los selectores CSS y cómo funciona?", "es")));
}
