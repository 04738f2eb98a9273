// Unit tests of the plain-text reader on shapes beyond the seeds: answers written as plain lines under their
// questions, more numbering styles, question and answer labels in more languages, wrapped questions.
#include <catch2/catch.hpp>

#include <map>

#include "normalize/text/lines.hpp"
#include "normalize_expect.hpp"
#include "qbank/normalize.hpp"

using qbank_test::answers;
using qbank_test::reason_of;
using qbank_test::texts;

namespace {

// Normalizes an in-memory plain-text document.
qbank::NormalizeResult run(const std::string& text) {
  qbank::NormalizeOptions opt;
  opt.format = qbank::InputFormat::kText;
  opt.file = "doc";
  auto res = qbank::normalize(text, opt);
  REQUIRE(res.ok());
  return *res;
}

}  // namespace

TEST_CASE("answer paragraphs under blank-line separated questions are attached, not emitted") {
  auto r = run("Node Interview Questions\n\nWhat is a buffer?\n\nA fixed-size chunk of memory used for binary data.\n\n"
               "What is a stream?\n\nA sequence of data made available over time.\nIt can be read in chunks.\n\n"
               "Thanks for reading! I hope this helps you in your next interview.\n");
  CHECK(texts(r) == std::vector<std::string>{"What is a buffer?", "What is a stream?"});
  CHECK(answers(r) == std::vector<std::string>{"A fixed-size chunk of memory used for binary data.",
                                               "A sequence of data made available over time.\nIt can be read in chunks."});
  CHECK(r.records[1].sources[0].line == 7);
  CHECK(reason_of(r, 1) == "title");
  CHECK_FALSE(reason_of(r, 12).empty());  // The outro is rejected, not glued to the last answer.
}

TEST_CASE("answer lines right under numbered questions are attached") {
  auto r = run("1. What is a Pod?\nThe smallest deployable unit.\n2. What is a Service?\nA stable endpoint for pods.\n");
  CHECK(texts(r) == std::vector<std::string>{"What is a Pod?", "What is a Service?"});
  CHECK(answers(r) == std::vector<std::string>{"The smallest deployable unit.", "A stable endpoint for pods."});
}

TEST_CASE("a list of questions is never read as questions and answers") {
  // Statements among questions stay questions when most questions are not followed by one.
  auto r = run("What is a closure?\nExplain the event loop.\nWhat is hoisting?\nWhat is a promise?\n"
               "Describe event delegation.\n");
  CHECK(texts(r).size() == 5);
  CHECK(answers(r) == std::vector<std::string>(5, ""));
  auto m = run("1. What is a Pod?\n2. What is a Service?\n3. What is an Ingress?\n\nGood luck with your interview.\n");
  CHECK(texts(m).size() == 3);
  CHECK_FALSE(m.records[2].answer);
}

TEST_CASE("more numbering styles: #N, N -, full-width and Arabic-Indic digits, Chinese ordinals") {
  auto r = run("1. What is a Pod?\n2. What is a Service?\n#3 - What is an Ingress?\n#4. What is a Volume?\n"
               "5 - What is a Secret?\n６．クロージャとは何ですか？\n第7题：什么是闭包？\n٨. What is TCP?\n");
  CHECK(texts(r) == std::vector<std::string>{"What is a Pod?", "What is a Service?", "What is an Ingress?",
                                             "What is a Volume?", "What is a Secret?", "クロージャとは何ですか？",
                                             "什么是闭包？", "What is TCP?"});
  CHECK(r.records[7].lang == "en");
  auto lone = run("1. What is an image?\n");  // A single numbered line loses its number too.
  CHECK(texts(lone) == std::vector<std::string>{"What is an image?"});
  auto one = run("Docker\n\n- What is an image?\n");  // A heading over a single bullet.
  CHECK(texts(one) == std::vector<std::string>{"What is an image?"});
  CHECK(one.records[0].topic.value_or("") == "Docker");
  auto sums = run("Arithmetic\n\n10 - 3 = 7\n12 - 5 = 7\n");  // A number, a dash and a digit is no marker.
  CHECK(sums.records.empty());
}

