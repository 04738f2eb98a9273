// reStructuredText documents read line for line as plain text, so the plain-text reader finds their outline,
// questions and answers with its own rules and every line keeps its number.
#include "normalize/text/rst.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

#include "normalize/text/lines.hpp"

namespace qbank::internal::txt {
namespace {

// True for a character that may adorn a section title (ASCII punctuation).
bool adornment_char(char c) {
  return std::ispunct(static_cast<unsigned char>(c)) != 0;
}

// The character of a line drawn with one repeated punctuation character from its first column ("=====",
// "-----"), three or more; 0 when the line is none.
char adornment(std::string_view line) {
  line = rtrim(line);
  if (line.size() < 3 || !adornment_char(line[0])) return 0;
  return line.find_first_not_of(line[0]) == std::string_view::npos ? line[0] : 0;
}

// True for a table border: a simple table's runs of "=" or "-" set apart by spaces ("=====  ====="), or a grid
// table's "+-----+-----+".
bool table_border(std::string_view t) {
  if (t.size() < 3) return false;
  if (t[0] == '+') return t.back() == '+' && t.find_first_not_of("+-=") == std::string_view::npos;
  if (t[0] != '=' && t[0] != '-') return false;
  return t.find_first_not_of(std::string_view(t.data(), 1)) != std::string_view::npos &&
         t.find_first_not_of(t[0] == '=' ? "= " : "- ") == std::string_view::npos;
}

// True for a character of a role or directive name ("code-block", "py:func", "sourcecode").
bool name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' || c == '.' || c == '+';
}

// What an explicit markup line (".. …") opens.
enum class Explicit { kNone, kDirective, kTarget, kFootnote, kSubstitution, kComment };

// The kind of explicit markup a trimmed line opens; for a directive, name is set to its name and arg to the text
// after its "::".
Explicit explicit_kind(std::string_view t, std::string_view& name, std::string_view& arg) {
  if (t == "..") return Explicit::kComment;
  if (t.size() < 3 || t.substr(0, 3) != ".. ") return Explicit::kNone;
  std::string_view rest = t.substr(3);
  if (rest.empty()) return Explicit::kComment;
  if (rest[0] == '_' && rest.find(':') != std::string_view::npos) return Explicit::kTarget;
  if (rest[0] == '[' && rest.find(']') != std::string_view::npos) return Explicit::kFootnote;
  if (rest[0] == '|' && rest.find('|', 1) != std::string_view::npos) return Explicit::kSubstitution;
  std::size_t k = 0;
  while (k < rest.size() && (name_char(rest[k]) || (rest[k] == ':' && k + 1 < rest.size() && rest[k + 1] != ':')))
    ++k;
  if (k == 0 || rest.substr(k, 2) != "::") return Explicit::kComment;
  name = rest.substr(0, k);
  arg = trim(rest.substr(k + 2));
  return Explicit::kDirective;
}

// True for a directive whose body is code.
bool code_directive(std::string_view name) {
  for (std::string_view n : {"code", "code-block", "sourcecode", "doctest", "testcode", "testoutput", "ipython",
                             "parsed-literal", "prompt", "math"})
    if (name == n) return true;
  return false;
}

// True for a directive that shows no text of the page's own (a contents tree, an image, an included file, a note
// to the authors).
bool furniture_directive(std::string_view name) {
  if (name.substr(0, 4) == "auto") return true;  // automodule, autoclass, autosummary…
  for (std::string_view n : {"toctree", "contents", "index", "meta", "image", "figure", "include", "literalinclude",
                             "raw", "highlight", "sectnum", "section-numbering", "default-role", "role", "title",
                             "target-notes", "header", "footer", "currentmodule", "module", "py:module",
                             "py:currentmodule", "tabularcolumns", "graphviz", "plot", "youtube", "video", "todo"})
    if (name == n) return true;
  return false;
}

// Appends t with its inline markup read: roles (":doc:`Text <target>`" gives "Text", ":ref:`target`" gives
// "target"), hyperlink references ("`Text <url>`_" gives "Text"), footnote references ("[#f1]_") dropped, strong
// emphasis without its stars, inline literals with one backtick each side.
void append_inline(std::string& out, std::string_view t) {
  std::size_t k = 0;
  while (k < t.size()) {
    char c = t[k];
    if (c == ':' && k + 1 < t.size() && name_char(t[k + 1])) {  // A role: ":name:`…`" (names may hold ':').
      std::size_t j = k + 1;
      while (j < t.size() && (name_char(t[j]) || (t[j] == ':' && j + 1 < t.size() && name_char(t[j + 1])))) ++j;
      std::size_t close = j + 1 < t.size() && t[j] == ':' && t[j + 1] == '`' ? t.find('`', j + 2) : std::string_view::npos;
      if (close != std::string_view::npos) {
        std::string_view body = t.substr(j + 2, close - j - 2);
        std::size_t lt = body.rfind(" <");
        if (lt != std::string_view::npos && body.back() == '>') body = trim(body.substr(0, lt));
        else {
          if (!body.empty() && (body[0] == '~' || body[0] == '!')) {
            bool last_only = body[0] == '~';
            body.remove_prefix(1);
            if (std::size_t dot = body.rfind('.'); last_only && dot != std::string_view::npos) body.remove_prefix(dot + 1);
          }
        }
        out.append(body);
        k = close + 1;
        continue;
      }
    }
    if (c == '`' && t.substr(k, 2) == "``") {  // An inline literal.
      std::size_t close = t.find("``", k + 2);
      if (close != std::string_view::npos) {
        out.push_back('`');
        out.append(t.substr(k + 2, close - k - 2));
        out.push_back('`');
        k = close + 2;
        continue;
      }
    }
    if (c == '`') {  // A hyperlink reference ("`Text <url>`_") or interpreted text.
      std::size_t close = t.find('`', k + 1);
      if (close != std::string_view::npos && close + 1 < t.size() && t[close + 1] == '_') {
        std::string_view body = t.substr(k + 1, close - k - 1);
        std::size_t lt = body.rfind('<');
        if (lt != std::string_view::npos && body.back() == '>' && !trim(body.substr(0, lt)).empty())
          body = trim(body.substr(0, lt));
        out.append(body);
        k = close + 2;
        while (k < t.size() && t[k] == '_') ++k;
        continue;
      }
    }
    if (c == '[') {  // A footnote or citation reference ("[#f1]_", "[1]_").
      std::size_t close = t.find(']', k + 1);
      if (close != std::string_view::npos && close + 1 < t.size() && t[close + 1] == '_' && close > k + 1 &&
          t.substr(k + 1, close - k - 1).find(' ') == std::string_view::npos) {
        if (!out.empty() && out.back() == ' ') out.pop_back();
        k = close + 2;
        continue;
      }
    }
    if (c == '*' && t.substr(k, 2) == "**") {  // Strong emphasis.
      std::size_t close = t.find("**", k + 2);
      if (close != std::string_view::npos && close > k + 2) {
        out.append(t.substr(k + 2, close - k - 2));
        k = close + 2;
        continue;
      }
    }
    if (c == '\\' && k + 1 < t.size() && t[k + 1] == ' ') {  // An escaped space joins inline markup to a word.
      k += 2;
      continue;
    }
    out.push_back(c);
    ++k;
  }
}

// Counts of what marks a document as reStructuredText.
struct RstEvidence {
  int titles = 0;  // Adorned section titles.
  int marks = 0;   // Explicit markup lines (directives, targets, footnotes), roles and hyperlink references.
};

// Measures the evidence over a document's lines.
RstEvidence measure(const std::vector<std::string_view>& lines) {
  RstEvidence e;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view t = trim(lines[i]);
    if (t.empty()) continue;
    std::string_view name, arg;
    Explicit x = explicit_kind(t, name, arg);
    if (x == Explicit::kDirective || x == Explicit::kTarget || x == Explicit::kFootnote || x == Explicit::kSubstitution)
      ++e.marks;
    else if (t.find(":`") != std::string_view::npos || t.find(">`_") != std::string_view::npos)
      ++e.marks;
    bool text_line = adornment(lines[i]) == 0 && lines[i][0] != ' ' && x == Explicit::kNone;
    if (text_line && i + 1 < lines.size() && adornment(lines[i + 1]) != 0 && (i == 0 || trim(lines[i - 1]).empty() ||
                                                                              adornment(lines[i - 1]) == adornment(lines[i + 1])))
      ++e.titles;
  }
  return e;
}

