// Tests for the HTML reader's structural rules: FAQ entries with an emphasized title, and link menus.
#include <catch2/catch.hpp>

#include "normalize_expect.hpp"

using qbank::InputFormat;
using qbank_test::check_records;
using qbank_test::reason_of;
using qbank_test::run_format;

TEST_CASE("html outline: list items with an emphasized title and blocks below are entries, title apart") {
  std::string html =
      "<html><body>\n"
      "<ul><li><a href=\"help.html\">How to help</a></li><li><a href=\"news.html\">News</a></li></ul>\n"  // 2
      "<h3>Installation</h3><ol>\n"                                                                     // 3
      "  <li><strong>Do not use version 1</strong>, use version 2<p></p></li>\n"                       // 4
      "  <li><em>Where can I get it</em> ?\n"                                                         // 5
      "    <p>From the download page.</p>\n"
      "  </li>\n"
      "  <li><em>Make check fails on some platforms</em>\n"                                          // 8
      "    <p>Use GNU make.</p>\n"
      "    <pre>gmake check</pre>\n"
      "  </li>\n"
      "  <li>etc ...</li>\n"                                                                          // 12
      "</ol></body></html>\n";
  auto r = run_format(html, InputFormat::kHtml);
  REQUIRE(r.ok());
  check_records(*r, {
      {5, "Where can I get it ?", "Installation", "From the download page."},
      {8, "Make check fails on some platforms", "Installation", "Use GNU make.\ngmake check"},
  });
  CHECK(reason_of(*r, 2) == "navigation");
  CHECK(reason_of(*r, 4) == "list item that is not a question");
  CHECK(reason_of(*r, 12) == "list item that is not a question");
}

TEST_CASE("html outline: a list of links that ask with a question mark is still a question list") {
  std::string html =
      "<html><body><h2>Networking</h2><ul>\n"
      "<li><a href=\"tcp.html\">What is TCP?</a></li>\n"
      "<li><a href=\"udp.html\">What is UDP?</a></li>\n"
      "</ul></body></html>\n";
  auto r = run_format(html, InputFormat::kHtml);
  REQUIRE(r.ok());
  check_records(*r, {{2, "What is TCP?", "Networking"}, {3, "What is UDP?", "Networking"}});
}

TEST_CASE("html outline: an accordion button that asks is a question, its panel the answer") {
  std::string html =
      "<html><body><h1>SQL questions</h1>\n"
      "<div class=\"item\"><button>What is a JOIN?</button><div class=\"panel\"><p>It combines rows.</p></div></div>\n"
      "<div class=\"item\"><button>What is an index?</button><div class=\"panel\"><p>A lookup structure.</p></div></div>\n"
      "<button>Load more</button>\n"
      "</body></html>\n";
  auto r = run_format(html, InputFormat::kHtml);
  REQUIRE(r.ok());
  check_records(*r, {
      {2, "What is a JOIN?", "SQL questions", "It combines rows."},
      {3, "What is an index?", "SQL questions", "A lookup structure."},
  });
  CHECK(reason_of(*r, 4) == "button (not read)");
}

TEST_CASE("html outline: code quoted with the asker's emphasized words is the question's, not the answer's") {
  std::string html =
      "<html><body><h3>Developer corner</h3><ol>\n"
      "<li><em>Extra nodes in the document</em>\n"
      "  <p><em>For a file as below:</em></p>\n"
      "  <pre>&lt;a&gt; &lt;b/&gt; &lt;/a&gt;</pre>\n"
      "  <p><em>the first child is not b. Why?</em></p>\n"
      "  <p>Blanks are text nodes.</p>\n"
      "  <pre>xmlKeepBlanksDefault(0);</pre>\n"
      "</li>\n"
      "<li><em>Random crashes in threads</em>\n"
      "  <p>Call the init function first.</p>\n"
      "</li></ol></body></html>\n";
  auto r = run_format(html, InputFormat::kHtml);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[0].code == std::optional<std::string>("<a> <b/> </a>"));
  CHECK(r->records[0].answer == std::optional<std::string>("Blanks are text nodes.\nxmlKeepBlanksDefault(0);"));
  CHECK_FALSE(r->records[1].code.has_value());
}