TEST_CASE("question and answer labels in more languages, and dotted Q. / Ans. abbreviations") {
  auto pl = run("Pytanie 1: Co to jest trigger?\nOdpowiedź: Procedura uruchamiana automatycznie.\n\n"
                "Pytanie 2: Czym jest widok?\nOdpowiedź: Zapisane zapytanie.\n");
  CHECK(texts(pl) == std::vector<std::string>{"Co to jest trigger?", "Czym jest widok?"});
  CHECK(answers(pl) == std::vector<std::string>{"Procedura uruchamiana automatycznie.", "Zapisane zapytanie."});
  auto tr = run("Soru 1: Index nedir?\nCevap: Arama yapısı.\n\nSoru 2: View nedir?\nCevap: Sanal tablo.\n");
  CHECK(texts(tr) == std::vector<std::string>{"Index nedir?", "View nedir?"});
  CHECK(answers(tr) == std::vector<std::string>{"Arama yapısı.", "Sanal tablo."});
  auto dotted = run("Q. What is a race condition?\nAns. When timing decides the outcome.\n");
  CHECK(texts(dotted) == std::vector<std::string>{"What is a race condition?"});
  CHECK(answers(dotted) == std::vector<std::string>{"When timing decides the outcome."});
}

TEST_CASE("a numbered question wrapped over two lines is one question") {
  for (const char* doc : {"1. What happens when you type a URL into the browser\n   and press Enter?\n2. What is DNS?\n",
                          "1. What happens when you type a URL into the browser and\npress Enter?\n2. What is DNS?\n"}) {
    auto r = run(doc);
    CHECK(texts(r) == std::vector<std::string>{"What happens when you type a URL into the browser and press Enter?",
                                               "What is DNS?"});
    CHECK_FALSE(r.records[0].answer);
  }
  // Code under a question without end punctuation is code, not a continuation.
  auto code = run("1. What does this print\n   print(len([1, 2]))\n2. What is DNS?\n");
  CHECK(code.records[0].text == "What does this print");
}

TEST_CASE("decorated headings become clean topics and are never taken for code") {
  auto r = run("=== Networking ===\n* What is TCP?\n* What is UDP?\n\n[Databases]\n* What is an index?\n"
               "* What is a view?\n\n--- Security ---\n* What is XSS?\n\nOOP Concepts -\n* What is a class?\n");
  CHECK(texts(r) == std::vector<std::string>{"What is TCP?", "What is UDP?", "What is an index?", "What is a view?",
                                             "What is XSS?", "What is a class?"});
  std::vector<std::string> topics;
  for (const auto& q : r.records) topics.push_back(q.topic.value_or(""));
  CHECK(topics == std::vector<std::string>{"Networking", "Networking", "Databases", "Databases", "Security",
                                           "OOP Concepts"});
  CHECK_FALSE(r.records[1].code);
  CHECK(reason_of(r, 5) == "heading");
  // A list in brackets after a question that asks for code stays code.
  auto code = run("1. What does this print?\n   [x * 2 for x in range(3)]\n2. What is a generator?\n");
  CHECK(code.records[0].code.value_or("") == "[x * 2 for x in range(3)]");
}

TEST_CASE("interview prompts in the imperative are questions") {
  auto r = run("Behavioral\n\nTell me about yourself.\nWalk me through a project you are proud of.\n"
               "Describe a conflict with a colleague.\n");
  CHECK(texts(r) == std::vector<std::string>{"Tell me about yourself.", "Walk me through a project you are proud of.",
                                             "Describe a conflict with a colleague."});
  CHECK(r.records[0].topic.value_or("") == "Behavioral");
}

