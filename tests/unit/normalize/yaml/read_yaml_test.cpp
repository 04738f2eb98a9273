// Tests for the YAML reader: topics from nested keys and labels, key names in several languages, errors with
// their line, and the streamed read (restarts at item boundaries) giving what the whole read gives.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "normalize/reader.hpp"
#include "normalize_expect.hpp"

using qbank::InputFormat;
using qbank_test::check_records;
using qbank_test::reason_of;
using qbank_test::run_format;

namespace {

// What a read gave: items as "line|topic|lang|text|answer|choices", rejected lines as "line reason text".
struct Read {
  std::vector<std::string> items;
  std::vector<std::string> rejected;
  qbank::Status status;
  int batches = 0;
};

// Reads text through read_yaml_stream, handed over in blocks of `block` bytes, restarting every piece_bytes
// (0: never), with mappings streamed on after section_bytes.
Read read_stream(const std::string& text, std::size_t piece_bytes, std::size_t section_bytes, std::size_t block) {
  Read r;
  std::size_t given = 0;
  qbank::internal::InputFeed feed = [&](std::string& buf, bool& eof) {
    std::size_t n = std::min(block, text.size() - given);
    buf.append(text, given, n);
    given += n;
    eof = given == text.size();
    return qbank::Status::Ok();
  };
  qbank::NormalizeOptions o;
  o.file = "in.yaml";
  r.status = qbank::internal::read_yaml_stream(
      feed, o, piece_bytes,
      [&](qbank::internal::ReaderOutput& b) {
        ++r.batches;
        for (const auto& it : b.items) {
          std::string choices;
          for (const auto& c : it.choices) choices += c + ";";
          r.items.push_back(std::to_string(it.line) + "|" + it.topic.value_or("-") + "|" + it.lang_hint + "|" +
                            std::string(std::string_view(it.text)) + "|" + it.answer.value_or("-") + "|" + choices +
                            "|" + it.raw);
        }
        for (const auto& x : b.rejected)
          r.rejected.push_back(std::to_string(x.line) + " " + x.reason + " " + x.text);
        return qbank::Status::Ok();
      },
      section_bytes);
  return r;
}

// A YAML stream with the shapes the reader meets: language and level keys, labelled sections, flow and block
// collections, block scalars, comments, questions whose choices come before the question, and a second
// document; each level holds `items` questions.
std::string sample_yaml(int items, const char* eol) {
  std::string out;
  auto line = [&](const std::string& l) { out += l + eol; };
  line("title: Sample quiz");
  line("quizz:");
  for (const char* lang : {"fr", "en"}) {
    line(std::string("  ") + lang + ":");
    for (const char* level : {"easy", "hard"}) {
      line(std::string("  - ") + level + ":");
      for (int i = 0; i < items; ++i) {
        std::string k = std::to_string(i);
        if (i % 7 == 3) {
          line("    - {question: Flow question " + k + "?, answer: flow " + k + "}");
          continue;
        }
        if (i % 11 == 5) line("    # a comment between questions");
        line("    - id: " + k);
        if (i % 5 == 2) {
          line("      choices: [one, two, 'three " + k + "']");
          line("      question: Which comes after " + k + "?");
        } else {
          line("      question: What does item " + k + " in " + level + " do?");
          line("      propositions:");
          line("      - first " + k);
          line("      - second " + k);
        }
        line(i % 4 == 1 ? "      answer: |" : "      answer: plain " + k);
        if (i % 4 == 1) line("        block answer " + k), line("        on two lines"), line("");
        line("      anecdote: Long text that is not read " + k);
      }
    }
  }
  line("sections:");
  line("- name: Networking");
  line("  items:");
  for (int i = 0; i < items; ++i) line("  - frage: Was ist Port " + std::to_string(i) + "?"), line("    antwort: Eine Zahl");
  line("- items:");
  for (int i = 0; i < items; ++i) line("  - вопрос: Что такое " + std::to_string(i) + "?"), line("    ответ: Число");
  line("  title: Late label");
  line("---");
  line("- - pregunta: ¿Anidada?");
  line("    respuesta: Sí");
  line("- plain string");
  return out;
}

}  // namespace

