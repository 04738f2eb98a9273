// Tests for normalize_file_pieces on large JSON arrays, JSON Lines, YAML, CSV, GIFT, Aiken quiz files, HTML pages
// and XML files: read piece by piece, they give the records, rejected lines and errors of the whole-file read.
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

// A semicolon-separated table of n rows under a header, with quoted answers that hold separators, doubled
// quotes and line breaks, a blank line now and then and a row without a question.
std::string csv_table(std::size_t n) {
  std::string out = "Frage;Antwort;Thema\n";
  for (std::size_t i = 0; i < n; ++i) {
    std::string k = std::to_string(i);
    if (i % 89 == 3) out += "\n";
    if (i % 211 == 9) {
      out += ";nur eine Antwort " + k + ";Leer\n";
      continue;
    }
    out += "Wie funktioniert Schritt " + k + " im Ablauf?;\"Er liest \"\"Zeile " + k + "\"\"; dann\nschreibt er;\nfertig.\";Abschnitt " +
           std::to_string(i / 1000) + "\n";
  }
  return out;
}

// JSON Lines of n question objects, with a line that is no question now and then.
std::string json_lines(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    std::string k = std::to_string(i);
    if (i % 97 == 5) out += "{\"id\": " + k + ", \"uwaga\": \"bez pytania\"}\n";
    else out += "{\"pytanie\": \"Jak działa krok " + k + "?\", \"odpowiedź\": \"Krok " + k + " czyta dane.\"}\n";
  }
  return out;
}

// A GIFT file of n questions under a few categories, with a comment now and then.
std::string gift_quiz(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    std::string k = std::to_string(i);
    if (i % (n / 3) == 0) out += "$CATEGORY: $course$/Osa " + std::to_string(i / (n / 3)) + "\n\n";
    if (i % 101 == 7) out += "// huomautus " + k + "\n";
    out += "::Q" + k + ":: Mikä on vaihe " + k + "? {=ensimmäinen " + k + " ~toinen ~kolmas}\n\n";
  }
  return out;
}

// An Aiken quiz of n questions, each with three options and an answer line.
std::string aiken_quiz(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    std::string k = std::to_string(i);
    out += "Quelle est l'étape " + k + " ?\nA. la première " + k + "\nB. la deuxième\nC. la troisième\nANSWER: A\n\n";
  }
  return out;
}

// An XML data file of n German questions in labelled groups of 50, with a comment and an unused element now and
// then.
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

// A JSON object of named sections, each a list of n question objects, under a title and before a closing
// scalar; one_line writes it without line breaks.
std::string json_sections(std::size_t n, bool one_line) {
  const char* nl = one_line ? "" : "\n";
  std::string out = std::string("{") + nl + "\"title\": \"Vragen\", \"versie\": 3," + nl + "\"delen\": [" + nl;
  for (int part = 0; part < 3; ++part) {
    if (part) out += std::string(",") + nl;
    out += "{\"naam\": \"Deel " + std::to_string(part) + "\", \"vragen\": [" + nl;
    for (std::size_t i = 0; i < n; ++i) {
      std::string k = std::to_string(i);
      if (i) out += std::string(",") + nl;
      out += "  {\"vraag\": \"Wat doet stap " + k + " met [haakjes] en {accolades}?\", \"antwoord\": \"Stap " + k +
             " leest.\", \"labels\": [\"a\", \"b\"]}";
    }
    out += std::string("]}") + nl;
  }
  return out + "], \"aantal\": " + std::to_string(3 * n) + "}" + nl;
}

// Checks that a file read piece by piece gives what the whole-file read gives, in more than one piece.
void check_same_as_whole(const std::string& name, const std::string& text, std::size_t min_records) {
  std::string path = write_input(name, text);
  Outcome whole = read_whole(path), pieces = read_pieces(path);
  std::remove(path.c_str());
  REQUIRE(whole.status.ok());
  REQUIRE(pieces.status.ok());
  CHECK(pieces.pieces > 1);
  CHECK(whole.records.size() >= min_records);
  CHECK(pieces.rejected == whole.rejected);
  REQUIRE(pieces.records.size() == whole.records.size());
  for (std::size_t i = 0; i < whole.records.size(); ++i) REQUIRE(pieces.records[i] == whole.records[i]);
}

// Reads a file that holds an error whole and piece by piece; requires both to fail with one message, returned.
std::string same_error(const std::string& name, const std::string& text) {
  std::string path = write_input(name, text);
  Outcome whole = read_whole(path), pieces = read_pieces(path);
  std::remove(path.c_str());
  REQUIRE_FALSE(whole.status.ok());
  REQUIRE_FALSE(pieces.status.ok());
  CHECK(pieces.status.message() == whole.status.message());
  return whole.status.message();
}

