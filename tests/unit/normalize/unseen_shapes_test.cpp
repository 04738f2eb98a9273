// Tests for document shapes met in real question files: section labels in JSON and YAML, answers by position,
// body fields, table answer columns, CJK and dash numbering, Arabic question marks.
#include <catch2/catch.hpp>

#include "normalize_expect.hpp"

using qbank::InputFormat;
using qbank_test::check_records;
using qbank_test::rejected_with;
using qbank_test::run_format;

TEST_CASE("json: a \"name\" beside a list of questions is the topic of that list") {
  std::string json = R"({"title": "Kotlin set",
 "groups": [
  {"name": "Coroutines", "entries": [{"prompt": "What is a suspend function?", "response": "One that can pause."}]},
  {"name": "Types", "entries": [{"prompt": "What is a sealed class?", "response": "A closed hierarchy."}]}
 ]})";
  auto r = run_format(json, InputFormat::kJson);
  REQUIRE(r.ok());
  check_records(*r, {{3, "What is a suspend function?", "Coroutines", "One that can pause."},
                     {4, "What is a sealed class?", "Types", "A closed hierarchy."}});
  CHECK(rejected_with(*r, "heading (topic)"));  // the title heads the set and is listed
}

TEST_CASE("json: a quiz's own name is the topic when it is the only heading") {
  std::string json = R"({"quiz": {"name": "Astronomy", "questions": [{"q": "Which planet has rings?"}]}})";
  auto r = run_format(json, InputFormat::kJson);
  REQUIRE(r.ok());
  check_records(*r, {{1, "Which planet has rings?", "Astronomy"}});
}

TEST_CASE("json: an answer given as the position or letter of a choice names that choice") {
  std::string json = R"([
{"q": "Largest ocean?", "options": ["Atlantic", "Pacific", "Indian"], "correct": 1},
{"q": "Smallest prime?", "options": ["1", "2", "3"], "correctIndex": 0},
{"q": "Two plus two?", "options": ["3", "4", "5", "6"], "answer": "4"},
{"q": "Last letter?", "choices": ["X", "Y", "Z"], "answer": "C"}
])";
  auto r = run_format(json, InputFormat::kJson);
  REQUIRE(r.ok());
  check_records(*r, {{2, "Largest ocean?", std::nullopt, "Pacific"},
                     {3, "Smallest prime?", std::nullopt, "1"},
                     {4, "Two plus two?", std::nullopt, "4"},  // the answer is the choice's own text
                     {5, "Last letter?", std::nullopt, "Z"}});
}

TEST_CASE("json: a body beside a title is the answer") {
  std::string json = R"([{"title": "What is a mutex?", "body": "A lock that one thread holds at a time.",
  "url": "https://example.org/1"}])";
  auto r = run_format(json, InputFormat::kJson);
  REQUIRE(r.ok());
  check_records(*r, {{1, "What is a mutex?", std::nullopt, "A lock that one thread holds at a time."}});
}

TEST_CASE("yaml: a section's name labels its questions; a collection key is never a topic") {
  std::string yaml = "title: Ops\n"
                     "sections:\n"
                     "  - name: Storage\n"
                     "    faqs:\n"
                     "      - q: What is RAID 1?\n"
                     "        a: Mirroring.\n"
                     "  - name: Network\n"
                     "    faqs:\n"
                     "      - q: What is a VLAN?\n";
  auto r = run_format(yaml, InputFormat::kYaml);
  REQUIRE(r.ok());
  check_records(*r, {{5, "What is RAID 1?", "Storage", "Mirroring."}, {9, "What is a VLAN?", "Network"}});
}

TEST_CASE("html: a table whose header names only the question column takes its prose column as the answer") {
  std::string html = "<table><tr><th>質問</th><th>回答の例</th></tr>\n"
                     "<tr><td>長所は何ですか？</td><td>粘り強く最後までやり遂げるところです。</td></tr>\n"
                     "<tr><td>短所は何ですか？</td><td></td></tr></table>";
  auto r = run_format(html, InputFormat::kHtml);
  REQUIRE(r.ok());
  check_records(*r, {{2, "長所は何ですか？", std::nullopt, "粘り強く最後までやり遂げるところです。"},
                     {3, "短所は何ですか？"}});
}

TEST_CASE("html: a table column of single words beside the question column is not an answer") {
  std::string html = "<table><tr><th>Question</th><th>Level</th></tr>\n"
                     "<tr><td>What is DNS?</td><td>easy</td></tr></table>";
  auto r = run_format(html, InputFormat::kHtml);
  REQUIRE(r.ok());
  check_records(*r, {{2, "What is DNS?"}});
}

