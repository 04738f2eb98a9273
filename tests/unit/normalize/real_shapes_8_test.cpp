// Tests for the document shapes of bench/real-8: real public question files in seven languages.
#include <catch2/catch.hpp>

#include <string>

#include "normalize_expect.hpp"
#include "qbank/normalize.hpp"

using qbank::InputFormat;
using qbank_test::run_format;

TEST_CASE("text: an Org FAQ whose source block holds a whole LaTeX file is read as Org") {
  std::string text = "#+LANGUAGE: fr\n"
                     "* Généralités\n\n"
                     "** Qui anime cette communauté ?\n\n"
                     "Ses utilisateurs.\n\n"
                     "** Comment montrer une image du résultat ?\n\n"
                     "Compiler ce fichier :\n\n"
                     "#+BEGIN_SRC latex\n"
                     "\\documentclass[convert]{standalone}\n"
                     "\\begin{document}\n"
                     "x\n"
                     "\\end{document}\n"
                     "#+END_SRC\n\n"
                     "* Divers\n\n"
                     "** Que puis-je faire ici ?\n\n"
                     "Voter.\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 3);
  CHECK(r->records[0].text == "Qui anime cette communauté ?");
  CHECK(r->records[0].topic == std::optional<std::string>("Généralités"));
  CHECK(r->records[0].sources[0].line == 4);
  CHECK(r->records[1].text == "Comment montrer une image du résultat ?");
  CHECK(r->records[1].answer.has_value());
  CHECK(r->records[2].text == "Que puis-je faire ici ?");
  CHECK(r->records[2].topic == std::optional<std::string>("Divers"));
}

TEST_CASE("html: a <form> without controls around each quiz item is content, a form with an input is not") {
  std::string page = "<html><body>\n<form>\n<h4>\n<i class=\"icon\"></i>\n"
                     "संधि कितने प्रकार की होती है\n</h4>\n"
                     "<ul><li>a) 2</li><li>b) 3</li></ul>\n"
                     "<details><summary>View Answer</summary><p>b) 3</p></details>\n</form>\n"
                     "<form>\n<h4>\n<i class=\"icon\"></i>\nकौन सा शब्द बहुवचन है\n</h4>\n"
                     "<ul><li>a) माता</li><li>b) प्राण</li></ul>\n"
                     "<details><summary>View Answer</summary><p>b) प्राण</p></details>\n</form>\n"
                     "<p>This is the end of questions.</p>\n"
                     "<form action=\"/search\"><h4>Search the site?</h4><input name=\"q\"></form>\n"
                     "</body></html>\n";
  auto r = run_format(page, InputFormat::kHtml);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[0].text == "संधि कितने प्रकार की होती है");
  CHECK(r->records[0].sources[0].line == 5);
  CHECK(r->records[0].answer == std::optional<std::string>("b) 3"));
  CHECK(r->records[1].text == "कौन सा शब्द बहुवचन है");
  CHECK(r->records[1].answer == std::optional<std::string>("b) प्राण"));
}

TEST_CASE("html: a question table's <tfoot> row is its footer, not a question") {
  std::string page = "<h1>GYIK</h1>\n<table>\n<thead>\n<tr><th>Kérdés</th><th>Válasz</th></tr>\n</thead>\n<tbody>\n"
                     "<tr><td>Ingyenes a regisztráció?</td><td>Igen.</td></tr>\n"
                     "<tr><td>Hogyan tudom módosítani a jelszavamat?</td><td>Sehogy.</td></tr>\n"
                     "</tbody>\n<tfoot>\n"
                     "<tr><td colspan=\"2\">Nem talált választ kérdéseire? Írjon nekünk!</td></tr>\n"
                     "</tfoot>\n</table>\n";
  auto r = run_format(page, InputFormat::kHtml);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[1].text == "Hogyan tudom módosítani a jelszavamat?");
  CHECK(r->records[1].answer == std::optional<std::string>("Sehogy."));
  bool footer = false;
  for (const auto& x : r->rejected) footer = footer || (x.line == 11 && x.reason == "table footer");
  CHECK(footer);
}

TEST_CASE("markdown: a numbered run of points after a numbered run of questions with labelled answers is no questions") {
  std::string text = "# 面接でよく聞かれる内容とは？\n\n"
                     "## よく聞かれる質問\n\n"
                     "### 1. 自己紹介をお願いします\n簡潔に。\n\n- **回答例**：\n  「私は学生です。」\n\n"
                     "### 2. あなたの強みは何ですか？\n具体的に。\n\n- **回答例**：\n  「課題解決力です。」\n\n"
                     "### 3. なぜ転職を考えていますか？\n前向きに。\n\n- **回答例**：\n  「挑戦したいからです。」\n\n"
                     "## 成功するためのポイント\n\n"
                     "### 1. 事前準備を徹底する\n企業研究を行いましょう。\n\n"
                     "### 2. 具体的なエピソードを交える\n説得力が増します。\n\n"
                     "### 3. 企業への関心を示す\n熱意が伝わります。\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 3);
  CHECK(r->records[0].text == "自己紹介をお願いします");
  CHECK(r->records[0].topic == std::optional<std::string>("よく聞かれる質問"));
  CHECK(r->records[2].text == "なぜ転職を考えていますか？");
}

TEST_CASE("markdown: numbered runs in two sections stay questions when no run labels its answers") {
  std::string text = "## Theory\n\n### 1. What is a closure?\nA function with its scope.\n\n"
                     "### 2. What is hoisting?\nMoving declarations up.\n\n"
                     "### 3. What is a promise?\nA future value.\n\n"
                     "## Topics to review\n\n### 1. Recursion\nBase case first.\n\n"
                     "### 2. Event loop\nOne thread.\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  CHECK(r->records.size() == 5);
}

TEST_CASE("markdown: a recurring '* **Trả lời:**' bullet under a heading's question is its answer, not a field") {
  std::string text = "## Người dùng\n\n"
                     "### Q1: Tại sao ứng dụng miễn phí?\n* **Trả lời:** Vì nó chạy trên máy của bạn.\n\n"
                     "### Q2: Tôi có cần đăng nhập không?\n* **Trả lời:** Không cần.\n\n"
                     "### Q3: Vì sao ảnh bị thiếu?\n* **Trả lời:**\n  * Đề chưa có ảnh.\n  * Liên kết hỏng.\n\n"
                     "### Q4: Chọn đáp án đúng?\n- A: một\n- B: hai\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 4);
  CHECK(r->records[0].answer == std::optional<std::string>("Vì nó chạy trên máy của bạn."));
  CHECK(r->records[1].answer == std::optional<std::string>("Không cần."));
  REQUIRE(r->records[2].answer.has_value());
  CHECK(r->records[2].answer->find("Liên kết hỏng.") != std::string::npos);
  CHECK(r->records[3].choices.size() == 2);
}
