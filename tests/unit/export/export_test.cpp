// Tests of qbank/export.hpp: the text formats, their escaping of adversarial records, and the sink.
#include <catch2/catch.hpp>

#include <algorithm>

#include "qbank/export.hpp"
#include "qbank/io.hpp"

using namespace qbank;

namespace {

// Builds a record with one source.
Question rec(std::string id, std::string text, std::optional<std::string> answer = std::nullopt,
             std::optional<std::string> topic = std::nullopt, std::vector<std::string> tags = {}) {
  Question q;
  q.id = std::move(id);
  q.text = std::move(text);
  q.answer = std::move(answer);
  q.topic = std::move(topic);
  q.tags = std::move(tags);
  Source s;
  s.file = "in.md";
  s.line = 3;
  s.raw = q.text;
  q.sources.push_back(s);
  return q;
}

// Exports records with a format and returns the text (fails the test on error).
std::string run(const std::vector<Question>& records, ExportOptions o) {
  auto r = export_to_string(records, o);
  REQUIRE(r.ok());
  return *r;
}

// Counts the occurrences of needle in hay.
std::size_t count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + needle.size())) ++n;
  return n;
}

ExportOptions as(ExportFormat f) {
  ExportOptions o;
  o.format = f;
  return o;
}

}  // namespace

TEST_CASE("format names parse and unknown ones are usage errors") {
  for (const char* n : {"csv", "tsv", "anki", "apkg", "markdown", "gift", "moodle-xml", "json", "jsonl"}) {
    auto f = parse_export_format(n);
    REQUIRE(f.ok());
    CHECK(std::string(export_format_name(*f)) == n);
  }
  CHECK(*parse_export_format("md") == ExportFormat::kMarkdown);
  CHECK(parse_export_format("docx").status().code() == StatusCode::kInvalidArgument);
  CHECK(export_needs_file(ExportFormat::kApkg));
  CHECK_FALSE(export_needs_file(ExportFormat::kCsv));
}

TEST_CASE("options are checked per format") {
  ExportOptions o = as(ExportFormat::kCsv);
  o.columns = {"id", "frob"};
  CHECK(check_export_options(o).code() == StatusCode::kInvalidArgument);
  o.columns = {"id"};
  o.tag_separator = '|';
  CHECK(check_export_options(o).code() == StatusCode::kInvalidArgument);
  o = as(ExportFormat::kAnki);
  o.deck = "  ";
  CHECK(check_export_options(o).code() == StatusCode::kInvalidArgument);
  CHECK(export_to_string({}, as(ExportFormat::kApkg)).status().code() == StatusCode::kInvalidArgument);
}

TEST_CASE("CSV quotes per RFC 4180 and neutralises formulas unless raw") {
  std::vector<Question> r = {rec("q0000000000000001", "a,\"b\"\nc", "=HYPERLINK(\"x\")", "T", {"t1", "a::b"}),
                             rec("q0000000000000002", "-1 + 2", "@SUM", std::nullopt, {})};
  ExportOptions o = as(ExportFormat::kCsv);
  o.columns = {"text", "answer", "tags", "topic", "source"};
  std::string csv = run(r, o);
  CHECK(csv ==
        "text,answer,tags,topic,source\n"
        "\"a,\"\"b\"\"\nc\",\"'=HYPERLINK(\"\"x\"\")\",t1 a::b,T,in.md:3\n"
        "'-1 + 2,'@SUM,,,in.md:3\n");
  o.raw = true;
  o.tag_separator = ';';
  o.crlf = true;
  o.bom = true;
  std::string raw = run(r, o);
  CHECK(raw.rfind("\xEF\xBB\xBFtext,answer", 0) == 0);
  CHECK(raw.find("\"=HYPERLINK(\"\"x\"\")\",t1;a::b,T,in.md:3\r\n") != std::string::npos);
  CHECK(raw.find("\r\n-1 + 2,@SUM,,,in.md:3\r\n") != std::string::npos);
  CHECK(run({}, as(ExportFormat::kCsv)) == "id,text,answer,tags,topic,lang,code\n");
}

