// Tests for the document shapes of bench/unseen-4: chat transcripts, wiki and forum markup, slide and docs pages.
#include <catch2/catch.hpp>

#include "normalize_expect.hpp"

using qbank::InputFormat;
using qbank_test::Expect;
using qbank_test::check_records;
using qbank_test::run_format;

TEST_CASE("json: a chat transcript's first user turn is the question, the assistant turn after it the answer") {
  std::string text =
      "{\"messages\": [{\"role\": \"system\", \"content\": \"You help with interviews.\"}, "
      "{\"role\": \"user\", \"content\": \"What is a mutex?\"}, {\"role\": \"assistant\", \"content\": \"A lock.\"}]}\n"
      "{\"messages\": [{\"role\": \"user\", \"content\": \"Is Go compiled?\"}]}\n";
  auto r = run_format(text, InputFormat::kJsonl);
  REQUIRE(r.ok());
  check_records(*r, {Expect{1, "What is a mutex?", std::nullopt, "A lock."}, Expect{2, "Is Go compiled?"}});
}

TEST_CASE("json: conversations with from/value turns start on the human turn's line") {
  std::string text = "[\n  {\n    \"id\": \"x1\",\n    \"conversations\": [\n"
                     "      {\"from\": \"human\", \"value\": \"Where is Bratislava?\"},\n"
                     "      {\"from\": \"gpt\", \"value\": \"On the Danube.\"}\n    ]\n  }\n]\n";
  auto r = run_format(text, InputFormat::kJson);
  REQUIRE(r.ok());
  check_records(*r, {Expect{5, "Where is Bratislava?", std::nullopt, "On the Danube."}});
}

TEST_CASE("json: a list of objects that are no turns is not read as a chat") {
  std::string text = "{\"items\": [{\"kind\": \"user\", \"content\": \"x\"}], \"note\": \"hello\"}\n";
  auto r = run_format(text, InputFormat::kJsonl);
  REQUIRE(r.ok());
  CHECK(r->records.empty());
}

TEST_CASE("json: an instruction record's input is question code when it reads as code, else left out") {
  std::string text =
      "{\"instruction\": \"What does this print?\", \"input\": \"x = [1]\\nprint(x)\", \"output\": \"[1]\"}\n"
      "{\"instruction\": \"Translate the sentence.\", \"input\": \"Good morning\", \"output\": \"Selamat pagi\"}\n";
  auto r = run_format(text, InputFormat::kJsonl);
  REQUIRE(r.ok());
  check_records(*r, {Expect{1, "What does this print?", std::nullopt, "[1]", "x = [1]\nprint(x)"},
                     Expect{2, "Translate the sentence.", std::nullopt, "Selamat pagi"}});
}

TEST_CASE("text: titles whose \"=\" runs shrink inward nest like DokuWiki; bullets under an entry are its answer") {
  std::string text = "====== Interview questions ======\n\n"
                     "===== Databases =====\n\n"
                     "==== Explain the difference between a view and a table. ====\n\n"
                     "A view stores a query.\n\n"
                     "==== How would you design a URL shortener? ====\n\n"
                     "  * a short key,\n"
                     "  * a key to URL store,\n"
                     "  * a cache.\n\n"
                     "===== Operations =====\n\n"
                     "==== What is a blue-green deployment? ====\n\n"
                     "Two identical environments.\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 3);
  CHECK(r->records[0].text == "Explain the difference between a view and a table.");
  CHECK(r->records[0].topic == "Databases");
  CHECK(r->records[1].text == "How would you design a URL shortener?");
  REQUIRE(r->records[1].answer.has_value());
  CHECK(r->records[1].answer->find("a cache.") != std::string::npos);
  CHECK(r->records[2].topic == "Operations");
}

TEST_CASE("markdown: a collapsible admonition's title is the question and its indented body the answer") {
  std::string text = "# FAQ\n\n## Setup\n\n"
                     "??? question \"How do I install it?\"\n\n"
                     "    Run the installer:\n\n"
                     "    ```bash\n    ./install.sh\n    ```\n\n"
                     "???+ question \"Which systems are supported?\"\n"
                     "    Linux and macOS.\n\n"
                     "??? question \"How do I change the log level?\"\n\n"
                     "!!! tip \"Hint\"\n"
                     "    Most problems go away after an update.\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 3);
  CHECK(r->records[0].text == "How do I install it?");
  CHECK(r->records[0].topic == "Setup");
  REQUIRE(r->records[0].answer.has_value());
  CHECK(r->records[0].answer->find("Run the installer") != std::string::npos);
  CHECK(r->records[1].text == "Which systems are supported?");
  CHECK(r->records[1].answer == std::optional<std::string>("Linux and macOS."));
  CHECK(r->records[2].text == "How do I change the log level?");
  CHECK_FALSE(r->records[2].answer.has_value());
}

TEST_CASE("markdown: a <details> titled by a statement between two asking ones is an FAQ entry") {
  std::string text = "<details>\n<summary>How do I start the agent?</summary>\n\nRun it as a service.\n\n</details>\n\n"
                     "<details>\n<summary>The agent stops on startup</summary>\n\nCheck the permissions.\n\n</details>\n\n"
                     "<details>\n<summary>Where are the logs?</summary>\n\nIn /var/log.\n\n</details>\n\n"
                     "<details>\n<summary>Screenshots</summary>\n\nNone yet.\n\n</details>\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 3);
  CHECK(r->records[1].text == "The agent stops on startup");
  CHECK(r->records[1].answer == std::optional<std::string>("Check the permissions."));
}

