// Tests for the HTML and CSV/TSV (incl. Anki text) readers of normalize.
#include <catch2/catch.hpp>

#include "normalize_expect.hpp"
#include "test_helpers.hpp"

using qbank::InputFormat;
using qbank_test::check_records;
using qbank_test::Expect;
using qbank_test::rejected_with;
using qbank_test::run_format;

namespace {

// An adversarial page: navigation, scripts, entities, inline code, lists, pre, dl, details, a table.
const char* const kPage = R"(<!DOCTYPE html>
<html lang="en">
<head><title>Quiz</title><style>p { color: red }</style>
<script>var x = "<p>What is hidden?</p>";</script></head>
<body>
<header><a href="/">Home</a><nav><ul><li><a href="/a">What is a nav link?</a></li></ul></nav><h1>JS Interview</h1></header>
<nav><ul><li><a href="#closures">Closures</a></li></ul></nav>
<p>Welcome to our list.</p>
<h2 id="closures">Closures</h2>
<ol>
  <li>What is a <code>closure</code> &amp; why use it?</li>
  <li>Explain the difference between <b>var</b> and <i>let</i>.</li>
  <li>How does <code>this</code> work?
    <ul><li>What about arrow functions?</li></ul>
  </li>
</ol>
<h3>What does this code print?</h3>
<pre><code>console.log(1 &lt; 2);
  console.log("done");</code></pre>
<p>It prints <code>true</code>,
then "done".</p>
<h2>Entities &amp; Unicode</h2>
<p>Что такое замыкание&nbsp;&mdash; и зачем оно?</p>
<p>Замыкание — это функция.</p>
<dl><dt>What is NaN?</dt><dd>Not-a-Number, a &quot;number&quot;.</dd></dl>
<details><summary>Why is 0.1 + 0.2 != 0.3?</summary><p>Floating point.</p></details>
<!-- <p>What is a comment?</p> -->
<form><label>What is your name?</label><input name="x"></form>
<table><tr><th>Question</th><th>Answer</th></tr>
<tr><td>What is a Promise?</td><td>An async result.</td></tr></table>
<footer><p>What is the copyright? &copy; 2024</p></footer>
</body></html>
)";

}  // namespace

TEST_CASE("html: headings, lists, code, answers, entities; navigation and scripts ignored") {
  auto r = run_format(kPage, InputFormat::kHtml);
  REQUIRE(r.ok());
  check_records(*r, {
      {11, "What is a `closure` & why use it?", "Closures"},
      {12, "Explain the difference between var and let.", "Closures"},
      {13, "How does `this` work?", "Closures"},
      {14, "What about arrow functions?", "Closures"},
      {17, "What does this code print?", "Closures", "It prints `true`, then \"done\".",
       "console.log(1 < 2);\n  console.log(\"done\");"},
      {23, "Что такое замыкание — и зачем оно?", "Entities & Unicode", "Замыкание — это функция."},
      {25, "What is NaN?", "Entities & Unicode", "Not-a-Number, a \"number\"."},
      {26, "Why is 0.1 + 0.2 != 0.3?", "Entities & Unicode", "Floating point."},
      {30, "What is a Promise?", "Entities & Unicode", "An async result."},
  });
  CHECK(r->records[5].lang == "ru");
  CHECK(r->records[0].sources[0].format == "html");
  CHECK(rejected_with(*r, "navigation"));
  CHECK(rejected_with(*r, "footer"));
  CHECK(rejected_with(*r, "form"));
  CHECK(rejected_with(*r, "prose"));
}

TEST_CASE("html: statement headings with choices and an answer are questions; sub-items are code") {
  auto r = run_format(R"(<h2>Quiz</h2>
<h6>14. All objects have prototypes.</h6>
<ul><li>A: true</li><li>B: false</li></ul>
<details><summary><b>Answer</b></summary><p>Answer: B</p></details>
<hr>
<ul><li>Explain these headers:<ul><li>ETag</li><li>Cache-Control</li></ul></li></ul>
<ul><li><a href="https://example.com/1">js垃圾回收的方式有哪些？</a></li></ul>
)",
                      InputFormat::kHtml);
  REQUIRE(r.ok());
  check_records(*r, {
      {2, "All objects have prototypes.", "Quiz", "Answer: B"},
      {6, "Explain these headers:", "Quiz", std::nullopt, "- ETag\n- Cache-Control"},
      {7, "js垃圾回收的方式有哪些？", "Quiz"},
  });
  CHECK(r->records[0].choices == std::vector<std::string>{"A: true", "B: false"});
}

TEST_CASE("html: a heading inside a label item's sub-list starts a new section and ends the label") {
  auto r = run_format("<ul><li>Basics<ul><li>What is a closure?</li><h2>Networking</h2><li>What is TCP?</li></ul>"
                      "</li></ul>\n<ul><li>What is UDP?</li></ul>\n",
                      InputFormat::kHtml);
  REQUIRE(r.ok());
  check_records(*r, {
      {1, "What is a closure?", "Basics"},
      {1, "What is TCP?", "Networking"},
      {2, "What is UDP?", "Networking"},
  });
}