TEST_CASE("yaml: nested categories give the topic, a language key the language hint") {
  std::string yaml =
      "catalogue:\n"
      "  networking:\n"
      "    protocols:\n"
      "      - question: What does TCP guarantee?\n"
      "        answer: Ordered delivery\n"
      "  de:\n"
      "    grundlagen:\n"
      "      - frage: Was ist ein Prozess?\n"
      "        antwort: Ein laufendes Programm\n"
      "  categories:\n"
      "    - name: Storage\n"
      "      questions:\n"
      "        - question: What is RAID 1?\n"
      "          answer: Mirroring\n";
  auto r = run_format(yaml, InputFormat::kYaml);
  REQUIRE(r.ok());
  check_records(*r, {
      {4, "What does TCP guarantee?", "protocols", "Ordered delivery"},
      {8, "Was ist ein Prozess?", "grundlagen", "Ein laufendes Programm"},
      {13, "What is RAID 1?", "Storage", "Mirroring"},
  });
  CHECK(r->records[1].lang == "de");
  CHECK(reason_of(*r, 1) == "heading");
  CHECK(reason_of(*r, 11) == "metadata");
}

TEST_CASE("yaml: a sequence of plain strings holds no question; as choices it gives the options") {
  std::string yaml =
      "glossary:\n"
      "  - What is a kernel?\n"
      "  - What is a shell?\n"
      "shells:\n"
      "  - question: Which is a shell?\n"
      "    choices:\n"
      "      - bash\n"
      "      - ext4\n"
      "    answer: bash\n";
  auto r = run_format(yaml, InputFormat::kYaml);
  REQUIRE(r.ok());
  check_records(*r, {{5, "Which is a shell?", "shells", "bash"}});
  CHECK(r->records[0].choices == std::vector<std::string>{"bash", "ext4"});
  CHECK(reason_of(*r, 2) == "metadata");
  CHECK(reason_of(*r, 3) == "metadata");
  CHECK(reason_of(*r, 7).empty());
}

TEST_CASE("yaml: question and answer keys in several languages") {
  std::string yaml =
      "- question: What is DNS?\n"
      "  answer: Name resolution\n"
      "- frage: Was ist DNS?\n"
      "  antwort: Namensauflösung\n"
      "- вопрос: Что такое DNS?\n"
      "  ответ: Система доменных имён\n"
      "- pregunta: ¿Qué es DNS?\n"
      "  respuesta: Resolución de nombres\n"
      "- domanda: Che cos'è il DNS?\n"
      "  risposta: Risoluzione dei nomi\n"
      "- question: Qu'est-ce que le DNS ?\n"
      "  réponse: La résolution de noms\n";
  auto r = run_format(yaml, InputFormat::kYaml);
  REQUIRE(r.ok());
  check_records(*r, {
      {1, "What is DNS?", std::nullopt, "Name resolution"},
      {3, "Was ist DNS?", std::nullopt, "Namensauflösung"},
      {5, "Что такое DNS?", std::nullopt, "Система доменных имён"},
      {7, "¿Qué es DNS?", std::nullopt, "Resolución de nombres"},
      {9, "Che cos'è il DNS?", std::nullopt, "Risoluzione dei nomi"},
      {11, "Qu'est-ce que le DNS ?", std::nullopt, "La résolution de noms"},
  });
  CHECK(r->rejected.empty());
}

TEST_CASE("yaml: a syntax error names its line; a duplicate key names the second key's line") {
  auto bad = run_format("- question: A?\n  answer: a\n- question: B?\n  answer: [b\n- question: C?\n",
                        InputFormat::kYaml, {}, "bad.yaml");
  REQUIRE_FALSE(bad.ok());
  CHECK_THAT(bad.status().message(), Catch::StartsWith("bad.yaml:"));
  CHECK_THAT(bad.status().message(), Catch::Contains("invalid YAML"));
  auto dup = run_format("- question: A?\n  answer: a\n  question: again?\n", InputFormat::kYaml, {}, "dup.yaml");
  REQUIRE_FALSE(dup.ok());
  CHECK(dup.status().message() == "dup.yaml:3: invalid YAML: duplicate key");
  auto indent = run_format("items:\n  - question: A?\n    answer: a\n   - question: B?\n", InputFormat::kYaml, {},
                           "indent.yaml");
  REQUIRE_FALSE(indent.ok());
  CHECK_THAT(indent.status().message(), Catch::StartsWith("indent.yaml:4: invalid YAML"));
}