TEST_CASE("html: a CJK ordinal before a heading is numbering, not part of the topic") {
  std::string html = "<h2>二、网络</h2>\n<ol><li>什么是 TCP？</li><li>UDP 有什么特点？</li></ol>";
  auto r = run_format(html, InputFormat::kHtml);
  REQUIRE(r.ok());
  check_records(*r, {{2, "什么是 TCP？", "网络"}, {2, "UDP 有什么特点？", "网络"}});
}

TEST_CASE("text: \"1- \" numbering and the Arabic question mark mark the questions") {
  std::string text = "الشبكات\n"
                     "-------\n\n"
                     "1- ما هو عنوان IP؟\n"
                     "   رقم يعرّف الجهاز على الشبكة.\n\n"
                     "2- ما هو DNS؟\n"
                     "   نظام يحوّل الأسماء إلى عناوين.\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  check_records(*r, {{4, "ما هو عنوان IP؟", "الشبكات", "رقم يعرّف الجهاز على الشبكة."},
                     {7, "ما هو DNS؟", "الشبكات", "نظام يحوّل الأسماء إلى عناوين."}});
}

TEST_CASE("text: underlined headings are topics and their rules separators; only they head sections") {
  std::string text = "Shell FAQ\n\n"
                     "Files\n"
                     "-----\n\n"
                     "How do I count lines in a file?\n\n"
                     "wc -l FILE prints the count\n\n"
                     "How do I find large files?\n\n"
                     "Use find with -size, for example find . -size +100M.\n\n"
                     "Processes\n"
                     "=========\n\n"
                     "How do I stop a process?\n\n"
                     "Send it SIGTERM with kill PID.\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  check_records(*r, {{6, "How do I count lines in a file?", "Files", "wc -l FILE prints the count"},
                     {10, "How do I find large files?", "Files", "Use find with -size, for example find . -size +100M."},
                     {17, "How do I stop a process?", "Processes", "Send it SIGTERM with kill PID."}});
  CHECK(rejected_with(*r, "separator"));
}

TEST_CASE("text: lettered sections over \"A1)\" items give topics without their letters") {
  std::string text = "Checklist\n\n"
                     "A. Memory\n"
                     "A1) What is a page fault?\n"
                     "A2) Stack versus heap\n\n"
                     "B. Disks\n"
                     "B1) What is an inode?\n"
                     "B2) Journaling file systems\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  check_records(*r, {{4, "What is a page fault?", "Memory"}, {5, "Stack versus heap", "Memory"},
                     {8, "What is an inode?", "Disks"}, {9, "Journaling file systems", "Disks"}});
}

TEST_CASE("text: code under an \"A:\" label is the answer, not the question's code") {
  std::string text = "Q1. Print the numbers one to three.\n"
                     "A:\n"
                     "    for i in range(1, 4):\n"
                     "        print(i)\n\n"
                     "Q2. Which keyword defines a function?\n"
                     "A: def\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[0].text == "Print the numbers one to three.");
  CHECK(r->records[0].answer.has_value());
  CHECK_THAT(r->records[0].answer.value_or(""), Catch::Contains("print(i)"));
  CHECK_FALSE(r->records[0].code.has_value());
  CHECK(r->records[1].answer == std::optional<std::string>("def"));
}

TEST_CASE("html: a bold lead on a line of its own in a list item is the item's title, its rest the answer") {
  std::string html = "<ol>\n"
                     "<li><b>Introduce yourself.</b><br>\nKeep it under two minutes.</li>\n"
                     "<li><b>Why this team?</b><br>\nName one project of theirs.</li>\n"
                     "<li><b>Where do you see yourself in five years?</b></li>\n"
                     "</ol>";
  auto r = run_format(html, InputFormat::kHtml);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 3);
  CHECK(r->records[0].text == "Introduce yourself.");
  CHECK(r->records[0].answer == std::optional<std::string>("Keep it under two minutes."));
  CHECK(r->records[1].text == "Why this team?");
  CHECK(r->records[1].answer == std::optional<std::string>("Name one project of theirs."));
  CHECK_FALSE(r->records[2].answer.has_value());
}

