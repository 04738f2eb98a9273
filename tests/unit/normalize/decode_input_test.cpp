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

namespace {

// Normalizes bytes as the named file, its format and encoding left to normalize.
qbank::Result<qbank::NormalizeResult> run_auto(const std::string& bytes, const std::string& file,
                                               const std::string& encoding = "") {
  qbank::NormalizeOptions o;
  o.file = file;
  o.encoding = encoding;
  return qbank::normalize(bytes, o);
}

}  // namespace

TEST_CASE("an HTML page in ISO-8859-1 that declares it in http-equiv is read in it") {
  auto r = run_auto("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                    "</head><body><ol><li>Qu\xe9 es un caf\xe9?</li></ol></body></html>", "page.html");
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 1);
  CHECK(r->records[0].text == "Qué es un café?");
  REQUIRE_FALSE(r->notes.empty());
  CHECK(r->notes[0] == "page.html: read as iso-8859-1, the encoding it declares");
}

TEST_CASE("<meta charset> and an XML declaration name the encoding") {
  auto meta = run_auto("<html><head><meta charset='windows-1251'></head><body><ol><li>\xd7\xf2\xee?</li></ol>"
                       "</body></html>", "a.html");
  REQUIRE(meta.ok());
  REQUIRE(meta->records.size() == 1);
  CHECK(meta->records[0].text == "Что?");
  auto xml = run_auto("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<html><body><ol><li>Caf\xe9?</li></ol>"
                      "</body></html>", "b.xhtml");
  REQUIRE(xml.ok());
  REQUIRE(xml->records.size() == 1);
  CHECK(xml->records[0].text == "Café?");
}

TEST_CASE("undeclared legacy text is detected and the encoding named; --encoding wins") {
  // "Что такое GIL?\nКак работает yield?\n" in cp1251.
  std::string cp1251 = "\xd7\xf2\xee \xf2\xe0\xea\xee\xe5 GIL?\n\xca\xe0\xea \xf0\xe0\xe1\xee\xf2\xe0\xe5\xf2 yield?\n";
  auto r = run_auto(cp1251, "ru.txt");
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[0].text == "Что такое GIL?");
  REQUIRE_FALSE(r->notes.empty());
  CHECK(r->notes[0] == "ru.txt: not UTF-8; read as WINDOWS-1251 (detected; use --encoding to change it)");
  auto forced = run_auto(cp1251, "ru.txt", "koi8-r");
  REQUIRE(forced.ok());
  CHECK(forced->records.at(0).text != "Что такое GIL?");
  CHECK(forced->notes.empty());
}

TEST_CASE("a few stray bytes are not enough to guess an encoding: the error names file, line and offset") {
  auto r = run_auto("What is TCP?\nCaf\xe9?\n", "bad.txt");
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == qbank::StatusCode::kDataError);
  CHECK(r.status().message() ==
        "bad.txt:2: invalid UTF-8 at byte offset 16 (use --encoding to name a legacy encoding)");
}

TEST_CASE("a page that declares UTF-8 but is not is detected, and the mismatch named") {
  // "Что такое GIL? Как работает yield?" in cp1251 under a UTF-8 declaration.
  std::string page = "<html><head><meta charset=\"utf-8\"></head><body><ol><li>\xd7\xf2\xee \xf2\xe0\xea\xee\xe5 "
                     "GIL?</li><li>\xca\xe0\xea \xf0\xe0\xe1\xee\xf2\xe0\xe5\xf2 yield?</li></ol></body></html>";
  auto r = run_auto(page, "ru.html");
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[1].text == "Как работает yield?");
  REQUIRE_FALSE(r->notes.empty());
  CHECK(r->notes[0] ==
        "ru.html: declares utf-8 but is not UTF-8; read as WINDOWS-1251 (detected; use --encoding to change it)");
}
