// Tests for document shapes of lightweight markup read as plain text: questions titled by their own rule.
#include <catch2/catch.hpp>

#include "normalize_expect.hpp"

using qbank::InputFormat;
using qbank_test::run_format;

TEST_CASE("text: everything under a question titled by its own rule is its answer, up to the next title") {
  std::string text = "Storage\n"
                     "=======\n\n"
                     "How do I mount a volume?\n"
                     "------------------------\n\n"
                     "Run this first::\n\n"
                     "    mount /dev/sdb1 /mnt\n\n"
                     "Then check it with df.\n\n"
                     "Is the volume encrypted?\n"
                     "------------------------\n\n"
                     "Yes, with LUKS.\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[0].text == "How do I mount a volume?");
  CHECK(r->records[0].topic == "Storage");
  REQUIRE(r->records[0].answer.has_value());
  CHECK(r->records[0].answer->find("Then check it with df.") != std::string::npos);
  CHECK(r->records[1].text == "Is the volume encrypted?");
  CHECK(r->records[1].answer == std::optional<std::string>("Yes, with LUKS."));
}

TEST_CASE("text: a markup directive under a titled question is no answer") {
  std::string text = "What is a snapshot?\n"
                     "-------------------\n\n"
                     ".. todo:: Write this.\n\n"
                     "Can I restore a snapshot?\n"
                     "-------------------------\n\n"
                     ".. note::\n\n"
                     "   Yes, from the console.\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK_FALSE(r->records[0].answer.has_value());
  REQUIRE(r->records[1].answer.has_value());
  CHECK(r->records[1].answer->find("Yes, from the console.") != std::string::npos);
}

TEST_CASE("text: a single underlined question does not swallow the lines after it") {
  std::string text = "What is a snapshot?\n"
                     "-------------------\n\n"
                     "A copy of the volume at one moment.\n\n"
                     "How big can a volume be?\n\n"
                     "Up to 16 TB.\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[1].text == "How big can a volume be?");
}

TEST_CASE("text: lines set between runs of \"=\" are titles: sections give topics, questions take what follows") {
  std::string text = "Intro line for the page.\n\n"
                     "== Loans ==\n"
                     "=== How long can I keep a book? ===\n"
                     "Four weeks.\n\n"
                     "Films one week.\n\n"
                     "=== Can I renew online? ===\n"
                     "Yes, on the account page.\n\n"
                     "== Cards ==\n"
                     "=== Is the card free? ===\n"
                     "The first one is.\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 3);
  CHECK(r->records[0].text == "How long can I keep a book?");
  CHECK(r->records[0].sources[0].line == 4);
  CHECK(r->records[0].topic == "Loans");
  REQUIRE(r->records[0].answer.has_value());
  CHECK(r->records[0].answer->find("Films one week.") != std::string::npos);
  CHECK(r->records[1].answer == std::optional<std::string>("Yes, on the account page."));
  CHECK(r->records[2].topic == "Cards");
}

TEST_CASE("text: a star outline gives topics from its top titles and entries from its deepest ones") {
  std::string text = "#+TITLE: Notes\n\n"
                     "* Warm-up\n"
                     "** Tell me about a recent project.\n"
                     "   A billing service in Go.\n"
                     "** TODO Why this team?\n"
                     "* Ask them                 :private:\n"
                     "** How big is the team?\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 3);
  CHECK(r->records[0].text == "Tell me about a recent project.");
  CHECK(r->records[0].topic == "Warm-up");
  CHECK(r->records[0].answer == std::optional<std::string>("A billing service in Go."));
  CHECK(r->records[1].text == "Why this team?");
  CHECK_FALSE(r->records[1].answer.has_value());
  CHECK(r->records[2].topic == "Ask them");
}

TEST_CASE("text: a lone starred line is a bullet, not a title") {
  std::string text = "* What is a pod?\n"
                     "* What is a node?\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[1].text == "What is a node?");
}