TEST_CASE("an answer line under a question without end punctuation is its answer, not a continuation") {
  auto r = run("1. What is a mutex\n   a lock that allows one owner\n2. What is a semaphore\n   a counter for permits\n");
  CHECK(texts(r) == std::vector<std::string>{"What is a mutex", "What is a semaphore"});
  CHECK(answers(r) == std::vector<std::string>{"a lock that allows one owner", "a counter for permits"});
  auto sum = run("#1 - 2 + 2 = ?\n#2 - What is DNS?\n#3 - What is TCP?\n");  // "#N -" before a digit.
  CHECK(texts(sum) == std::vector<std::string>{"2 + 2 = ?", "What is DNS?", "What is TCP?"});
}

TEST_CASE("sign-offs after the last answer are rejected; imperative questions take answers too") {
  auto r = run("What is a closure?\nA function that captures its scope.\n\nExplain decorators.\n"
               "Wrappers around functions.\n\nWhat is a generator?\nA lazy iterator.\n\nGood luck with your interview!\n");
  CHECK(texts(r) == std::vector<std::string>{"What is a closure?", "Explain decorators.", "What is a generator?"});
  CHECK(answers(r) == std::vector<std::string>{"A function that captures its scope.", "Wrappers around functions.",
                                               "A lazy iterator."});
  CHECK(reason_of(r, 10) == "outro");
}

TEST_CASE("decorated headings right above their questions; [Heading] opening a .txt file is no JSON") {
  auto r = run("=== Networking ===\nWhat is TCP?\nWhat is UDP?\n\n--- Security ---\nWhat is XSS?\n");
  CHECK(texts(r) == std::vector<std::string>{"What is TCP?", "What is UDP?", "What is XSS?"});
  CHECK(r.records[2].topic.value_or("") == "Security");
  qbank::NormalizeOptions opt;
  opt.file = "notes.txt";  // Format detected from the name and the content.
  auto res = qbank::normalize("[Databases]\nWhat is an index?\nWhat is a view?\n", opt);
  REQUIRE(res.ok());
  CHECK(res->format == qbank::InputFormat::kText);
  CHECK(texts(*res) == std::vector<std::string>{"What is an index?", "What is a view?"});
  CHECK(res->records[0].topic.value_or("") == "Databases");
  auto json = qbank::normalize("[{\"q\": \"What is X?\"}]\n", opt);  // A real JSON array still is JSON.
  REQUIRE(json.ok());
  CHECK(json->format == qbank::InputFormat::kJson);
}

TEST_CASE("a section label between numbered items ends the previous answer and names the next topic") {
  auto r = run("1. What is a hash map?\n   It maps keys to values.\n2. What is DNS?\n   Name resolution.\n"
               "Behavioral\n3. Tell me about a failure.\n");
  CHECK(answers(r) == std::vector<std::string>{"It maps keys to values.", "Name resolution.", ""});
  CHECK(r.records[2].topic.value_or("") == "Behavioral");
}

TEST_CASE("code in a plain-text answer keeps its lines' relative indentation; prose lines are trimmed") {
  auto r = run("Q1. Write a function that squares a number.\nAns:\n  def square(x):\n      return x * x\n\n"
               "Q2. What is a set?\nAns: An unordered collection.\n   It holds no duplicates.\n");
  CHECK(texts(r) == std::vector<std::string>{"Write a function that squares a number.", "What is a set?"});
  REQUIRE(r.records.size() == 2);
  CHECK(r.records[0].answer == std::optional<std::string>("def square(x):\n    return x * x"));
  CHECK(r.records[1].answer == std::optional<std::string>("An unordered collection.\nIt holds no duplicates."));
}

TEST_CASE("list numbers written in another script's digits number questions") {
  auto r = run("คำถาม Java\n\n๑. JVM คืออะไร\nตอบ: เครื่องเสมือน\n\n๒. JDK คืออะไร\nตอบ: ชุดเครื่องมือ\n\n"
               "१. ओओपी क्या है?\n२. इनहेरिटेंस क्या है?\n");
  CHECK(texts(r) == std::vector<std::string>{"JVM คืออะไร", "JDK คืออะไร", "ओओपी क्या है?", "इनहेरिटेंस क्या है?"});
}