TEST_CASE("html: a question heading whose text starts on a later line is placed on that line") {
  std::string html = "<h1>Jobs FAQ</h1>\n<h2 class=\"accordion-header\">\n"
                     "  <button>Can I apply twice?</button>\n</h2>\n<div><p>Yes, after six months.</p></div>";
  auto r = run_format(html, InputFormat::kHtml);
  REQUIRE(r.ok());
  check_records(*r, {{3, "Can I apply twice?", "Jobs FAQ", "Yes, after six months."}});
}

TEST_CASE("jsonl: instruction and output records give the question and its answer") {
  std::string jsonl = "{\"instruction\": \"Define latency.\", \"input\": \"\", \"output\": \"The delay before a response.\"}\n";
  auto r = run_format(jsonl, InputFormat::kJsonl);
  REQUIRE(r.ok());
  check_records(*r, {{1, "Define latency.", std::nullopt, "The delay before a response."}});
}

TEST_CASE("text: numbered entries that recur later with a body are a table of contents") {
  std::string text = "Rust questions\n\n"
                     "Contents\n"
                     "1) What is ownership?\n"
                     "2) What is a lifetime?\n\n"
                     "1) What is ownership?\n"
                     "\tEach value has one owner that drops it.\n\n"
                     "2) What is a lifetime?\n"
                     "\tThe scope a reference is valid for.\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  check_records(*r, {{7, "What is ownership?", std::nullopt, "Each value has one owner that drops it."},
                     {10, "What is a lifetime?", std::nullopt, "The scope a reference is valid for."}});
  CHECK(rejected_with(*r, "table of contents"));
}

TEST_CASE("text: a bulleted list inside a Q:/A: answer belongs to the answer") {
  std::string text = "Q: What does the kit contain?\n"
                     "A: Three things:\n"
                     "- a cable\n"
                     "- a charger\n\n"
                     "Q: Is it waterproof?\n"
                     "A: No.\n\n"
                     "Q: Which colours are there?\n"
                     "A: Two:\n"
                     "- black\n"
                     "- white\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 3);
  CHECK(r->records[0].answer == std::optional<std::string>("Three things:\n- a cable\n- a charger"));
  CHECK(r->records[1].text == "Is it waterproof?");
  CHECK(r->records[2].answer == std::optional<std::string>("Two:\n- black\n- white"));
}

TEST_CASE("json: an object whose keys ask and whose values answer is a list of questions") {
  std::string json = "{\n  \"What is a deadlock?\": \"Two tasks each waiting for the other.\",\n"
                     "  \"What is a livelock?\": \"Tasks that keep reacting to each other without progress.\"\n}";
  auto r = run_format(json, InputFormat::kJson);
  REQUIRE(r.ok());
  check_records(*r, {{2, "What is a deadlock?", std::nullopt, "Two tasks each waiting for the other."},
                     {3, "What is a livelock?", std::nullopt, "Tasks that keep reacting to each other without progress."}});
}

TEST_CASE("text: an answer label alone on its line opens an answer that runs over paragraphs") {
  std::string text = "Question 1\nWhat is a socket?\n\nAnswer\nAn endpoint for sending and receiving data.\n\n"
                     "It has an address and a port.\n\n"
                     "Question 2\nWhat is a port?\n\nAnswer\nA number naming a service on a host.\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  check_records(*r, {{2, "What is a socket?", std::nullopt,
                      "An endpoint for sending and receiving data.\n\nIt has an address and a port."},
                     {10, "What is a port?", std::nullopt, "A number naming a service on a host."}});
}

TEST_CASE("text: \"A1.\" answers pair with \"Q1.\" questions") {
  std::string text = "Q1. 会員登録は無料ですか？\nA1. はい、無料です。\n\nQ2. 解約できますか？\nA2. いつでも解約できます。\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  check_records(*r, {{1, "会員登録は無料ですか？", std::nullopt, "はい、無料です。"},
                     {4, "解約できますか？", std::nullopt, "いつでも解約できます。"}});
}

TEST_CASE("text: a numbered question wrapped under its marker keeps the unindented paragraph below as answer") {
  std::string text = "Review\n\n"
                     " 1. What does a linker do with the object files it is\n"
                     "    given?\n\n"
                     "It resolves symbols and lays the code out in one executable.\n\n"
                     " 2. What is a shared library?\n\n"
                     "Code loaded at run time and shared between processes.\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  check_records(*r, {{3, "What does a linker do with the object files it is given?", "Review",
                      "It resolves symbols and lays the code out in one executable."},
                     {8, "What is a shared library?", "Review", "Code loaded at run time and shared between processes."}});
}

