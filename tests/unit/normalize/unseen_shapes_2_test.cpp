// Tests for document shapes in more languages and layouts: labels and part numbers of other scripts, option rows
// and answer keys of quiz text, mail headers and by-lines, HTML siblings of questions, FAQPage JSON-LD, table
// section rows, and CSV/JSON names in more languages.
#include <catch2/catch.hpp>

#include "normalize_expect.hpp"

using qbank::InputFormat;
using qbank_test::answers;
using qbank_test::check_records;
using qbank_test::reason_of;
using qbank_test::rejected_with;
using qbank_test::run_format;
using qbank_test::texts;

TEST_CASE("text: question and answer labels of other languages, two-word labels and an answer after a dash") {
  auto r = run_format("Câu 1: Mạng LAN là gì?\nTrả lời: Mạng cục bộ.\n\nCâu 2: RAM là gì?\nĐáp án: Bộ nhớ tạm.\n",
                      InputFormat::kText);
  REQUIRE(r.ok());
  CHECK(texts(*r) == std::vector<std::string>{"Mạng LAN là gì?", "RAM là gì?"});
  CHECK(answers(*r) == std::vector<std::string>{"Mạng cục bộ.", "Bộ nhớ tạm."});
  auto d = run_format("კითხვა 1. რა არის HTTP? — პროტოკოლი.\nკითხვა 2. რა არის DNS? — სახელების სისტემა.\n",
                      InputFormat::kText);
  REQUIRE(d.ok());
  CHECK(texts(*d) == std::vector<std::string>{"რა არის HTTP?", "რა არის DNS?"});
  CHECK(answers(*d) == std::vector<std::string>{"პროტოკოლი.", "სახელების სისტემა."});
}

TEST_CASE("text: the number of a part is not part of its topic, in any script") {
  for (const auto& [heading, topic] : std::vector<std::pair<std::string, std::string>>{
           {"II. STORAGE", "STORAGE"}, {"Β. Δίκτυα", "Δίκτυα"}, {"Tema 2: Redes", "Redes"},
           {"[2과목] 네트워크", "네트워크"}, {"פרק ב' – רשתות", "רשתות"}, {"หมวดที่ 2 เครือข่าย", "เครือข่าย"}}) {
    auto r = run_format(heading + "\n\n1. What is a socket?\n2. What is a port?\n", InputFormat::kText);
    REQUIRE(r.ok());
    INFO(heading);
    REQUIRE(r->records.size() == 2);
    CHECK(r->records[0].topic.value_or("") == topic);
  }
}

TEST_CASE("text: option rows are choices and an answer key at the end answers the numbered questions") {
  auto r = run_format("1) Capital of Peru?\nA) Quito  B) Lima  C) Bogota\n\n2) Largest planet?\n"
                      "A) Mars  B) Venus  C) Jupiter\n\n3) Boiling point of water at sea level?\n"
                      "A) 90  B) 100  C) 110\n\n-----\nKEY\n1B 2C 3B\n",
                      InputFormat::kText);
  REQUIRE(r.ok());
  CHECK(texts(*r) == std::vector<std::string>{"Capital of Peru?", "Largest planet?",
                                              "Boiling point of water at sea level?"});
  CHECK(answers(*r) == std::vector<std::string>{"Lima", "Jupiter", "100"});
  CHECK(r->records[0].choices == std::vector<std::string>{"Quito", "Lima", "Bogota"});
  CHECK_FALSE(r->records[1].code.has_value());
  CHECK(r->records[2].topic == std::nullopt);
  auto h = run_format("1. सबसे बड़ा ग्रह कौन-सा है?\n(क) मंगल   (ख) बृहस्पति\n\n2. पानी का सूत्र क्या है?\n(क) H2O   (ख) CO2\n\n"
                      "3. भारत की राजधानी क्या है?\n(क) दिल्ली   (ख) मुंबई\n\nउत्तर कुंजी\n1-ख  2-क  3-क\n",
                      InputFormat::kText);
  REQUIRE(h.ok());
  REQUIRE(h->records.size() == 3);
  CHECK(h->records[1].choices == std::vector<std::string>{"H2O", "CO2"});
  CHECK(answers(*h) == std::vector<std::string>{"ख", "क", "क"});
}

