// Tests for reading whatever is piped in: format detection by content, delimited tables with or without a
// header row, option and extension columns, and the notes that say what was assumed.
#include <catch2/catch.hpp>

#include <string>

#include "qbank/normalize.hpp"

namespace {

using qbank::InputFormat;

// Detects the format of text read from stdin.
InputFormat sniff(const std::string& text) { return qbank::detect_input_format("-", text); }

// Normalizes text as if piped in, with optional --column pairs.
qbank::NormalizeResult run(const std::string& text, std::map<std::string, std::string> columns = {}) {
  qbank::NormalizeOptions o;
  o.columns = std::move(columns);
  auto r = qbank::normalize(text, o);
  REQUIRE(r.ok());
  return std::move(*r);
}

// A ';' table without a header row: id, language, question, answer, three wrong options, level, comment, link.
const std::string kNoHeader =
    "1;fr;Quelle est la capitale de la France ?;Paris;Lyon;Marseille;Nice;1;La plus grande ville du pays, de "
    "loin;https://example.org/1\n"
    "2;fr;Quel est le plus long fleuve de France ?;La Loire;La Seine;Le Rhône;La Garonne;2;Plus de mille "
    "kilomètres de long;https://example.org/2\n"
    "3;fr;Combien de régions compte la France métropolitaine ?;Treize;Douze;Vingt-deux;Dix-huit;3;Depuis "
    "2016, treize régions;https://example.org/3\n";

}  // namespace

TEST_CASE("sniff: delimited tables with every separator, with or without a header row") {
  CHECK(sniff("question,answer\nWhat is X?,X is Y\n") == InputFormat::kCsv);
  CHECK(sniff(kNoHeader) == InputFormat::kCsv);
  CHECK(sniff("Frage\tAntwort\nWas ist X?\tY\nWas ist Z?\tW\n") == InputFormat::kTsv);
  CHECK(sniff("q|a|level\nWhat is X?|Y|1\nWhat is Z?|W|2\nWhat is V?|U|3\n") == InputFormat::kCsv);
  // Quoted fields that span lines keep the table whole.
  std::string quoted = "question,answer\n\"What does this print?\nprint(1)\",\"It prints\n1\"\n\"Why?\",\"Because\"\n"
                       "\"How, exactly?\",\"Like this, \"\"quoted\"\"\"\n";
  REQUIRE(sniff(quoted) == InputFormat::kCsv);
  auto res = run(quoted);
  REQUIRE(res.records.size() == 3);
  CHECK(res.records[0].answer == "It prints\n1");
  CHECK(res.records[2].text == "How, exactly?");
  CHECK(res.records[2].answer == "Like this, \"quoted\"");
}

TEST_CASE("sniff: prose, lists, YAML, quiz texts and Markdown tables are never read as a table") {
  CHECK(sniff("What is a list, really?\nHow do you sort, and why?\n") == InputFormat::kText);
  std::string numbered;
  for (int i = 1; i <= 12; ++i) numbered += std::to_string(i) + ". What is item " + std::to_string(i) + ", exactly?\n";
  CHECK(sniff(numbered) == InputFormat::kText);
  std::string yaml = "---\nprovider: Quiz DB, free content\ntheme: Web\nquiz:\n  en:\n  - beginner:\n    - id: 1\n"
                     "      question: What do you call a person who uses the web, daily?\n      choices:\n"
                     "      - Browser, web\n      - Surfer, net\n";
  auto y = sniff(yaml);
  CHECK(y != InputFormat::kCsv);
  CHECK(y != InputFormat::kTsv);
  std::string aiken = "What is 2+2, in base 10?\nA. 3, maybe\nB. 4, surely\nC. 5, never\nANSWER: B\n\n"
                      "What is 3+3, in base 10?\nA. 6, surely\nB. 7, maybe\nC. 8, never\nANSWER: A\n";
  CHECK(sniff(aiken) != InputFormat::kCsv);
  std::string hash_q = "#Q Which of these is true, then?\n^ This one, surely.\nA All, of these\nB This one, surely.\n\n"
                       "#Q What is it, then?\n^ No, it is not\nA Yes, it is\nB No, it is not\n";
  CHECK(sniff(hash_q) != InputFormat::kCsv);
  CHECK(sniff("| Question | Answer |\n|---|---|\n| What is X? | Y |\n| What is Z? | W |\n") == InputFormat::kMarkdown);
  // Without the outer pipes the table reads as '|'-separated, its rule row rejected.
  auto rule = run("Question | Answer\n--- | ---\nWhat is X? | Y\nWhat is Z? | W\n");
  REQUIRE(rule.records.size() == 2);
  CHECK(rule.records[0].answer == "Y");
}

