#pragma once
// The Moodle XML reader's state, fed by expat's callbacks (xml/read_xml.cpp runs the parse).

#include <expat.h>

#include <string>
#include <vector>

#include "normalize/reader.hpp"

namespace qbank::internal {

// One <answer> of a question.
struct MoodleAnswer {
  std::string text;       // Its text (HTML or plain, as its format says).
  double fraction = 0;    // Its grade in percent (100 for a right answer).
  bool html = true;       // True unless its format is plain_text or markdown.
};

// The parts of one <question> read so far.
struct MoodleQuestion {
  std::string type;                   // Its type attribute ("multichoice", "essay", …).
  std::int64_t line = 0;              // The line of its <questiontext> text (or of the element).
  std::string name;                   // The text of <name>.
  std::string question;               // The text of <questiontext>.
  bool question_html = true;          // True unless the question text's format is plain_text or markdown.
  std::vector<MoodleAnswer> answers;  // Its <answer> elements.
  std::string feedback;               // <generalfeedback> text.
  std::string grader_info;            // <graderinfo> text (an essay's model answer).
  std::vector<std::string> tags;      // <tags><tag><text> values.
  std::string category;               // For a category item, its path.
};

// Reads the <question> elements of a <quiz> into items and rejected lines, one question held at a time.
class MoodleReader {
 public:
  // Reads into out.
  explicit MoodleReader(ReaderOutput& out) : out_(out) {}

  // Takes the parser whose current line start() reads.
  void attach(XML_Parser parser) { parser_ = parser; }

  // Called by expat at a start tag.
  void start(const XML_Char* name, const XML_Char** atts);

  // Called by expat at an end tag.
  void end(const XML_Char* name);

  // Called by expat with character data.
  void chars(const XML_Char* s, int len) {
    if (in_question_) text_.append(s, static_cast<std::size_t>(len));
  }

 private:
  // The current line.
  std::int64_t line() const { return static_cast<std::int64_t>(XML_GetCurrentLineNumber(parser_)); }

  // True when the element above the current one is named `name`.
  bool parent_is(std::string_view name) const { return path_.size() >= 2 && path_[path_.size() - 2] == name; }

  // Turns the question read into an item, or a category into the topic of those after it.
  void finish();

  XML_Parser parser_ = nullptr;
  ReaderOutput& out_;
  std::vector<std::string> path_;  // The open elements, outermost first.
  std::string text_;               // Character data of the innermost element so far.
  std::string topic_;              // The topic from the last category item.
  MoodleQuestion q_;               // The question being read.
  bool in_question_ = false;       // True inside a <question> under the root.
};

}  // namespace qbank::internal