TEST_CASE("markdown: a paired shortcode titled by a question holds its answer; an untitled one is no question") {
  std::string text = "+++\ntitle = \"FAQ\"\n+++\n\n"
                     "{{< hint info >}}\nCall us if your question is missing.\n{{< /hint >}}\n\n"
                     "## Accounts\n\n"
                     "{{< details \"How do I open an account?\" >}}\nVisit a branch with two IDs.\n{{< /details >}}\n\n"
                     "{{< details title=\"Can I open one online?\" open=true >}}\nYes, in the app.\n{{< /details >}}\n\n"
                     "{{< details \"Where is my statement?\" >}}\n{{< /details >}}\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  check_records(*r, {Expect{11, "How do I open an account?", "Accounts", "Visit a branch with two IDs."},
                     Expect{15, "Can I open one online?", "Accounts", "Yes, in the app."},
                     Expect{19, "Where is my statement?", "Accounts"}});
}

TEST_CASE("text: a BBCode post loses its markup; a spoiler under a question is its answer, a sized line the topic") {
  std::string text = "[size=150][b]History quiz (Part 1)[/b][/size]\n\n"
                     "Hi all! I collected the questions I remember from last year, answers are hidden.\n\n"
                     "[b]1. When was the khanate founded?[/b]\n"
                     "[spoiler=Answer]In 1465.[/spoiler]\n\n"
                     "[b]2. Who founded it?[/b]\n"
                     "[spoiler=Answer]Kerei and Janibek.[/spoiler]\n\n"
                     "[b]3. When did the battle take place?[/b]\n"
                     "[spoiler=Answer][/spoiler]\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  check_records(*r, {Expect{5, "When was the khanate founded?", "History quiz", "In 1465."},
                     Expect{8, "Who founded it?", "History quiz", "Kerei and Janibek."},
                     Expect{11, "When did the battle take place?", "History quiz"}});
}

TEST_CASE("text: a numbered part label before or after a heading is not part of the topic") {
  std::string text = "باب 1: نظریہ پاکستان\n\n"
                     "Q1: نظریہ پاکستان سے کیا مراد ہے؟\nAns: ایک الگ قوم۔\n\n"
                     "Q2: قرارداد لاہور کب منظور ہوئی؟\nAns: 1940 میں۔\n\n"
                     "History of the town (Part 2)\n\n"
                     "Q3: When was the town founded?\nAns: In 1201.\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 3);
  CHECK(r->records[0].topic == "نظریہ پاکستان");
  CHECK(r->records[2].topic == "History of the town");
}

TEST_CASE("csv: one-cell rows above a header with described names are titles; Answer N columns are the options") {
  std::string text = "Quiz template,,,,,\n"
                     "Add questions at the bottom of this template,,,,,\n"
                     ",,,,,\n"
                     ",Question - max 120 characters,Answer 1 - max 75 characters,Answer 2 - max 75 characters,"
                     "Answer 3 - max 75 characters,Correct answer(s) - choose at least one\n"
                     "1,What is the capital of Iran?,Tehran,Shiraz,Tabriz,1\n"
                     "2,Which river is the longest?,Zayandeh,Karun,Aras,2\n";
  auto r = run_format(text, InputFormat::kCsv);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[0].text == "What is the capital of Iran?");
  CHECK(r->records[0].answer == std::optional<std::string>("Tehran"));
  CHECK(r->records[0].choices == std::vector<std::string>{"Tehran", "Shiraz", "Tabriz"});
  CHECK(r->records[1].answer == std::optional<std::string>("Karun"));
  CHECK(qbank_test::reason_of(*r, 1) == "title");
  CHECK(qbank_test::reason_of(*r, 4) == "header");
}

TEST_CASE("html: on a listing page the cut teasers under linked question titles are no answers") {
  std::string text = "<html><body><h1>Questions tagged [python]</h1>\n"
                     "<div><h3><a href=\"/q/1\">Why does my default list grow?</a></h3>\n"
                     "<div>I wrote def f(x=[]) and every call adds …</div></div>\n"
                     "<div><h3><a href=\"/q/2\">How do I sort a dict by value?</a></h3>\n"
                     "<div>I have names and scores and want them from high to low …</div></div>\n"
                     "<h3><a href=\"#q3\">What is a generator?</a></h3>\n"
                     "<p>A function that yields values ...</p>\n"
                     "</body></html>\n";
  auto r = run_format(text, InputFormat::kHtml);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 3);
  CHECK_FALSE(r->records[0].answer.has_value());
  CHECK_FALSE(r->records[1].answer.has_value());
  CHECK(r->records[2].answer.has_value());
}

TEST_CASE("json: a preference record's chosen reply is the answer") {
  std::string text = "{\"prompt\": \"What is 2+2?\", \"chosen\": \"4\", \"rejected\": \"5\"}\n";
  auto r = run_format(text, InputFormat::kJsonl);
  REQUIRE(r.ok());
  check_records(*r, {Expect{1, "What is 2+2?", std::nullopt, "4"}});
}

TEST_CASE("markdown: an admonition indented under a list item is read inside the item") {
  std::string text = "- What is a lock?\n\n    !!! note \"Answer\"\n        A mutual exclusion primitive.\n\n"
                     "- What is a latch?\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[0].text == "What is a lock?");
  REQUIRE(r->records[0].answer.has_value());
  CHECK(r->records[0].answer->find("mutual exclusion") != std::string::npos);
  CHECK(r->records[0].answer->find("!!!") == std::string::npos);
}
