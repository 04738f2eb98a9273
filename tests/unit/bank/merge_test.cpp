// Tests for qbank/merge.hpp.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <set>

#include "qbank/io.hpp"
#include "qbank/merge.hpp"

namespace {

// Builds a record found in file at line, with its id computed.
qbank::Question make(std::string text, std::string file, std::int64_t line) {
  qbank::Question q;
  q.text = std::move(text);
  q.lang = "en";
  q.sources.push_back({std::move(file), line, q.text, "text", std::nullopt, {}});
  q.id = qbank::compute_id(q);
  return q;
}

// Serialises a bank as JSONL.
std::string jsonl(const std::vector<qbank::Question>& records) {
  std::string out;
  for (const auto& q : records) out += qbank::to_json(q) + "\n";
  return out;
}

// Merges and returns the JSONL of the result.
std::string merged(std::vector<qbank::Question> records, const qbank::MergeOptions& opt = {}) {
  auto res = qbank::merge(std::move(records), opt);
  REQUIRE(res.ok());
  return jsonl(res->records);
}

}  // namespace

TEST_CASE("field policies parse by name") {
  CHECK(*qbank::parse_field_policy("first") == qbank::FieldPolicy::kFirst);
  CHECK(*qbank::parse_field_policy("longest") == qbank::FieldPolicy::kLongest);
  CHECK(*qbank::parse_field_policy("most-common") == qbank::FieldPolicy::kMostCommon);
  CHECK_FALSE(qbank::parse_field_policy("last").ok());
  CHECK(qbank::field_policy_name(qbank::FieldPolicy::kMostCommon) == "most-common");
}

TEST_CASE("records with one id become one record keeping every source") {
  auto a = make("What is the GIL?", "b.txt", 4);
  a.tags = {"python"};
  a.answer = "A lock.";
  auto b = make("What is the GIL?", "a.txt", 9);
  b.tags = {"concurrency", "python"};
  auto c = make("What is a closure?", "a.txt", 2);
  auto res = qbank::merge({a, b, c});
  REQUIRE(res.ok());
  REQUIRE(res->records.size() == 2);
  CHECK(res->input_records == 3);
  CHECK(res->records[0].text == "What is a closure?");  // Earliest source a.txt:2 comes first.
  const auto& gil = res->records[1];
  REQUIRE(gil.sources.size() == 2);
  CHECK(gil.sources[0].file == "a.txt");  // The canonically first record's sources lead.
  CHECK(gil.sources[1].file == "b.txt");
  CHECK(gil.tags == std::vector<std::string>{"concurrency", "python"});
  CHECK(gil.answer == std::optional<std::string>("A lock."));  // Null answers do not count.
}

TEST_CASE("topic and answer follow the policies") {
  auto a = make("Q?", "a.txt", 1);
  a.topic = "Py";
  a.answer = "short";
  auto b = make("Q?", "b.txt", 1);
  b.topic = "Python";
  b.answer = "a much longer answer";
  auto c = make("Q?", "c.txt", 1);
  c.topic = "Python";
  c.answer = "short";
  qbank::MergeOptions opt;
  opt.topic = qbank::FieldPolicy::kFirst;
  opt.answer = qbank::FieldPolicy::kFirst;
  auto r = qbank::merge({c, b, a}, opt);
  REQUIRE(r.ok());
  CHECK(r->records[0].topic == std::optional<std::string>("Py"));
  CHECK(r->records[0].answer == std::optional<std::string>("short"));
  opt.topic = qbank::FieldPolicy::kMostCommon;
  opt.answer = qbank::FieldPolicy::kLongest;
  r = qbank::merge({c, b, a}, opt);
  REQUIRE(r.ok());
  CHECK(r->records[0].topic == std::optional<std::string>("Python"));
  CHECK(r->records[0].answer == std::optional<std::string>("a much longer answer"));
  opt.answer = qbank::FieldPolicy::kMostCommon;
  r = qbank::merge({c, b, a}, opt);
  REQUIRE(r.ok());
  CHECK(r->records[0].answer == std::optional<std::string>("short"));
}

TEST_CASE("merging a bank with itself drops repeated sources") {
  auto a = make("What is REST?", "a.txt", 3);
  auto res = qbank::merge({a, a});
  REQUIRE(res.ok());
  REQUIRE(res->records.size() == 1);
  CHECK(res->records[0].sources.size() == 1);
  CHECK(qbank::to_json(res->records[0]) == qbank::to_json(a));
}

TEST_CASE("the result does not depend on the order of the input records") {
  std::vector<qbank::Question> bank;
  const char* texts[] = {"What is REST?", "What is the GIL?", "Что такое MRO", "What is REST?", "输出是什么？"};
  for (int i = 0; i < 5; ++i) {
    auto q = make(texts[i], i % 2 ? "b.md" : "a.md", 10 - i);
    q.topic = i % 2 ? "Web" : "API";
    q.answer = std::string(static_cast<std::size_t>(i + 1), 'x');
    q.tags = {i % 2 ? "web" : "http"};
    bank.push_back(q);
  }
  std::mt19937 rng(7);
  for (bool dedup : {false, true}) {
    qbank::MergeOptions opt;
    opt.dedup = dedup;
    opt.dedup_options.threads = 1;
    std::string expected = merged(bank, opt);
    for (int round = 0; round < 6; ++round) {
      auto shuffled = bank;
      std::shuffle(shuffled.begin(), shuffled.end(), rng);
      CHECK(merged(shuffled, opt) == expected);
    }
  }
}