TEST_CASE("a Greek question ends with ';', the Greek question mark") {
  auto r = run("Ποια είναι η διαφορά μεταξύ διεργασίας και νήματος;\nΤι είναι ένας δείκτης;\nΚαλή επιτυχία.\n");
  CHECK(texts(r) == std::vector<std::string>{"Ποια είναι η διαφορά μεταξύ διεργασίας και νήματος;",
                                              "Τι είναι ένας δείκτης;"});
}

TEST_CASE("a MediaWiki table with a question column gives one question per row under the section title") {
  auto r = run("== Geografie ==\n"
               "{| class=\"wikitable\"\n"
               "|+ Hoofdsteden\n"
               "! Nr. !! Vraag !! Antwoord\n"
               "|-\n"
               "| 1 || Wat is de hoofdstad van '''Peru'''? || [[Lima (stad)|Lima]]\n"
               "|-\n"
               "| 2\n"
               "| Welke rivier stroomt door Boedapest?\n"
               "| De Donau {{bron}}\n"
               "|-\n"
               "| 3 || Hoe hoog is de Mont Blanc? ||\n"
               "|}\n"
               "\n"
               "Einde van de lijst.\n");
  CHECK(texts(r) == std::vector<std::string>{"Wat is de hoofdstad van Peru?", "Welke rivier stroomt door Boedapest?",
                                              "Hoe hoog is de Mont Blanc?"});
  CHECK(answers(r) == std::vector<std::string>{"Lima", "De Donau", ""});
  REQUIRE(r.records.size() == 3);
  CHECK(r.records[0].topic.value_or("") == "Geografie");
  CHECK(r.records[0].sources[0].line == 6);
  CHECK(r.records[1].sources[0].line == 9);
  CHECK(r.records[1].sources[0].raw == "| Welke rivier stroomt door Boedapest?");
  bool caption = false, header = false;
  for (const auto& x : r.rejected) {
    caption = caption || (x.line == 3 && x.reason == "table caption");
    header = header || (x.line == 4 && x.reason == "table header");
  }
  CHECK(caption);
  CHECK(header);
}

TEST_CASE("a MediaWiki table without questions stays lines of the document") {
  auto r = run("{|\n| Alpha || Beta\n|}\n1. What is a B-tree?\n2. What is a trie?\n");
  CHECK(texts(r) == std::vector<std::string>{"What is a B-tree?", "What is a trie?"});
}

TEST_CASE("a mark of points opening a question is not its text; a bracketed number alone stays") {
  auto r = run("Q1. (10 b.) Co je to rychlost?\nQ2. [5 bodů] Vysvětlete Newtonův zákon.\n"
               "Q3. (2) a (3) jsou rovnice?\n");
  CHECK(texts(r) == std::vector<std::string>{"Co je to rychlost?", "Vysvětlete Newtonův zákon.", "(2) a (3) jsou rovnice?"});
}

TEST_CASE("a numbered list closing the document without asking answers the questions of the same numbers") {
  auto r = run("Tarih sınavı\n\n1. Osmanlı Devleti hangi yıl kuruldu?\n\n2. İstanbul hangi yıl fethedildi?\n\n"
               "3. Cumhuriyet hangi yıl ilan edildi?\n\nCevap anahtarı\n1. 1299\n2. 1453 yılında.\n3. 1923\n");
  CHECK(texts(r) == std::vector<std::string>{"Osmanlı Devleti hangi yıl kuruldu?", "İstanbul hangi yıl fethedildi?",
                                              "Cumhuriyet hangi yıl ilan edildi?"});
  CHECK(answers(r) == std::vector<std::string>{"1299", "1453 yılında.", "1923"});
  CHECK(reason_of(r, 11) == "answer key");
}

TEST_CASE("a second numbered list that asks is no answer section") {
  auto r = run("1. What is TCP?\n2. What is UDP?\n\nBonus\n1. What is QUIC?\n2. What is SCTP?\n");
  CHECK(texts(r).size() == 4);
  CHECK(answers(r) == std::vector<std::string>{"", "", "", ""});
}

