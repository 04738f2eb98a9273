// Tests for the document shapes of bench/real-9: blog posts and generated article pages of interview questions.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "normalize_expect.hpp"
#include "qbank/normalize.hpp"

using qbank::InputFormat;
using qbank_test::run_format;
using qbank_test::texts;

TEST_CASE("text: a list of questions repeated further down names the later entries; only those are read") {
  std::string text = "Questions\n\n"
                     "• What is a closure?\n• What is hoisting?\n• What is a promise?\n\n"
                     "Answers\n\n"
                     "• What is a closure?\nA function that keeps the scope it was made in.\n\n"
                     "• What is hoisting?\n\n"
                     "• What is a promise?\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 3);
  CHECK(texts(*r) == std::vector<std::string>{"What is a closure?", "What is hoisting?", "What is a promise?"});
  CHECK(r->records[0].sources[0].line == 9);
  CHECK(r->records[0].answer == std::optional<std::string>("A function that keeps the scope it was made in."));
  CHECK(r->records[1].sources[0].line == 12);
  CHECK_FALSE(r->records[1].answer);
}

TEST_CASE("text: a two-item list repeated later is not read as contents") {
  std::string text = "• What is a closure?\n• What is hoisting?\n\n"
                     "• What is a closure?\n\n• What is hoisting?\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  CHECK(r->records.size() == 4);
}

TEST_CASE("text: an answer sentence right under a bulleted question answers it where most questions have none") {
  std::string text = "• What is an iframe?\nA box on the page that shows another site inside it.\n\n"
                     "• What is a CDN?\n\n• What is a race condition?\n\n• What is a mutex?\n\n"
                     "• What is a deadlock?\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 5);
  CHECK(r->records[0].answer == std::optional<std::string>("A box on the page that shows another site inside it."));
  CHECK_FALSE(r->records[1].answer);
}

TEST_CASE("html: a <details> summary setting a scene over nested asking <details> is their topic") {
  std::string page = "<html><body>\n<h2>Structural</h2>\n"
                     "<details>\n<summary><strong>What bends a beam?</strong></summary>\n<p>A load.</p>\n</details>\n"
                     "<details>\n<summary><strong>What is a truss?</strong></summary>\n<p>Linked bars.</p>\n</details>\n"
                     "<details>\n<summary><strong>Given a beam fixed at one end:</strong></summary>\n"
                     "<details>\n<summary><strong>Where is the highest stress?</strong></summary>\n<p>At the base.</p>\n"
                     "</details>\n"
                     "<details>\n<summary><strong>Is it tensile or compressive?</strong></summary>\n<p>Both.</p>\n"
                     "</details>\n</details>\n"
                     "<details>\n<summary><strong>Why does a bracket crack?</strong></summary>\n<p>Fatigue.</p>\n"
                     "<details>\n<summary><strong>How do you check it?</strong></summary>\n<p>Hand calculations.</p>\n"
                     "</details>\n</details>\n</body></html>\n";
  auto r = run_format(page, InputFormat::kHtml);
  REQUIRE(r.ok());
  CHECK(texts(*r) == std::vector<std::string>{"What bends a beam?", "What is a truss?", "Where is the highest stress?",
                                              "Is it tensile or compressive?", "Why does a bracket crack?",
                                              "How do you check it?"});
  REQUIRE(r->records.size() == 6);
  CHECK(r->records[2].topic == std::optional<std::string>("Given a beam fixed at one end"));
  CHECK(r->records[2].sources[0].line == 14);
  CHECK(r->records[2].answer == std::optional<std::string>("At the base."));
  CHECK(r->records[4].topic == std::optional<std::string>("Structural"));
  CHECK(r->records[4].answer == std::optional<std::string>("Fatigue."));
  CHECK(r->records[5].topic == std::optional<std::string>("Structural"));
  CHECK(r->records[5].answer == std::optional<std::string>("Hand calculations."));
}

TEST_CASE("html: statement headings before the asking ones of a level where half the headings ask are questions") {
  std::string page = "<html><body>\n<h1>面试题</h1>\n"
                     "<h2>说一下http和https</h2>\n<p>https是http的安全版。</p>\n<p>(2) http和https区别：</p>\n"
                     "<h2>TCP三次握手，一句话概括</h2>\n<p>客户端和服务端都需要确认各自可收发。</p>\n"
                     "<h2>TCP和UDP的区别</h2>\n<p>TCP面向连接，UDP无连接。</p>\n"
                     "<h2>GET和POST的区别是什么？</h2>\n<p>参数位置不同。</p>\n"
                     "</body></html>\n";
  auto r = run_format(page, InputFormat::kHtml);
  REQUIRE(r.ok());
  CHECK(texts(*r) == std::vector<std::string>{"说一下http和https", "TCP三次握手，一句话概括", "TCP和UDP的区别",
                                              "GET和POST的区别是什么？"});
  REQUIRE(r->records.size() == 4);
  CHECK(r->records[0].sources[0].line == 3);
  CHECK(r->records[0].topic == std::optional<std::string>("面试题"));
  CHECK(r->records[0].answer == std::optional<std::string>("https是http的安全版。\n\n(2) http和https区别："));
}

