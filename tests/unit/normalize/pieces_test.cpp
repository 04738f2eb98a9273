// Tests for normalize_file_pieces on large JSON arrays, YAML files, HTML pages and XML files: read piece by piece,
// they give the records, rejected lines and errors of the whole-file read.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "qbank/normalize.hpp"
#include "qbank/record_json.hpp"

namespace {

// Writes text to a file under the build directory and returns its path.
std::string write_input(const std::string& name, const std::string& text) {
  std::string path = std::string(QBANK_BINARY_DIR) + "/" + name;
  std::ofstream out(path, std::ios::binary);
  out << text;
  return path;
}

// What a read gave: records as JSON, rejected lines as "line reason", pieces, and the status.
struct Outcome {
  std::vector<std::string> records;
  std::vector<std::string> rejected;
  int pieces = 0;
  qbank::Status status;
};

// Normalizes a file in one go.
Outcome read_whole(const std::string& path) {
  Outcome o;
  auto res = qbank::normalize_file(path, {});
  if (!res.ok()) {
    o.status = res.status();
    return o;
  }
  o.pieces = 1;
  for (const auto& q : res->records) o.records.push_back(qbank::to_json(q));
  for (const auto& r : res->rejected) o.rejected.push_back(std::to_string(r.line) + " " + r.reason);
  return o;
}

// Normalizes a file piece by piece.
Outcome read_pieces(const std::string& path) {
  Outcome o;
  o.status = qbank::normalize_file_pieces(path, {}, [&](qbank::NormalizeResult& res) {
    ++o.pieces;
    for (const auto& q : res.records) o.records.push_back(qbank::to_json(q));
    for (const auto& r : res.rejected) o.rejected.push_back(std::to_string(r.line) + " " + r.reason);
    return qbank::Status::Ok();
  });
  return o;
}

// A JSON array of n question objects over several lines each, with a non-question element now and then.
std::string json_array(std::size_t n) {
  std::string out = "[\n";
  for (std::size_t i = 0; i < n; ++i) {
    if (i) out += ",\n";
    if (i % 97 == 5) {
      out += "  {\"id\": " + std::to_string(i) + ", \"note\": \"no question here\"}";
      continue;
    }
    out += "  {\n    \"id\": " + std::to_string(i) + ",\n    \"question\": \"How does item " + std::to_string(i) +
           " handle \\\"quoted\\\" text, commas, and ] brackets?\",\n    \"answer\": \"Item " +
           std::to_string(i) + " escapes them.\",\n    \"tags\": [\"json\", \"item\"]\n  }";
  }
  return out + "\n]\n";
}

// An HTML page of n sections, each a heading with a question paragraph and a list answer, with scripts and
// comments that hold tags.
std::string html_page(std::size_t n) {
  std::string out = "<!DOCTYPE html>\n<html><head><title>FAQ</title><style>h2 { color: red }</style></head>\n<body>\n";
  for (std::size_t i = 0; i < n; ++i) {
    std::string k = std::to_string(i);
    out += "<h2>Section " + k + "</h2>\n<p>What does setting " + k + " change?</p>\n<ul><li>It changes the " + k +
           "th value.</li><li>Nothing else.</li></ul>\n<script>var s = \"<h2>not a heading</h2>\";</script>\n"
           "<!-- <div> an old note --> <table><tr><td>Why is row " + k + " here?</td></tr></table>\n";
  }
  return out + "</body></html>\n";
}

// A YAML quiz of n questions under language and level keys, with a comment now and then.
std::string yaml_quiz(std::size_t n) {
  std::string out = "title: Quiz\nquizz:\n";
  const char* langs[] = {"fr", "en", "de"};
  for (std::size_t i = 0; i < n; ++i) {
    std::string k = std::to_string(i);
    if (i % (n / 3) == 0) out += std::string("  ") + langs[std::min<std::size_t>(2, i / (n / 3))] + ":\n";
    if (i % (n / 12) == 0) out += "  - level" + std::to_string(i / (n / 12)) + ":\n";
    if (i % 101 == 7) out += "    # note " + k + "\n";
    out += "    - id: " + k + "\n      question: How does item " + k + " work?\n      propositions:\n      - one " + k +
           "\n      - two\n      answer: one " + k + "\n      anecdote: Told " + k + " times.\n";
  }
  return out;
}

}  // namespace