TEST_CASE("lettered sub-questions under a task are questions; a stem that does not ask is not; the key splits") {
  auto r = run("Контрольная работа\nФИО: ____________  Класс: ____\n\n"
               "Задача 1. Что такое масса?\n\n"
               "Задача 2. Поезд идёт со скоростью 20 м/с.\n   а) Какой путь он пройдёт за минуту?\n"
               "   б) Сколько это километров?\n\n"
               "Задача 3. Что такое сила?\n\n"
               "Ответы\n1. Мера инертности.\n2. а) 1200 м; б) 1,2 км.\n3. Мера взаимодействия.\n");
  CHECK(texts(r) == std::vector<std::string>{"Что такое масса?", "Какой путь он пройдёт за минуту?",
                                              "Сколько это километров?", "Что такое сила?"});
  CHECK(answers(r) == std::vector<std::string>{"Мера инертности.", "1200 м", "1,2 км.", "Мера взаимодействия."});
  CHECK(reason_of(r, 6) == "question stem");
  CHECK(reason_of(r, 2) == "form");
}

TEST_CASE("a question whose last word breaks at the line end goes on with the next line, hyphen dropped") {
  auto r = run("1. Erklären Sie, wie das Betriebssystem einen Seitenfehler behan-\n   delt.\n   Die MMU löst eine Ausnahme aus.\n\n"
               "2. Was ist ein Prozess?\n   Ein laufendes Programm.\n");
  CHECK(texts(r) == std::vector<std::string>{"Erklären Sie, wie das Betriebssystem einen Seitenfehler behandelt.",
                                              "Was ist ein Prozess?"});
  CHECK(answers(r) == std::vector<std::string>{"Die MMU löst eine Ausnahme aus.", "Ein laufendes Programm."});
}

TEST_CASE("numbered questions that ask without a question mark keep the short line under each as their answer") {
  auto r = run("Pertanyaan Wawancara\n\n1. Explain the event loop\nIt runs queued callbacks\n\n"
               "2. Describe a closure\nA function with its scope\n\n3. Define hoisting\nDeclarations move up\n");
  CHECK(texts(r) == std::vector<std::string>{"Explain the event loop", "Describe a closure", "Define hoisting"});
  CHECK(answers(r) == std::vector<std::string>{"It runs queued callbacks", "A function with its scope",
                                              "Declarations move up"});
  for (const auto& q : r.records) CHECK(q.topic.value_or("") == "Pertanyaan Wawancara");
}

TEST_CASE("Thai, Japanese and Korean questions ask by their particles and question words without a mark") {
  auto r = run("1. HTTP คืออะไร\nโปรโตคอลสำหรับเว็บ\n\n2. DNS ทำงานอย่างไร\nแปลงชื่อเป็นที่อยู่\n\n"
               "3. ทำไมต้องใช้ HTTPS\nเพื่อเข้ารหัสข้อมูล\n");
  CHECK(answers(r) == std::vector<std::string>{"โปรโตคอลสำหรับเว็บ", "แปลงชื่อเป็นที่อยู่", "เพื่อเข้ารหัสข้อมูล"});
  for (const auto& q : r.records) CHECK_FALSE(q.topic.has_value());
  CHECK(qbank::internal::txt::is_question_like("キャッシュとは"));
  CHECK(qbank::internal::txt::is_question_like("캐시는 왜 필요한가"));
  CHECK_FALSE(qbank::internal::txt::is_question_like("キャッシュの設定"));
}

