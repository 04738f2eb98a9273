// The question marks every reader knows: one set, read the same at the end of a line of text, a Markdown item,
// an HTML lead and a question cue.
#include <catch2/catch.hpp>

#include <string>

#include "normalize/question_cues.hpp"
#include "normalize/text/lines.hpp"
#include "qbank/normalize.hpp"

using qbank::internal::txt::ends_with_question_mark;

TEST_CASE("ends_with_question_mark: every script's mark, before trailing whitespace, never in the middle") {
  CHECK(ends_with_question_mark("What is a mutex?"));
  CHECK(ends_with_question_mark("什么是互斥锁？ "));
  CHECK(ends_with_question_mark("ما هو القفل؟\r"));
  CHECK(ends_with_question_mark("ሙቴክስ ምንድን ነው፧"));
  CHECK(ends_with_question_mark("Τι είναι \u037E"));
  CHECK_FALSE(ends_with_question_mark("Is it? Yes."));
  CHECK_FALSE(ends_with_question_mark(""));
  CHECK_FALSE(ends_with_question_mark("   "));
}

TEST_CASE("an Ethiopic question mark asks in a Markdown list and as a question cue") {
  qbank::NormalizeOptions o;
  o.format = qbank::InputFormat::kMarkdown;
  auto md = qbank::normalize("# ጥያቄዎች\n\n- ሙቴክስ ምንድን ነው፧\n- ክር እንዴት ይሰራል፧\n", o);
  REQUIRE(md.ok());
  CHECK(md->records.size() == 2);
  CHECK(qbank::internal::question_cue("ክር እንዴት ይሰራል፧") == qbank::internal::QuestionCue::kStrong);
}
