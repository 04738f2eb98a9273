// Tests for input decoding: BOMs, UTF-16, legacy encodings through iconv, invalid bytes.
#include <catch2/catch.hpp>

#include <string>

#include "qbank/normalize.hpp"
#include "test_helpers.hpp"

namespace {

// Normalizes bytes as a one-column CSV (question per line) with an optional legacy encoding.
qbank::Result<qbank::NormalizeResult> run(const std::string& bytes, const std::string& encoding = "") {
  qbank::NormalizeOptions o;
  o.format = qbank::InputFormat::kCsv;
  o.file = "in.csv";
  o.encoding = encoding;
  return qbank::normalize(bytes, o);
}

// Encodes ASCII/BMP text given as UTF-16 code units into UTF-16 bytes.
std::string utf16(const std::u16string& s, bool little_endian, bool bom) {
  std::string out;
  auto put = [&](char16_t c) {
    char lo = static_cast<char>(c & 0xFF), hi = static_cast<char>(c >> 8);
    out += little_endian ? std::string{lo, hi} : std::string{hi, lo};
  };
  if (bom) put(0xFEFF);
  for (char16_t c : s) put(c);
  return out;
}

}  // namespace

TEST_CASE("a UTF-8 BOM is dropped") {
  auto r = run("\xEF\xBB\xBFWhat is a closure?\nWhat is hoisting?\n");
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[0].text == "What is a closure?");
  CHECK(r->records[0].sources[0].line == 1);
  CHECK(r->records[1].sources[0].line == 2);
}

TEST_CASE("UTF-16 with a BOM is transcoded, little and big endian") {
  for (bool le : {true, false}) {
    auto r = run(utf16(u"Что такое GIL?\r\nWhat is \u00e9t\u00e9?\r\n", le, true));
    REQUIRE(r.ok());
    REQUIRE(r->records.size() == 2);
    CHECK(r->records[0].text == "Что такое GIL?");
    CHECK(r->records[0].lang == "ru");
    CHECK(r->records[1].text == "What is été?");
    CHECK(r->records[1].sources[0].line == 2);
  }
}

TEST_CASE("UTF-16 without a BOM is recognised from its zero bytes") {
  auto r = run(utf16(u"What is a closure?\nWhat is a promise?\n", true, false));
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[1].text == "What is a promise?");
}

TEST_CASE("a truncated UTF-16 character is a data error with its offset") {
  std::string bytes = utf16(u"What?\n", true, true) + "A";
  auto r = run(bytes);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == qbank::StatusCode::kDataError);
  CHECK_THAT(r.status().message(), Catch::Contains("in.csv:2:") && Catch::Contains("byte offset 14"));
}

TEST_CASE("legacy encodings are converted with iconv") {
  SECTION("cp1251") {
    auto r = run("\xd7\xf2\xee \xf2\xe0\xea\xee\xe5 GIL?\n", "cp1251");
    REQUIRE(r.ok());
    REQUIRE(r->records.size() == 1);
    CHECK(r->records[0].text == "Что такое GIL?");
    CHECK(r->records[0].lang == "ru");
  }
  SECTION("windows-1251 and koi8-r") {
    auto a = run("\xd7\xf2\xee?\n", "windows-1251");
    auto b = run("\xfe\xd4\xcf \xd4\xc1\xcb\xcf\xc5 GIL?\n", "KOI8-R");
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->records.at(0).text == "Что?");
    CHECK(b->records.at(0).text == "Что такое GIL?");
  }
  SECTION("latin1") {
    auto r = run("\xbfQu\xe9 es un cierre?\n", "latin1");
    REQUIRE(r.ok());
    CHECK(r->records.at(0).text == "¿Qué es un cierre?");
  }
  SECTION("gb18030") {
    auto r = run("\xca\xb2\xc3\xb4\xca\xc7\xb1\xd5\xb0\xfc\xa3\xbf\n", "gb18030");
    REQUIRE(r.ok());
    CHECK(r->records.at(0).text == "什么是闭包？");
    CHECK(r->records.at(0).lang == "zh");
  }
  SECTION("utf-8 named explicitly behaves as the default") {
    auto r = run("What?\n", "UTF-8");
    REQUIRE(r.ok());
    CHECK(r->records.size() == 1);
  }
}

TEST_CASE("an unknown encoding name is an invalid argument") {
  auto r = run("What?\n", "klingon-8");
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == qbank::StatusCode::kInvalidArgument);
  CHECK_THAT(r.status().message(), Catch::Contains("klingon-8"));
  CHECK_FALSE(run("What?\n", "cp1251//IGNORE").ok());
}

TEST_CASE("invalid UTF-8 is a data error naming file, line and byte offset") {
  auto r = run("What is a closure?\nWhat is \xff here?\n");
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == qbank::StatusCode::kDataError);
  CHECK_THAT(r.status().message(), Catch::Contains("in.csv:2:") && Catch::Contains("byte offset 27"));
}

TEST_CASE("a byte undefined in the legacy encoding is a data error") {
  auto r = run("ok?\n\x98\n", "cp1251");  // 0x98 is unassigned in cp1251
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == qbank::StatusCode::kDataError);
  CHECK_THAT(r.status().message(), Catch::Contains("in.csv:2:") && Catch::Contains("byte offset 4"));
}

TEST_CASE("a BOM wins over a legacy encoding name") {
  auto r = run("\xEF\xBB\xBF\xd0\xa7\xd1\x82\xd0\xbe?\n", "cp1251");
  REQUIRE(r.ok());
  CHECK(r->records.at(0).text == "Что?");
}