TEST_CASE("question words of more languages: tasks and questions without a mark ask") {
  for (const char* t : {"اشرح مفهوم الفهرس", "Jelaskan konsep indeks", "Wyjaśnij pojęcie indeksu", "Forklar begrebet indeks",
                        "Εξηγήστε την έννοια του ευρετηρίου", "समझाइए कि इंडेक्स क्या करता है", "Hur fungerar ett index"})
    CHECK(qbank::internal::txt::is_question_like(t));
  CHECK_FALSE(qbank::internal::txt::is_question_like("Indeks mempercepat pencarian"));
  auto r = run("1. ما هو الفهرس؟\nبنية تسرّع البحث.\n\n2. اشرح مفهوم التطبيع.\nتنظيم الجداول لتقليل التكرار.\n");
  CHECK(answers(r) == std::vector<std::string>{"بنية تسرّع البحث.", "تنظيم الجداول لتقليل التكرار."});
}

TEST_CASE("a plain-text title worded as a list of questions is their topic when no heading divides them") {
  auto r = run("Perguntas de entrevista de Python\n\n1. O que é uma lista?\n2. O que é um dicionário?\n");
  REQUIRE(r.records.size() == 2);
  for (const auto& q : r.records) CHECK(q.topic.value_or("") == "Perguntas de entrevista de Python");
  auto split = run("Perguntas de entrevista de Python\n\nBásico\n\n1. O que é uma lista?\n\nAvançado\n\n2. O que é um gerador?\n");
  REQUIRE(split.records.size() == 2);
  CHECK(split.records[0].topic.value_or("") == "Básico");
  CHECK(split.records[1].topic.value_or("") == "Avançado");
}

TEST_CASE("an AsciiDoc document: '=' titles nest, attribute lines are metadata, asking terms lose their '::'") {
  auto r = run("= Pytania rekrutacyjne\n:toc: left\n:icons: font\n\n== Podstawy\n\n[qanda]\n"
               "Czym jest wątek?::\n  Najmniejszą jednostką wykonania.\nCzym jest proces?::\n  Programem w trakcie "
               "wykonania.\n\n== Bazy danych\n\n=== Czym jest indeks?\n\nOdpowiedź: strukturą przyspieszającą wyszukiwanie."
               "\n\n=== Napisz zapytanie zwracające dziesięć najnowszych zamówień.\n\n=== Czym jest transakcja?\n\n"
               "Grupą operacji wykonywanych w całości albo wcale.\n");
  CHECK(texts(r) == std::vector<std::string>{"Czym jest wątek?", "Czym jest proces?", "Czym jest indeks?",
                                             "Napisz zapytanie zwracające dziesięć najnowszych zamówień.",
                                             "Czym jest transakcja?"});
  std::vector<std::string> topics;
  for (const auto& q : r.records) topics.push_back(q.topic.value_or(""));
  CHECK(topics == std::vector<std::string>{"Podstawy", "Podstawy", "Bazy danych", "Bazy danych", "Bazy danych"});
  CHECK(answers(r) == std::vector<std::string>{"Najmniejszą jednostką wykonania.", "Programem w trakcie wykonania.",
                                               "strukturą przyspieszającą wyszukiwanie.", "",
                                               "Grupą operacji wykonywanych w całości albo wcale."});
  CHECK(reason_of(r, 2) == "metadata");
  CHECK(reason_of(r, 7) == "metadata");
}

TEST_CASE("a LaTeX exam sheet: sections are topics, \\question lines questions, solutions their answers") {
  auto r = run("\\documentclass[answers]{exam}\n\\usepackage[utf8]{inputenc}\n% Examen parcial\n"
               "\\begin{document}\n\\section*{Redes}\n\\begin{questions}\n"
               "\\question[10] ¿Qué hace el protocolo \\textbf{ARP}?\n\\begin{solution}\n"
               "Traduce direcciones IP a direcciones MAC. % revisar\n\\end{solution}\n"
               "\\question ¿Cuál es la diferencia entre TCP y UDP?\n\\end{questions}\n"
               "\\section*{Sistemas operativos}\n\\begin{questions}\n\\question[5] Explique qué es un \\emph{deadlock}.\n"
               "\\end{questions}\n\\end{document}\n");
  CHECK(texts(r) == std::vector<std::string>{"¿Qué hace el protocolo ARP?", "¿Cuál es la diferencia entre TCP y UDP?",
                                             "Explique qué es un deadlock."});
  std::vector<std::string> topics;
  for (const auto& q : r.records) topics.push_back(q.topic.value_or(""));
  CHECK(topics == std::vector<std::string>{"Redes", "Redes", "Sistemas operativos"});
  CHECK(answers(r) == std::vector<std::string>{"Traduce direcciones IP a direcciones MAC.", "", ""});
  REQUIRE(r.records.size() == 3);
  CHECK(r.records[0].sources.at(0).line == 7);
  CHECK(r.records[2].sources.at(0).line == 15);
}

