// Tests for the quiz-text ("#Q" / "^" / options, and Aiken) and YAML readers, and question code in JSON.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "normalize_expect.hpp"

using qbank::InputFormat;
using qbank_test::check_records;
using qbank_test::reason_of;
using qbank_test::run_format;

TEST_CASE("quiz: #Q question over several lines, ^ answer, lettered options as choices") {
  std::string quiz =
      "#Q Which planet is known as the red planet?\r\n"
      "^ Mars\r\n"
      "A Venus\r\n"
      "B Mars\n"
      "C Jupiter\n"
      "\n"
      "#Q Two trains leave at noon.\n"
      "\n"
      "A train goes west, the other east.\n"
      "How far apart are they at one?\n"
      "^ 200 km\n"
      "A 100 km\n"
      "B 200 km\n";
  auto r = run_format(quiz, InputFormat::kQuiz);
  REQUIRE(r.ok());
  check_records(*r, {
      {1, "Which planet is known as the red planet?", std::nullopt, "Mars"},
      {7, "Two trains leave at noon. A train goes west, the other east. How far apart are they at one?",
       std::nullopt, "200 km"},
  });
  CHECK(r->records[0].choices == std::vector<std::string>{"Venus", "Mars", "Jupiter"});
  CHECK(r->records[1].choices == std::vector<std::string>{"100 km", "200 km"});
  CHECK(r->records[0].sources[0].format == "quiz");
  CHECK(qbank::detect_input_format("brain-teasers", quiz) == InputFormat::kQuiz);
}

TEST_CASE("quiz: an empty #Q block is rejected as having no question text; a bare ^ line is an empty answer") {
  std::string quiz =
      "#Q What is 2+2?\n"
      "^ 4\n"
      "A 3\n"
      "B 4\n"
      "\n"
      "#Q\n"
      "^\n"
      "A 5\n"
      "\n"
      "#Q\n"
      "\n"
      "#Q Name a primary colour.\n"
      "^\n"
      "A Red\n";
  auto r = run_format(quiz, InputFormat::kQuiz);
  REQUIRE(r.ok());
  check_records(*r, {
      {1, "What is 2+2?", std::nullopt, "4"},
      {12, "Name a primary colour.", std::nullopt, std::nullopt},
  });
  CHECK(r->records[1].choices == std::vector<std::string>{"Red"});
  CHECK(reason_of(*r, 6) == "no question text");
  CHECK(reason_of(*r, 10) == "no question text");
  for (const auto& x : r->rejected) CHECK(qbank::is_rejection_reason(x.reason));
}

TEST_CASE("quiz: Aiken questions take the option the ANSWER letter names; stray text is rejected") {
  std::string aiken =
      "Questions for week 3\n"
      "\n"
      "What is the capital of Italy?\n"
      "A. Milan\n"
      "B. Rome\n"
      "C) Turin\n"
      "ANSWER: B\n"
      "\n"
      "Which number is prime?\n"
      "A. 4\n"
      "B. 9\n"
      "C. 7\n"
      "ANSWER: C\n";
  auto r = run_format(aiken, InputFormat::kAuto, {}, "week3");
  REQUIRE(r.ok());
  CHECK(r->format == InputFormat::kQuiz);
  check_records(*r, {
      {3, "What is the capital of Italy?", std::nullopt, "Rome"},
      {9, "Which number is prime?", std::nullopt, "7"},
  });
  CHECK(r->records[0].choices == std::vector<std::string>{"Milan", "Rome", "Turin"});
  CHECK(reason_of(*r, 1) == "not question-like");
}

TEST_CASE("yaml: mappings with a question field are questions; topic is the nearest enclosing key") {
  std::string yaml =
      "---\n"
      "author: Someone\n"
      "quiz:\n"
      "  de:\n"
      "  - leicht:\n"
      "    - id: 1\n"
      "      question: Wie heißt die Hauptstadt von Frankreich?\n"
      "      propositions:\n"
      "      - Paris\n"
      "      - Lyon\n"
      "      réponse: Paris\n"
      "      anecdote: Seit langer Zeit.\n"
      "  en:\n"
      "  - hard:\n"
      "    - id: 2\n"
      "      question: 'Which gas do plants absorb?'\n"
      "      options: [Oxygen, Carbon dioxide]\n"
      "      answer: Carbon dioxide\n";
  auto r = run_format(yaml, InputFormat::kAuto, {}, "quiz.yml");
  REQUIRE(r.ok());
  CHECK(r->format == InputFormat::kYaml);
  check_records(*r, {
      {7, "Wie heißt die Hauptstadt von Frankreich?", "leicht", "Paris"},
      {16, "Which gas do plants absorb?", "hard", "Carbon dioxide"},
  });
  CHECK(r->records[0].choices == std::vector<std::string>{"Paris", "Lyon"});
  CHECK(r->records[0].lang == "de");
  CHECK(r->records[1].choices == std::vector<std::string>{"Oxygen", "Carbon dioxide"});
  CHECK(reason_of(*r, 2) == "metadata");
  CHECK(reason_of(*r, 3) == "heading");
  CHECK(reason_of(*r, 5) == "heading");
  CHECK(reason_of(*r, 12).empty());  // The anecdote belongs to its question.
  // Without an extension, a "---" document of key lines is YAML; Markdown front matter is not.
  CHECK(qbank::detect_input_format("-", yaml) == InputFormat::kYaml);
  CHECK(qbank::detect_input_format("-", "---\ntitle: x\ntags: [a]\nlayout: y\n---\n# Q\n1. What?\n") !=
        InputFormat::kYaml);
}