TEST_CASE("html: malformed and hostile input never crashes") {
  for (std::string bad : {std::string("<p>What is <b>bold?"), std::string("<ul><li>What?<li>Why?"),
                          std::string("<<<>>></p></li><script>"), std::string("\x01\x02<p>\x7f?</p>"),
                          std::string("<p>What is &bogus; &#99999999; &#x0;?</p>")}) {
    auto r = run_format(bad, InputFormat::kHtml);
    CHECK(r.ok());
  }
  std::string deep;
  for (int i = 0; i < 1500; ++i) deep += "<span>";
  deep += "What is deep?";
  auto ok = run_format(deep, InputFormat::kHtml);
  REQUIRE(ok.ok());
  CHECK(ok->records.size() == 1);
  std::string deeper;
  for (int i = 0; i < 100000; ++i) deeper += "<div>";
  auto too_deep = run_format(deeper, InputFormat::kHtml);
  REQUIRE_FALSE(too_deep.ok());
  CHECK(too_deep.status().code() == qbank::StatusCode::kDataError);
}

TEST_CASE("csv: RFC 4180 quotes, doubled quotes, commas, newlines and CRLF inside fields") {
  std::string csv =
      "question,answer,tags\r\n"
      "\"What is \"\"this\"\", really?\",\"It depends,\r\non the call\",js  this\r\n"
      "\"Tab\there?\",plain,\r\n"
      "\r\n"
      "Unquoted \"inner\" quotes?,x,\r\n";
  auto r = run_format(csv, InputFormat::kCsv);
  REQUIRE(r.ok());
  check_records(*r, {
      {2, "What is \"this\", really?", std::nullopt, "It depends,\non the call"},
      {4, "Tab here?", std::nullopt, "plain"},
      {6, "Unquoted \"inner\" quotes?", std::nullopt, "x"},
  });
  CHECK(r->records[0].tags == std::vector<std::string>{"js", "this"});
  CHECK(r->records[0].sources[0].format == "csv");
  CHECK(rejected_with(*r, "header"));
}

TEST_CASE("csv: headers in other languages, separator sniffing, topic and lang columns") {
  auto r = run_format("Тема;Вопрос;Ответ\nPython;Что такое GIL?;Блокировка\n", InputFormat::kCsv);
  REQUIRE(r.ok());
  check_records(*r, {{2, "Что такое GIL?", "Python", "Блокировка"}});
  auto zh = run_format("问题\t答案\n什么是闭包？\t函数\n", InputFormat::kCsv);
  REQUIRE(zh.ok());
  check_records(*zh, {{2, "什么是闭包？", std::nullopt, "函数"}});
  auto letter = run_format("Which one is right?,A\nAnd now?,B\n", InputFormat::kCsv);
  REQUIRE(letter.ok());
  check_records(*letter, {{1, "Which one is right?", std::nullopt, "A"}, {2, "And now?", std::nullopt, "B"}});
  auto short_names = run_format("Q,A\nWhy?,Because\n", InputFormat::kCsv);
  REQUIRE(short_names.ok());
  check_records(*short_names, {{2, "Why?", std::nullopt, "Because"}});
  auto no_header = run_format("What is X?|It is Y\nWhat is Z?|Z\n", InputFormat::kCsv);
  REQUIRE(no_header.ok());
  check_records(*no_header, {{1, "What is X?", std::nullopt, "It is Y"}, {2, "What is Z?", std::nullopt, "Z"}});
}

TEST_CASE("csv: header names whose letters folding rewrites (Thai sara am) are still known") {
  // "ำ" (U+0E33) folds to two code points, so the known names are compared in their folded form.
  auto th = run_format("คำถาม,คำตอบ,หมวดหมู่\nPython คืออะไร,ภาษาโปรแกรม,พื้นฐาน\nlist กับ tuple ต่างกันอย่างไร,ลำดับ,พื้นฐาน\n",
                       InputFormat::kCsv);
  REQUIRE(th.ok());
  check_records(*th, {{2, "Python คืออะไร", "พื้นฐาน", "ภาษาโปรแกรม"},
                      {3, "list กับ tuple ต่างกันอย่างไร", "พื้นฐาน", "ลำดับ"}});
  CHECK(rejected_with(*th, "header"));
}

