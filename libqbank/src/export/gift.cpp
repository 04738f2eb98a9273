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

// True when an answer is short enough to be typed and matched exactly.
bool short_answer(const std::optional<std::string>& answer) {
  if (!answer || answer->empty() || answer->size() > kShortAnswerBytes) return false;
  if (answer->find_first_of("\r\n") != std::string::npos) return false;
  if (answer->find_first_not_of(" \t") == std::string::npos) return false;
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

// Appends one question: title, HTML text, then {} for essay, {=answer} or {####feedback}.
void append_question(std::string& out, const Question& q) {
  out += "::";
  append_gift(out, anki_guid(q));
  out += "::[html]";
  append_gift(out, anki_front(q));
  if (short_answer(q.answer)) {
    out += "{=";
    append_gift(out, *q.answer);
    out += "}\n\n";
  } else if (q.answer && !q.answer->empty()) {
    out += "{####";
    append_gift(out, anki_back(q));
    out += "}\n\n";
  } else {
    out += "{}\n\n";
  }
}

}  // namespace

Status write_gift(const std::vector<Question>& records, const ExportOptions& options, ChunkWriter& w) {
  for (const auto& group : group_by_topic(records)) {
    if (group.empty()) continue;
    const Question& head = records[group.front()];
    w.out() += "$CATEGORY: ";
    append_category_part(w.out(), options.deck);
    if (head.topic && !head.topic->empty()) {
      w.out().push_back('/');
      append_category_part(w.out(), *head.topic);
    }
    w.out() += "\n\n";
    for (std::size_t i : group) {
      append_question(w.out(), records[i]);
      if (Status s = w.spill(); !s.ok()) return s;
    }
  }
  return Status::Ok();
}

}  // namespace qbank::internal