TEST_CASE("CSV with another delimiter quotes cells holding it, and the header row can be left out") {
  std::vector<Question> r = {rec("q0000000000000001", "a;b, c", "x|y", "T", {"t1", "t2"})};
  ExportOptions o = as(ExportFormat::kCsv);
  o.columns = {"text", "answer", "tags"};
  o.delimiter = ';';
  o.tag_separator = ';';
  CHECK(run(r, o) == "text;answer;tags\n\"a;b, c\";x|y;\"t1;t2\"\n");
  o.delimiter = '|';
  o.header = false;
  CHECK(run(r, o) == "a;b, c|\"x|y\"|t1;t2\n");
  ExportOptions t = as(ExportFormat::kTsv);
  t.columns = {"text"};
  t.header = false;
  CHECK(run(r, t) == "a;b, c\n");
  for (char bad : {'"', 'a', '7', '\n', '\r'}) {
    o.delimiter = bad;
    CHECK(check_export_options(o).code() == StatusCode::kInvalidArgument);
  }
  for (char good : {',', ';', '|', '\t', ' ', ':'}) {
    o.delimiter = good;
    CHECK(check_export_options(o).ok());
  }
}

TEST_CASE("TSV quotes fields holding tabs, quotes or line breaks") {
  ExportOptions o = as(ExportFormat::kTsv);
  o.columns = {"text", "answer"};
  std::string tsv = run({rec("q0000000000000001", "tab\there", "plain, with comma")}, o);
  CHECK(tsv == "text\tanswer\n\"tab\there\"\tplain, with comma\n");
}

