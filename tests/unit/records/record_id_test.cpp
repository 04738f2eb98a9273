// Tests for qbank/question.hpp: content-derived ids.
#include <catch2/catch.hpp>

#include "qbank/question.hpp"

namespace {

// Returns the id of a record with the given text and code.
std::string id_of(const std::string& text, std::optional<std::string> code = std::nullopt) {
  qbank::Question q;
  q.text = text;
  q.code = std::move(code);
  return qbank::compute_id(q);
}

}  // namespace

TEST_CASE("ids are well formed and depend only on folded content") {
  std::string id = id_of("What is the GIL?");
  CHECK(qbank::is_valid_id(id));
  CHECK(id == id_of("  what IS the   GIL?"));
  CHECK(id == id_of("What is the GIL?"));
  CHECK(id != id_of("What is the MRO?"));
}

TEST_CASE("code takes part in the id, whitespace in code does not") {
  std::string a = id_of("What's the output?", "console.log(1)");
  CHECK(a != id_of("What's the output?", "console.log(2)"));
  CHECK(a == id_of("What's the output?", "console.log(1)\n"));
  CHECK(a != id_of("What's the output?"));
}

TEST_CASE("is_valid_id rejects malformed ids") {
  CHECK_FALSE(qbank::is_valid_id(""));
  CHECK_FALSE(qbank::is_valid_id("q123"));
  CHECK_FALSE(qbank::is_valid_id("Q0123456789abcdef"));
  CHECK_FALSE(qbank::is_valid_id("q0123456789ABCDEF"));
  CHECK(qbank::is_valid_id("q0123456789abcdef"));
}
