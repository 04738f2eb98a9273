// Decides which Markdown headings are questions: numbered ones when numbering dominates, otherwise
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
    h.qlike = h.numbered || txt::question_score(h.text) >= 2;
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
    // A heading that does not ask over a labelled question ("### 2. Caching" then "**Q:** …") is its section.
    if (h.question && i + 1 < blocks.size() && labelled_question(blocks[i + 1], refs) &&
        txt::question_score(h.text) < 2)
      h.question = false;
  }
  return plan;
}

}  // namespace qbank::internal::md