TEST_CASE("pieces: a large YAML file gives the records and rejected lines of the whole-file read") {
  std::string path = write_input("pieces_quiz.yaml", yaml_quiz(60000));
  Outcome whole = read_whole(path), pieces = read_pieces(path);
  std::remove(path.c_str());
  REQUIRE(whole.status.ok());
  REQUIRE(pieces.status.ok());
  CHECK(pieces.pieces > 1);
  CHECK(whole.records.size() == 60000);
  CHECK(pieces.rejected == whole.rejected);
  REQUIRE(pieces.records.size() == whole.records.size());
  for (std::size_t i = 0; i < whole.records.size(); ++i) REQUIRE(pieces.records[i] == whole.records[i]);
}

TEST_CASE("pieces: an error late in a large YAML file names the line of the file") {
  std::string text = yaml_quiz(60000);
  std::size_t at = text.rfind("      answer: one 59000\n");
  REQUIRE(at != std::string::npos);
  text.insert(at, "  ");  // Indented deeper than its siblings.
  std::string path = write_input("pieces_bad.yaml", text);
  Outcome whole = read_whole(path), pieces = read_pieces(path);
  std::remove(path.c_str());
  REQUIRE_FALSE(whole.status.ok());
  REQUIRE_FALSE(pieces.status.ok());
  CHECK(pieces.status.message() == whole.status.message());
  // The error names the line before: the plain scalar the deeper line would continue into a key.
  auto line = std::count(text.begin(), text.begin() + static_cast<long>(at), '\n');
  CHECK_THAT(whole.status.message(), Catch::Contains(":" + std::to_string(line) + ": invalid YAML"));
}

TEST_CASE("pieces: a large JSON array gives the records and rejected lines of the whole-file read") {
  std::string path = write_input("pieces_array.json", json_array(40000));
  Outcome whole = read_whole(path), pieces = read_pieces(path);
  std::remove(path.c_str());
  REQUIRE(whole.status.ok());
  REQUIRE(pieces.status.ok());
  CHECK(pieces.pieces > 1);
  CHECK(whole.records.size() > 39000);
  CHECK(pieces.rejected == whole.rejected);
  REQUIRE(pieces.records.size() == whole.records.size());
  for (std::size_t i = 0; i < whole.records.size(); ++i) REQUIRE(pieces.records[i] == whole.records[i]);
}

TEST_CASE("pieces: an error late in a large JSON array names the line of the file") {
  std::string text = json_array(40000);
  std::size_t at = text.rfind("\"answer\": \"Item 39000 ");
  REQUIRE(at != std::string::npos);
  text.erase(at + 8, 1);  // The colon after the key.
  std::string path = write_input("pieces_bad.json", text);
  Outcome whole = read_whole(path), pieces = read_pieces(path);
  std::remove(path.c_str());
  REQUIRE_FALSE(whole.status.ok());
  REQUIRE_FALSE(pieces.status.ok());
  CHECK(pieces.status.message() == whole.status.message());
  CHECK(whole.status.message().find(":" + std::to_string(1 + std::count(text.begin(), text.begin() + static_cast<long>(at), '\n')) + ":") !=
        std::string::npos);
}

TEST_CASE("pieces: a large HTML page gives the records and rejected lines of the whole-page read") {
  std::string path = write_input("pieces_page.html", html_page(30000));
  Outcome whole = read_whole(path), pieces = read_pieces(path);
  std::remove(path.c_str());
  REQUIRE(whole.status.ok());
  REQUIRE(pieces.status.ok());
  CHECK(pieces.pieces > 1);
  CHECK(whole.records.size() >= 30000);
  CHECK(pieces.rejected == whole.rejected);
  REQUIRE(pieces.records.size() == whole.records.size());
  for (std::size_t i = 0; i < whole.records.size(); ++i) REQUIRE(pieces.records[i] == whole.records[i]);
}

