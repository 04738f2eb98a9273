// Tests for qbank/dedup.hpp: the labelled dev pairs, the merge rules, order independence, incremental mode.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>

#include "qbank/dedup.hpp"
#include "qbank/io.hpp"
#include "qbank/lang.hpp"
#include "qbank/normalize.hpp"
#include "test_helpers.hpp"

namespace {

// Builds a record from text (and optional code) with a detected language.
qbank::Question rec(const std::string& text, const std::string& file = "t.txt", std::int64_t line = 1,
                    std::optional<std::string> code = std::nullopt) {
  qbank::Question q;
  q.text = text;
  q.lang = qbank::detect_language(text);
  q.code = std::move(code);
  q.sources.push_back({file, line, text, "text", std::nullopt, {}});
  q.id = qbank::compute_id(q);
  return q;
}

// True when dedup puts the two texts into one record.
bool merged(const std::string& a, const std::string& b) {
  auto res = qbank::dedup({rec(a, "a", 1), rec(b, "b", 1)});
  REQUIRE(res.ok());
  return res->records.size() == 1;
}

// Reads a JSON string field from a gold line (gold lines are simple flat objects).
std::string field(const std::string& json, const std::string& name) {
  auto item = qbank::parse_record(json, "gold", 1);
  (void)item;
  std::string key = "\"" + name + "\": ";
  auto p = json.find(key);
  if (p == std::string::npos) return "";
  p += key.size();
  if (json.compare(p, 4, "null") == 0) return "";
  std::string out;
  for (std::size_t i = p + 1; i < json.size() && json[i] != '"'; ++i) {
    if (json[i] == '\\' && i + 1 < json.size()) {
      char c = json[++i];
      if (c == 'n') out.push_back('\n');
      else if (c == 't') out.push_back('\t');
      else if (c == 'u') { out += "?"; i += 4; }
      else out.push_back(c);
    } else {
      out.push_back(json[i]);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("must merge: folding-equal and near variants") {
  CHECK(merged("What is the GIL?", "what is the GIL"));
  CHECK(merged("What is the \\_\\_dict__ attribute?", "What is the __dict__ attribute?"));
  CHECK(merged("What is the GIL?", "What is the GIL in Python?"));
  CHECK(merged("What is the GIL?", "What is GIL (Python)?"));
  CHECK(merged("Что такое GIL", "Что такое GIL в Python"));
  CHECK(merged("How does front‑end caching work?", "How does front-end caching work?"));
  CHECK(merged("Cоздается ли новый объект", "Создается ли новый объект"));
  CHECK(merged("В чем разница между процессом и потоком", "В чем разница между потоками и процессами?"));
  CHECK(merged("Какой редактор используете", "Какой редактор используешь"));
  CHECK(merged("Explain polymorphism in detail", "Explain polymorhpism in detail"));
}

TEST_CASE("must not merge: template look-alikes, operators, direction, code") {
  CHECK_FALSE(merged("What is GIL?", "What is MRO?"));
  CHECK_FALSE(merged("Что такое TCP", "Что такое TCP/IP"));
  CHECK_FALSE(merged("What is Django?", "What is Django ORM?"));
  CHECK_FALSE(merged("How to implement polling?", "How to implement long polling?"));
  CHECK_FALSE(merged("What does map do?", "What does zip do?"));
  CHECK_FALSE(merged("Что такое сериализация", "Что такое десериализация"));
  CHECK_FALSE(merged("What does 7 // 2 return?", "What does 7 % 2 return?"));
  CHECK_FALSE(merged("Python 2 vs Python 3", "Python 3 vs Python 4"));
  CHECK_FALSE(merged("Convert binary to decimal", "Convert decimal to binary"));
  CHECK_FALSE(merged("What is GIL?", "What is git?"));
  CHECK_FALSE(merged("Что такое последовательность", "Какие последовательности есть в Python"));
  CHECK_FALSE(merged("Что такое GIL", "Зачем нужен GIL"));
  CHECK_FALSE(merged("Http methods", "Http methods (When are POST and GET used?)"));
  auto res = qbank::dedup({rec("What will be the output of the following code?", "a", 1, "print(1)"),
                           rec("What will be the output of the following code?", "b", 1, "print(2)")});
  REQUIRE(res.ok());
  CHECK(res->records.size() == 2);
}

TEST_CASE("dev pairs: every dup merged, no distinct or cross-language pair merged") {
  // All gold questions are deduplicated together; pairs are then looked up by (source, line).
  std::vector<qbank::Question> all;
  std::map<std::pair<std::string, std::int64_t>, std::size_t> where;
  for (const auto& entry : std::filesystem::directory_iterator(qbank_test::shared_dir() + "/gold/seeds")) {
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      qbank::Question q;
      q.text = field(line, "text");
      std::string lang = field(line, "lang");
      q.lang = lang.empty() ? qbank::detect_language(q.text) : lang;
      std::string code = field(line, "code");
      if (!code.empty()) q.code = code;
      std::string src = field(line, "source");
      auto ln = std::stoll(line.substr(line.find("\"line\": ") + 8));
      q.sources.push_back({src, ln, q.text, "text", std::nullopt, {}});
      q.id = qbank::compute_id(q);
      where[{src, ln}] = all.size();
      all.push_back(std::move(q));
    }
  }
  REQUIRE(all.size() > 1400);
  auto res = qbank::dedup(all);
  REQUIRE(res.ok());
  std::vector<std::size_t> cluster_of(all.size());
  for (std::size_t c = 0; c < res->clusters.size(); ++c)
    for (auto m : res->clusters[c].members) cluster_of[m] = c;
  std::map<std::string, std::pair<int, int>> tally;  // label -> (merged, total)
  std::ifstream pairs(qbank_test::shared_dir() + "/gold/dedup_dev_pairs.jsonl");
  std::string line;
  while (std::getline(pairs, line)) {
    std::string label = field(line, "label");
    auto locate = [&](const char* side) {
      auto p = line.find(std::string("\"") + side + "\": {");
      std::string obj = line.substr(p);
      return where.at({field(obj, "source"), std::stoll(obj.substr(obj.find("\"line\": ") + 8))});
    };
    std::size_t a = locate("a"), b = locate("b");
    bool same = cluster_of[a] == cluster_of[b];
    auto& t = tally[label];
    t.first += same;
    t.second += 1;
    if ((label == "dup") != same)
      std::printf("dedup dev pair missed (%s): %s | %s\n", label.c_str(), all[a].text.c_str(), all[b].text.c_str());
    if (label == "dup") CHECK(same);
    else CHECK_FALSE(same);
  }
  for (const auto& [label, t] : tally)
    std::printf("dedup dev pairs: %s merged %d / %d\n", label.c_str(), t.first, t.second);
  std::printf("dedup gold seeds: %zu records in, %zu out\n", all.size(), res->records.size());
}

TEST_CASE("output does not depend on input order and nothing is dropped") {
  std::vector<qbank::Question> recs = {rec("What is the GIL?", "x", 3), rec("what is the GIL", "y", 1),
                                       rec("What is MRO?", "x", 5), rec("What is the GIL in Python?", "z", 9),
                                       rec("Что такое GIL", "y", 2), rec("What is MRO", "z", 1)};
  auto first = qbank::dedup(recs);
  REQUIRE(first.ok());
  std::string expected;
  std::size_t sources = 0;
  for (const auto& q : first->records) expected += qbank::to_json(q) + "\n", sources += q.sources.size();
  CHECK(sources == recs.size());
  CHECK(first->records.size() == 3);
  std::mt19937 rng(7);
  for (int round = 0; round < 5; ++round) {
    std::shuffle(recs.begin(), recs.end(), rng);
    auto again = qbank::dedup(recs);
    REQUIRE(again.ok());
    std::string got;
    for (const auto& q : again->records) got += qbank::to_json(q) + "\n";
    CHECK(got == expected);
  }
}

TEST_CASE("merged record: representative, sources, tags, longest answer, smallest id") {
  auto a = rec("what is the gil", "b.txt", 4);
  a.tags = {"python"};
  a.answer = "A lock.";
  auto b = rec("What is the GIL?", "a.txt", 2);
  b.tags = {"concurrency"};
  b.answer = "A global interpreter lock.";
  auto c = rec("What is the GIL?", "c.txt", 1);
  auto res = qbank::dedup({a, b, c}, qbank::DedupOptions{1, true});
  REQUIRE(res.ok());
  REQUIRE(res->records.size() == 1);
  const auto& q = res->records[0];
  CHECK(q.text == "What is the GIL?");
  CHECK(q.tags == std::vector<std::string>{"concurrency", "python"});
  CHECK(q.answer == std::optional<std::string>("A global interpreter lock."));
  CHECK(q.id == std::min({a.id, b.id, c.id}));
  REQUIRE(q.sources.size() == 3);
  CHECK(q.sources[0].file == "a.txt");
  CHECK(q.sources[1].text == std::optional<std::string>("what is the gil"));
  CHECK(res->explanations.size() == 2);
}

TEST_CASE("dedup_against keeps existing ids and appends new records") {
  auto bank = qbank::dedup({rec("What is the GIL?", "bank", 1), rec("What is MRO?", "bank", 2)});
  REQUIRE(bank.ok());
  std::vector<std::string> ids;
  for (const auto& q : bank->records) ids.push_back(q.id);
  auto res = qbank::dedup({bank->records, {rec("what is the GIL", "new", 1), rec("What is a closure?", "new", 2)}});
  REQUIRE(res.ok());
  REQUIRE(res->records.size() == 3);
  CHECK(res->records[0].id == ids[0]);
  CHECK(res->records[1].id == ids[1]);
  CHECK(res->records[0].text == "What is the GIL?");
  CHECK(res->records[0].sources.size() == 2);
  CHECK(res->records[2].text == "What is a closure?");
}

TEST_CASE("lydiahallie quiz: 155 items sharing titles stay 155 records through dedup (they differ in code)") {
  for (const char* name : {"lydiahallie-js-quiz-en.md", "lydiahallie-js-quiz-zh.md"}) {
    qbank::NormalizeOptions opt;
    auto norm = qbank::normalize_file(qbank_test::shared_dir() + "/corpus/raw/" + name, opt);
    REQUIRE(norm.ok());
    REQUIRE(norm->records.size() == 155);
    std::size_t shared_titles = 0;
    std::map<std::string, int> titles;
    for (const auto& q : norm->records) ++titles[q.text];
    for (const auto& [title, n] : titles)
      if (n > 1) shared_titles += static_cast<std::size_t>(n);
    CHECK(shared_titles >= 24);  // "What's the output?" and friends repeat dozens of times.
    auto res = qbank::dedup(norm->records);
    REQUIRE(res.ok());
    std::printf("%s: %zu normalized, %zu records sharing a title, %zu after dedup\n", name, norm->records.size(),
                shared_titles, res->records.size());
    CHECK(res->records.size() == 155);
  }
}
