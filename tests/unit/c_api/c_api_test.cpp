// Tests of the C API (qbank/qbank.h): results agree with the C++ API, errors come back as codes with a
// message, returned strings are NUL-terminated and sized, and handles can be created and released.

#include <catch2/catch.hpp>

#include <cstring>
#include <string>
#include <vector>

#include "qbank/fold.hpp"
#include "qbank/io.hpp"
#include "qbank/qbank.h"
#include "qbank/version.hpp"
#include "test_helpers.hpp"

namespace {

// Owns a string returned by the C API.
struct CString {
  char* ptr = nullptr;
  size_t size = 0;
  ~CString() { qbank_string_free(ptr); }
  std::string str() const { return ptr == nullptr ? std::string() : std::string(ptr, size); }
};

// Splits JSONL into its non-empty lines.
std::vector<std::string> lines_of(const std::string& jsonl) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < jsonl.size()) {
    std::size_t end = jsonl.find('\n', start);
    if (end == std::string::npos) end = jsonl.size();
    if (end > start) out.push_back(jsonl.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// Normalizes Markdown text through the C API and returns the JSONL.
std::string normalize_md(const std::string& text) {
  CString out;
  REQUIRE(qbank_normalize_buffer(text.data(), text.size(), "list.md", nullptr, &out.ptr, &out.size) == QBANK_OK);
  REQUIRE(std::strlen(out.ptr) == out.size);
  return out.str();
}

const char* const kList =
    "# Questions\n\n## Python\n\n1. What is a Python decorator?\n2. What is a python decorator\n"
    "3. What is the GIL?\n\n## SQL\n\n- Что такое индекс в базе данных?\n- Как работает JOIN в SQL?\n";

}  // namespace

TEST_CASE("c api: version and status names", "[c_api]") {
  CHECK(std::string(qbank_version()) == qbank::kVersionString);
  CHECK(std::string(qbank_status_name(QBANK_OK)) == "ok");
  CHECK(std::string(qbank_status_name(QBANK_DATA_ERROR)) == "data error");
}

TEST_CASE("c api: null arguments are errors with a message", "[c_api]") {
  CString out;
  CHECK(qbank_fold(nullptr, &out.ptr) == QBANK_INVALID_ARGUMENT);
  CHECK(std::string(qbank_last_error()).find("text") != std::string::npos);
  CHECK(qbank_normalize_buffer(nullptr, 5, nullptr, nullptr, &out.ptr, &out.size) == QBANK_INVALID_ARGUMENT);
  CHECK(qbank_dedup_jsonl("", 0, nullptr, nullptr) == QBANK_INVALID_ARGUMENT);
  CHECK(qbank_filter_jsonl(nullptr, "", 0, &out.ptr, &out.size) == QBANK_INVALID_ARGUMENT);
  CHECK(out.ptr == nullptr);
  qbank_filter_free(nullptr);
  qbank_tagger_free(nullptr);
  qbank_string_free(nullptr);
}

TEST_CASE("c api: normalize a buffer and a file", "[c_api]") {
  auto records = lines_of(normalize_md(kList));
  REQUIRE(records.size() == 5);
  auto first = qbank::parse_record(records[0], "-", 1);
  CHECK(first.usable());
  CHECK(first.record.text == "What is a Python decorator?");
  CHECK(first.record.topic == "Python");
  CHECK(first.record.sources.at(0).file == "list.md");
  CHECK(qbank::parse_record(records[3], "-", 4).record.lang == "ru");

  CString empty;
  CHECK(qbank_normalize_buffer(nullptr, 0, nullptr, "text", &empty.ptr, &empty.size) == QBANK_OK);
  CHECK(empty.size == 0);
  CHECK(empty.ptr != nullptr);

  CString bad;
  CHECK(qbank_normalize_buffer("a", 1, nullptr, "docx", &bad.ptr, &bad.size) == QBANK_INVALID_ARGUMENT);
  CHECK(std::string(qbank_last_error()).find("docx") != std::string::npos);
  CHECK(bad.ptr == nullptr);

  std::string path = std::string(QBANK_BINARY_DIR) + "/test_c_api_list.md";
  qbank_test::spit(path, kList);
  CString from_file;
  REQUIRE(qbank_normalize_file(path.c_str(), "markdown", &from_file.ptr, &from_file.size) == QBANK_OK);
  CHECK(lines_of(from_file.str()).size() == 5);
  CString missing;
  CHECK(qbank_normalize_file("/nonexistent/qbank/list.md", nullptr, &missing.ptr, &missing.size) != QBANK_OK);
  CHECK(std::string(qbank_last_error()).find("/nonexistent/qbank/list.md") != std::string::npos);
}

TEST_CASE("c api: fold and detect language agree with the C++ API", "[c_api]") {
  for (const char* text : {"  What IS the  GIL? ", "Ёлка — «Tree»", "\xff\xfe broken"}) {
    CString folded;
    REQUIRE(qbank_fold(text, &folded.ptr) == QBANK_OK);
    CHECK(std::string(folded.ptr) == qbank::fold(text));
  }
  CString lang;
  REQUIRE(qbank_detect_language("Что такое индекс в базе данных?", nullptr, &lang.ptr) == QBANK_OK);
  CHECK(std::string(lang.ptr) == "ru");
  CString en;
  REQUIRE(qbank_detect_language("What is a closure?", "ru", &en.ptr) == QBANK_OK);
  CHECK(std::string(en.ptr) == "en");
}

TEST_CASE("c api: dedup merges and keeps every source; bad records are data errors", "[c_api]") {
  std::string bank = normalize_md(kList);
  CString merged;
  REQUIRE(qbank_dedup_jsonl(bank.data(), bank.size(), &merged.ptr, &merged.size) == QBANK_OK);
  auto records = lines_of(merged.str());
  CHECK(records.size() == 4);
  std::size_t sources = 0;
  for (const auto& line : records) sources += qbank::parse_record(line, "-", 1).record.sources.size();
  CHECK(sources == 5);

  std::string incoming = normalize_md("- What is the GIL\n- What is a deadlock?\n");
  CString added;
  REQUIRE(qbank_dedup_against_jsonl(merged.ptr, merged.size, incoming.data(), incoming.size(), &added.ptr,
                                    &added.size) == QBANK_OK);
  auto after = lines_of(added.str());
  REQUIRE(after.size() == 5);
  CHECK(after[0].substr(0, 30) == records[0].substr(0, 30));  // bank order and ids kept

  std::string broken = records[0] + "\n{\"text\": 42\n";
  CString none;
  CHECK(qbank_dedup_jsonl(broken.data(), broken.size(), &none.ptr, &none.size) == QBANK_DATA_ERROR);
  CHECK(std::string(qbank_last_error()).find(":2") != std::string::npos);
  CHECK(none.ptr == nullptr);
}

TEST_CASE("c api: filter by language and pattern", "[c_api]") {
  std::string bank = normalize_md(kList);
  qbank_filter* filter = nullptr;
  REQUIRE(qbank_filter_new(" ru ,", nullptr, nullptr, 0, &filter) == QBANK_OK);
  CString ru;
  REQUIRE(qbank_filter_jsonl(filter, bank.data(), bank.size(), &ru.ptr, &ru.size) == QBANK_OK);
  qbank_filter_free(filter);
  CHECK(lines_of(ru.str()).size() == 2);

  REQUIRE(qbank_filter_new(nullptr, "decorator", nullptr, QBANK_FILTER_FOLD | QBANK_FILTER_INVERT, &filter) ==
          QBANK_OK);
  CString rest;
  REQUIRE(qbank_filter_jsonl(filter, bank.data(), bank.size(), &rest.ptr, &rest.size) == QBANK_OK);
  qbank_filter_free(filter);
  CHECK(lines_of(rest.str()).size() == 3);
  CHECK(rest.str().find("decorator") == std::string::npos);

  filter = reinterpret_cast<qbank_filter*>(&bank);
  CHECK(qbank_filter_new(nullptr, "(unclosed", nullptr, 0, &filter) == QBANK_INVALID_ARGUMENT);
  CHECK(filter == nullptr);
  CHECK(std::string(qbank_last_error()).find("missing )") != std::string::npos);
}

TEST_CASE("c api: tag with default and extra rules", "[c_api]") {
  std::string bank = normalize_md(kList);
  qbank_tagger* tagger = nullptr;
  REQUIRE(qbank_tagger_new(nullptr, &tagger) == QBANK_OK);
  CString tagged;
  REQUIRE(qbank_tag_jsonl(tagger, bank.data(), bank.size(), &tagged.ptr, &tagged.size) == QBANK_OK);
  qbank_tagger_free(tagger);
  CHECK(tagged.str().find("\"tags\":[\"python\"") != std::string::npos);

  REQUIRE(qbank_tagger_new(R"([{"tag": "Deco Rators", "pattern": "decorator"}])", &tagger) == QBANK_OK);
  CString custom;
  REQUIRE(qbank_tag_jsonl(tagger, bank.data(), bank.size(), &custom.ptr, &custom.size) == QBANK_OK);
  qbank_tagger_free(tagger);
  CHECK(custom.str().find("deco_rators") != std::string::npos);

  CHECK(qbank_tagger_new(R"([{"tag": "x", "pattern": "("}])", &tagger) == QBANK_INVALID_ARGUMENT);
  CHECK(tagger == nullptr);
}

TEST_CASE("c api: export to a string and to an apkg file", "[c_api]") {
  std::string bank = normalize_md(kList);
  CString csv;
  REQUIRE(qbank_export_jsonl(bank.data(), bank.size(), "csv", &csv.ptr, &csv.size) == QBANK_OK);
  auto rows = lines_of(csv.str());
  REQUIRE(rows.size() == 6);
  CHECK(rows[0].rfind("id,text,answer,tags", 0) == 0);

  CString none;
  CHECK(qbank_export_jsonl(bank.data(), bank.size(), "apkg", &none.ptr, &none.size) != QBANK_OK);
  CHECK(qbank_export_jsonl(bank.data(), bank.size(), "docx", &none.ptr, &none.size) == QBANK_INVALID_ARGUMENT);
  CHECK(none.ptr == nullptr);

  std::string path = std::string(QBANK_BINARY_DIR) + "/test_c_api.apkg";
  REQUIRE(qbank_export_jsonl_to_file(bank.data(), bank.size(), "apkg", path.c_str()) == QBANK_OK);
  CHECK(qbank_test::slurp(path).substr(0, 2) == "PK");
  CHECK(qbank_export_jsonl_to_file(bank.data(), bank.size(), "csv", "") == QBANK_INVALID_ARGUMENT);
}
