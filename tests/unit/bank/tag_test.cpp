// Tests for qbank/tag.hpp, including the coverage of the default rules on the gold seed questions.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include "qbank/tag.hpp"
#include "test_helpers.hpp"

namespace {

// Builds a record with a text, language and optional topic.
qbank::Question make(std::string text, std::string lang = "en", std::optional<std::string> topic = std::nullopt) {
  qbank::Question q;
  q.text = std::move(text);
  q.lang = std::move(lang);
  q.topic = std::move(topic);
  return q;
}

// Compiles options that must be valid.
qbank::Tagger compile(const qbank::TagOptions& opt) {
  auto t = qbank::Tagger::compile(opt);
  REQUIRE(t.ok());
  return std::move(*t);
}

// Tags a copy of the record and returns its tags.
std::vector<std::string> tags_of(qbank::Tagger& t, qbank::Question q) {
  t.apply(q);
  return q.tags;
}

// True when tags holds tag.
bool has(const std::vector<std::string>& tags, const std::string& tag) {
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

}  // namespace

TEST_CASE("tags are normalised to the Anki form") {
  CHECK(qbank::normalize_tag("python") == "python");
  CHECK(qbank::normalize_tag("Python Basics") == "python_basics");
  CHECK(qbank::normalize_tag("  Unix & Networking ") == "unix_networking");
  CHECK(qbank::normalize_tag("Lang::C++") == "lang::c++");
  CHECK(qbank::normalize_tag("a:::b") == "a::b");
  CHECK(qbank::normalize_tag("::a::::b::") == "a::b");
  CHECK(qbank::normalize_tag("Базы  данных") == "базы_данных");
  CHECK(qbank::normalize_tag("Front\u2011end, Frameworks") == "front-end_frameworks");
  CHECK(qbank::normalize_tag("data__structures") == "data_structures");
  CHECK(qbank::normalize_tag("?!") == "");
  CHECK(qbank::topic_to_tag("Python Basics") == "python_basics");
  CHECK(qbank::topic_to_tag("Python / OOP") == "python::oop");
  CHECK(qbank::topic_to_tag("Web > HTTP > Caching") == "web::http::caching");
  CHECK(qbank::topic_to_tag("C/C++") == "c_c++");
}

TEST_CASE("rules files: errors name the origin, the rule index and RE2's message") {
  auto ok = qbank::parse_tag_rules(R"({"rules":[{"tag":"sql","pattern":"join","lang":["en","ru"],"comment":"x"},
                                     {"tag":"py","pattern":"gil","topic":"python","lang":"en"}]})", "r.json");
  REQUIRE(ok.ok());
  REQUIRE(ok->size() == 2);
  CHECK((*ok)[0].langs == std::vector<std::string>{"en", "ru"});
  CHECK((*ok)[1].topic == "python");
  CHECK((*ok)[1].origin == "r.json: rules[1]");
  CHECK(qbank::parse_tag_rules(R"([{"tag":"a","pattern":"b"}])", "r.json").ok());

  auto bad = qbank::parse_tag_rules(R"([{"tag":"a","pattern":"b"},{"tag":"c","pattern":"(x"}])", "r.json");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().code() == qbank::StatusCode::kInvalidArgument);
  CHECK(bad.status().message().find("r.json: rules[1].pattern") != std::string::npos);
  CHECK(bad.status().message().find("missing )") != std::string::npos);
  auto missing = qbank::parse_tag_rules(R"([{"pattern":"b"}])", "r.json");
  CHECK(missing.status().message() == "r.json: rules[0].tag: missing");
  auto unknown = qbank::parse_tag_rules(R"([{"tag":"a","pattern":"b","patern":"c"}])", "r.json");
  CHECK(unknown.status().message().find("rules[0].patern: unknown field") != std::string::npos);
  CHECK_FALSE(qbank::parse_tag_rules("{", "r.json").ok());
  CHECK_FALSE(qbank::parse_tag_rules(R"({"x":1})", "r.json").ok());
  CHECK_FALSE(qbank::parse_tag_rules(R"([{"tag":"??","pattern":"b"}])", "r.json").ok());
  CHECK_FALSE(qbank::parse_tag_rules(R"([{"tag":"a","pattern":"b","lang":3}])", "r.json").ok());
  CHECK(qbank::load_tag_rules("/nonexistent/rules.json").status().code() == qbank::StatusCode::kNotFound);
}