TEST_CASE("a LaTeX or BBCode document lists its command-only lines, and shows every line as written") {
  auto r = run("\\documentclass{exam}\n\\begin{document}\n\\section{Chimica}\n\\begin{questions}\n"
               "\\question Che cos'è un \\textbf{legame ionico}?\n\\begin{solution}\n"
               "Un legame tra ioni di carica opposta.\n\\end{solution}\n\\end{questions}\n\\end{document}\n");
  REQUIRE(r.records.size() == 1);
  CHECK(r.records[0].sources.at(0).raw == "\\question Che cos'è un \\textbf{legame ionico}?");
  std::map<std::int64_t, std::pair<std::string, std::string>> listed;
  for (const auto& x : r.rejected) listed[x.line] = {x.text, x.reason};
  // Every line but the question (5) and its answer (7) is listed, as written.
  for (std::int64_t line : {1, 2, 3, 4, 6, 8, 9, 10}) {
    INFO("line " << line);
    CHECK(listed.count(line) == 1);
  }
  CHECK(listed.count(5) == 0);
  CHECK(listed.count(7) == 0);
  CHECK(listed[6] == std::make_pair(std::string("\\begin{solution}"), std::string("markup")));
  CHECK(listed[3] == std::make_pair(std::string("\\section{Chimica}"), std::string("heading")));
  for (const auto& x : r.rejected) CHECK(qbank::is_rejection_reason(x.reason));
  auto forum = run("[b]Pytanie 1.[/b] Co to jest fotosynteza?\n[quote]Proces w roślinach.[/quote]\n"
                   "[b]Pytanie 2.[/b] Co to jest mitoza?\n[list]\n[*]Podział komórki.\n[/list]\n");
  REQUIRE(forum.records.size() == 2);
  for (const auto& q : forum.records) CHECK(q.sources.at(0).raw.find("[b]") == 0);
  CHECK(forum.records[1].answer.value_or("").find("Podział komórki.") != std::string::npos);
  for (const auto& x : forum.rejected)
    if (x.reason == "markup") CHECK((x.text == "[list]" || x.text == "[/list]"));
}

TEST_CASE("bullets right under a numbered question that asks are its answer, after a blank line they are not") {
  auto r = run("1. Hvad er en primærnøgle?\n- En kolonne der entydigt identificerer en række.\n"
               "- Den må ikke være tom.\n2. Hvad er en fremmednøgle?\n- En henvisning til en anden tabels nøgle.\n"
               "3. Hvad er normalisering?\nAt fjerne gentagelser i data.\n\n- Slut -\n");
  CHECK(texts(r) == std::vector<std::string>{"Hvad er en primærnøgle?", "Hvad er en fremmednøgle?",
                                             "Hvad er normalisering?"});
  CHECK(answers(r) == std::vector<std::string>{
                          "- En kolonne der entydigt identificerer en række.\n- Den må ikke være tom.",
                          "- En henvisning til en anden tabels nøgle.", "At fjerne gentagelser i data."});
}

