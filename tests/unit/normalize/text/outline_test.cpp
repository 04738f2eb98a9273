// Tests for the plain-text reader's structural shapes: a numbered-outline FAQ with a table of contents.
#include <catch2/catch.hpp>

#include "normalize_expect.hpp"

using qbank::InputFormat;
using qbank_test::check_records;
using qbank_test::reason_of;
using qbank_test::run_format;

TEST_CASE("text outline: contents lines are rejected, the numbered entries below them are the questions") {
  std::string faq =
      "FROBNICATOR FAQ\n"                             // 1
      "\n"
      " 1. Basics\n"                                  // 3
      "  1.1 What is frob?\n"
      "  1.2 Who writes frob?\n"
      " 2. Trouble\n"                                 // 6
      "  2.1 Frob crashes on start\n"
      "  2.2 Why is frob slow?\n"
      "   2.2.1 \"on Windows\"\n"
      "\n"
      "1. Basics\n"                                   // 11
      "\n"
      "  1.1 What is frob?\n"                         // 13
      "\n"
      "  Frob is a tool that frobs files. It was\n"  // 15
      "  written in 1999.\n"
      "\n"
      "  1.2 Who writes frob?\n"                      // 18
      "\n"
      "  Volunteers. To help:\n"
      "\n"
      "  1. fork it\n"                                // 22
      "  2. send a patch\n"
      "\n"
      "2. Trouble\n"                                  // 25
      "\n"
      "  2.1 Frob crashes on start\n"                 // 27
      "\n"
      "  Update to 2.0.\n"
      "\n"
      "  2.2 Why is frob slow?\n"                     // 31
      "\n"
      "  Large files take time.\n"
      "\n"
      "    2.2.1 \"on Windows\"\n"                    // 35
      "\n"
      "    Antivirus scanning.\n";
  auto r = run_format(faq, InputFormat::kText);
  REQUIRE(r.ok());
  check_records(*r, {
      {13, "What is frob?", "Basics", "Frob is a tool that frobs files. It was\nwritten in 1999."},
      {18, "Who writes frob?", "Basics", "Volunteers. To help:\n\n1. fork it\n2. send a patch"},
      {27, "Frob crashes on start", "Trouble", "Update to 2.0."},
      {31, "Why is frob slow?", "Trouble", "Large files take time.\n\n2.2.1 \"on Windows\"\n\nAntivirus scanning."},
  });
  CHECK(reason_of(*r, 1) == "title");
  CHECK(reason_of(*r, 4) == "table of contents");
  CHECK(reason_of(*r, 9) == "table of contents");
  CHECK(reason_of(*r, 11) == "heading");
  CHECK(reason_of(*r, 25) == "heading");
}

TEST_CASE("text outline: without contents, dotted entries with answers are read the same way") {
  std::string faq;
  for (int s = 1; s <= 2; ++s) {
    faq += std::to_string(s) + ". Part " + std::to_string(s) + "\n\n";
    for (int q = 1; q <= 3; ++q)
      faq += std::to_string(s) + "." + std::to_string(q) + " How does step " + std::to_string(q) + " work?\n" +
             "It works well.\n\n";
  }
  auto r = run_format(faq, InputFormat::kText);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 6);
  CHECK(r->records[0].text == "How does step 1 work?");
  CHECK(r->records[0].topic == "Part 1");
  CHECK(r->records[5].topic == "Part 2");
  CHECK(r->records[5].answer == "It works well.");
}

TEST_CASE("text outline: a list of dotted numbers without answers is not read as an outline") {
  std::string list = "1.1 What is TCP?\n1.2 What is UDP?\n1.3 What is IP?\n1.4 What is DNS?\n1.5 What is ARP?\n";
  auto r = run_format(list, InputFormat::kText);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 5);
  for (const auto& q : r->records) CHECK_FALSE(q.answer.has_value());
  CHECK(r->records[0].text == "What is TCP?");  // The dotted number is a list marker.
}

TEST_CASE("text outline: dotted list markers ('1.2 ', '1.2. ', '8.4 - ') are removed; decimals stay") {
  auto r = run_format("1.2. What is a socket?\n8.4 - What is a port?\nThe value 3.14 is pi.\n", InputFormat::kText);
  REQUIRE(r.ok());
  CHECK(qbank_test::texts(*r) == std::vector<std::string>{"What is a socket?", "What is a port?"});
}

TEST_CASE("text outline: two FAQs one after the other each keep their entries; a wrapped number is text") {
  std::string one =
      "Contents\n\n 1. Basics\n  1.1 What is frob?\n  1.2 Who writes frob?\n  1.3 Where is frob hosted?\n\n"
      "==========\n\n"
      "1. Basics\n\n"
      "  1.1 What is frob?\n\n  A tool, as described in FAQ entry\n  1.3 and the manual.\n\n"
      "  1.2 Who writes frob?\n\n  Volunteers.\n\n"
      "  1.3 Where is frob hosted?\n\n  On a forge.\n\n";
  auto r = run_format(one + one, InputFormat::kText);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 6);
  CHECK(r->records[0].answer == "A tool, as described in FAQ entry\n1.3 and the manual.");
  CHECK(r->records[3].text == "What is frob?");
  CHECK(r->records[3].topic == "Basics");
  CHECK(r->records[5].answer == "On a forge.");
  CHECK(reason_of(*r, 8) == "separator");
}
