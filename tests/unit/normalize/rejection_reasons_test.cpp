// Every rejected line carries a reason from the one documented list (qbank::rejection_reasons()).
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

#include "normalize_expect.hpp"
#include "test_helpers.hpp"

namespace {

// Checks that every reason in a result is a documented one; collects the reasons seen.
void check_reasons(const qbank::NormalizeResult& r, const std::string& what, std::set<std::string>& seen) {
  for (const auto& x : r.rejected) {
    INFO(what << ":" << x.line << " reason '" << x.reason << "'");
    CHECK(qbank::is_rejection_reason(x.reason));
    seen.insert(x.reason);
  }
}

}  // namespace

TEST_CASE("rejection reasons: the list is non-empty, names are unique and each has a meaning") {
  std::set<std::string> names;
  for (const auto& r : qbank::rejection_reasons()) {
    CHECK(std::string(r.meaning).size() > 5);
    CHECK(names.insert(r.name).second);
  }
  CHECK(names.size() >= 40);
  CHECK_FALSE(qbank::is_rejection_reason("some made-up reason"));
  CHECK(qbank::is_rejection_reason("script (not read)"));
}

TEST_CASE("rejection reasons: every file of the shared seeds and corpora is rejected with documented reasons") {
  std::set<std::string> seen;
  for (std::string dir : {"/seeds", "/corpus/raw", "/corpus/real/raw"}) {
    std::string path = qbank_test::shared_dir() + dir;
    if (!std::filesystem::exists(path)) continue;
    for (const auto& e : std::filesystem::directory_iterator(path)) {
      if (!e.is_regular_file()) continue;
      auto r = qbank::normalize_file(e.path().string(), {});
      if (!r.ok()) continue;  // Not a question file (a licence, a README): its errors are tested elsewhere.
      check_reasons(*r, e.path().filename().string(), seen);
    }
  }
  CHECK(seen.size() >= 15);
}

TEST_CASE("rejection reasons: small inputs in every format are rejected with documented reasons") {
  std::set<std::string> seen;
  const std::pair<std::string, qbank::InputFormat> inputs[] = {
      {"# Title\n\nSome intro text that explains things.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[x]: http://x\n",
       qbank::InputFormat::kMarkdown},
      {"<html><head><style>p{}</style></head><body><nav><a href=x>Home</a></nav><p>Just prose here.</p>"
       "<aside>side</aside><dd>orphan</dd></body></html>",
       qbank::InputFormat::kHtml},
      {"question,answer\n,orphan answer\n\nWhat is X?,It is Y.\n", qbank::InputFormat::kCsv},
      {"[{\"id\": 1}, 5, {\"question\": \"\"}]", qbank::InputFormat::kJson},
      {"$CATEGORY: top/Unit\n\n::T:: A description only.\n\n// comment\n", qbank::InputFormat::kGift},
      {"Week 3 questions\n\nstray line\n", qbank::InputFormat::kQuiz},
      {"---\nauthor: x\nquiz:\n  - question: What is X?\n    answer: Y\n", qbank::InputFormat::kYaml},
      {"INTERVIEW QUESTIONS\nBy John Smith\n\n1. What is X?\n2. What is Y?\n\nThanks for reading!\n",
       qbank::InputFormat::kText},
  };
  for (const auto& [text, format] : inputs) {
    auto r = qbank_test::run_format(text, format);
    REQUIRE(r.ok());
    check_reasons(*r, qbank::input_format_name(format), seen);
  }
  CHECK(seen.size() >= 10);
}