TEST_CASE("yaml: a flow list left open names the line it opens on") {
  auto r = run_format("items:\n  - question: A?\n    tags: [x, y\n  - question: B?\n  - question: C?\n",
                      InputFormat::kYaml, {}, "open.yaml");
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message() ==
        "open.yaml:5: invalid YAML: missing comma in flow sequence (the flow collection opened on line 3 is not closed)");
  auto last = run_format("items:\n  - question: A?\n    tags: [x, y\n", InputFormat::kYaml, {}, "last.yaml");
  REQUIRE_FALSE(last.ok());
  CHECK(last.status().message() == "last.yaml:3: invalid YAML: flow sequence without a closing bracket");
}

TEST_CASE("yaml: anchors and aliases read as scalars holding the anchor's name") {
  auto r = run_format("defaults: &d\n  answer: shared\nbasics:\n- question: Aliased?\n  answer: *d\n",
                      InputFormat::kYaml);
  REQUIRE(r.ok());
  check_records(*r, {{4, "Aliased?", "basics", "d"}});
}

TEST_CASE("yaml: the streamed read restarts at item boundaries and gives what the whole read gives") {
  for (const char* eol : {"\n", "\r\n"}) {
    std::string text = sample_yaml(40, eol);
    for (std::size_t section : {std::size_t{0}, std::size_t{200}, std::size_t{3000}}) {
      Read whole = read_stream(text, 0, section, 1u << 20);
      REQUIRE(whole.status.ok());
      CHECK(whole.batches == 1);
      CHECK(whole.items.size() > 200);
      for (std::size_t piece : {std::size_t{1}, std::size_t{500}, std::size_t{4000}}) {
        INFO("eol " << (eol[0] == '\r' ? "CRLF" : "LF") << ", section " << section << ", piece " << piece);
        Read streamed = read_stream(text, piece, section, 777);
        REQUIRE(streamed.status.ok());
        if (section > 0) CHECK(streamed.batches > 1);
        CHECK(streamed.items == whole.items);
        CHECK(streamed.rejected == whole.rejected);
      }
    }
  }
}

TEST_CASE("yaml: a mapping that is no question past the section limit takes the labels seen so far") {
  std::string text = sample_yaml(40, "\n");
  Read exact = read_stream(text, 0, 0, 1u << 20);
  Read streamed = read_stream(text, 0, 200, 1u << 20);
  auto topic_of = [](const Read& r, const std::string& question) {
    for (const auto& it : r.items)
      if (it.find("|" + question + "|") != std::string::npos) return it.substr(0, it.find('|', it.find('|') + 1));
    return std::string();
  };
  // The label after the questions names their topic when the section is held whole; once it streams, the
  // topic comes from the enclosing label ("title: Sample quiz").
  CHECK_THAT(topic_of(exact, "Что такое 3?"), Catch::EndsWith("|Late label"));
  CHECK_THAT(topic_of(streamed, "Что такое 3?"), Catch::EndsWith("|Sample quiz"));
  CHECK_THAT(topic_of(streamed, "Was ist Port 3?"), Catch::EndsWith("|Networking"));
}

TEST_CASE("yaml: an error after a restart names the line of the input") {
  std::string text = sample_yaml(40, "\n");
  std::size_t at = text.find("Which comes after 37?");
  REQUIRE(at != std::string::npos);
  text.insert(at, "[");
  auto line = 1 + std::count(text.begin(), text.begin() + static_cast<long>(at), '\n');
  Read whole = read_stream(text, 0, 200, 1u << 20), streamed = read_stream(text, 300, 200, 777);
  REQUIRE_FALSE(whole.status.ok());
  CHECK(streamed.status.message() == whole.status.message());
  const std::string& m = whole.status.message();
  REQUIRE(m.rfind("in.yaml:", 0) == 0);
  long named = std::stol(m.substr(8));
  CHECK(named >= line);
  CHECK(named <= line + 2);
}

TEST_CASE("yaml: an answer that names a choice by position or letter becomes that choice") {
  auto r = run_format(
      "questions:\n"
      "  - q: Which command lists running containers?\n    options: [docker ps, docker ls, docker images]\n"
      "    correct: 0\n"
      "  - q: Which file builds an image?\n    options: [compose.yaml, Dockerfile]\n    answer: B\n"
      "  - q: How many layers does FROM add?\n    options: ['0', '1']\n    answer: '1'\n",
      InputFormat::kYaml);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 3);
  CHECK(r->records[0].answer == std::optional<std::string>("docker ps"));
  CHECK(r->records[1].answer == std::optional<std::string>("Dockerfile"));
  CHECK(r->records[2].answer == std::optional<std::string>("1"));  // a choice's own text
}