// Drops the colon `colon` bytes into the last occurrence of needle in a JSON text; requires the whole and the
// piece-by-piece read to fail with one message naming the line of needle.
void check_missing_colon(const std::string& name, std::string text, const std::string& needle, std::size_t colon) {
  std::size_t at = text.rfind(needle);
  REQUIRE(at != std::string::npos);
  REQUIRE(text[at + colon] == ':');
  text.erase(at + colon, 1);
  std::string message = same_error(name, text);
  auto line = 1 + std::count(text.begin(), text.begin() + static_cast<long>(at), '\n');
  CHECK_THAT(message, Catch::Contains(":" + std::to_string(line) + ": invalid JSON"));
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
  std::string message = same_error("pieces_bad.yaml", text);
  // The error names the line before: the plain scalar the deeper line would continue into a key.
  auto line = std::count(text.begin(), text.begin() + static_cast<long>(at), '\n');
  CHECK_THAT(message, Catch::Contains(":" + std::to_string(line) + ": invalid YAML"));
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
  std::string message = same_error("pieces_bad.json", text);
  CHECK(message.find(":" + std::to_string(1 + std::count(text.begin(), text.begin() + static_cast<long>(at), '\n')) + ":") !=
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

TEST_CASE("pieces: a large CSV file gives the records and rejected lines of the whole-file read") {
  std::string text = csv_table(60000);
  check_same_as_whole("pieces_table.csv", text, 59000);
  // The header decided in the first piece still names the columns of the last rows.
  std::string path = write_input("pieces_table_last.csv", text);
  std::string last;
  REQUIRE(qbank::normalize_file_pieces(path, {}, [&](qbank::NormalizeResult& res) {
            if (!res.records.empty()) last = res.records.back().topic.value_or("") + "|" + res.records.back().answer.value_or("");
            return qbank::Status::Ok();
          }).ok());
  std::remove(path.c_str());
  CHECK(last == "Abschnitt 59|Er liest \"Zeile 59999\"; dann\nschreibt er;\nfertig.");
}

TEST_CASE("pieces: an unterminated quote late in a large CSV file names its line in the file") {
  std::string text = csv_table(60000);
  auto line = 1 + std::count(text.begin(), text.end(), '\n');
  text += "Wie endet die Tabelle?;\"Nie\nweil das Zitat offen bleibt;Ende\n";
  std::string message = same_error("pieces_bad.csv", text);
  CHECK_THAT(message, Catch::Contains(":" + std::to_string(line) + ": unterminated quoted field"));
}

TEST_CASE("pieces: a large JSON Lines file gives the records and rejected lines of the whole-file read") {
  check_same_as_whole("pieces_lines.jsonl", json_lines(90000), 88000);
}

TEST_CASE("pieces: an invalid line late in a large JSON Lines file names its line in the file") {
  check_missing_colon("pieces_bad.jsonl", json_lines(90000), "{\"pytanie\": \"Jak działa krok 89000?", 10);
}

TEST_CASE("pieces: a large GIFT file keeps its category across pieces") {
  std::string text = gift_quiz(90000);
  check_same_as_whole("pieces_quiz.gift", text, 90000);
  std::string path = write_input("pieces_topics.gift", text);
  std::vector<std::string> topics;
  REQUIRE(qbank::normalize_file_pieces(path, {}, [&](qbank::NormalizeResult& res) {
            if (!res.records.empty()) topics.push_back(res.records.back().topic.value_or(""));
            return qbank::Status::Ok();
          }).ok());
  std::remove(path.c_str());
  REQUIRE(topics.size() > 3);
  CHECK(topics.back() == "Osa 2");
}

TEST_CASE("pieces: a large Aiken quiz gives the records and rejected lines of the whole-file read") {
  check_same_as_whole("pieces_aiken.txt", aiken_quiz(90000), 90000);
}

TEST_CASE("pieces: a large XML data file and a large Moodle quiz give the records and rejected lines read whole") {
  check_same_as_whole("pieces_wissen.xml", xml_groups(30000), 30000);
  check_same_as_whole("pieces_quiz.xml", moodle_quiz(30000), 30000);
}

TEST_CASE("pieces: malformed XML late in a large file names its line in the file") {
  std::string text = xml_groups(30000);
  std::size_t at = text.rfind("<frage>");
  text.insert(at, "<frage>");  // Never closed.
  std::string message = same_error("pieces_bad.xml", text);
  CHECK_THAT(message, Catch::Contains(": invalid XML"));
}

TEST_CASE("pieces: a large JSON object of sections gives the records and rejected lines of the whole-file read") {
  check_same_as_whole("pieces_sections.json", json_sections(25000, false), 75000);
  check_same_as_whole("pieces_sections_line.json", json_sections(25000, true), 75000);
}

TEST_CASE("pieces: an error late in a large JSON object names its line in the file") {
  check_missing_colon("pieces_bad_sections.json", json_sections(25000, false), "{\"vraag\": \"Wat doet stap 24000 ", 8);
}

TEST_CASE("pieces: a large notebook is read whole, its cells one Markdown document") {
  std::string nb = "{\n \"cells\": [\n";
  for (int i = 0; i < 40000; ++i) {
    if (i) nb += ",\n";
    std::string head = i % 5000 == 0 ? "## Osa " + std::to_string(i / 5000) + "\\n" : "";
    nb += "  {\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": [\"" + head + std::to_string(i % 5000 + 1) +
          ". Mitä vaihe " + std::to_string(i) + " tulostaa?\\n\"]}";
  }
  nb += "\n ],\n \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n";
  std::string path = write_input("pieces_notebook.ipynb", nb);
  Outcome whole = read_whole(path), pieces = read_pieces(path);
  std::remove(path.c_str());
  REQUIRE(whole.status.ok());
  REQUIRE(pieces.status.ok());
  CHECK(pieces.pieces == 1);
  CHECK(pieces.records == whole.records);
  REQUIRE(whole.records.size() == 40000);
  CHECK_THAT(whole.records.back(), Catch::Contains("\"topic\":\"Osa 7\""));
}