TEST_CASE("csv: --column mapping by header name or number; unknown columns are rejected") {
  std::string csv = "ID,Frage,Antwort,Notes\n1,Was ist ein Closure?,Eine Funktion,n\n";
  auto r = run_format(csv, InputFormat::kCsv, {{"text", "frage"}, {"answer", "Notes"}});
  REQUIRE(r.ok());
  check_records(*r, {{2, "Was ist ein Closure?", std::nullopt, "n"}});
  auto by_number = run_format("a?,b\n", InputFormat::kCsv, {{"text", "2"}, {"answer", "1"}});
  REQUIRE(by_number.ok());
  check_records(*by_number, {{1, "b", std::nullopt, "a?"}});
  auto bad = run_format(csv, InputFormat::kCsv, {{"text", "Question"}});
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().code() == qbank::StatusCode::kInvalidArgument);
  CHECK_THAT(bad.status().message(), Catch::Contains("Question") && Catch::Contains("ID, Frage, Antwort, Notes"));
  // A target that names no field keeps the column as an x_ extension field.
  auto extension = run_format(csv, InputFormat::kCsv, {{"colour", "Notes"}});
  REQUIRE(extension.ok());
  REQUIRE(extension->records.size() == 1);
  REQUIRE(extension->records[0].extra.size() == 1);
  CHECK(extension->records[0].extra[0] == std::make_pair(std::string("x_colour"), std::string("\"n\"")));
  CHECK_FALSE(run_format(csv, InputFormat::kCsv, {{"colour", "Farbe"}}).ok());
}

TEST_CASE("anki: #separator, #html, #tags column, #deck headers and a commented header row") {
  std::string anki =
      "#separator:Pipe\n#html:true\n#tags column:3\n#deck:Web\n#notetype:Basic\n"
      "\"What is &lt;div&gt;?<br>Explain.\"|<b>A</b> block&nbsp;box|web html\n"
      "\"Multi\nline| quoted?\"|\"<ul><li>one</li><li>two</li></ul>\"|\n";
  auto r = run_format(anki, InputFormat::kTsv);
  REQUIRE(r.ok());
  check_records(*r, {{6, "What is <div>? Explain.", "Web", "A block box"},
                     {7, "Multi line| quoted?", "Web", "- one\n- two"}});
  CHECK(r->records[0].tags == std::vector<std::string>{"web", "html"});
  CHECK(rejected_with(*r, "Anki header"));
  auto commented = run_format("# FRONT\tBACK\nWhat is <script>?\t\n", InputFormat::kCsv);
  REQUIRE(commented.ok());
  check_records(*commented, {{2, "What is <script>?"}});
}

TEST_CASE("csv: a question cell with code lines is split into text and code") {
  auto r = run_format("\"Question: What is the value of foo?\nvar foo = 10 + '20';\"\t\n", InputFormat::kTsv);
  REQUIRE(r.ok());
  check_records(*r, {{1, "What is the value of foo?", std::nullopt, std::nullopt, "var foo = 10 + '20';"}});
}

TEST_CASE("csv: an unterminated quote is a data error naming the line it opened on") {
  auto r = run_format("q,a\nok?,1\n\"never closed?,2\nmore,3\n", InputFormat::kCsv, {}, "bad.csv");
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == qbank::StatusCode::kDataError);
  CHECK_THAT(r.status().message(), Catch::Contains("bad.csv:3:"));
}

TEST_CASE("csv: ragged rows, empty cells and control bytes never crash") {
  auto r = run_format("question,answer\n,only answer\nshort?\n\x01\x02 what?,\x7f\n\"\"\n,,,,,\n", InputFormat::kCsv);
  REQUIRE(r.ok());
  CHECK(r->records.size() == 2);
  CHECK(rejected_with(*r, "no question text"));
}

TEST_CASE("corpus: the h5bp Anki file (TAB-separated despite .csv) gives its 185 questions") {
  std::string path = qbank_test::shared_dir() + "/corpus/raw/h5bp-fe-anki.csv";
  std::string bytes = qbank_test::slurp(path);
  REQUIRE_FALSE(bytes.empty());
  auto r = run_format(bytes, InputFormat::kCsv, {}, path);
  REQUIRE(r.ok());
  INFO("found " << r->records.size());
  CHECK(r->records.size() >= 176);  // 185 ± 5%
  CHECK(r->records.size() <= 194);
  CHECK(r->records.front().text == "What did you learn yesterday/this week?");
  CHECK(r->records.front().sources[0].line == 2);
  std::size_t with_code = 0;
  for (const auto& q : r->records) with_code += q.code.has_value();
  CHECK(with_code == 10);
  auto detected = qbank::detect_input_format(path, bytes.substr(0, 4096));
  CHECK(detected == InputFormat::kTsv);
}

TEST_CASE("csv: a label naming a kind of question is not part of its text") {
  auto r = run_format("question,answer\n\"Coding question: Make this work\",x\n\"Bonus question 2: Why?\",y\n"
                      "\"Вопрос 3: Что такое GIL?\",z\n\"Question of the day: what is a closure?\",w\n",
                      InputFormat::kCsv);
  REQUIRE(r.ok());
  check_records(*r, {
      {2, "Make this work", std::nullopt, "x"},
      {3, "Why?", std::nullopt, "y"},
      {4, "Что такое GIL?", std::nullopt, "z"},
      {5, "Question of the day: what is a closure?", std::nullopt, "w"},
  });
}