TEST_CASE("text: separators, dot-leader contents, mail headers and by-lines are no questions or topics") {
  auto r = run_format("From: Ana <ana@example.org>\nSubject: Re: questions\n\n1. When does the term start?\n"
                      "Answer: On Monday.\n\n2. Where is room 4?\nAnswer: Upstairs.\n",
                      InputFormat::kText);
  REQUIRE(r.ok());
  CHECK(texts(*r) == std::vector<std::string>{"When does the term start?", "Where is room 4?"});
  CHECK(r->records[0].topic == std::nullopt);
  CHECK(reason_of(*r, 1) == "mail header");
  auto t = run_format("Contents\n1. Basics ........ 1\n2. Tools ........ 3\n\n1. Basics\n\n1.1 What is a shell?\n"
                      "A command interpreter.\n",
                      InputFormat::kText);
  REQUIRE(t.ok());
  CHECK_FALSE(texts(*t).empty());
  for (const auto& q : t->records) CHECK(q.text.find("....") == std::string::npos);
  auto b = run_format("Python Basics\nCompiled by: Ana Lima\n\n1. What is a list?\n2. What is a tuple?\n",
                      InputFormat::kText);
  REQUIRE(b.ok());
  REQUIRE(b->records.size() == 2);
  CHECK(b->records[0].topic.value_or("") == "Python Basics");
}

TEST_CASE("text: lettered sub-questions with their own answers, and a question asked again below its code") {
  auto r = run_format("1. Can two users share a folder?\n   a) On the local disk?\n      No.\n"
                      "   b) On the server?\n      Yes.\n\n2. Look at this code:\n    x = [1, 2]\n    y = x\n"
                      "What does y hold?\nAnswer: The same list.\n",
                      InputFormat::kText);
  REQUIRE(r.ok());
  CHECK(texts(*r) == std::vector<std::string>{"Can two users share a folder?", "On the local disk?", "On the server?",
                                              "Look at this code: What does y hold?"});
  CHECK(r->records[3].code.has_value());
  CHECK(r->records[3].answer.value_or("") == "The same list.");
}

TEST_CASE("html: statement headings, summaries and toggles among asking siblings are questions") {
  std::string page = R"(<h2>Basics</h2>
<h3>What is a cookie?</h3><p>A small piece of data.</p>
<h3>What is a session?</h3><p>Server-side state.</p>
<h3>Explain CORS</h3><p>A browser rule for cross-origin requests.</p>
<details><summary>Is it free?</summary><p>Yes.</p></details>
<details><summary>Can I cancel?</summary><p>Any time.</p></details>
<details><summary>Student discount</summary><p>Twenty percent.</p></details>
<div class="faq"><button class="faq-question" aria-expanded="false">Opening hours</button>
<div class="faq-answer"><p>Nine to five.</p></div></div>
)";
  auto r = run_format(page, InputFormat::kHtml);
  REQUIRE(r.ok());
  CHECK(texts(*r) == std::vector<std::string>{"What is a cookie?", "What is a session?", "Explain CORS", "Is it free?",
                                              "Can I cancel?", "Student discount", "Opening hours"});
  CHECK(r->records[2].answer.value_or("") == "A browser rule for cross-origin requests.");
  CHECK(r->records[6].answer.value_or("") == "Nine to five.");
}

TEST_CASE("html: FAQPage JSON-LD is read when the page shows no questions") {
  std::string page = "<html><head><script type=\"application/ld+json\">\n"
                     "{\"@context\": \"https://schema.org\", \"@type\": \"FAQPage\", \"mainEntity\": [\n"
                     "  {\"@type\": \"Question\",\n   \"name\": \"How do I pay?\",\n"
                     "   \"acceptedAnswer\": {\"@type\": \"Answer\", \"text\": \"<p>By card.</p>\"}}]}\n"
                     "</script></head><body><div id=\"root\"></div></body></html>\n";
  auto r = run_format(page, InputFormat::kHtml);
  REQUIRE(r.ok());
  check_records(*r, {{4, "How do I pay?", std::nullopt, "By card."}});
}

