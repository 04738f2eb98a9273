// Moodle GIFT export: a $CATEGORY per topic, essay questions, short answer when the answer is short.
#include "export/writers.hpp"

namespace qbank::internal {
namespace {

// Answers up to this many bytes and words (on one line) become short-answer questions.
constexpr std::size_t kShortAnswerBytes = 40;
constexpr std::size_t kShortAnswerWords = 5;

// Appends s with GIFT's special characters ~ = # { } : and backslash escaped, line breaks as \n.
void append_gift(std::string& out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '~': case '=': case '#': case '{': case '}': case ':': case '\\':
        out.push_back('\\');
        out.push_back(c);
        break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out.push_back(c);
        else if (c == '\t') out.push_back(' ');
    }
  }
}

// True when s holds a character other than whitespace and control characters.
bool has_visible(std::string_view s) {
  for (char c : s) {
    auto b = static_cast<unsigned char>(c);
    if (b > 0x20 && b != 0x7f) return true;
  }
  return false;
}

// True when an answer is short enough to be typed and matched exactly.
bool short_answer(const std::optional<std::string>& answer) {
  if (!answer || answer->empty() || answer->size() > kShortAnswerBytes) return false;
  if (answer->find_first_of("\r\n") != std::string::npos) return false;
  if (!has_visible(*answer)) return false;
  if (answer->find("->") != std::string::npos) return false;  // {=a -> b} would be a matching question.
  std::size_t words = 0;
  bool in_word = false;
  for (char c : *answer) {
    bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words <= kShortAnswerWords;
}

// Appends a category path element with '/' doubled as Moodle expects and line breaks flattened.
void append_category_part(std::string& out, std::string_view s) {
  for (char c : s) {
    if (c == '/') out += "//";
    else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) out.push_back(' ');
    else out.push_back(c);
  }
}

// Appends one question: title, HTML text, then {=answer} (short answer), {####answer} (essay with the
// answer as general feedback) or {} (essay without an answer).
void append_question(std::string& out, const Question& q) {
  out += "::";
  append_gift(out, anki_guid(q));
  out += "::[html]";
  append_gift(out, anki_front(q, false));
  if (short_answer(q.answer)) {
    out += "{=";
    append_gift(out, *q.answer);
    out += "}\n\n";
  } else if (q.answer && has_visible(*q.answer)) {
    out += "{####";  // An essay whose general feedback is the model answer (normalize reads it back).
    append_gift(out, anki_back(q, false));
    out += "}\n\n";
  } else {  // No answer, or one with nothing visible: a plain essay.
    out += "{}\n\n";
  }
}

}  // namespace

Status write_gift(RecordSource& records, const ExportOptions& options, ChunkWriter& w) {
  return records.each_by_topic([&](const Question& q, bool first) {
    if (first) {
      w.out() += "$CATEGORY: ";
      append_category_part(w.out(), options.deck);
      if (q.topic && !q.topic->empty()) {
        w.out().push_back('/');
        append_category_part(w.out(), *q.topic);
      }
      w.out() += "\n\n";
    }
    append_question(w.out(), q);
    return w.spill();
  });
}

}  // namespace qbank::internal
