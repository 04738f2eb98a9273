// Markdown export for people: topics as "#" headings, numbered "##" questions, fenced code, answers.
#include <algorithm>

#include "export/writers.hpp"

namespace qbank::internal {
namespace {

// True for characters that Markdown (CommonMark/GFM) could read as markup or raw HTML inside a line.
bool markup_char(char c) {
  switch (c) {
    case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
    case '#': case '&': case '|': case '~': case '!':
      return true;
    default:
      return false;
  }
}

// Appends one line of text with markup characters backslash-escaped and block markers at its start disarmed.
void append_line(std::string& out, std::string_view line) {
  std::size_t lead = line.find_first_not_of(' ');
  if (lead != std::string_view::npos && lead < 4) {
    out.append(line.substr(0, lead));
    line.remove_prefix(lead);
    char c = line.front();
    if (c == '-' || c == '+' || c == '=') out.push_back('\\');
    std::size_t digits = line.find_first_not_of("0123456789");
    if (digits > 0 && digits != std::string_view::npos && (line[digits] == '.' || line[digits] == ')')) {
      out.append(line.substr(0, digits));
      out.push_back('\\');
      line.remove_prefix(digits);
    }
  }
  for (char c : line) {
    if (markup_char(c)) out.push_back('\\');
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out.push_back(c);
    else if (c == '\t') out.push_back(c);
  }
}

// Appends multi-line text, each line escaped, line breaks kept as hard breaks and blank lines as paragraphs.
void append_paragraphs(std::string& out, std::string_view text) {
  std::size_t start = 0;
  bool first = true, prev_blank = false;
  while (start <= text.size()) {
    std::size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    bool blank = line.find_first_not_of(" \t") == std::string_view::npos;
    if (!first) out += (blank || prev_blank) ? "\n" : "  \n";
    if (!blank) append_line(out, line);
    first = false;
    prev_blank = blank;
    start = end + 1;
  }
  out.push_back('\n');
}

// Appends text as a one-line heading body.
void append_heading_text(std::string& out, std::string_view text) {
  std::string flat(text);
  std::replace_if(flat.begin(), flat.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  append_line(out, flat);
}

// Appends a fenced code block whose fence is longer than any backtick run in the code.
void append_code(std::string& out, std::string_view code) {
  std::size_t longest = 0, run = 0;
  for (char c : code) longest = std::max(longest, run = (c == '`' ? run + 1 : 0));
  std::string fence(std::max<std::size_t>(3, longest + 1), '`');
  out += fence + "\n";
  append_printable(out, code);
  if (!code.empty() && code.back() != '\n') out.push_back('\n');
  out += fence + "\n\n";
}

// Appends one numbered question with its translations (when tr is given), code, choices and answer.
void append_question(std::string& out, const Question& q, std::size_t number, const TranslationTexts* tr) {
  out += "## " + std::to_string(number) + ". ";
  append_heading_text(out, q.text);
  out += "\n\n";
  if (tr != nullptr && !q.translations.empty()) {
    std::vector<std::string> lines;
    tr->lines(q, lines);
    out += "Translations:\n\n";
    for (const auto& line : lines) {
      out += "- ";
      append_heading_text(out, line);
      out.push_back('\n');
    }
    out.push_back('\n');
  }
  if (q.code && !q.code->empty()) append_code(out, *q.code);
  for (const auto& c : q.choices) {
    out += "- ";
    append_heading_text(out, c);
    out.push_back('\n');
  }
  if (!q.choices.empty()) out.push_back('\n');
  if (q.answer && !q.answer->empty()) {
    out += "**Answer:** ";
    append_paragraphs(out, *q.answer);
    out.push_back('\n');
  }
}

}  // namespace

Status write_markdown(RecordSource& records, const ExportOptions& options, const TranslationTexts& tr,
                      ChunkWriter& w) {
  const TranslationTexts* shown = options.with_translations ? &tr : nullptr;
  std::size_t number = 0;
  return records.each_by_topic([&](const Question& q, bool first) {
    if (first && q.topic && !q.topic->empty()) {
      w.out() += "# ";
      append_heading_text(w.out(), *q.topic);
      w.out() += "\n\n";
    }
    append_question(w.out(), q, ++number, shown);
    return w.spill();
  });
}

}  // namespace qbank::internal
