// Tests for qbank/status.hpp.
#include <catch2/catch.hpp>

#include "qbank/status.hpp"

TEST_CASE("Status carries code and message") {
  qbank::Status ok;
  CHECK(ok.ok());
  CHECK(ok.to_string() == "OK");
  auto s = qbank::Status::DataError("a.jsonl:3: bad");
  CHECK_FALSE(s.ok());
  CHECK(s.code() == qbank::StatusCode::kDataError);
  CHECK(s.to_string() == "data error: a.jsonl:3: bad");
}

TEST_CASE("Result holds a value or an error") {
  qbank::Result<int> good = 42;
  REQUIRE(good.ok());
  CHECK(*good == 42);
  qbank::Result<int> bad = qbank::Status::NotFound("x");
  CHECK_FALSE(bad.ok());
  CHECK(bad.status().code() == qbank::StatusCode::kNotFound);
  qbank::Result<int> misuse = qbank::Status::Ok();
  CHECK_FALSE(misuse.ok());
  CHECK(misuse.status().code() == qbank::StatusCode::kInternal);
}

TEST_CASE("Diagnostic formats as file:line: field: message") {
  qbank::Diagnostic d{"bank.jsonl", 7, "text", "must not be empty", qbank::Severity::kError};
  CHECK(d.to_string() == "bank.jsonl:7: text: must not be empty");
  d.severity = qbank::Severity::kWarning;
  d.field.clear();
  CHECK(d.to_string() == "bank.jsonl:7: warning: must not be empty");
}