TEST_CASE("sniff: JSON, JSONL, HTML, GIFT and Markdown by content; a known extension wins") {
  CHECK(sniff("[{\"q\": \"What?\"}]") == InputFormat::kJson);
  CHECK(sniff("{\"text\": \"a\"}\n{\"text\": \"b\"}\n") == InputFormat::kJsonl);
  CHECK(sniff("<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<html><body></body></html>") == InputFormat::kHtml);
  CHECK(sniff("::Q1:: What is 2+2? {=4 ~3 ~5}\n") == InputFormat::kGift);
  CHECK(sniff("# Python\n\n- What is a list?\n") == InputFormat::kMarkdown);
  CHECK(qbank::detect_input_format("notes.md", "question,answer\nWhat is X?,X is Y\n") == InputFormat::kMarkdown);
  CHECK(qbank::detect_input_format("deck.dat", "question,answer\nWhat is X?,X is Y\n") == InputFormat::kCsv);
}

TEST_CASE("a guessed format is named once, with the delimiter and the header decision") {
  auto res = run(kNoHeader);
  REQUIRE(res.notes.size() == 2);
  CHECK(res.notes[0] == "stdin read as csv (delimiter ';', no header row); use --format to change it");
  CHECK(res.notes[1] == "stdin: columns not used: 1, 8, 9, 10 (--column x_column1=1 keeps the first)");
  qbank::NormalizeOptions named;
  named.file = "deck.csv";
  auto by_extension = qbank::normalize("question,answer\nWhat is X?,Y\n", named);
  REQUIRE(by_extension.ok());
  CHECK(by_extension->notes.empty());
}

TEST_CASE("headerless table: question and answer columns by content, wrong options to choices") {
  auto res = run(kNoHeader);
  REQUIRE(res.records.size() == 3);
  const auto& q = res.records[0];
  CHECK(q.text == "Quelle est la capitale de la France ?");
  CHECK(q.answer == "Paris");
  CHECK(q.choices == std::vector<std::string>{"Paris", "Lyon", "Marseille", "Nice"});
  CHECK(q.lang == "fr");
  CHECK(q.sources.at(0).line == 1);
  // A two-column table without a header: the first column is the question, the second the answer.
  auto two = run("What is TCP?;A protocol\nWhat is UDP?;Another one\nWhat is IP?;The base\n");
  REQUIRE(two.records.size() == 3);
  CHECK(two.records[1].answer == "Another one");
}

TEST_CASE("header names in several languages; wrong-option and category columns") {
  for (const char* header : {"pergunta;resposta", "вопрос;ответ", "питання;відповідь", "问题;答案", "pregunta;respuesta",
                             "Frage;Antwort", "question;answer"}) {
    auto res = run(std::string(header) + "\nWhat is X?;Y\nWhat is Z?;W\n");
    INFO(header);
    REQUIRE(res.records.size() == 2);
    CHECK(res.records[0].text == "What is X?");
    CHECK(res.records[0].answer == "Y");
  }
  auto res = run("question,correct_answer,incorrect_answer_1,incorrect_answer_2,category,difficulty\n"
                 "What is 2+2?,4,3,5,Math,easy\nWhat is the capital of Peru?,Lima,Cusco,Quito,Geography,hard\n");
  REQUIRE(res.records.size() == 2);
  CHECK(res.records[1].answer == "Lima");
  CHECK(res.records[1].choices == std::vector<std::string>{"Lima", "Cusco", "Quito"});
  CHECK(res.records[1].topic == "Geography");
  REQUIRE(res.notes.size() == 2);
  CHECK(res.notes[1] == "stdin: fields not used: difficulty (--column x_difficulty=difficulty keeps it)");
  auto kept = run("question,answer,difficulty\nWhat is X?,Y,easy\n", {{"level", "difficulty"}});
  REQUIRE(kept.records.size() == 1);
  REQUIRE(kept.records[0].extra.size() == 1);
  CHECK(kept.records[0].extra[0] == std::make_pair(std::string("x_level"), std::string("\"easy\"")));
}