// A block whose lines are indented deeper than its opener's.
struct Block {
  int indent = 0;         // The opener's indentation: a non-blank line at or left of it ends the block.
  int body = -1;          // The indentation of the block's first line, -1 until it is seen.
  int out_indent = 0;     // The indentation its lines are written at.
  char kind = 't';        // 't' text, 'c' code, 'f' lines that show nothing.
  std::string reason;     // For 'f': the reason its lines are rejected with.
};

// Writes the document line for line.
class Converter {
 public:
  Converter(const std::vector<std::string_view>& lines, std::vector<RejectedLine>& rejected)
      : lines_(lines), rejected_(rejected) {}

  std::string run(std::size_t size) {
    out_.reserve(size + size / 8);
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      if (i > 0) out_.push_back('\n');
      std::string_view line = lines_[i];
      std::string_view t = trim(line);
      if (t.empty()) continue;
      int indent = indent_of(line);
      while (!blocks_.empty() && indent <= blocks_.back().indent) blocks_.pop_back();
      if (blocks_.empty()) {
        if (std::size_t used = title(i); used > 0) {
          i += used - 1;
          continue;
        }
        if (!titled_ && field(t)) {
          reject(i, "metadata");
          continue;
        }
      }
      int out_indent = indent;
      if (!blocks_.empty()) {
        Block& b = blocks_.back();
        if (b.body < 0) b.body = indent;
        if (b.kind == 'f') {
          reject(i, b.reason);
          continue;
        }
        std::size_t cut = std::min<std::size_t>(line.find_first_not_of(" \t"), static_cast<std::size_t>(std::max(b.body, 0)));
        if (b.kind == 'c') {
          out_.append(static_cast<std::size_t>(b.out_indent + 4), ' ').append(rtrim(line.substr(cut)));
          continue;
        }
        out_indent = b.out_indent + std::max(indent - b.body, 0);
      }
      text_line(i, t, indent, out_indent);
    }
    return std::move(out_);
  }

 private:
  // Rejects line i with a reason.
  void reject(std::size_t i, std::string reason) {
    rejected_.push_back(RejectedLine{static_cast<std::int64_t>(i + 1), std::string(lines_[i]), std::move(reason)});
  }

  // The level of an adornment style (its character, and whether it has an overline), numbered from 1 in the
  // order styles first appear.
  std::size_t level_of(char c, bool over) {
    for (std::size_t k = 0; k < styles_.size(); ++k)
      if (styles_[k].first == c && styles_[k].second == over) return k + 1;
    styles_.emplace_back(c, over);
    return styles_.size();
  }

  // Writes a title line at the given level.
  void write_title(std::string_view t, std::size_t level) {
    std::size_t marks = std::min<std::size_t>(level + 1, 6);
    out_.append(marks, '=').push_back(' ');
    append_inline(out_, t);
    out_.push_back(' ');
    out_.append(marks, '=');
    titled_ = true;
  }

  // Reads a section title at line i (overline, text and underline, or text and underline after a blank line),
  // writes it and returns the number of lines it takes, or 0 when none starts there.
  std::size_t title(std::size_t i) {
    bool after_blank = i == 0 || trim(lines_[i - 1]).empty();
    if (!after_blank) return 0;
    char over = adornment(lines_[i]);
    if (over != 0 && i + 2 < lines_.size() && adornment(lines_[i + 2]) == over && !trim(lines_[i + 1]).empty() &&
        adornment(lines_[i + 1]) == 0) {
      std::size_t level = level_of(over, true);
      reject(i, "separator");
      out_.push_back('\n');
      write_title(trim(lines_[i + 1]), level);
      out_.push_back('\n');
      reject(i + 2, "separator");
      return 3;
    }
    char under = i + 1 < lines_.size() ? adornment(lines_[i + 1]) : 0;
    std::string_view name, arg;
    if (over != 0 || under == 0 || lines_[i][0] == ' ' || lines_[i][0] == '\t' ||
        explicit_kind(trim(lines_[i]), name, arg) != Explicit::kNone)
      return 0;
    write_title(trim(lines_[i]), level_of(under, false));
    out_.push_back('\n');
    reject(i + 1, "separator");
    return 2;
  }

  // True for a field list line (":tocdepth: 2", ":orphan:") at the first column.
  static bool field(std::string_view t) {
    if (t.size() < 3 || t[0] != ':' || !name_char(t[1])) return false;
    std::size_t k = 1;
    while (k < t.size() && (name_char(t[k]) || t[k] == ' ')) ++k;
    return k < t.size() && t[k] == ':' && (k + 1 == t.size() || t[k + 1] == ' ');
  }

  // Writes a line of text, or opens the block its explicit markup or "::" starts.
  void text_line(std::size_t i, std::string_view t, int indent, int out_indent) {
    if (table_border(t)) {
      reject(i, "separator");
      return;
    }
    std::string_view name, arg;
    switch (explicit_kind(t, name, arg)) {
      case Explicit::kNone: break;
      case Explicit::kTarget: return open_hidden(i, indent, "link definition");
      case Explicit::kFootnote: return open_hidden(i, indent, "footnote");
      case Explicit::kSubstitution: return open_hidden(i, indent, "markup");
      case Explicit::kComment: return open_hidden(i, indent, "comment");
      case Explicit::kDirective:
        if (furniture_directive(name)) return open_hidden(i, indent, std::string(name) + " (not read)");
        if (code_directive(name)) {  // Kept as written: the reader tells the code an entry shows by it.
          out_.append(static_cast<std::size_t>(out_indent), ' ').append(t);
          blocks_.push_back(Block{indent, -1, out_indent, 'c', {}});
          return;
        }
        blocks_.push_back(Block{indent, -1, out_indent, 't', {}});
        if (arg.empty()) {
          reject(i, "markup");
          return;
        }
        out_.append(static_cast<std::size_t>(out_indent), ' ');
        append_inline(out_, arg);
        return;
    }
    if (!blocks_.empty() && blocks_.back().kind == 't' && blocks_.back().body == indent && t[0] == ':' && field(t)) {
      reject(i, "markup");  // A directive's option (":class: tip").
      return;
    }
    bool literal = t.size() >= 2 && t.substr(t.size() - 2) == "::";
    if (literal) {
      blocks_.push_back(Block{indent, -1, out_indent, 'c', {}});
      std::string_view before = rtrim(t.substr(0, t.size() - 2));
      if (before.empty()) {
        reject(i, "markup");
        return;
      }
      out_.append(static_cast<std::size_t>(out_indent), ' ');
      append_inline(out_, before);
      if (before.size() == t.size() - 2) out_.push_back(':');  // "Run this::" reads "Run this:".
      return;
    }
    out_.append(static_cast<std::size_t>(out_indent), ' ');
    append_inline(out_, t);
  }

  // Rejects line i and opens a block whose lines are rejected with the same reason.
  void open_hidden(std::size_t i, int indent, std::string reason) {
    reject(i, reason);
    blocks_.push_back(Block{indent, -1, indent, 'f', std::move(reason)});
  }

  const std::vector<std::string_view>& lines_;
  std::vector<RejectedLine>& rejected_;
  std::string out_;
  std::vector<Block> blocks_;                     // The blocks open at the current line, innermost last.
  std::vector<std::pair<char, bool>> styles_;     // Title adornment styles in order of first appearance.
  bool titled_ = false;                           // A section title was written.
};

}  // namespace

std::optional<std::string> rst_to_text(std::string_view text, std::vector<RejectedLine>& rejected) {
  if (text.substr(0, 2) != ".." && text.find("\n..") == std::string_view::npos &&
      text.find(":`") == std::string_view::npos && text.find("`_") == std::string_view::npos)
    return std::nullopt;  // No explicit markup, role or reference at all: not worth splitting.
  std::vector<std::string_view> lines = line_views(text);
  RstEvidence e = measure(lines);
  if (e.titles == 0 || e.marks == 0) return std::nullopt;
  return Converter(lines, rejected).run(text.size());
}

}  // namespace qbank::internal::txt
