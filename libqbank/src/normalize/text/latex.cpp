// LaTeX question sheets read line for line as plain text, so the plain-text reader finds their questions,
// sections and solutions with its own rules and every line keeps its number.
#include "normalize/text/latex.hpp"

#include <cctype>

namespace qbank::internal::txt {
namespace {

// The command name at i (a backslash, then letters, or one other character), without the backslash.
std::string_view command_at(std::string_view s, std::size_t i) {
  std::size_t k = i + 1;
  while (k < s.size() && std::isalpha(static_cast<unsigned char>(s[k]))) ++k;
  if (k == i + 1 && k < s.size()) ++k;
  return s.substr(i + 1, k - i - 1);
}

// The offset after the group opening at i ('{' … '}', nested), or npos when it does not close on the line.
std::size_t group_end(std::string_view s, std::size_t i) {
  int depth = 0;
  for (std::size_t k = i; k < s.size(); ++k) {
    if (s[k] == '\\') {
      ++k;
      continue;
    }
    if (s[k] == '{') ++depth;
    if (s[k] == '}' && --depth == 0) return k + 1;
  }
  return std::string_view::npos;
}

// Skips an optional argument ("[5]") and spaces after offset i.
std::size_t skip_option(std::string_view s, std::size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  if (i < s.size() && s[i] == '[') {
    std::size_t close = s.find(']', i);
    if (close != std::string_view::npos) i = close + 1;
  }
  while (i < s.size() && s[i] == ' ') ++i;
  return i;
}

// Appends the text of a line of LaTeX: comments dropped, text commands keep their argument, other commands
// and braces go, "~" is a space and "\\" ends nothing.
void append_text(std::string_view s, std::string& out) {
  for (std::size_t i = 0; i < s.size();) {
    char c = s[i];
    if (c == '%') break;
    if (c == '\\') {
      std::string_view name = command_at(s, i);
      i += 1 + name.size();
      if (name.size() == 1 && !std::isalpha(static_cast<unsigned char>(name[0]))) {
        if (name != "\\" && name != ",") out += name;  // "\%", "\&", "\_", "\{"
        else if (name == ",") out += ' ';
        continue;
      }
      if (name == "item" || name == "choice" || name == "CorrectChoice") i = skip_option(s, i);
      continue;  // The command goes; a group after it is read as text.
    }
    if (c == '{' || c == '}') {
      ++i;
      continue;
    }
    out += c == '~' ? ' ' : c;
    ++i;
  }
}

// What a line of LaTeX opens with.
struct LatexLine {
  std::string_view command;  // The command it opens with ("" when it opens with text).
  std::string_view argument;  // The braced argument right after it (sections, environments), braces removed.
  std::size_t rest = 0;      // Where the text after the command (and its options) starts.
};

// Reads the command a trimmed line opens with.
LatexLine read_opening(std::string_view t) {
  LatexLine l;
  if (t.empty() || t[0] != '\\') return l;
  l.command = command_at(t, 0);
  std::size_t i = 1 + l.command.size();
  if (i < t.size() && t[i] == '*') ++i;  // \section*{…}
  i = skip_option(t, i);
  if (i < t.size() && t[i] == '{') {
    std::size_t end = group_end(t, i);
    if (end != std::string_view::npos) {
      l.argument = t.substr(i + 1, end - i - 2);
      i = end;
    }
  }
  l.rest = skip_option(t, i);
  return l;
}

// True for a section command, whose argument is a title.
bool is_section(std::string_view c) {
  return c == "section" || c == "subsection" || c == "subsubsection" || c == "chapter" || c == "part*" ||
         c == "titledquestion" || c == "paragraph";
}

// True when the command at offset at opens its line (only spaces or tabs before it).
bool opens_line(std::string_view text, std::size_t at) {
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
  return at == 0 || text[at - 1] == '\n';
}

// True when the document reads as LaTeX: a \documentclass or \begin{document} line, or two or more lines
// opened by \question or \item.
bool looks_like_latex(std::string_view text) {
  for (std::string_view c : {std::string_view("\\documentclass"), std::string_view("\\begin{document}")})
    for (std::size_t at = text.find(c); at != std::string_view::npos; at = text.find(c, at + 1))
      if (opens_line(text, at)) return true;
  int openers = 0;
  for (std::string_view c : {std::string_view("\\question"), std::string_view("\\item")})
    for (std::size_t at = text.find(c); at != std::string_view::npos && openers < 2; at = text.find(c, at + 1))
      openers += opens_line(text, at) ? 1 : 0;
  return openers >= 2;
}

}  // namespace

std::optional<std::string> latex_to_text(std::string_view text) {
  if (!looks_like_latex(text)) return std::nullopt;
  std::string out;
  out.reserve(text.size());
  bool body = text.find("\\begin{document}") == std::string_view::npos;  // Text before it is the preamble.
  bool solution = false, first_solution_line = false;
  int question = 0, part = 0;
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t end = std::min(text.find('\n', pos), text.size());
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::size_t k = line.find_first_not_of(" \t");
    std::string_view t = k == std::string_view::npos ? std::string_view() : line.substr(k);
    LatexLine l = read_opening(t);
    std::string text_line;
    if (l.command == "begin" && l.argument == "document") {
      body = true;
    } else if (!body || l.command == "documentclass" || l.command == "usepackage" || l.command == "end" ||
               l.command == "maketitle" || l.command == "newpage" || l.command == "vspace" ||
               l.command == "hspace" || l.command == "printanswers" || l.command == "noprintanswers") {
      if (l.command == "end" && (l.argument == "solution" || l.argument == "solutionorbox")) solution = false;
    } else if (l.command == "begin") {
      if (l.argument == "solution" || l.argument == "solutionorbox") solution = first_solution_line = true;
      if (l.argument == "parts") part = 0;
    } else if (is_section(l.command) && !l.argument.empty()) {
      text_line = "== ";
      append_text(l.argument, text_line);
      text_line += " ==";
    } else if (l.command == "question" || l.command == "titledquestion") {
      text_line = std::to_string(++question) + ". ";
      append_text(t.substr(l.rest), text_line);
    } else if (l.command == "part" || l.command == "subpart") {
      text_line = std::string(1, static_cast<char>('a' + (part++ % 26))) + ") ";
      append_text(t.substr(l.rest), text_line);
    } else if (l.command == "choice" || l.command == "CorrectChoice") {
      text_line = "- ";
      append_text(t.substr(l.rest), text_line);
    } else {
      append_text(t, text_line);
      if (solution && first_solution_line && text_line.find_first_not_of(" \t") != std::string::npos) {
        text_line = "Answer: " + text_line.substr(text_line.find_first_not_of(" \t"));
        first_solution_line = false;
      } else if (solution && !text_line.empty()) {
        text_line = "  " + text_line;
      }
    }
    out += text_line;
    if (end < text.size()) out.push_back('\n');
    pos = end + 1;
  }
  return out;
}

}  // namespace qbank::internal::txt
