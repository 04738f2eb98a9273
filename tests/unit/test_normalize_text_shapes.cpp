// Unit tests of the plain-text reader on shapes beyond the seeds: answers written as plain lines under their
// questions, more numbering styles, question and answer labels in more languages, wrapped questions.
#include <catch2/catch.hpp>

#include "qbank/normalize.hpp"

namespace {

// Normalizes an in-memory plain-text document.
qbank::NormalizeResult run(const std::string& text) {
  qbank::NormalizeOptions opt;
  opt.format = qbank::InputFormat::kText;
  opt.file = "doc";
  auto res = qbank::normalize(text, opt);
  REQUIRE(res.ok());
  return *res;
}

// The texts of the records, in order.
std::vector<std::string> texts(const qbank::NormalizeResult& r) {
  std::vector<std::string> out;
  for (const auto& q : r.records) out.push_back(q.text);
  return out;
}

// The answers of the records, in order ("" for none).
std::vector<std::string> answers(const qbank::NormalizeResult& r) {
  std::vector<std::string> out;
  for (const auto& q : r.records) out.push_back(q.answer.value_or(""));
  return out;
}

// The reason a line was rejected, or "" when it was not.
std::string reason_of(const qbank::NormalizeResult& r, std::int64_t line) {
  for (const auto& x : r.rejected)
    if (x.line == line) return x.reason;
  return "";
}

}  // namespace

TEST_CASE("answer paragraphs under blank-line separated questions are attached, not emitted") {
  auto r = run("Node Interview Questions\n\nWhat is a buffer?\n\nA fixed-size chunk of memory used for binary data.\n\n"
               "What is a stream?\n\nA sequence of data made available over time.\nIt can be read in chunks.\n\n"
               "Thanks for reading! I hope this helps you in your next interview.\n");
  CHECK(texts(r) == std::vector<std::string>{"What is a buffer?", "What is a stream?"});
  CHECK(answers(r) == std::vector<std::string>{"A fixed-size chunk of memory used for binary data.",
                                               "A sequence of data made available over time.\nIt can be read in chunks."});
  CHECK(r.records[1].sources[0].line == 7);
  CHECK(reason_of(r, 1) == "title");
  CHECK_FALSE(reason_of(r, 12).empty());  // The outro is rejected, not glued to the last answer.
}

TEST_CASE("answer lines right under numbered questions are attached") {
  auto r = run("1. What is a Pod?\nThe smallest deployable unit.\n2. What is a Service?\nA stable endpoint for pods.\n");
  CHECK(texts(r) == std::vector<std::string>{"What is a Pod?", "What is a Service?"});
  CHECK(answers(r) == std::vector<std::string>{"The smallest deployable unit.", "A stable endpoint for pods."});
}

TEST_CASE("a list of questions is never read as questions and answers") {
  // Statements among questions stay questions when most questions are not followed by one.
  auto r = run("What is a closure?\nExplain the event loop.\nWhat is hoisting?\nWhat is a promise?\n"
               "Describe event delegation.\n");
  CHECK(texts(r).size() == 5);
  CHECK(answers(r) == std::vector<std::string>(5, ""));
  auto m = run("1. What is a Pod?\n2. What is a Service?\n3. What is an Ingress?\n\nGood luck with your interview.\n");
  CHECK(texts(m).size() == 3);
  CHECK_FALSE(m.records[2].answer);
}
