// Tests for qbank/stats.hpp.
#include <catch2/catch.hpp>

#include "qbank/stats.hpp"

TEST_CASE("stats count languages, topics, files and presence of answers and code") {
  qbank::Stats s;
  qbank::Question a;
  a.text = "a";
  a.lang = "en";
  a.topic = "Python";
  a.answer = "yes";
  a.sources = {{"x.txt", 1, "a", "", std::nullopt, {}}, {"y.txt", 2, "a", "", std::nullopt, {}}};
  qbank::Question b;
  b.text = "b";
  b.lang = "ru";
  b.code = "print(1)";
  b.tags = {"python"};
  b.sources = {{"x.txt", 5, "b", "", std::nullopt, {}}};
  s.add(a);
  s.add(b);
  CHECK(s.records == 2);
  CHECK(s.sources == 3);
  CHECK(s.merged == 1);
  CHECK(s.with_answer == 1);
  CHECK(s.with_code == 1);
  CHECK(s.by_lang.at("ru") == 1);
  CHECK(s.by_topic.at("(none)") == 1);
  CHECK(s.by_file.at("x.txt") == 2);
  CHECK(s.to_json().find("\"by_file\":{\"x.txt\":2,\"y.txt\":1}") != std::string::npos);
  CHECK(s.to_text().find("with answer:   1") != std::string::npos);
}

TEST_CASE("stats text and Markdown show control characters of topics, tags and files as \\xNN, never raw") {
  qbank::Stats s;
  qbank::Question q;
  q.text = "What is TCP?";
  q.lang = "en";
  q.topic = "Net\x1b[2Jworking\nnext";
  q.tags = {"t\x07"};
  q.sources = {{"in\xc2\x9b.md", 1, "x", "", std::nullopt, {}}};
  s.add(q);
  for (const std::string& shown : {s.to_text(), s.to_markdown()}) {
    CHECK(shown.find('\x1b') == std::string::npos);
    CHECK(shown.find('\x07') == std::string::npos);
    CHECK(shown.find("\xc2\x9b") == std::string::npos);
    CHECK(shown.find("Net\\x1B[2Jworking next") != std::string::npos);
    CHECK(shown.find("t\\x07") != std::string::npos);
    CHECK(shown.find("in\\x9B.md") != std::string::npos);
  }
  CHECK(s.to_json().find("Net\\u001b[2Jworking\\nnext") != std::string::npos);  // JSON keeps the value, escaped.
}

TEST_CASE("stats Markdown shows every total the text shows, records with choices too") {
  qbank::Stats s;
  qbank::Question q;
  q.text = "Which is a prime?";
  q.lang = "en";
  q.choices = {"A: 4", "B: 7"};
  q.sources = {{"quiz.md", 1, "x", "", std::nullopt, {}}};
  s.add(q);
  CHECK(s.with_choices == 1);
  CHECK(s.to_text().find("with choices:  1") != std::string::npos);
  const std::string md = s.to_markdown();
  CHECK(md.find("| records | sources | merged | with answer | with code | with choices | with tags |") == 0);
  CHECK(md.find("| 1 | 1 | 0 | 0 | 0 | 1 | 0 |") != std::string::npos);
}