TEST_CASE("bulleted or numbered lines that do not ask, under plain question lines, are their answers") {
  auto r = run("Perguntas de entrevista\n\nO que é uma transação?\n- Um grupo de operações atômico.\n"
               "- Ou todas acontecem, ou nenhuma.\n\nO que é um índice?\n1. Uma estrutura auxiliar.\n"
               "2. Acelera as buscas.\n\nO que é uma chave estrangeira?\n- Referência à chave de outra tabela.\n");
  CHECK(texts(r) == std::vector<std::string>{"O que é uma transação?", "O que é um índice?",
                                             "O que é uma chave estrangeira?"});
  CHECK(answers(r) == std::vector<std::string>{"- Um grupo de operações atômico.\n- Ou todas acontecem, ou nenhuma.",
                                               "1. Uma estrutura auxiliar.\n2. Acelera as buscas.",
                                               "- Referência à chave de outra tabela."});
}

TEST_CASE("numbered contents entries that recur later as decorated headings are the table of contents") {
  auto r = run("Inhalt\n1. Speicherverwaltung\n2. Nebenläufigkeit\n\n*** Speicherverwaltung ***\n"
               "F: Was macht der Garbage Collector?\nA: Er gibt unerreichbare Objekte frei.\n\n"
               "*** Nebenläufigkeit ***\nF: Was ist ein Deadlock?\nA: Zwei Threads warten aufeinander.\n");
  CHECK(texts(r) == std::vector<std::string>{"Was macht der Garbage Collector?", "Was ist ein Deadlock?"});
  CHECK(reason_of(r, 2) == "table of contents");
  CHECK(reason_of(r, 3) == "table of contents");
  REQUIRE(r.records.size() == 2);
  CHECK(r.records[1].topic == "Nebenläufigkeit");
}

TEST_CASE("an Org document: keywords and drawers are metadata, source blocks are code without their delimiters") {
  auto r = run("#+TITLE: Preguntas de Rust\n#+AUTHOR: Ana\n\n* Memoria\n:PROPERTIES:\n:ID: 42\n:END:\n"
               "** ¿Qué es el préstamo (borrowing)?\nUsar un valor sin tomar su propiedad.\n#+BEGIN_SRC rust\n"
               "let r = &x;\n#+END_SRC\n** ¿Qué es un lifetime?\nEl tramo en que una referencia es válida.\n");
  CHECK(texts(r) == std::vector<std::string>{"¿Qué es el préstamo (borrowing)?", "¿Qué es un lifetime?"});
  REQUIRE(r.records.size() == 2);
  CHECK(r.records[0].topic == "Memoria");
  std::string answer = r.records[0].answer.value_or("");
  CHECK(answer.find("let r = &x;") != std::string::npos);
  CHECK(answer.find("#+") == std::string::npos);
  CHECK(reason_of(r, 2) == "metadata");
  CHECK(reason_of(r, 6) == "metadata");
  CHECK(reason_of(r, 10) == "markup");
  std::map<std::int64_t, int> seen;
  for (const auto& x : r.rejected) CHECK(++seen[x.line] == 1);
}

TEST_CASE("a plain text that mentions LaTeX commands is no LaTeX sheet") {
  auto r = run("How do I write a fraction in LaTeX?\n\nUse \\frac{a}{b} inside math mode.\n\n"
               "What does \\item do?\n\nIt starts an entry of a list.\n");
  CHECK(texts(r) == std::vector<std::string>{"How do I write a fraction in LaTeX?", "What does \\item do?"});
}

TEST_CASE("a reStructuredText code-block after answer prose is the answer's code; alone it is the answer") {
  auto r = run("Domande frequenti\n=================\n\nCome elenco i file nascosti?\n----------------------------\n\n"
               "Usa il comando:\n\n.. code-block:: bash\n\n   ls -a\n\nCome attivo il log di debug?\n"
               "----------------------------\n\n.. code-block:: python\n\n   import logging\n   logging.basicConfig()\n");
  REQUIRE(r.records.size() == 2);
  CHECK(r.records[0].text == "Come elenco i file nascosti?");
  CHECK(r.records[0].answer.value_or("") == "Usa il comando:");
  CHECK(r.records[0].code.value_or("") == "ls -a");
  CHECK(r.records[1].text == "Come attivo il log di debug?");
  CHECK(r.records[1].answer.value_or("") == "import logging\nlogging.basicConfig()");
}