TEST_CASE("rules respect language and topic conditions; topics can match and become tags") {
  qbank::TagOptions opt;
  opt.default_rules = false;
  opt.rules = {{"SQL", "\\bjoin\\b", {"en"}, "", ""}, {"orm", "queryset", {}, "^django$", ""}};
  auto t = compile(opt);
  CHECK(t.rule_count() == 2);
  CHECK(tags_of(t, make("What is a LEFT JOIN?")) == std::vector<std::string>{"sql"});
  CHECK(tags_of(t, make("What is a LEFT JOIN?", "ru")).empty());
  CHECK(tags_of(t, make("QuerySet methods", "en", "Django")) == std::vector<std::string>{"orm"});
  CHECK(tags_of(t, make("QuerySet methods", "en", "Flask")).empty());
  CHECK(tags_of(t, make("What is it?", "en", "Join operations")) == std::vector<std::string>{"sql"});
  opt.match_topic = false;
  opt.topic_tags = true;
  auto t2 = compile(opt);
  CHECK(tags_of(t2, make("What is it?", "en", "Join operations")) == std::vector<std::string>{"join_operations"});
}

TEST_CASE("existing tags are normalised, and removal takes children too") {
  qbank::TagOptions opt;
  opt.default_rules = false;
  opt.rules = {{"python::gil", "gil", {}, "", ""}, {"review", "", {}, "", ""}};
  opt.remove = {"Python"};
  auto t = compile(opt);
  auto q = make("What is the GIL?");
  q.tags = {"Old Tag", "old_tag", "python"};
  CHECK(t.apply(q) == 1);
  CHECK(q.tags == std::vector<std::string>{"old_tag", "review"});
}

TEST_CASE("bad patterns and tags are rejected") {
  qbank::TagOptions opt;
  opt.default_rules = false;
  opt.rules = {{"a", "[z-a]", {}, "", "--add 'a'"}};
  auto t = qbank::Tagger::compile(opt);
  REQUIRE_FALSE(t.ok());
  CHECK(t.status().message().find("--add 'a': pattern: invalid pattern") != std::string::npos);
  opt.rules = {{"  ", "x", {}, "", ""}};
  CHECK_FALSE(qbank::Tagger::compile(opt).ok());
  opt.rules.clear();
  opt.remove = {"::"};
  CHECK_FALSE(qbank::Tagger::compile(opt).ok());
}

TEST_CASE("the default rules cover the seed domains in several languages") {
  const auto& rules = qbank::default_tag_rules();
  REQUIRE(rules.size() >= 20);
  std::set<std::string> tags;
  for (const auto& r : rules) tags.insert(r.tag);
  for (const char* want : {"python", "sql", "http", "git", "docker", "django", "oop", "async", "algorithms", "linux",
                           "networking", "testing", "web", "databases", "javascript", "react", "css", "html",
                           "security", "devops", "data-structures"})
    CHECK(tags.count(want) == 1);
  auto t = compile({});
  CHECK(has(tags_of(t, make("Что такое индекс в базе данных?", "ru")), "databases"));
  CHECK(has(tags_of(t, make("Що таке індекс у базі даних?", "uk")), "databases"));
  CHECK(has(tags_of(t, make("¿Qué es un índice en una base de datos?", "es")), "databases"));
  CHECK(has(tags_of(t, make("什么是数据库索引？", "zh")), "databases"));
  CHECK(has(tags_of(t, make("Explain LEFT JOIN vs INNER JOIN")), "sql"));
  CHECK(has(tags_of(t, make("Чем отличается rebase от merge в Git?", "ru")), "git"));
  CHECK(has(tags_of(t, make("Что такое Docker-контейнер?", "ru")), "docker"));
  CHECK(has(tags_of(t, make("¿Qué es la herencia en la programación orientada a objetos?", "es")), "oop"));
  CHECK(has(tags_of(t, make("什么是协程？", "zh")), "async"));
  CHECK(has(tags_of(t, make("Какие методы HTTP идемпотентные?", "ru")), "http"));
  CHECK(tags_of(t, make("Tell me about the weather.")).empty());
  CHECK(qbank::default_tag_rules_json().find("\"rules\"") != std::string_view::npos);
}

// --- Coverage of the default rules on the gold seed questions ---------------------------------------

