// Tests for tokenisation and stemming: words, stop flags, CJK bigrams, symbol runs, stemmers per language,
// thread safety, and throughput over the shared corpus.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "qbank/fold.hpp"
#include "qbank/lang.hpp"
#include "tokenize/tokenize_internal.hpp"
#include "test_helpers.hpp"

namespace {

// Returns the texts of the tokens.
std::vector<std::string> texts(const std::vector<qbank::internal::Token>& toks) {
  std::vector<std::string> out;
  for (const auto& t : toks) out.push_back(t.text);
  return out;
}

// Returns the token with the given text, or an empty token.
qbank::internal::Token find(const std::vector<qbank::internal::Token>& toks, const std::string& text) {
  for (const auto& t : toks)
    if (t.text == text) return t;
  return {};
}

// Returns the folded non-empty lines of the shared corpus, each with its detected language.
std::vector<std::pair<std::string, std::string>> corpus_lines() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& entry : std::filesystem::directory_iterator(qbank_test::shared_dir() + "/corpus/raw")) {
    std::string data = qbank_test::slurp(entry.path().string());
    std::size_t start = 0;
    while (start < data.size()) {
      std::size_t nl = data.find('\n', start);
      if (nl == std::string::npos) nl = data.size();
      std::string line = data.substr(start, nl - start);
      if (!line.empty()) out.emplace_back(qbank::fold(line), qbank::detect_language(line));
      start = nl + 1;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("tokenize: words with stop flags and stems") {
  auto toks = qbank::internal::tokenize(qbank::fold("What is the GIL?"), "en");
  CHECK(texts(toks) == std::vector<std::string>{"what", "is", "the", "gil"});
  CHECK(toks[0].stop);
  CHECK(toks[2].stop);
  CHECK_FALSE(toks[3].stop);
  auto en = qbank::internal::tokenize("how are generators running", "en");
  CHECK(find(en, "generators").stem == "generat");
  CHECK(find(en, "running").stem == "run");
  auto ru = qbank::internal::tokenize(qbank::fold("Что такое метаклассы и list comprehensions"), "ru");
  CHECK(find(ru, "что").stop);
  CHECK(find(ru, "метаклассы").stem == "метакласс");
  CHECK(find(ru, "comprehensions").stem == "comprehens");  // English term in Russian text: English stemmer.
  CHECK(find(ru, "list").stop == false);
}

TEST_CASE("tokenize: symbols, hyphens, apostrophes and digits") {
  auto toks = qbank::internal::tokenize("x // 2 % 3 == 0, a ** b, i += 1", "en");
  for (const char* sym : {"//", "%", "==", "**", "+="}) {
    CHECK(find(toks, sym).symbol);
  }
  CHECK(texts(qbank::internal::tokenize("front-end and/or kill -9!", "en")) ==
        std::vector<std::string>{"front", "end", "and", "or", "kill", "-", "9"});
  CHECK(texts(qbank::internal::tokenize("python3 __init__ don't", "en")) ==
        std::vector<std::string>{"python3", "__init__", "don't"});
  auto fr = qbank::internal::tokenize(qbank::fold("Qu'est-ce que l'objet ?"), "fr");
  CHECK(find(fr, "l").stop);
  CHECK(find(fr, "objet").text == "objet");
  CHECK(qbank::internal::tokenize("", "en").empty());
  CHECK(qbank::internal::tokenize(" ?? ,. ", "en").empty());
}

TEST_CASE("tokenize: CJK runs become bigrams, single characters stay") {
  auto toks = qbank::internal::tokenize(qbank::fold("什么是闭包？ js的 垃圾"), "zh");
  CHECK(texts(toks) == std::vector<std::string>{"什么", "么是", "是闭", "闭包", "js", "的", "垃圾"});
  CHECK(find(toks, "什么").stop);
  CHECK(find(toks, "的").stop);
  CHECK_FALSE(find(toks, "闭包").stop);
  CHECK(texts(qbank::internal::tokenize("クロージャ", "ja")).size() == 4);
}

TEST_CASE("stem: Snowball languages, the Ukrainian fallback and unknown languages") {
  CHECK(qbank::internal::stem("programación", "es") == "program");
  CHECK(qbank::internal::stem("entwicklungen", "de") == "entwickl");
  CHECK(qbank::internal::stem("programmation", "fr") == "programm");
  CHECK(qbank::internal::stem("программирования", "ru") == "программирован");
  CHECK(qbank::internal::stem("програмування", "uk") == "програм");  // Light suffix stripper from the data file.
  CHECK(qbank::internal::stem("замикання", "uk") == qbank::internal::stem("замиканням", "uk"));
  CHECK(qbank::internal::stem("ми", "uk") == "ми");  // Stems keep at least three letters.
  CHECK(qbank::internal::stem("word", "xx") == "word");
  CHECK(qbank::internal::stem("", "en").empty());
  CHECK(qbank::internal::has_stemmer("en"));
  CHECK(qbank::internal::has_stemmer("uk"));
  CHECK_FALSE(qbank::internal::has_stemmer("xx"));
}

TEST_CASE("tokenize: same result on several threads (stemmers are per thread)") {
  auto lines = corpus_lines();
  lines.resize(std::min<std::size_t>(lines.size(), 3000));
  std::vector<std::vector<std::string>> expected;
  for (const auto& [text, lang] : lines) {
    std::vector<std::string> stems;
    for (const auto& t : qbank::internal::tokenize(text, lang)) stems.push_back(t.stem);
    expected.push_back(stems);
  }
  std::vector<std::size_t> mismatches(2, 0);
  std::vector<std::thread> threads;
  for (std::size_t k = 0; k < 2; ++k)
    threads.emplace_back([&, k] {
      for (std::size_t i = 0; i < lines.size(); ++i) {
        std::vector<std::string> stems;
        for (const auto& t : qbank::internal::tokenize(lines[i].first, lines[i].second)) stems.push_back(t.stem);
        mismatches[k] += stems != expected[i];
      }
    });
  for (auto& t : threads) t.join();
  CHECK(mismatches[0] == 0);
  CHECK(mismatches[1] == 0);
}

TEST_CASE("tokenize: throughput over the shared corpus") {
  auto lines = corpus_lines();
  REQUIRE(lines.size() > 5000);
  std::size_t tokens = 0, bytes = 0;
  auto start = std::chrono::steady_clock::now();
  for (int round = 0; round < 3; ++round)
    for (const auto& [text, lang] : lines) {
      tokens += qbank::internal::tokenize(text, lang).size();
      bytes += text.size();
    }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("tokenize: %zu lines x3, %zu tokens, %.1f MB in %.3f s = %.0f tokens/s, %.1f MB/s\n", lines.size(),
              tokens, static_cast<double>(bytes) / 1e6, secs, static_cast<double>(tokens) / secs,
              static_cast<double>(bytes) / 1e6 / secs);
  CHECK(static_cast<double>(tokens) / secs > 100000);  // A loose floor: shared 2-core machines vary.
}