TEST_CASE("pieces: an HTML page inside one wrapper that is never closed is read in one piece") {
  std::string page = html_page(30000);
  page.insert(page.find("<body>") + 6, "<div class=\"page\">");
  std::string path = write_input("pieces_wrapped.html", page);
  Outcome pieces = read_pieces(path);
  std::remove(path.c_str());
  REQUIRE(pieces.status.ok());
  CHECK(pieces.pieces == 1);
}

namespace {

// An XML data file of n German questions in labelled groups of 50, with a comment and an unused element now and then.
std::string xml_groups(std::size_t n) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<wissen>\n  <titel>Sammlung</titel>\n";
  for (std::size_t i = 0; i < n; ++i) {
    std::string k = std::to_string(i);
    if (i % 50 == 0)
      out += std::string(i ? "  </gruppe>\n" : "") + "  <gruppe name=\"Gruppe " + std::to_string(i / 50) + "\">\n";
    if (i % 89 == 3) out += "    <!-- Hinweis " + k + " -->\n    <stand>2024</stand>\n";
    out += "    <eintrag nr=\"" + k + "\">\n      <frage>Wie funktioniert Baustein " + k +
           "?</frage>\n      <antwort><absatz>Er liest Daten.</absatz>\n"
           "      <absatz>Dann schreibt er sie.</absatz></antwort>\n    </eintrag>\n";
  }
  return out + "  </gruppe>\n</wissen>\n";
}

// A Moodle quiz of n Spanish multiple-choice questions under a category every 500.
std::string moodle_quiz(std::size_t n) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n";
  for (std::size_t i = 0; i < n; ++i) {
    std::string k = std::to_string(i);
    if (i % 500 == 0)
      out += "  <question type=\"category\">\n    <category><text>$course$/Ciencias/Bloque " + std::to_string(i / 500) +
             "</text></category>\n  </question>\n";
    out += "  <question type=\"multichoice\">\n    <name><text>P" + k +
           "</text></name>\n    <questiontext format=\"html\"><text><![CDATA[<p>¿Cuál es el elemento " + k +
           "?</p>]]></text></questiontext>\n    <answer fraction=\"100\"><text>Oxígeno " + k +
           "</text></answer>\n    <answer fraction=\"0\"><text>Hierro</text></answer>\n  </question>\n";
  }
  return out + "</quiz>\n";
}

// Checks that a file read piece by piece gives the records and rejected lines of the whole-file read.
void check_pieces_like_whole(const std::string& name, const std::string& text, std::size_t records) {
  std::string path = write_input(name, text);
  Outcome whole = read_whole(path), pieces = read_pieces(path);
  std::remove(path.c_str());
  REQUIRE(whole.status.ok());
  REQUIRE(pieces.status.ok());
  CHECK(pieces.pieces > 1);
  CHECK(whole.records.size() == records);
  CHECK(pieces.rejected == whole.rejected);
  REQUIRE(pieces.records.size() == whole.records.size());
  for (std::size_t i = 0; i < whole.records.size(); ++i) REQUIRE(pieces.records[i] == whole.records[i]);
}

}  // namespace

TEST_CASE("pieces: a large XML data file and a large Moodle quiz give the records and rejected lines read whole") {
  check_pieces_like_whole("pieces_wissen.xml", xml_groups(30000), 30000);
  check_pieces_like_whole("pieces_quiz.xml", moodle_quiz(30000), 30000);
}

TEST_CASE("pieces: malformed XML late in a large file names the line of the file") {
  std::string text = xml_groups(30000);
  std::size_t at = text.rfind("<frage>");
  text.insert(at, "<frage>");  // Never closed.
  std::string path = write_input("pieces_bad.xml", text);
  Outcome whole = read_whole(path), pieces = read_pieces(path);
  std::remove(path.c_str());
  REQUIRE_FALSE(whole.status.ok());
  CHECK(pieces.status.message() == whole.status.message());
  CHECK_THAT(whole.status.message(), Catch::Contains(": invalid XML"));
}