TEST_CASE("html: a statement heading before one asking heading stays a topic") {
  std::string page = "<html><body>\n<h2>Introduction</h2>\n<p>Some words about the page.</p>\n"
                     "<h2>Setup</h2>\n<p>Install it first.</p>\n<h2>Usage</h2>\n<p>Run it.</p>\n"
                     "<h2>What is X?</h2>\n<p>A tool.</p>\n</body></html>\n";
  auto r = run_format(page, InputFormat::kHtml);
  REQUIRE(r.ok());
  CHECK(texts(*r) == std::vector<std::string>{"What is X?"});
}

TEST_CASE("html: a heading question whose only answer is a link to another page has no answer") {
  std::string page = "<html><body>\n<h2>What is TCP?</h2>\n<p>A transport protocol.</p>\n"
                     "<h2>What are the HTTP status codes?</h2>\n<p><a href=\"/posts/status-codes/\">Status codes</a></p>\n"
                     "<h2>What is UDP?</h2>\n<p>See <a href=\"/posts/udp/\">this post</a> for the details.</p>\n"
                     "</body></html>\n";
  auto r = run_format(page, InputFormat::kHtml);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 3);
  CHECK(r->records[0].answer == std::optional<std::string>("A transport protocol."));
  CHECK_FALSE(r->records[1].answer);
  CHECK(r->records[2].answer == std::optional<std::string>("See this post for the details."));
}

TEST_CASE("markdown: titled <details> entries among top-level entries that ask are questions; a callout is not") {
  std::string text = "## Network\n\n"
                     "<details>\n<summary>TCP vs UDP</summary>\n\n|  | TCP | UDP |\n|---|---|---|\n| order | kept | not kept |\n\n"
                     "</details>\n\n"
                     "<details>\n<summary>How a load balancer spreads traffic</summary>\n\nIt sends requests to servers in turn.\n\n"
                     "</details>\n\n"
                     "<details>\n<summary>Tip</summary>\n\nRead the RFCs.\n\n</details>\n\n"
                     "## Database\n\n"
                     "<details>\n<summary>What is a transaction?</summary>\n\nA unit of work.\n\n</details>\n\n"
                     "<details>\n<summary>Explain isolation levels</summary>\n\nThey trade safety for speed.\n\n</details>\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  CHECK(texts(*r) == std::vector<std::string>{"TCP vs UDP", "How a load balancer spreads traffic", "What is a transaction?",
                                              "Explain isolation levels"});
  REQUIRE(r->records.size() == 4);
  CHECK(r->records[1].topic == std::optional<std::string>("Network"));
  CHECK(r->records[1].answer == std::optional<std::string>("It sends requests to servers in turn."));
}

TEST_CASE("markdown: a <details> question whose body is only a link or a URL has no answer") {
  std::string text = "## Database\n\n"
                     "<details>\n<summary>What is an index?</summary>\n\nhttps://example.com/posts/index\n</details>\n\n"
                     "<details>\n<summary>What does strict mode do?</summary>\n\n[MDN](https://developer.mozilla.org/)\n"
                     "</details>\n\n"
                     "<details>\n<summary>What is a transaction?</summary>\n\nA unit of work, see [MDN](https://example.com/).\n"
                     "</details>\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 3);
  CHECK_FALSE(r->records[0].answer);
  CHECK_FALSE(r->records[1].answer);
  CHECK(r->records[2].answer == std::optional<std::string>("A unit of work, see MDN."));
}

TEST_CASE("html: a notice of two sentences ended by the ideographic full stop is prose, not a weak question") {
  std::string page = "<html><body><div class=\"article-entry\">\n<h2>什么是闭包？</h2>\n<p>闭包是函数。</p>\n"
                     "<hr><span>转载请注明来源，欢迎指出任何有错误或不够清晰的表达。可以在下面评论区评论。</span>\n"
                     "</div></body></html>\n";
  auto r = run_format(page, InputFormat::kHtml);
  REQUIRE(r.ok());
  CHECK(texts(*r) == std::vector<std::string>{"什么是闭包？"});
}

TEST_CASE("html: the one statement heading that opens a level of asking headings titles them") {
  std::string page = "<html><body>\n<h2>Kurs hakkında</h2>\n<p>Bu sayfada sık sorulan soruları topladık.</p>\n"
                     "<h2>Kurs ne zaman başlıyor?</h2>\n<p>Eylülde.</p>\n"
                     "<h2>Sertifika veriliyor mu?</h2>\n<p>Evet.</p>\n"
                     "<h2>Ücret ne kadar?</h2>\n<p>Ücretsiz.</p>\n</body></html>\n";
  auto r = run_format(page, InputFormat::kHtml);
  REQUIRE(r.ok());
  CHECK(texts(*r) == std::vector<std::string>{"Kurs ne zaman başlıyor?", "Sertifika veriliyor mu?", "Ücret ne kadar?"});
}

TEST_CASE("text: a line after the last item of a list without answers closes the list and answers nothing") {
  std::string text = "1. What is a socket?\n2. What is a port?\n3. What is a packet?\nMore questions will come next week.\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 3);
  CHECK_FALSE(r->records[2].answer.has_value());
}

TEST_CASE("text: a bare list written out twice keeps both copies as questions") {
  std::string list = "- What is a socket?\n- What is a port?\n- What is a packet?\n- What is a frame?\n";
  std::string text = "Networking\n\n" + list + "\nNetworking again\n\n" + list +
                     "\nOne more\n\n- What is a router?\n  A device that forwards packets.\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  CHECK(r->records.size() == 9);
}
