// Tests for qbank/filter.hpp.
#include <catch2/catch.hpp>

#include "qbank/filter.hpp"
#include "qbank/lang.hpp"

namespace {

// Builds a record with one source.
qbank::Question make(std::string text, std::string lang = "en", std::string file = "a.txt") {
  qbank::Question q;
  q.text = std::move(text);
  q.lang = std::move(lang);
  q.sources.push_back({std::move(file), 1, q.text, "", std::nullopt, {}});
  return q;
}

// Compiles options that must be valid.
qbank::Filter compile(const qbank::FilterOptions& opt) {
  auto f = qbank::Filter::compile(opt);
  REQUIRE(f.ok());
  return std::move(*f);
}

}  // namespace

TEST_CASE("an invalid pattern is InvalidArgument quoting RE2's message") {
  qbank::FilterOptions opt;
  opt.match = "(unclosed";
  auto f = qbank::Filter::compile(opt);
  REQUIRE_FALSE(f.ok());
  CHECK(f.status().code() == qbank::StatusCode::kInvalidArgument);
  CHECK(f.status().message().find("missing )") != std::string::npos);
  CHECK(f.status().message().find("--match") != std::string::npos);
  opt.match.clear();
  opt.topic = "a{2,1}";
  CHECK_FALSE(qbank::Filter::compile(opt).ok());
  opt.topic.clear();
  opt.min_words = 5;
  opt.max_words = 2;
  CHECK_FALSE(qbank::Filter::compile(opt).ok());
}

TEST_CASE("an empty filter selects everything and invert selects nothing") {
  qbank::FilterOptions opt;
  CHECK(compile(opt).matches(make("x")));
  opt.invert = true;
  CHECK_FALSE(compile(opt).matches(make("x")));
}

TEST_CASE("languages, answers, code and topic") {
  qbank::FilterOptions opt;
  opt.langs = {"ru", "uk"};
  auto f = compile(opt);
  CHECK(f.matches(make("Что такое GIL", "ru")));
  CHECK_FALSE(f.matches(make("What is GIL", "en")));

  qbank::Question q = make("What?");
  q.answer = "   ";
  qbank::FilterOptions has;
  has.answer = qbank::AnswerTest::kPresent;
  CHECK_FALSE(compile(has).matches(q));  // A blank answer is no answer.
  qbank::FilterOptions none;
  none.answer = qbank::AnswerTest::kAbsent;
  CHECK(compile(none).matches(q));
  q.answer = "42";
  CHECK(compile(has).matches(q));
  CHECK_FALSE(compile(none).matches(q));

  qbank::FilterOptions code;
  code.has_code = true;
  CHECK_FALSE(compile(code).matches(q));
  q.code = "print(1)";
  CHECK(compile(code).matches(q));

  qbank::FilterOptions topic;
  topic.topic = "^Py";
  CHECK_FALSE(compile(topic).matches(q));  // No topic fails a topic test.
  q.topic = "Python";
  CHECK(compile(topic).matches(q));
  q.topic = "python";
  CHECK_FALSE(compile(topic).matches(q));
  topic.fold = true;
  topic.topic = "^py";
  q.topic = "PYTHON";
  CHECK(compile(topic).matches(q));
}

TEST_CASE("tags match any or all, and a parent tag matches its children") {
  qbank::Question q = make("x");
  q.tags = {"python::gil", "Concurrency"};
  qbank::FilterOptions opt;
  opt.tags = {"python"};
  CHECK(compile(opt).matches(q));
  opt.tags = {"pyth"};
  CHECK_FALSE(compile(opt).matches(q));  // Not a prefix match inside a level.
  opt.tags = {"concurrency", "sql"};
  CHECK(compile(opt).matches(q));
  opt.all_tags = true;
  CHECK_FALSE(compile(opt).matches(q));
  opt.tags = {"concurrency", "python::gil"};
  CHECK(compile(opt).matches(q));
}

TEST_CASE("source globs use fnmatch on every source's file") {
  qbank::Question q = make("x", "en", "notes/ru/list.md");
  q.sources.push_back({"other.txt", 3, "x", "", std::nullopt, {}});
  qbank::FilterOptions opt;
  opt.sources = {"*.md"};
  CHECK(compile(opt).matches(q));
  opt.sources = {"*.csv", "other.*"};
  CHECK(compile(opt).matches(q));
  opt.sources = {"*.csv"};
  CHECK_FALSE(compile(opt).matches(q));
}

TEST_CASE("source globs match the whole path or its file name") {
  qbank::Question q = make("x", "en", "raw/deck.csv");
  qbank::FilterOptions opt;
  for (std::string glob : {"deck.csv", "raw/deck.csv", "d*.csv", "raw/*"}) {
    opt.sources = {glob};
    CHECK(compile(opt).matches(q));
  }
  for (std::string glob : {"deck", "aw/deck.csv", "other/deck.csv"}) {
    opt.sources = {glob};
    CHECK_FALSE(compile(opt).matches(q));
  }
}

TEST_CASE("filter_warnings names language codes that match no record") {
  qbank::FilterOptions opt;
  opt.langs = {"ru", "und", "zh"};
  CHECK(qbank::filter_warnings(opt).empty());
  opt.langs = {"RU", "xx", "en_GB"};
  auto w = qbank::filter_warnings(opt);
  REQUIRE(w.size() == 3);
  CHECK(w[0] == "--lang RU matches no record (records carry lowercase ISO 639-1 codes); did you mean 'ru'?");
  CHECK(w[1] == "--lang xx is not an ISO 639-1 code or 'und'; it matches no record");
  CHECK(w[2].find("did you mean 'en'?") != std::string::npos);
}

