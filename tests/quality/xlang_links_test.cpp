// Quality of cross-language links on the shared gold: every pair of xlang_dev_pairs.jsonl right, and the
// lydiahallie quiz (English item N is the Chinese item N) linked at 95% or more with no wrong link. The
// shared folder is read from the QBANK_SHARED_DIR environment variable (the build's default otherwise).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "qbank/io.hpp"
#include "qbank/normalize.hpp"
#include "qbank/xlang.hpp"

namespace {

// The shared folder.
std::string shared() {
  const char* env = std::getenv("QBANK_SHARED_DIR");
  return env != nullptr && *env != 0 ? env : QBANK_SHARED_DIR;
}

// Reads a string field of a flat JSON object line (the gold files hold no escaped quotes in these fields
// except as \", which is unescaped here).
std::string field(const std::string& line, const std::string& name) {
  std::string key = "\"" + name + "\": \"";
  auto at = line.find(key);
  if (at == std::string::npos) return "";
  std::string out;
  for (std::size_t i = at + key.size(); i < line.size() && line[i] != '"'; ++i) {
    if (line[i] == '\\' && i + 1 < line.size()) ++i;
    out.push_back(line[i]);
  }
  return out;
}

// A record for one side of a pair.
qbank::Question rec(const std::string& text, const std::string& lang) {
  qbank::Question q;
  q.text = text;
  q.lang = lang;
  q.sources.push_back({"pairs", 1, text, "text", {}, {}});
  q.id = qbank::compute_id(q);
  return q;
}

// The item number in a lydiahallie heading ("###### 12. What's the output?"), -1 when none.
int item_of(const qbank::Question& q) {
  static const std::regex re(R"(^#+\s*(?:<a[^>]*></a>)?\s*(\d+)\.)");
  std::smatch m;
  if (q.sources.empty() || !std::regex_search(q.sources[0].raw, m, re)) return -1;
  return std::stoi(m[1]);
}

}  // namespace

TEST_CASE("xlang quality: every pair of xlang_dev_pairs.jsonl is right") {
  std::ifstream in(shared() + "/gold/xlang_dev_pairs.jsonl");
  REQUIRE(in.good());
  std::string line;
  int pairs = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    ++pairs;
    auto a = rec(field(line, "a"), field(line, "lang_a"));
    auto b = rec(field(line, "b"), field(line, "lang_b"));
    bool want = field(line, "label") == "link";
    auto v = qbank::compare_translations(a, b);
    INFO(a.text << " | " << b.text << " :: " << v.evidence);
    CHECK(v.linked == want);
    // Within a bank of just the two, link_translations agrees.
    std::vector<qbank::Question> two = {a, b};
    REQUIRE(qbank::link_translations(two).ok());
    CHECK(two[0].translations.empty() == !want);
  }
  CHECK(pairs > 0);
}

TEST_CASE("xlang quality: lydiahallie en/zh items link by number, none wrong") {
  std::vector<qbank::Question> bank;
  for (const char* name : {"lydiahallie-js-quiz-en.md", "lydiahallie-js-quiz-zh.md"}) {
    qbank::NormalizeOptions opt;
    auto r = qbank::normalize_file(shared() + "/corpus/raw/" + name, opt);
    REQUIRE(r.ok());
    for (auto& q : r->records) bank.push_back(std::move(q));
  }
  REQUIRE(qbank::link_translations(bank).ok());
  std::map<std::string, const qbank::Question*> by_id;
  for (const auto& q : bank) by_id[q.id] = &q;
  int english = 0, right = 0, wrong = 0;
  for (const auto& q : bank) {
    if (q.lang != "en") continue;
    ++english;
    bool found = false;
    for (const auto& t : q.translations) {
      const qbank::Question* o = by_id[t];
      REQUIRE(o != nullptr);
      if (item_of(*o) == item_of(q) && item_of(q) > 0) found = true;
      else ++wrong;
    }
    right += found ? 1 : 0;
  }
  INFO("english items " << english << ", linked right " << right << ", wrong links " << wrong);
  CHECK(english >= 150);
  CHECK(wrong == 0);
  CHECK(right * 100 >= english * 95);
}