TEST_CASE("text: a CJK ordinal before a section line is not part of the topic") {
  std::string text = "一、网络\n1、什么是 DNS？\n答：域名解析系统。\n2、什么是 CDN？\n答：内容分发网络。\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  check_records(*r, {{2, "什么是 DNS？", "网络", "域名解析系统。"}, {4, "什么是 CDN？", "网络", "内容分发网络。"}});
}

TEST_CASE("csv: a \"Thème\" column is the topic") {
  std::string csv = "Question;Réponse;Thème\nQue signifie DNS ?;Domain Name System;Réseau\n";
  auto r = run_format(csv, InputFormat::kCsv);
  REQUIRE(r.ok());
  check_records(*r, {{2, "Que signifie DNS ?", "Réseau", "Domain Name System"}});
}

TEST_CASE("csv: a correct-letter column names one of the option columns; it beats an explanation column") {
  std::string csv = "question,option_a,option_b,option_c,correct,explanation\n"
                    "Which is a prime?,4,6,7,C,\n"
                    "Which is even?,3,8,9,B,Divisible by two.\n";
  auto r = run_format(csv, InputFormat::kCsv);
  REQUIRE(r.ok());
  check_records(*r, {{2, "Which is a prime?", std::nullopt, "7"}, {3, "Which is even?", std::nullopt, "8"}});
  CHECK(r->records[0].choices == std::vector<std::string>{"4", "6", "7"});
}

TEST_CASE("text: lettered lines under a question with a letter answer are its options, not code") {
  std::string text = "1. Which planet is largest?\na) Mars\nb) Jupiter\nc) Venus\nAnswer: b\n\n"
                     "2. Which planet is closest to the sun?\na) Mercury\nb) Earth\nAnswer: a\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  check_records(*r, {{1, "Which planet is largest?", std::nullopt, "Jupiter"},
                     {7, "Which planet is closest to the sun?", std::nullopt, "Mercury"}});
  CHECK(r->records[0].choices == std::vector<std::string>{"Mars", "Jupiter", "Venus"});
}

TEST_CASE("html: code after a question heading's answer prose is the answer's; right under the heading, the question's") {
  std::string html = "<h3>How do I install it?</h3>\n<p>Use the package manager:</p>\n<pre>apt install foo</pre>\n"
                     "<h3>What does this print?</h3>\n<pre>print(1 + 1)</pre>\n<p>It prints 2.</p>\n";
  auto r = run_format(html, InputFormat::kHtml);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK_FALSE(r->records[0].code.has_value());
  CHECK_THAT(r->records[0].answer.value_or(""), Catch::Contains("apt install foo"));
  CHECK(r->records[1].code == std::optional<std::string>("print(1 + 1)"));
  CHECK(r->records[1].answer == std::optional<std::string>("It prints 2."));
}

TEST_CASE("html: permalink marks and edit links are not part of a heading") {
  std::string html = "<h2>Setup<a class=\"headerlink\" href=\"#setup\">¶</a></h2>\n"
                     "<h3>Why is it slow?<a href=\"#why\">¶</a></h3>\n<p>Debug builds are slow.</p>\n"
                     "<h2><span>Usage</span><span>[<a href=\"/edit?s=2\">edit</a>]</span></h2>\n"
                     "<h3>Can I script it?</h3>\n<p>Yes.</p>\n";
  auto r = run_format(html, InputFormat::kHtml);
  REQUIRE(r.ok());
  check_records(*r, {{2, "Why is it slow?", "Setup", "Debug builds are slow."}, {5, "Can I script it?", "Usage", "Yes."}});
}

TEST_CASE("text: a numbered label word paired with an answer word marks questions in any language") {
  std::string text = "Maswali ya kompyuta\n\n"
                     "Swali 1: Kompyuta ni nini?\nJibu: Mashine inayochakata data.\n\n"
                     "Swali 2: RAM ni nini?\nJibu: Kumbukumbu ya muda.\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[0].text == "Kompyuta ni nini?");
  CHECK(r->records[0].answer == std::optional<std::string>("Mashine inayochakata data."));
  CHECK(r->records[1].text == "RAM ni nini?");
  CHECK(r->records[1].answer == std::optional<std::string>("Kumbukumbu ya muda."));
}

