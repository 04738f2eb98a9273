#pragma once
// The Markdown reader's heading plan: which headings are questions.

#include <string>
#include <vector>

#include "markdown_blocks.hpp"

namespace qbank::detail::md {

// What the reader knows about one heading block.
struct HeadingInfo {
  std::string text;       // The heading text, inline markup and any number removed.
  bool numbered = false;  // True for "12.", "Question 12." style headings.
  bool qlike = false;     // True when numbered or reading like a question.
  bool question = false;  // True when the heading starts a question.
};

// The decision for every heading of a document.
struct HeadingPlan {
  std::vector<HeadingInfo> info;     // Per block (only heading blocks are filled).
  bool numbered_only = false;        // True when numbered headings dominate: only they are questions.
  int question_level = 0;            // The level whose headings are mostly questions (0: none).
};

// Classifies the headings of a document.
HeadingPlan plan_headings(const std::vector<Block>& blocks);

}  // namespace qbank::detail::md