TEST_CASE("is_language_code knows the ISO 639-1 codes and und") {
  for (const char* code : {"aa", "en", "ru", "zh", "zu", "und"}) CHECK(qbank::is_language_code(code));
  for (const char* code : {"xx", "EN", "eng", "", "e"}) CHECK_FALSE(qbank::is_language_code(code));
}

TEST_CASE("match and exclude, as written or folded") {
  qbank::FilterOptions opt;
  opt.match = "(?i)join";
  opt.exclude = "LEFT";
  auto f = compile(opt);
  CHECK(f.matches(make("What is a JOIN?")));
  CHECK_FALSE(f.matches(make("What is a LEFT JOIN?")));
  CHECK(f.matches(make("What is a left join?")));  // exclude is case-sensitive as written.

  qbank::FilterOptions folded;
  folded.match = "что такое";
  folded.fold = true;
  CHECK(compile(folded).matches(make("ЧТО  ТАКОЕ индекс", "ru")));
  folded.fold = false;
  CHECK_FALSE(compile(folded).matches(make("ЧТО  ТАКОЕ индекс", "ru")));
}

TEST_CASE("word counts are script-aware") {
  CHECK(qbank::count_words("") == 0);
  CHECK(qbank::count_words("What is the GIL?") == 4);
  CHECK(qbank::count_words("Don't use e-mail") == 3);
  CHECK(qbank::count_words("Что такое __slots__ — и зачем?") == 5);
  CHECK(qbank::count_words("输出是什么？") == 5);
  CHECK(qbank::count_words("什么是 Python 的 GIL") == 6);
  CHECK(qbank::count_words("\xff\xfe broken") == 1);

  qbank::FilterOptions opt;
  opt.min_words = 2;
  opt.max_words = 3;
  auto f = compile(opt);
  CHECK_FALSE(f.matches(make("Sockets")));
  CHECK(f.matches(make("Context managers")));
  CHECK_FALSE(f.matches(make("What is the GIL?")));
}

// --- The fast folds used by filter, tag and fold() must equal the reference fold -------------------------------------

#include <filesystem>
#include <random>
#include <sstream>

#include "fold/fold_one_pass.hpp"
#include "lang/lang_internal.hpp"
#include "qbank/fold.hpp"
#include "test_helpers.hpp"

namespace {

// Appends the UTF-8 form of a code point.
void put(std::string& s, char32_t c) {
  if (c < 0x80) s += static_cast<char>(c);
  else if (c < 0x800) s += {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
  else if (c < 0x10000)
    s += {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
          static_cast<char>(0x80 | (c & 0x3F))};
  else
    s += {static_cast<char>(0xF0 | (c >> 18)), static_cast<char>(0x80 | ((c >> 12) & 0x3F)),
          static_cast<char>(0x80 | ((c >> 6) & 0x3F)), static_cast<char>(0x80 | (c & 0x3F))};
}

// Checks that fold_into and qbank::fold (both through the fast paths) agree with the reference pipeline.
void check_same(const std::string& text) {
  std::string fast;
  qbank::internal::fold_into(text, fast);
  INFO("text: " << text);
  std::string reference = qbank::internal::fold_reference(text);
  REQUIRE(fast == reference);
  REQUIRE(qbank::fold(text) == reference);
}

}  // namespace

TEST_CASE("the fast fold equals qbank::fold on the seed files and on random text") {
  for (const char* sub : {"/seeds", "/gold/seeds", "/corpus/raw"}) {
    std::string dir = qbank_test::shared_dir() + sub;
    if (!std::filesystem::is_directory(dir)) continue;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      std::istringstream in(qbank_test::slurp(e.path().string()));
      for (std::string line; std::getline(in, line);) check_same(line);
    }
  }
  // Random mixes of the characters the fast path handles, their neighbours, and ones it must refuse.
  const std::vector<char32_t> pool = {
      'a', 'Z', 'q', '0', ' ', '\t', '\n', '`', '\'', '"', '-', '_', '?', '&', '\\', '\\', '*', '#', '[', '.',
      0x7F, 0x85, 0xA0, 0xAB, 0xAD,
      0xBF, 0xC0, 0xC9, 0xD7, 0xDE, 0xDF, 0xE9, 0xF7, 0xFF, 0xB5, 0x100, 0x401, 0x404, 0x406, 0x407, 0x40E,
      0x410, 0x42F, 0x430, 0x435, 0x44F, 0x451, 0x454, 0x456, 0x457, 0x45E, 0x490, 0x491, 0x0306, 0x0301,
      0x2002, 0x200B, 0x2011, 0x2014, 0x2019, 0x201C, 0x2022, 0x2026, 0x2032, 0x202F, 0x3000, 0x3001, 0x300C,
      0x3042, 0x30A2, 0x30FC, 0x309B, 0x4E2D, 0x6587, 0xAC00, 0xF900, 0xFEFF, 0xFF01, 0xFF06, 0xFF21, 0xFF3C,
      0xFF41, 0xFF40, 0xFF5E, 0x1F600};
  std::mt19937 rng(12345);
  for (int round = 0; round < 50000; ++round) {
    std::string s;
    int len = static_cast<int>(rng() % 12);
    for (int i = 0; i < len; ++i) put(s, pool[rng() % pool.size()]);
    check_same(s);
  }
  check_same("\xff\xfe broken");
}