TEST_CASE("html: a table row spanning the table names the topic; a heading over a list of questions is a topic") {
  std::string table = R"(<table><tr><th>No</th><th>Question</th><th>Answer</th></tr>
<tr><td colspan="3">Enrollment</td></tr>
<tr><td>1</td><td>When does enrollment open?</td><td>In May.</td></tr>
</table>)";
  auto t = run_format(table, InputFormat::kHtml);
  REQUIRE(t.ok());
  check_records(*t, {{3, "When does enrollment open?", "Enrollment", "In May."}});
  std::string list = R"(<h2>What does it print</h2>
<ol><li>What does print(1/2) print?</li><li>What does print(2**3) print?</li></ol>)";
  auto l = run_format(list, InputFormat::kHtml);
  REQUIRE(l.ok());
  REQUIRE(l->records.size() == 2);
  CHECK(l->records[0].topic.value_or("") == "What does it print");
}

TEST_CASE("html: an intro paragraph that only mentions a question is prose on a structured FAQ page") {
  std::string page = R"(<p>Did not find your answer? Write to us.</p>
<dl><dt>How do I log in?</dt><dd>With your e-mail.</dd><dt>How do I log out?</dt><dd>From the menu.</dd>
<dt>Where is my invoice?</dt><dd>Under Billing.</dd></dl>)";
  auto r = run_format(page, InputFormat::kHtml);
  REQUIRE(r.ok());
  CHECK(texts(*r) == std::vector<std::string>{"How do I log in?", "How do I log out?", "Where is my invoice?"});
  CHECK(rejected_with(*r, "prose"));
}

TEST_CASE("csv and json: names in more languages; a section's single list takes the section's name") {
  auto c = run_format("Číslo;Otázka;Správná odpověď;Okruh;Body\n1;Co je NAT?;Překlad adres;Sítě;2\n",
                      InputFormat::kCsv);
  REQUIRE(c.ok());
  check_records(*c, {{2, "Co je NAT?", "Sítě", "Překlad adres"}});
  auto j = run_format(R"({"kategori": [{"nama": "Statistik", "daftar_pertanyaan": [
  {"tanya": "Apa itu median?", "jawab": "Nilai tengah."}]}]})",
                      InputFormat::kJson);
  REQUIRE(j.ok());
  check_records(*j, {{2, "Apa itu median?", "Statistik", "Nilai tengah."}});
  auto code = run_format("[{\"q\": \"What is wrong here?\\nSELECT * FROM t WHERE YEAR(d) = 2024;\", \"a\": \"No index.\"}]",
                         InputFormat::kJson);
  REQUIRE(code.ok());
  check_records(*code, {{1, "What is wrong here?", std::nullopt, "No index.", "SELECT * FROM t WHERE YEAR(d) = 2024;"}});
}

TEST_CASE("json: a list of asking strings beside a record's question holds its follow-up questions") {
  auto r = run_format(R"([
{"category": "OS", "question": "What is a process?", "answer": "A running program.",
 "follow_ups": ["How does it differ from a thread?"]}
])",
                      InputFormat::kJson);
  REQUIRE(r.ok());
  check_records(*r, {{2, "What is a process?", "OS", "A running program."},
                     {3, "How does it differ from a thread?", "OS"}});
}

TEST_CASE("text: numbers set off by spaces in a plain FAQ are not part of its questions") {
  auto r = run_format("1  Who must file a return?\n\n   Everyone with a side income.\n\n"
                      "2  When is it due?\n\n   In September.\n\n10 What counts as childcare?\n\n   Day care fees.\n",
                      InputFormat::kText);
  REQUIRE(r.ok());
  CHECK(texts(*r) == std::vector<std::string>{"Who must file a return?", "When is it due?", "What counts as childcare?"});
}