TEST_CASE("text: numbered steps that neither ask nor have answers are no question labels") {
  std::string text = "How do I install the tool?\n\n"
                     "Step 1: Download the archive.\nStep 2: Unpack it into /opt.\nStep 3: Add /opt/tool/bin to PATH.\n\n"
                     "How do I update it?\n\nRun the installer again.\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  for (const auto& q : r->records) CHECK(q.text.find("Download the archive") == std::string::npos);
  for (const auto& q : r->records) CHECK(q.text.find("Unpack it") == std::string::npos);
}

TEST_CASE("text: an answer label after the question mark on the same line starts the answer") {
  std::string text = "Q: What is a CPU? A: The processor.\nQ: Is 'Q: A:' a label? No, it is quoted text.\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[0].text == "What is a CPU?");
  CHECK(r->records[0].answer == std::optional<std::string>("The processor."));
  CHECK_FALSE(r->records[1].answer.has_value());  // no answer label after the mark
}

TEST_CASE("text: labels set apart by an ideographic space (\"問1　…\" / \"答　…\") and a chapter topic") {
  std::string text = "第2章　ネットワーク\n\n問1　IPアドレスとは何か。\n答　ネットワーク上の機器を識別する番号。\n\n"
                     "問2　ポート番号の役割を述べよ。\n答　同じ機器上のアプリケーションを区別する。\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  check_records(*r, {{3, "IPアドレスとは何か。", "ネットワーク", "ネットワーク上の機器を識別する番号。"},
                     {6, "ポート番号の役割を述べよ。", "ネットワーク", "同じ機器上のアプリケーションを区別する。"}});
}

TEST_CASE("json: a question object's own code field is the question's code") {
  std::string json = R"J([{"question": {"text": "What does this print?", "code": "print(2 ** 3)"},
  "answers": [{"text": "6", "correct": false}, {"text": "8", "correct": true}]}])J";
  auto r = run_format(json, InputFormat::kJson);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 1);
  CHECK(r->records[0].text == "What does this print?");
  CHECK(r->records[0].code == std::optional<std::string>("print(2 ** 3)"));
  CHECK(r->records[0].answer == std::optional<std::string>("8"));
}

TEST_CASE("html: a paragraph holding \"Question: …<br>Answer: …\" splits at the answer label") {
  std::string html = "<p><strong>Question:</strong> What is swap?<br>\n<strong>Answer:</strong> Disk space used as memory.</p>\n"
                     "<p><strong>Question:</strong> What is a zombie?<br>\n<strong>Answer:</strong> A finished, unreaped process.</p>";
  auto r = run_format(html, InputFormat::kHtml);
  REQUIRE(r.ok());
  check_records(*r, {{1, "What is swap?", std::nullopt, "Disk space used as memory."},
                     {3, "What is a zombie?", std::nullopt, "A finished, unreaped process."}});
}

TEST_CASE("yaml: a title beside a content body is a question and its answer") {
  std::string yaml = "faq:\n  - title: How do I log out?\n    content: Use the menu at the top right.\n"
                     "  - title: Is there a mobile app?\n    content: Yes, for Android and iOS.\n";
  auto r = run_format(yaml, InputFormat::kYaml);
  REQUIRE(r.ok());
  check_records(*r, {{2, "How do I log out?", std::nullopt, "Use the menu at the top right."},
                     {4, "Is there a mobile app?", std::nullopt, "Yes, for Android and iOS."}});
}

TEST_CASE("text: \"A.\" under a \"Q.\" question is its answer, unless a \"B.\" follows (options)") {
  std::string text = "Q. Do you ship abroad?\nA. Only within the EU.\n\n"
                     "Q. Which size fits a 10 cm foot?\nA. Small\nB. Large\nAnswer: A\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[0].text == "Do you ship abroad?");
  CHECK(r->records[0].answer == std::optional<std::string>("Only within the EU."));
  CHECK(r->records[1].choices == std::vector<std::string>{"Small", "Large"});
  CHECK(r->records[1].answer == std::optional<std::string>("Small"));
}

TEST_CASE("text: plain question lines with their answers indented under them") {
  std::string text = "Go FAQ\n\n"
                     "Why does Go have no exceptions?\n"
                     "  Errors are values; explicit checks keep\n"
                     "  control flow visible.\n\n"
                     "Is there a debugger?\n"
                     "  Yes, Delve.\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  check_records(*r, {{3, "Why does Go have no exceptions?", "Go FAQ",
                      "Errors are values; explicit checks keep\ncontrol flow visible."},
                     {7, "Is there a debugger?", "Go FAQ", "Yes, Delve."}});
}