TEST_CASE("JSON: response is the answer; unused keys are named once; --column keeps any key") {
  std::string jsonl = "{\"prompt\":\"What is a mutex?\",\"response\":\"A lock.\",\"difficulty\":3}\n"
                      "{\"prompt\":\"What is RAII?\",\"response\":\"Scope-bound.\",\"difficulty\":5}\n";
  auto res = run(jsonl);
  REQUIRE(res.records.size() == 2);
  CHECK(res.records[0].answer == "A lock.");
  REQUIRE(res.notes.size() == 2);
  CHECK(res.notes[1] == "stdin: fields not used: difficulty (--column x_difficulty=difficulty keeps it)");
  auto kept = run(jsonl, {{"difficulty", "difficulty"}});
  REQUIRE(kept.records.size() == 2);
  REQUIRE(kept.records[1].extra.size() == 1);
  CHECK(kept.records[1].extra[0] == std::make_pair(std::string("x_difficulty"), std::string("5")));
  CHECK(kept.notes.size() == 1);
}

TEST_CASE("a header row of unknown names is told from data by content") {
  auto res = run("No;Item;Reply;Level\n1;What is TCP?;A protocol;2\n2;What is UDP?;Another one;3\n"
                 "3;What is IP?;The base;1\n");
  REQUIRE(res.records.size() == 3);
  CHECK(res.records[0].text == "What is TCP?");
  CHECK(res.records[0].answer == "A protocol");
  CHECK(res.notes.at(0) == "stdin read as csv (delimiter ';', header row); use --format to change it");
  // A first question without a question mark is data, not a header.
  auto data = run("Name the capital of France;Paris\nWhat is the capital of Peru?;Lima\n"
                  "What is the capital of Chile?;Santiago\n");
  REQUIRE(data.records.size() == 3);
  CHECK(data.records[0].text == "Name the capital of France");
}

TEST_CASE("option columns named A, B, C, D are the choices, and an answer letter names one of them") {
  auto res = run("Question;A;B;C;D;Answer\nWhat is 2+2?;3;4;5;6;B\nWhat is the capital of Peru?;Lima;Quito;Cusco;La Paz;a\n");
  REQUIRE(res.records.size() == 2);
  CHECK(res.records[0].answer == "4");
  CHECK(res.records[0].choices == std::vector<std::string>{"3", "4", "5", "6"});
  CHECK(res.records[1].answer == "Lima");
  // Without an answer column the options are still choices, and no option is taken for the answer.
  auto no_answer = run("Question;A;B;C\nWhat is 2+2?;3;4;5\nWhat is 3+3?;5;6;7\n");
  REQUIRE(no_answer.records.size() == 2);
  CHECK_FALSE(no_answer.records[0].answer.has_value());
  CHECK(no_answer.records[0].choices == std::vector<std::string>{"3", "4", "5"});
}

TEST_CASE("a page fragment without <html>, also behind a server-side block or a comment, is read as HTML") {
  const std::string jsp_like =
      "<?php include 'top.php'; ?>\n<section>\n  <h3>Wie lange dauert die Lieferung?</h3>\n"
      "  <p>Zwei bis drei Werktage.</p>\n  <h3>Kann ich bar bezahlen?</h3>\n  <p>Nein, nur per Karte.</p>\n</section>\n";
  CHECK(sniff(jsp_like) == InputFormat::kHtml);
  CHECK(sniff("<!-- header -->\n<ul>\n<li>Что такое замыкание?</li>\n<li>Что такое промис?</li>\n</ul>\n") ==
        InputFormat::kHtml);
  qbank::NormalizeOptions o;
  auto r = qbank::normalize(jsp_like, o);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[1].text == "Kann ich bar bezahlen?");
  CHECK(r->records[1].answer.has_value());
  // A tag line with no closed page element, or an XML data element, is not a page.
  CHECK(sniff("<b>note</b>\nWhat is X?\n") != InputFormat::kHtml);
  CHECK(sniff("<questions>\n  <item>What is X?</item>\n</questions>\n") != InputFormat::kHtml);
}