TEST_CASE("with dedup, near-duplicates merge and the policies still apply") {
  auto a = make("What is a closure in Python?", "a.txt", 1);
  a.answer = "A function with captured variables.";
  auto b = make("What is a closure?", "b.txt", 1);
  b.answer = "Short.";
  auto c = make("What is a decorator?", "c.txt", 1);
  qbank::MergeOptions opt;
  opt.dedup = true;
  opt.answer = qbank::FieldPolicy::kLongest;
  auto res = qbank::merge({b, c, a}, opt);
  REQUIRE(res.ok());
  REQUIRE(res->records.size() == 2);
  const auto& closure = res->records[0];
  CHECK(closure.sources.size() == 2);
  CHECK(closure.answer == std::optional<std::string>("A function with captured variables."));
  opt.answer = qbank::FieldPolicy::kFirst;
  res = qbank::merge({b, c, a}, opt);
  REQUIRE(res.ok());
  CHECK(res->records[0].answer == std::optional<std::string>("A function with captured variables."));  // a.txt first.
}

TEST_CASE("records without a valid id get one and records without sources do not crash") {
  qbank::Question q;
  q.text = "Orphan?";
  auto res = qbank::merge({q, q});
  REQUIRE(res.ok());
  REQUIRE(res->records.size() == 1);
  CHECK(qbank::is_valid_id(res->records[0].id));
}

TEST_CASE("merge_into keeps every bank id, whichever id a joining record has") {
  for (bool dedup : {false, true}) {
    for (const char* variant : {"what is the GIL", "What is the GIL ?", "WHAT IS THE GIL?"}) {
      std::vector<qbank::Question> bank = {make("What is the GIL?", "bank.md", 1),
                                           make("What is a mutex?", "bank.md", 2),
                                           make("What is a mutex ?", "bank.md", 3)};  // Bank duplicates stay.
      std::vector<std::string> ids;
      for (const auto& q : bank) ids.push_back(q.id);
      std::vector<qbank::Question> incoming = {make(variant, "new.md", 1), make("What is RAII?", "new.md", 2)};
      incoming[0].answer = "The global interpreter lock.";
      qbank::MergeOptions opt;
      opt.dedup = dedup;
      auto res = qbank::merge_into(bank, incoming, opt);
      REQUIRE(res.ok());
      std::set<std::string> out;
      for (const auto& q : res->records) out.insert(q.id);
      for (const auto& id : ids) CHECK(out.count(id) == 1);
      // The variant joins the GIL record with dedup, or without it when both have one id (equal when folded).
      bool joins = dedup || incoming[0].id == ids[0];
      CHECK(res->records.size() == (joins ? 4u : 5u));
      if (joins) {
        auto gil = std::find_if(res->records.begin(), res->records.end(),
                                [&](const qbank::Question& q) { return q.id == ids[0]; });
        REQUIRE(gil != res->records.end());
        CHECK(gil->sources.size() == 2);
        CHECK(gil->answer == "The global interpreter lock.");
      }
    }
  }
}

TEST_CASE("merge and dedup: records sharing an id with different texts are a data error naming both") {
  auto a = make("What is TCP?", "a.txt", 3);
  auto b = make("What is a monad in Haskell?", "b.txt", 7);
  b.id = a.id;
  auto same = make("what is TCP?", "c.txt", 1);  // Folds to the same text: the same question, the same id.
  REQUIRE(same.id == a.id);
  for (bool dedup : {false, true}) {
    for (auto records : {std::vector<qbank::Question>{a, b}, std::vector<qbank::Question>{b, a}}) {
      qbank::MergeOptions opt;
      opt.dedup = dedup;
      auto res = qbank::merge(records, opt);
      REQUIRE_FALSE(res.ok());
      CHECK(res.status().code() == qbank::StatusCode::kDataError);
      CHECK(res.status().message().find("b.txt:7") != std::string::npos);
      CHECK(res.status().message().find("a.txt:3") != std::string::npos);
      CHECK(res.status().message().find(a.id) != std::string::npos);
    }
    qbank::MergeOptions opt;
    opt.dedup = dedup;
    auto ok = qbank::merge({a, same}, opt);
    REQUIRE(ok.ok());
    CHECK(ok->records.size() == 1);
  }
  auto d = qbank::dedup(std::vector<qbank::Question>{a, b}, {});
  REQUIRE_FALSE(d.ok());
  CHECK(d.status().code() == qbank::StatusCode::kDataError);
  auto against = qbank::dedup(qbank::DedupInput(std::vector<qbank::Question>{a}, std::vector<qbank::Question>{b}), {});
  CHECK_FALSE(against.ok());
}
