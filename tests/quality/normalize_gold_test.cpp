// The quality bar of normalize: seeds against their gold annotations, and the Markdown corpus counts.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <filesystem>
#include <map>

#include "qbank/fold.hpp"
#include "qbank/normalize.hpp"
#include "test_helpers.hpp"

namespace {

// One gold question.
struct Gold {
  std::int64_t line = 0;
  std::string text;
  std::optional<std::string> topic, answer, code;
};

// Reads the JSON string value of key from a flat JSON object line (nullopt for null or absent).
std::optional<std::string> json_field(const std::string& obj, const std::string& key) {
  auto k = obj.find("\"" + key + "\":");
  if (k == std::string::npos) return std::nullopt;
  std::size_t i = obj.find_first_not_of(' ', k + key.size() + 3);
  if (obj.compare(i, 4, "null") == 0 || obj[i] != '"') return std::nullopt;
  std::string out;
  for (++i; i < obj.size() && obj[i] != '"'; ++i) {
    if (obj[i] != '\\') {
      out.push_back(obj[i]);
      continue;
    }
    char e = obj[++i];
    if (e == 'n') out.push_back('\n');
    else if (e == 't') out.push_back('\t');
    else if (e != 'u') out.push_back(e);
    else {
      auto cp = static_cast<unsigned>(std::stoul(obj.substr(i + 1, 4), nullptr, 16));
      i += 4;
      if (cp >= 0xD800 && cp < 0xDC00) {
        cp = 0x10000 + ((cp - 0xD800) << 10) +
             (static_cast<unsigned>(std::stoul(obj.substr(i + 3, 4), nullptr, 16)) - 0xDC00);
        i += 6;
      }
      if (cp < 0x80) out.push_back(static_cast<char>(cp));
      else if (cp < 0x800) out += {static_cast<char>(0xC0 | cp >> 6), static_cast<char>(0x80 | (cp & 0x3F))};
      else if (cp < 0x10000)
        out += {static_cast<char>(0xE0 | cp >> 12), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                static_cast<char>(0x80 | (cp & 0x3F))};
      else
        out += {static_cast<char>(0xF0 | cp >> 18), static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
                static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
    }
  }
  return out;
}

// The matching key: qbank::fold, then punctuation, symbols and spaces dropped.
std::string match_key(const std::string& text) {
  std::string f = qbank::fold(text), out;
  for (std::size_t i = 0; i < f.size();) {
    unsigned char b = static_cast<unsigned char>(f[i]);
    std::size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    std::string ch = f.substr(i, len);
    i += len;
    if (len == 1 && !std::isalnum(b)) continue;
    if (len == 3 && (ch.compare(0, 2, "\xE2\x80") == 0 || ch.compare(0, 2, "\xE3\x80") == 0 ||
                     ch.compare(0, 2, "\xEF\xBC") == 0))
      continue;  // general and CJK punctuation, full-width symbols
    if (len == 2 && b == 0xC2) continue;  // Latin-1 punctuation
    out += ch;
  }
  return out;
}

// Reads a gold file.
std::vector<Gold> read_gold(const std::string& path) {
  std::vector<Gold> gold;
  std::string all = qbank_test::slurp(path);
  std::size_t pos = 0;
  while (pos < all.size()) {
    std::size_t end = all.find('\n', pos);
    std::string l = all.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
    pos = end == std::string::npos ? all.size() : end + 1;
    if (l.empty()) continue;
    Gold g;
    g.line = std::stoll(l.substr(l.find("\"line\":") + 7));
    g.text = json_field(l, "text").value_or("");
    g.topic = json_field(l, "topic");
    g.answer = json_field(l, "answer");
    g.code = json_field(l, "code");
    gold.push_back(std::move(g));
  }
  return gold;
}

// Normalizes a file; fails the test when normalize fails.
qbank::NormalizeResult normalize_path(const std::string& path) {
  qbank::NormalizeOptions opt;
  auto res = qbank::normalize_file(path, opt);
  REQUIRE(res.ok());
  return *res;
}

}  // namespace

TEST_CASE("quality bar: seeds against gold (recall, precision, topic/answer/code/line agreement)") {
  std::size_t gold_n = 0, out_n = 0, matched = 0, topic = 0, answer = 0, code = 0, line = 0;
  std::vector<std::filesystem::path> seeds;
  for (const auto& e : std::filesystem::directory_iterator(qbank_test::shared_dir() + "/seeds"))
    if (e.path().extension() == ".txt") seeds.push_back(e.path());
  std::sort(seeds.begin(), seeds.end());
  REQUIRE(seeds.size() >= 5);
  for (const auto& seed : seeds) {
    std::string name = seed.filename().string();
    auto gold = read_gold(qbank_test::shared_dir() + "/gold/seeds/" + name + ".gold.jsonl");
    auto res = normalize_path(seed.string());
    std::multimap<std::string, std::size_t> pool;
    for (std::size_t i = 0; i < res.records.size(); ++i) pool.emplace(match_key(res.records[i].text), i);
    std::size_t m = 0;
    for (const auto& g : gold) {
      auto [lo, hi] = pool.equal_range(match_key(g.text));
      if (lo == hi) continue;
      auto best = lo;
      for (auto it = lo; it != hi; ++it)
        if (std::llabs(res.records[it->second].sources[0].line - g.line) <
            std::llabs(res.records[best->second].sources[0].line - g.line))
          best = it;
      const auto& q = res.records[best->second];
      pool.erase(best);
      ++m;
      bool any_topic = name.rfind("000_", 0) == 0 && g.line > 60;  // gold README: any topic is fine there
      topic += (any_topic || q.topic == g.topic) ? 1 : 0;
      answer += q.answer.has_value() == g.answer.has_value() ? 1 : 0;
      code += q.code.has_value() == g.code.has_value() ? 1 : 0;
      line += q.sources[0].line == g.line ? 1 : 0;
    }
    std::printf("%-28s gold %4zu  found %4zu  matched %4zu\n", name.c_str(), gold.size(), res.records.size(), m);
    gold_n += gold.size();
    out_n += res.records.size();
    matched += m;
  }
  double recall = double(matched) / double(gold_n), precision = double(matched) / double(out_n);
  auto agree = [&](std::size_t n) { return matched ? double(n) / double(matched) : 0.0; };
  std::printf("recall %.4f  precision %.4f  topic %.4f  answer %.4f  code %.4f  line %.4f\n", recall, precision,
              agree(topic), agree(answer), agree(code), agree(line));
  CHECK(recall >= 0.995);
  CHECK(precision >= 0.995);
  CHECK(agree(topic) >= 0.99);
  CHECK(agree(answer) >= 0.99);
  CHECK(agree(code) >= 0.99);
  CHECK(agree(line) >= 0.99);
}

TEST_CASE("markdown corpus: question counts within 5% of SOURCES.md") {
  // Expected counts as documented in shared/corpus/SOURCES.md (top-level + follow-ups + code questions).
  const std::map<std::string, int> expected = {
      {"h5bp-fe-en.md", 144 + 17},         {"h5bp-fe-ru.md", 145 + 22 + 10}, {"h5bp-fe-zh.md", 125 + 16 + 8},
      {"h5bp-fe-es.md", 143 + 17},         {"h5bp-fe-uk.md", 113 + 15 + 6},  {"lydiahallie-js-quiz-en.md", 155},
      {"lydiahallie-js-quiz-zh.md", 155},  {"ganqqwerty-js-en.md", 121},     {"midudev-react-es.md", 137},
      {"haizlin-fe-js-zh.md", 689},        {"yakimka-python-ru.md", 148}};
  std::printf("%-28s %8s %6s\n", "file", "expected", "found");
  for (const auto& [file, want] : expected) {
    auto res = normalize_path(qbank_test::shared_dir() + "/corpus/raw/" + file);
    int found = static_cast<int>(res.records.size());
    std::printf("%-28s %8d %6d\n", file.c_str(), want, found);
    CHECK(std::abs(found - want) * 100 <= want * 5);
    CHECK(res.format == qbank::InputFormat::kMarkdown);
  }
}

TEST_CASE("lydiahallie quiz: 155 distinct records with choices and answers, code wherever the source has it") {
  std::string path = qbank_test::shared_dir() + "/corpus/raw/lydiahallie-js-quiz-en.md";
  std::string src = qbank_test::slurp(path);
  auto res = normalize_path(path);
  REQUIRE(res.records.size() == 155);
  std::set<std::string> ids;
  std::vector<std::size_t> starts;  // byte offset of each line
  starts.push_back(0);
  for (std::size_t i = 0; i < src.size(); ++i)
    if (src[i] == '\n') starts.push_back(i + 1);
  for (std::size_t k = 0; k < res.records.size(); ++k) {
    const auto& q = res.records[k];
    ids.insert(q.id);
    CHECK(q.choices.size() >= 2);
    CHECK(q.answer.has_value());
    std::size_t from = starts[static_cast<std::size_t>(q.sources[0].line)];
    std::size_t to = k + 1 < res.records.size() ? starts[static_cast<std::size_t>(res.records[k + 1].sources[0].line - 1)]
                                                : src.size();
    std::string block = src.substr(from, to - from);
    bool fenced_before_choices = block.substr(0, block.find("\n- A")).find("```") != std::string::npos;
    CHECK(q.code.has_value() == fenced_before_choices);
  }
  CHECK(ids.size() == 155);
}