TEST_CASE("Anki text escapes HTML and keeps one note per line") {
  Question q = rec("q00000000000000a1", "<script>alert(1)</script> & \"q\"", "line1\nline2\tx", "Net", {"a b"});
  q.code = "if (a < b) {\n  return;\n}";
  q.choices = {"A: yes", "B: <no>"};
  std::string t = run({q, rec("q00000000000000a2", "# hash start", std::nullopt)}, as(ExportFormat::kAnki));
  CHECK(t.rfind("#separator:tab\n#html:true\n#notetype:Basic\n#deck:qbank\n#guid column:1\n#tags column:4\n", 0) == 0);
  CHECK(t.find("<script>") == std::string::npos);
  CHECK(t.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;") != std::string::npos);
  CHECK(t.find("<pre><code>if (a &lt; b) {<br>  return;<br>}</code></pre>") != std::string::npos);
  CHECK(t.find("<ul><li>A: yes</li><li>B: &lt;no&gt;</li></ul>") != std::string::npos);
  CHECK(t.find("\tline1<br>line2&#9;x\ta_b\n") != std::string::npos);
  CHECK(t.find("q00000000000000a2\t# hash start\t\t\n") != std::string::npos);
  ExportOptions o = as(ExportFormat::kAnki);
  o.subdecks = true;
  o.reversed = true;
  o.deck = "Prep";
  std::string s = run({q}, o);
  CHECK(s.find("#notetype:Basic (and reversed card)\n") != std::string::npos);
  CHECK(s.find("#deck column:4\n#tags column:5\n") != std::string::npos);
  CHECK(s.find("\tPrep::Net\ta_b\n") != std::string::npos);
  CHECK(count(s.substr(s.find("q00000000000000a1")), "\t") == 4);
}

TEST_CASE("Markdown groups by topic, numbers questions and fences code safely") {
  Question a = rec("q0000000000000001", "What is <b>x</b>?", "Use *it*\n\n- not a list", "Topic A");
  a.code = "```\ncode\n```";
  Question b = rec("q0000000000000002", "Untitled?", "yes");
  Question c = rec("q0000000000000003", "Second in A", std::nullopt, "Topic A");
  std::string md = run({a, b, c}, as(ExportFormat::kMarkdown));
  CHECK(md.find("## 1. Untitled?") < md.find("# Topic A"));
  CHECK(md.find("# Topic A\n\n## 2. What is \\<b\\>x\\</b\\>?\n") != std::string::npos);
  CHECK(md.find("````\n```\ncode\n```\n````\n") != std::string::npos);
  CHECK(md.find("**Answer:** Use \\*it\\*\n\n\\- not a list\n") != std::string::npos);
  CHECK(md.find("## 3. Second in A") != std::string::npos);
  CHECK(count(md, "# Topic A") == 1);
}

TEST_CASE("GIFT escapes its special characters and picks the question type") {
  std::vector<Question> r = {rec("q0000000000000001", "a~b=c#d{e}f:g\\h", "short one", "x/y"),
                             rec("q0000000000000002", "Essay?", std::nullopt),
                             rec("q0000000000000003", "Long?", "a long answer with many words in it\nand lines")};
  ExportOptions o = as(ExportFormat::kGift);
  o.deck = "Bank";
  std::string g = run(r, o);
  CHECK(g.find("::q0000000000000001::[html]a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h{=short one}\n") != std::string::npos);
  CHECK(g.find("::q0000000000000002::[html]Essay?{}\n") != std::string::npos);
  CHECK(g.find("{####a long answer with many words in it<br>and lines}") != std::string::npos);
  CHECK(g.find("$CATEGORY: Bank/x//y\n") != std::string::npos);
  CHECK(g.find("$CATEGORY: Bank\n") < g.find("$CATEGORY: Bank/x//y"));
}

TEST_CASE("Moodle XML splits ]]> across CDATA sections and writes tags and categories") {
  Question q = rec("q0000000000000001", "Ends with ]]> here", "a ]]> b", "Net", {"t<1>"});
  q.text += '\x01';  // Not allowed in XML 1.0: dropped.
  std::string x = run({q}, as(ExportFormat::kMoodleXml));
  CHECK(x.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n", 0) == 0);
  CHECK(x.find("<text>$course$/top/qbank/Net</text>") != std::string::npos);
  CHECK(x.find("<question type=\"essay\">") != std::string::npos);
  CHECK(x.find("<tag><text>t&lt;1&gt;</text></tag>") != std::string::npos);
  CHECK(x.find('\x01') == std::string::npos);
  CHECK(count(x, "<![CDATA[") == count(x, "]]>"));  // Every section is closed once, nothing leaks.
  CHECK(x.find("a ]]]]><![CDATA[> b") == std::string::npos);  // HTML-escaped first: "]]&gt;".
  Question raw = rec("q0000000000000002", "t", std::nullopt);
  raw.tags = {"x"};
  CHECK(run({raw}, as(ExportFormat::kMoodleXml)).find("<idnumber>q0000000000000002</idnumber>") != std::string::npos);
}

TEST_CASE("Moodle XML drops U+FFFE and U+FFFF, which XML 1.0 forbids, and keeps the characters around them") {
  Question q = rec("q0000000000000001", "What is \xEF\xBF\xBF here\xEF\xBF\xBE? \xEF\xBF\xBD \xF0\x9F\x98\x80",
                   "an\xEF\xBF\xBFswer", "To\xEF\xBF\xBEpic", {"t\xEF\xBF\xBF"});
  std::string x = run({q}, as(ExportFormat::kMoodleXml));
  CHECK(x.find("\xEF\xBF\xBF") == std::string::npos);
  CHECK(x.find("\xEF\xBF\xBE") == std::string::npos);
  CHECK(x.find("What is  here? \xEF\xBF\xBD \xF0\x9F\x98\x80") != std::string::npos);  // U+FFFD and emoji stay.
  CHECK(x.find("answer") != std::string::npos);
  CHECK(x.find("$course$/top/qbank/Topic") != std::string::npos);
  CHECK(x.find("<tag><text>t</text></tag>") != std::string::npos);
}

TEST_CASE("JSON array is compact by default, pretty on request; JSONL matches to_json") {
  std::vector<Question> r = {rec("q0000000000000001", "a", "b"), rec("q0000000000000002", "c")};
  std::string compact = run(r, as(ExportFormat::kJson));
  CHECK(compact == "[\n" + to_json(r[0]) + ",\n" + to_json(r[1]) + "\n]\n");
  ExportOptions o = as(ExportFormat::kJson);
  o.pretty = true;
  std::string pretty = run(r, o);
  CHECK(pretty.rfind("[\n  {\n    \"id\": \"q0000000000000001\",\n    \"text\": \"a\",", 0) == 0);
  CHECK(pretty.find("\"tags\": [],") != std::string::npos);
  CHECK(run({}, as(ExportFormat::kJson)) == "[]\n");
  CHECK(run(r, as(ExportFormat::kJsonl)) == to_json(r[0]) + "\n" + to_json(r[1]) + "\n");
}

TEST_CASE("sink receives large output in chunks and its errors stop the export") {
  std::vector<Question> r(20000, rec("q0000000000000001", std::string(100, 'x'), std::string(50, 'y')));
  std::string joined;
  int chunks = 0;
  Status s = export_records(r, as(ExportFormat::kCsv), [&](std::string_view c) {
    joined.append(c);
    ++chunks;
    return Status::Ok();
  });
  CHECK(s.ok());
  CHECK(chunks > 1);
  CHECK(joined == run(r, as(ExportFormat::kCsv)));
  int calls = 0;
  s = export_records(r, as(ExportFormat::kJsonl), [&](std::string_view) {
    ++calls;
    return Status::IoError("disk full");
  });
  CHECK(s.code() == StatusCode::kIoError);
  CHECK(calls == 1);
}

TEST_CASE("odd records never break any text format") {
  Question q = rec("", std::string("bad \xff\xfe utf8 \0 nul", 17), std::string("\x1f\x7f\r"), std::string("\n"));
  q.sources.clear();
  q.code = "";
  q.choices = {""};
  for (auto f : {ExportFormat::kCsv, ExportFormat::kTsv, ExportFormat::kAnki, ExportFormat::kMarkdown,
                 ExportFormat::kGift, ExportFormat::kMoodleXml, ExportFormat::kJson, ExportFormat::kJsonl}) {
    auto out = export_to_string({q, Question{}}, as(f));
    CHECK(out.ok());
    if (f != ExportFormat::kJson && f != ExportFormat::kJsonl) CHECK(out->find('\0') == std::string::npos);
  }
}

namespace {

// Three records linked as translations of each other, and one linked to a record that is not exported.
std::vector<Question> linked() {
  Question en = rec("q00000000000000a1", "What is a closure?", std::string("A function with its scope."));
  Question ru = rec("q00000000000000a2", "Что такое замыкание?");
  Question zh = rec("q00000000000000a3", "什么是闭包？");
  Question lone = rec("q00000000000000b1", "How does TCP work?");
  en.lang = "en", ru.lang = "ru", zh.lang = "zh", lone.lang = "en";
  en.translations = {"q00000000000000a2", "q00000000000000a3"};
  ru.translations = {"q00000000000000a1", "q00000000000000a3"};
  zh.translations = {"q00000000000000a1", "q00000000000000a2"};
  lone.translations = {"q00000000000000ff"};
  return {en, ru, zh, lone};
}

}  // namespace

TEST_CASE("with_translations: CSV gets a translations column of lang: text lines") {
  ExportOptions o = as(ExportFormat::kCsv);
  o.columns = {"id", "text"};
  CHECK(count(run(linked(), o), "translations") == 0);  // Off by default.
  o.with_translations = true;
  std::string csv = run(linked(), o);
  CHECK(csv.rfind("id,text,translations\n", 0) == 0);
  CHECK(csv.find("q00000000000000a1,What is a closure?,\"ru: Что такое замыкание?\nzh: 什么是闭包？\"\n") !=
        std::string::npos);
  CHECK(csv.find("q00000000000000b1,How does TCP work?,q00000000000000ff\n") != std::string::npos);  // Not exported: the id.
  o.with_translations = false;
  o.columns = {"translations", "id"};  // Also a column of its own.
  CHECK(run(linked(), o).find("\"en: What is a closure?\nzh: 什么是闭包？\",q00000000000000a2\n") != std::string::npos);
}

TEST_CASE("with_translations: Markdown lists them under the question, Anki text in a column after Back") {
  ExportOptions o = as(ExportFormat::kMarkdown);
  CHECK(count(run(linked(), o), "Translations:") == 0);
  o.with_translations = true;
  std::string md = run(linked(), o);
  CHECK(count(md, "Translations:") == 4);
  CHECK(md.find("## 2. Что такое замыкание?\n\nTranslations:\n\n- en: What is a closure?\n- zh: 什么是闭包？\n\n") !=
        std::string::npos);
  o.format = ExportFormat::kAnki;
  std::string anki = run(linked(), o);
  CHECK(anki.find("#tags column:5\n") != std::string::npos);
  CHECK(anki.find("\tA function with its scope.\tru: Что такое замыкание?<br>zh: 什么是闭包？\t") != std::string::npos);
  o.with_translations = false;
  CHECK(run(linked(), o).find("#tags column:4\n") != std::string::npos);
}
