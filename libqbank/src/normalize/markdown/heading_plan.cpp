// Decides which Markdown headings are questions: numbered ones when numbering dominates (but for a numbered run
// of points that never asks beside one that asks and labels its answers), otherwise
// the headings of the level that is mostly question-like when there is one (shallower headings are then
// sections), otherwise every question-like heading.
#include "normalize/markdown/walker.hpp"

namespace qbank::internal::md {
namespace {

// The heading text without a trailing attribute block ("Requirements {#requirements}", "Setup {.tabs}"), which
// documentation site generators turn into the heading's id or class.
std::string without_attributes(std::string text) {
  std::string_view t = txt::rtrim(text);
  std::size_t open = t.rfind(" {");
  if (t.empty() || t.back() != '}' || open == std::string_view::npos || open + 3 >= t.size()) return text;
  char first = t[open + 2];
  if ((first != '#' && first != '.') || t.substr(open + 2).find_first_of(" {", 1) < t.size() - open - 3) return text;
  return std::string(txt::rtrim(t.substr(0, open)));
}

// The index of the document's title: its first heading when that is its only level-1 heading (npos otherwise).
std::size_t lone_title(const std::vector<Block>& blocks, int level_one_headings) {
  if (level_one_headings != 1) return std::string::npos;
  for (std::size_t i = 0; i < blocks.size(); ++i)
    if (blocks[i].kind == BlockKind::kHeading && blocks[i].details == 0)
      return blocks[i].level == 1 ? i : std::string::npos;
  return std::string::npos;
}

// True when a paragraph or list item opens with a question label ("**Q:**", "Вопрос:"), with or without text after it.
bool labelled_question(const Block& b, const RefLabels& refs) {
  std::string_view rest;
  return (b.kind == BlockKind::kParagraph || b.kind == BlockKind::kItem) &&
         strip_question_label(inline_text(b.text, &refs), rest);
}

// True for a paragraph whose text ends with a question mark ("What does `=` do in `x = 10`?").
bool asking_paragraph(const Block& b, const RefLabels& refs) {
  return b.kind == BlockKind::kParagraph && b.details == 0 && txt::ends_with_question_mark(inline_text(b.text, &refs));
}

// True for a short heading that sets two things side by side ("Per Capita vs Total", "TCP versus UDP"): a
// comparison asked for.
bool comparison(std::string_view text) {
  std::string lower = txt::lower_text(text);
  for (std::string_view sep : {" vs ", " vs. ", " versus "}) {
    std::size_t at = lower.find(sep);
    if (at != std::string::npos && at > 0 && at + sep.size() < lower.size() && txt::count_words(text) <= 8)
      return true;
  }
  return false;
}

// True when a block opens a <details> whose <summary> (in it or in the block after it) asks.
bool asking_summary(const std::vector<Block>& blocks, std::size_t i, const RefLabels& refs) {
  if (!blocks[i].opens_details) return false;
  for (std::size_t k = i; k < blocks.size() && k <= i + 1; ++k)
    if (blocks[k].kind == BlockKind::kHtml && txt::lower_text(blocks[k].text).find("<summary") != std::string::npos)
      return txt::question_score(txt::clean_topic(inline_text(blocks[k].text, &refs))) >= 2;
  return false;
}

// True when the blocks under heading i, up to the next heading, hold one that opens with an answer label
// ("- **回答例**：…", "**Answer:** …").
bool holds_labelled_answer(const std::vector<Block>& blocks, std::size_t i) {
  for (std::size_t k = i + 1; k < blocks.size() && blocks[k].kind != BlockKind::kHeading; ++k) {
    std::string_view rest;
    if ((blocks[k].kind == BlockKind::kParagraph || blocks[k].kind == BlockKind::kItem) &&
        strip_answer_label(blocks[k].text, rest))
      return true;
  }
  return false;
}

// Where numbered headings dominate and one section's numbered run labels its answers, a run in another section
// whose headings neither ask nor hold a labelled answer lists points, not questions ("## Tips" over "### 1.
// Prepare well" after "## Questions" over "### 1. Why this job?" with "**Answer:**" under each).
void drop_unasked_runs(const std::vector<Block>& blocks, HeadingPlan& plan) {
  struct Run {
    std::vector<std::size_t> headings;  // The numbered question headings of the run.
    int asking = 0, labelled = 0;        // Those that ask, and those with a labelled answer under them.
  };
  std::vector<Run> runs;
  int run_level = 0;  // The level of the open run (0: none); a heading at that level or above that is none of
                      // its questions ends it.
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (b.kind != BlockKind::kHeading || b.details > 0) continue;
    const HeadingInfo& h = plan.info[i];
    if (!(h.question && h.numbered)) {
      if (run_level != 0 && b.level <= run_level) run_level = 0;
      continue;
    }
    if (run_level != b.level) runs.emplace_back(), run_level = b.level;
    Run& r = runs.back();
    r.headings.push_back(i);
    r.asking += txt::question_score(h.text) >= 2 ? 1 : 0;
    r.labelled += holds_labelled_answer(blocks, i) ? 1 : 0;
  }
  bool marked = false;  // Some run asks and labels the answers of at least half its entries.
  for (const Run& r : runs)
    marked = marked || (r.asking > 0 && r.labelled * 2 >= static_cast<int>(r.headings.size()));
  if (!marked) return;
  for (const Run& r : runs)
    if (r.headings.size() >= 2 && r.asking == 0 && r.labelled == 0)
      for (std::size_t i : r.headings) plan.info[i].question = false;
}

// Turns question headings that head deeper headings into sections: one over two or more deeper question headings
// or <details> whose summaries ask ("## 1. Questions on X" over "### Q1.1: …?"), and one that is a question by its number alone over any deeper
// heading when no level is mostly questions ("### 1. Technical round" over "#### Questions asked").
void demote_sections(const std::vector<Block>& blocks, const RefLabels& refs, HeadingPlan& plan) {
  int demoted = 0;  // Numbered headings turned into sections.
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    HeadingInfo& h = plan.info[i];
    if (b.kind != BlockKind::kHeading || b.details > 0 || !h.question) continue;
    bool deeper = false;
    int deeper_questions = 0;
    for (std::size_t j = i + 1; j < blocks.size(); ++j) {
      const Block& d = blocks[j];
      if (d.details == 1 && asking_summary(blocks, j, refs)) ++deeper_questions;
      if (d.kind != BlockKind::kHeading || d.details > 0) continue;
      if (d.level <= b.level) break;
      deeper = true;
      deeper_questions += plan.info[j].question ? 1 : 0;
    }
    bool by_number = !plan.numbered_only && plan.question_level == 0 && txt::question_score(h.text) < 2;
    if (deeper_questions >= 2 || (deeper && by_number)) h.question = false, demoted += h.numbered ? 1 : 0;
  }
  // Numbering that mostly marks sections marks no question: a numbered heading left that does not ask is a section.
  int numbered = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i)
    numbered += blocks[i].kind == BlockKind::kHeading && blocks[i].details == 0 && plan.info[i].numbered ? 1 : 0;
  if (demoted == 0 || demoted * 2 < numbered) return;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    HeadingInfo& h = plan.info[i];
    if (blocks[i].kind == BlockKind::kHeading && h.question && h.numbered && txt::question_score(h.text) < 2)
      h.question = false;
  }
}

