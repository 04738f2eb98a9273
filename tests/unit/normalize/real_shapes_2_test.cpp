// Tests for the document shapes of bench/real-2: real public question lists in Polish and other languages.
#include <catch2/catch.hpp>

#include "normalize_expect.hpp"

using qbank::InputFormat;
using qbank_test::Expect;
using qbank_test::check_records;
using qbank_test::run_format;

TEST_CASE("markdown: Polish question headings with no body and no question mark are questions") {
  std::string text = "### Czy pracowałeś kiedyś z Kubernetesem\n\n"
                     "### Opowiedz o najtrudniejszym błędzie w produkcji\n\n"
                     "### Jakie znasz wzorce projektowe\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  check_records(*r, {Expect{1, "Czy pracowałeś kiedyś z Kubernetesem"},
                     Expect{3, "Opowiedz o najtrudniejszym błędzie w produkcji"},
                     Expect{5, "Jakie znasz wzorce projektowe"}});
}

TEST_CASE("text: Polish list items opening with a question word are questions without a question mark") {
  std::string text = "Pytania:\n\n- Dlaczego warto pisać testy jednostkowe\n- Wymień zalety kontenerów\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[0].text == "Dlaczego warto pisać testy jednostkowe");
  CHECK(r->records[1].text == "Wymień zalety kontenerów");
}

TEST_CASE("markdown: a question paragraph that is the only block under a plain heading is a question") {
  std::string text = "# Puzzles\n\n"
                     "## Round one\n"
                     "How many golf balls fit in a school bus?\n\n"
                     "## Round two\n"
                     "You have two ropes that each burn for an hour.\n"
                     "How do you measure 45 minutes?\n\n"
                     "## Notes\n"
                     "See the book for more.\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  check_records(*r, {Expect{4, "How many golf balls fit in a school bus?", "Round one"},
                     Expect{7, "You have two ropes that each burn for an hour. How do you measure 45 minutes?",
                            "Round two"}});
}

TEST_CASE("markdown: a note after \" // \" behind a list question is its answer") {
  std::string text = "## Sieci\n\n- Which port does HTTPS use? // 443 by default\n- Is UDP reliable? // no\n"
                     "- Run `a // b` in a shell\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() >= 2);
  CHECK(r->records[0].text == "Which port does HTTPS use?");
  CHECK(r->records[0].answer == std::optional<std::string>("443 by default"));
  CHECK(r->records[1].text == "Is UDP reliable?");
  CHECK(r->records[1].answer == std::optional<std::string>("no"));
}

TEST_CASE("markdown: a bare question label over sub-bullets is no topic; the section heading stays the topic") {
  std::string text = "### Bazy danych\n\n"
                     "1. **Pytanie:**\n"
                     "   - Czym jest indeks złożony?\n\n"
                     "2. **Pytanie:**\n"
                     "   - Kiedy stosować transakcje?\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 2);
  CHECK(r->records[0].topic == std::optional<std::string>("Bazy danych"));
  CHECK(r->records[1].topic == std::optional<std::string>("Bazy danych"));
}