TEST_CASE("yaml: an answer given as a mapping keeps the text of its values, nested ones included") {
  std::string yaml =
      "questions:\n"
      "  - question: What is TCP?\n"
      "    answer:\n"
      "      text: A reliable transport protocol\n"
      "      why: It retransmits lost segments\n"
      "  - question: What is UDP?\n"
      "    answer:\n"
      "      why:\n"
      "        short: It is connectionless\n"
      "  - question: What is QUIC?\n"
      "    answer: A transport over UDP\n";
  auto r = run_format(yaml, InputFormat::kYaml);
  REQUIRE(r.ok());
  check_records(*r, {
      {2, "What is TCP?", std::nullopt, "A reliable transport protocol\nIt retransmits lost segments"},
      {6, "What is UDP?", std::nullopt, "It is connectionless"},
      {10, "What is QUIC?", std::nullopt, "A transport over UDP"},
  });
}

TEST_CASE("yaml: invalid YAML is a data error naming the file") {
  auto r = run_format("question: [unclosed\n  - x: {\n", InputFormat::kYaml, {}, "bad.yaml");
  REQUIRE_FALSE(r.ok());
  CHECK_THAT(r.status().message(), Catch::Contains("bad.yaml:"));
  CHECK_THAT(r.status().message(), Catch::Contains("invalid YAML"));
}

TEST_CASE("yaml: every document of a '---' separated stream is read") {
  auto r = run_format("---\n- question: What is A?\n  answer: a\n---\n- question: What is B?\n  answer: b\n",
                      InputFormat::kYaml);
  REQUIRE(r.ok());
  check_records(*r, {{2, "What is A?", std::nullopt, "a"}, {5, "What is B?", std::nullopt, "b"}});
}

TEST_CASE("json: fenced code in a question string goes to code; the line is the question key's line") {
  std::string json =
      "[\n"
      "  {\n"
      "    \"id\": 7,\n"
      "    \"question\": \"How can you avoid callback hells?\\n\\n```js\\ngetData(function(a) {\\n})\\n```\",\n"
      "    \"answer\": \"Use promises.\"\n"
      "  },\n"
      "  {\n"
      "    \"question\": \"What is a closure?\",\n"
      "    \"answer\": \"A function with its scope.\"\n"
      "  }\n"
      "]\n";
  auto r = run_format(json, InputFormat::kJson);
  REQUIRE(r.ok());
  check_records(*r, {
      {4, "How can you avoid callback hells?", std::nullopt, "Use promises.", "getData(function(a) {\n})"},
      {8, "What is a closure?", std::nullopt, "A function with its scope."},
  });
}

TEST_CASE("quiz: a large quiz file is read in pieces cut before '#Q' questions, with whole-file lines") {
  std::string path = (std::filesystem::temp_directory_path() / "qbank_test_quiz_pieces.txt").string();
  std::size_t n = 0;
  {
    std::ofstream f(path, std::ios::binary);
    std::string block = "#Q A long question that runs on\n\nover a blank line, number ";
    while (f.tellp() < 5 * 1024 * 1024) {
      f << block << n << "?\n^ yes\nA yes\nB no\n\n";
      ++n;
    }
  }
  std::size_t pieces = 0, records = 0;
  std::int64_t last_line = 0;
  bool ordered = true;
  qbank::Status s = qbank::normalize_file_pieces(
      path, {}, [&](qbank::NormalizeResult&) { ++pieces; return qbank::Status::Ok(); },
      [&](const qbank::Question& q) {
        ordered = ordered && q.sources[0].line == last_line + (records == 0 ? 1 : 7);
        last_line = q.sources[0].line;
        ++records;
        return qbank::Status::Ok();
      });
  std::filesystem::remove(path);
  REQUIRE(s.ok());
  CHECK(pieces > 1);
  CHECK(records == n);
  CHECK(ordered);
}