// Where numbered headings dominate, a numbered question heading that stops mid-sentence, followed at once by an
// unnumbered heading of its level, goes on in that heading ("### 1. En el enunciado" then "### Los lapidarios …
// querían."): an exam stem split over headings, its text joined.
void join_split_stems(const std::vector<Block>& blocks, HeadingPlan& plan) {
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    HeadingInfo& h = plan.info[i];
    if (blocks[i].kind != BlockKind::kHeading || blocks[i].details > 0 || !h.question || !h.numbered) continue;
    for (std::size_t k = i + 1; k < blocks.size() && !txt::ends_with_terminal(h.text); ++k) {
      const Block& next = blocks[k];
      HeadingInfo& n = plan.info[k];
      if (next.kind != BlockKind::kHeading || next.details > 0 || next.level != blocks[i].level || n.numbered ||
          n.text.empty())
        break;
      h.text += ' ';
      h.text += n.text;
      n.continues = true, n.question = false;
    }
  }
}

}  // namespace

HeadingPlan plan_headings(const std::vector<Block>& blocks, const RefLabels& refs) {
  HeadingPlan plan;
  plan.info.resize(blocks.size());
  int total[7] = {0}, qlike[7] = {0}, numbers[7] = {0};
  int numbered = 0, questions = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (b.kind != BlockKind::kHeading) continue;
    HeadingInfo& h = plan.info[i];
    std::string text = without_attributes(inline_text(b.text, &refs));
    std::string_view rest;
    h.numbered = strip_heading_number(text, rest);
    h.text = h.numbered ? std::string(rest) : text;
    h.qlike = h.numbered || txt::question_score(h.text) >= 2 || comparison(h.text);
    if (b.details > 0) continue;  // Read where its <details> is read; never counted with the document's headings.
    ++total[b.level];
    if (h.qlike) ++qlike[b.level], ++questions;
    if (h.numbered) ++numbered, ++numbers[b.level];
  }
  plan.numbered_only = numbered >= 5 && numbered * 10 >= questions * 8;
  int level = 0;
  for (int l = 1; l <= 6; ++l) {
    bool mostly = total[l] >= 3 && qlike[l] * 4 >= total[l] * 3;
    if (mostly && (level == 0 || total[l] > total[level])) level = l;
  }
  plan.question_level = level;
  std::size_t title = lone_title(blocks, total[1]);
  int headed_questions = 0;  // Headings that do not ask over a paragraph that does.
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (b.kind != BlockKind::kHeading || b.details > 0) continue;
    HeadingInfo& h = plan.info[i];
    std::string_view rest;
    bool answer = strip_answer_label(h.text, rest);
    if (answer || h.text.empty()) continue;
    if (plan.numbered_only) h.question = h.numbered && i != title;  // "# Quiz: …" over "### 1. …" is a title
    else if (plan.question_level > 0)  // Among numbered questions, a heading without a number that does not ask
                                        // ("Conclusion") is none of them.
      h.question = b.level == plan.question_level &&
                   (h.qlike || numbers[b.level] < 2 || numbers[b.level] * 2 <= total[b.level]);
    else h.question = h.qlike;
    if (h.question && !h.numbered && !txt::furniture_reason(h.text).empty()) h.question = false;
    // A heading that does not ask over a labelled question ("### 2. Caching" then "**Q:** …") or over a
    // paragraph that asks ("### 2. Variables" then "What does `=` do in `x = 10`?") is its section.
    if (h.question && i + 1 < blocks.size() && txt::question_score(h.text) < 2) {
      if (asking_paragraph(blocks[i + 1], refs)) h.question = false, h.asks_below = true, ++headed_questions;
      else if (labelled_question(blocks[i + 1], refs)) h.question = false;
    }
  }
  // Where two or more headings head the question under them, a heading without a question mark over a paragraph
  // that asks does too, though its words could be an order ("### 20. List Comprehension").
  for (std::size_t i = 0; headed_questions >= 2 && i + 1 < blocks.size(); ++i) {
    HeadingInfo& h = plan.info[i];
    if (blocks[i].kind == BlockKind::kHeading && h.question && !txt::ends_with_question_mark(h.text) &&
        asking_paragraph(blocks[i + 1], refs))
      h.question = false, h.asks_below = true;
  }
  if (plan.numbered_only) drop_unasked_runs(blocks, plan), join_split_stems(blocks, plan);
  demote_sections(blocks, refs, plan);
  return plan;
}

}  // namespace qbank::internal::md