namespace {

// Reads the JSON string starting at s[i] (just after the opening quote); handles the common escapes.
std::string read_json_string(const std::string& s, std::size_t i) {
  std::string out;
  while (i < s.size() && s[i] != '"') {
    char c = s[i++];
    if (c != '\\' || i >= s.size()) {
      out.push_back(c);
      continue;
    }
    char e = s[i++];
    if (e == 'n') out.push_back('\n');
    else if (e == 't') out.push_back('\t');
    else if (e != 'u') out.push_back(e);
    else {
      unsigned cp = static_cast<unsigned>(std::stoul(s.substr(i, 4), nullptr, 16));
      i += 4;
      if (cp >= 0xD800 && cp < 0xDC00 && s.compare(i, 2, "\\u") == 0) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<unsigned>(std::stoul(s.substr(i + 2, 4), nullptr, 16)) - 0xDC00);
        i += 6;
      }
      if (cp < 0x80) out.push_back(static_cast<char>(cp));
      else if (cp < 0x800) out += {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
      else if (cp < 0x10000)
        out += {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                static_cast<char>(0x80 | (cp & 0x3F))};
      else
        out += {static_cast<char>(0xF0 | (cp >> 18)), static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
                static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
    }
  }
  return out;
}

// Returns the string value of a top-level field of a flat JSON line, or nullopt when absent or null.
std::optional<std::string> field(const std::string& line, const std::string& name) {
  std::size_t at = line.find("\"" + name + "\": ");
  if (at == std::string::npos) return std::nullopt;
  at += name.size() + 4;
  if (line.compare(at, 1, "\"") != 0) return std::nullopt;
  return read_json_string(line, at + 1);
}

// Builds records (text, language, topic) from every gold seed file.
std::vector<qbank::Question> gold_records() {
  std::vector<qbank::Question> out;
  std::string dir = qbank_test::shared_dir() + "/gold/seeds";
  if (!std::filesystem::is_directory(dir)) return out;
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().string().find(".gold.jsonl") != std::string::npos) files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::istringstream in(qbank_test::slurp(f));
    for (std::string line; std::getline(in, line);) {
      auto text = field(line, "text");
      if (!text) continue;
      out.push_back(make(*text, field(line, "lang").value_or("und"), field(line, "topic")));
    }
  }
  return out;
}

// Tags the records and returns the share with at least one tag; fills samples per tag when asked.
double coverage(std::vector<qbank::Question> records, bool match_topic,
                std::map<std::string, std::vector<std::string>>* samples, std::map<std::string, int>* counts) {
  qbank::TagOptions opt;
  opt.match_topic = match_topic;
  auto t = compile(opt);
  std::size_t tagged = 0;
  for (auto& q : records) {
    t.apply(q);
    tagged += !q.tags.empty();
    for (const auto& tag : q.tags) {
      if (counts) ++(*counts)[tag];
      if (samples && (*samples)[tag].size() < 3) (*samples)[tag].push_back(q.text);
    }
    if (samples && q.tags.empty() && (*samples)["(untagged)"].size() < 15) (*samples)["(untagged)"].push_back(q.text);
  }
  return records.empty() ? 0.0 : static_cast<double>(tagged) / static_cast<double>(records.size());
}

}  // namespace

TEST_CASE("default rules tag at least 90% of the gold seed questions; a sample per tag is printed") {
  auto records = gold_records();
  if (records.empty()) {
    WARN("no gold seeds under " << qbank_test::shared_dir());
    return;
  }
  std::map<std::string, std::vector<std::string>> samples;
  std::map<std::string, int> counts;
  double with_topic = coverage(records, true, &samples, &counts);
  double text_only = coverage(records, false, nullptr, nullptr);
  std::cout << "tag coverage on " << records.size() << " gold seed questions: " << with_topic * 100
            << "% with >= 1 tag (text and topic), " << text_only * 100 << "% (text only)\n";
  for (const auto& [tag, texts] : samples) {
    std::cout << "  " << tag << " (" << counts[tag] << "):";
    for (const auto& s : texts) {
      std::size_t cut = std::min<std::size_t>(s.size(), 70);
      while (cut < s.size() && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) ++cut;
      std::cout << " | " << s.substr(0, cut);
    }
    std::cout << '\n';
  }
  CHECK(with_topic >= 0.90);
}

TEST_CASE("a rules file saved with a UTF-8 BOM and CRLF line ends parses; UTF-16 is named") {
  auto bom = qbank::parse_tag_rules("\xEF\xBB\xBF[\r\n  {\"tag\": \"sync\", \"pattern\": \"mutex\"}\r\n]\r\n", "r.json");
  REQUIRE(bom.ok());
  CHECK(bom->size() == 1);
  std::string utf16("\xFF\xFE[\0{\0}\0]\0", 10);
  auto wide = qbank::parse_tag_rules(utf16, "w.json");
  REQUIRE_FALSE(wide.ok());
  CHECK(wide.status().message().find("w.json: invalid JSON") != std::string::npos);
  CHECK(wide.status().message().find("UTF-16") != std::string::npos);
}
