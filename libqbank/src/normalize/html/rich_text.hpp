#pragma once
// Telling rich-text field values (HTML written by an editor or an export: "<b>CSS</b>", "&nbsp;", "<br>") from
// plain text that only mentions tags ("What does <br> do?", code that builds a page).

#include <string_view>

namespace qbank::internal {

// What a field value holds that marks it as HTML.
struct MarkupEvidence {
  bool entity = false;      // An HTML entity ("&amp;", "&nbsp;", "&#39;").
  bool rich_tag = false;    // A line break or a closing tag of an editor's text markup ("<br>", "</b>", "</div>").
  bool other_tag = false;   // A tag no rich-text editor writes ("<form>", "<script>", "<input>"): page code.
};

// Returns the markup evidence of one value.
MarkupEvidence markup_in(std::string_view value);

// Collects the evidence over the field values of a file and decides whether they are rich text.
class RichTextVote {
 public:
  // Counts one non-empty value.
  void add(std::string_view value);
  // True when the values read as HTML: an entity somewhere, or text markup in at least two values and a tenth
  // of them, and never a tag that only page code holds.
  bool html() const;

 private:
  int values_ = 0;      // Non-empty values seen.
  int entities_ = 0;    // Values holding an entity.
  int rich_ = 0;        // Values holding text markup.
  int other_ = 0;       // Values holding a tag of page code.
};

}  // namespace qbank::internal