TEST_CASE("a column of recurring short labels is the topic under an unknown header and tags without one") {
  // Finnish header names no reader knows; the level column has fewer distinct labels than the category column.
  auto res = run("Nro;Kysymys;Vastaus;Taso;Aihealue\n"
                 "1;Mikä on Suomen pääkaupunki?;Helsinki;helppo;Maantieto\n"
                 "2;Mikä on Suomen pisin joki?;Kemijoki;vaikea;Maantieto\n"
                 "3;Milloin Suomi itsenäistyi?;1917;helppo;Historia\n"
                 "4;Kuka oli Suomen ensimmäinen presidentti?;K. J. Ståhlberg;vaikea;Historia\n"
                 "5;Mikä on veden kemiallinen kaava?;H2O;helppo;Kemia\n");
  REQUIRE(res.records.size() == 5);
  CHECK(res.records[0].topic == "Maantieto");
  CHECK(res.records[2].topic == "Historia");
  CHECK(res.records[4].topic == "Kemia");
  CHECK(res.records[4].answer == "H2O");
  CHECK(res.records[0].tags.empty());
  // Without a header row the labels are tags, as in a flashcard export's third column.
  auto cards = run("Apa itu fotosintesis?\tProses tumbuhan membuat makanan dari cahaya\tbiologi\n"
                   "Apa itu mitosis?\tPembelahan sel menjadi dua sel identik\tbiologi\n"
                   "Apa itu gaya gravitasi?\tGaya tarik antara dua benda bermassa\tfisika\n"
                   "Apa itu energi kinetik?\tEnergi yang dimiliki benda karena geraknya\tfisika\n");
  REQUIRE(cards.records.size() == 4);
  CHECK_FALSE(cards.records[0].topic.has_value());
  CHECK(cards.records[0].tags == std::vector<std::string>{"biologi"});
  CHECK(cards.records[2].tags == std::vector<std::string>{"fisika"});
  // Labels that never recur are no category: every cell different leaves the column unused.
  auto once = run("Nro;Kysymys;Vastaus;Huomio\n1;Mikä on kuu?;Satelliitti;tähtitiede\n"
                  "2;Mikä on aurinko?;Tähti;fysiikka\n3;Mikä on maa?;Planeetta;geologia\n");
  REQUIRE(once.records.size() == 3);
  CHECK_FALSE(once.records[0].topic.has_value());
  // A column named for a grade is never the topic, however its labels recur.
  auto graded = run("question,answer,difficulty\nWhat is 2+2?,4,easy\nWhat is 3*3?,9,easy\nWhat is 7*8?,56,hard\n"
                    "What is 12*12?,144,hard\n");
  REQUIRE(graded.records.size() == 4);
  CHECK_FALSE(graded.records[2].topic.has_value());
}

TEST_CASE("sniff: a separator that only ends lines makes no table (the Greek question mark is ';')") {
  const std::string greek = "Τι είναι ένας μεταγλωττιστής;\nΠώς δουλεύει η μνήμη cache;\nΓιατί χρειαζόμαστε νήματα;\n";
  CHECK(sniff(greek) == InputFormat::kText);
  auto r = run(greek);
  REQUIRE(r.records.size() == 3);
  CHECK(r.records[0].text == "Τι είναι ένας μεταγλωττιστής;");
  CHECK(r.records[2].lang == "el");
  // Rows whose last field is empty still make a table when another column holds data.
  CHECK(sniff("pytanie;odpowiedź;\nCo to jest wątek?;Jednostka wykonania;\nCo to jest proces?;Program w pamięci;\n") ==
        InputFormat::kCsv);
}

TEST_CASE("question marks of Ethiopic and Armenian ask; words of a script without a profile decide its language") {
  auto r = run("ኮምፓይለር ምንድን ነው፧\nTCP እንዴት ይሰራል፧\n");
  REQUIRE(r.records.size() == 2);
  CHECK(r.records[1].lang == "am");  // not English for its one Latin acronym
  auto h = run("Ի՞նչ է կոմպիլյատորը\nԻնչպե՞ս է աշխատում TCP-ն\n");
  REQUIRE(h.records.size() == 2);
  CHECK(h.records[0].lang == "hy");
}
