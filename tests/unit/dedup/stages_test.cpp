// Tests for dedup in stages (qbank/dedup_stages.hpp): run task by task over a work directory, it gives the
// records dedup() gives, in languages whose word forms meet through their own data.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "dedup_pairs.hpp"
#include "qbank/dedup_stages.hpp"
#include "qbank/record_json.hpp"
#include "test_helpers.hpp"

namespace {

// Runs every stage of a plan over the inputs in workdir and returns the merged records file's bytes.
std::string run_all_stages(const std::string& workdir, const std::vector<std::string>& inputs) {
  qbank::DedupPlanOptions p;
  p.inputs = inputs;
  p.shards = 2;
  auto plan = qbank::dedup_stage_plan(workdir, p);
  REQUIRE(plan.ok());
  for (unsigned g = 0; g < plan->shards; ++g) REQUIRE(qbank::dedup_stage_count(workdir, g).ok());
  REQUIRE(qbank::dedup_stage_stats(workdir).ok());
  for (unsigned g = 0; g < plan->shards; ++g) REQUIRE(qbank::dedup_stage_keys(workdir, g).ok());
  for (unsigned r = 0; r < plan->partitions; ++r) REQUIRE(qbank::dedup_stage_edges(workdir, r).ok());
  auto components = qbank::dedup_stage_components(workdir);
  REQUIRE(components.ok());
  for (unsigned g = 0; g < plan->shards; ++g) REQUIRE(qbank::dedup_stage_route(workdir, g).ok());
  for (unsigned c = 0; c < *components; ++c) REQUIRE(qbank::dedup_stage_cluster(workdir, c).ok());
  std::string out = workdir + "/records.jsonl";
  REQUIRE(qbank::dedup_stage_merge(workdir, out, "").ok());
  return qbank_test::slurp(out);
}

}  // namespace

TEST_CASE("dedup in stages equals dedup() where word forms meet through a language's endings", "[dedup][stages]") {
  // Portuguese and Polish plurals meet their singulars by the ending tables; the English pair by its stems.
  const std::vector<std::pair<std::string, std::string>> texts = {
      {"O que é uma exceção verificada?", "pt"}, {"Como funciona o coletor de lixo?", "pt"},
      {"O que são exceções verificadas?", "pt"}, {"Jak obsłużyć przypadek brzegowy?", "pl"},
      {"Jak obsłużyć przypadki brzegowe?", "pl"}, {"What is a closure?", "en"}, {"What are closures?", "en"},
      {"Why use a linked list?", "en"}};
  std::vector<qbank::Question> records;
  std::string jsonl;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    records.push_back(qbank_test::lang_record(texts[i].first, texts[i].second, static_cast<std::int64_t>(i + 1)));
    jsonl += qbank::to_json(records.back()) + "\n";
  }
  auto whole = qbank::dedup(records);
  REQUIRE(whole.ok());
  REQUIRE(whole->records.size() == 5);
  std::string expected;
  for (const auto& q : whole->records) expected += qbank::to_json(q) + "\n";

  auto dir = std::filesystem::temp_directory_path() / "qbank-stages-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::string input = (dir / "in.jsonl").string();
  qbank_test::spit(input, jsonl);
  CHECK(run_all_stages((dir / "work").string(), {input}) == expected);
  std::filesystem::remove_all(dir);
}
