// Builds a Markdown document's outline with cmark-gfm: CommonMark blocks and GFM tables with their source lines,
// front matter and link reference definitions around them, and the Markdown between the tag lines of raw HTML
// blocks read as Markdown too.
#include <algorithm>
#include <cctype>
#include <numeric>

#include "normalize/markdown/admonition.hpp"
#include "normalize/markdown/blocks.hpp"
#include "normalize/markdown/cmark_document.hpp"
#include "normalize/markdown/shortcode.hpp"
#include "normalize/text/lines.hpp"

namespace qbank::internal::md {
namespace {

using txt::trim;

// Raw HTML blocks nested deeper than this (Markdown inside HTML inside Markdown …) keep their text lines as
// paragraphs instead of being read as Markdown again.
constexpr int kMaxHtmlNesting = 8;

// Counts case-insensitive occurrences of a lowercase ASCII needle in s.
int count_ci(std::string_view s, std::string_view needle) {
  int n = 0;
  bool letter = needle.empty() || (needle[0] >= 'a' && needle[0] <= 'z');
  for (std::size_t i = 0; i + needle.size() <= s.size(); ++i) {
    if (!letter && s[i] != needle[0]) {  // A first byte that is no letter matches only itself: jump to it.
      i = s.find(needle[0], i);
      if (i == std::string_view::npos || i + needle.size() > s.size()) break;
    }
    bool eq = true;
    for (std::size_t k = 0; k < needle.size() && eq; ++k) {
      char c = s[i + k];  // ASCII lowering: the same in every locale.
      eq = (c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c) == needle[k];
    }
    if (eq) ++n;
  }
  return n;
}

// How many </details> tags a paragraph's or item's text holds outside code spans ("… calidad. </b></details>": closing
// tags written right under an answer's text, which CommonMark reads as part of the paragraph).
int closing_tags_in_text(std::string_view text) {
  return count_ci(text, "</details") - count_ci(text, "`</details");
}

// When a trimmed tag line is one whole HTML heading ("<h1 align=\"center\">Title</h1>"), sets text to what it
// holds and returns its level; 0 otherwise.
int html_heading(std::string_view t, std::string& text) {
  if (t.size() < 9 || t[0] != '<' || (t[1] != 'h' && t[1] != 'H') || t[2] < '1' || t[2] > '6') return 0;
  if (t[3] != '>' && t[3] != ' ') return 0;
  std::size_t open_end = t.find('>');
  std::string close = "</h" + std::string(1, t[2]) + ">";
  if (t.size() < close.size() || count_ci(t.substr(t.size() - close.size()), close) != 1) return 0;
  std::string_view inner = trim(t.substr(open_end + 1, t.size() - close.size() - open_end - 1));
  if (inner.empty() || inner.find("<h") != std::string_view::npos || inner.find("<H") != std::string_view::npos)
    return 0;
  text = std::string(inner);
  return t[2] - '0';
}

// True for a trimmed line that is an HTML tag line ("<div ...>", "</details>", "<!-- x -->", "<?php").
bool is_html_line(std::string_view t) {
  return t.size() >= 2 && t[0] == '<' &&
         (std::isalpha(static_cast<unsigned char>(t[1])) || t[1] == '/' || t[1] == '!' || t[1] == '?');
}

// When the line is a link reference definition ("[ref]: https://…"), sets label and returns true.
bool definition_label(std::string_view raw, std::string_view& label) {
  std::string_view t = trim(raw);
  if (txt::indent_of(raw) > 3 || t.size() < 4 || t[0] != '[') return false;
  std::size_t close = t.find("]:");
  if (close == std::string_view::npos || close < 2 || t.substr(1, close - 1).find_first_of("[]") != std::string_view::npos)
    return false;
  if (trim(t.substr(close + 2)).empty()) return false;
  label = t.substr(1, close - 1);
  return true;
}

// The line without the block quote marks and indentation that open it ("> > text" -> "text").
std::string_view unquoted(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '>')) ++i;
  return line.substr(i);
}

// True for a line without text: blank, or only block quote marks (">").
bool is_blank(std::string_view line) { return trim(unquoted(line)).empty(); }

// True for a line that is an ATX heading ("## Title"), block quote marks aside.
bool is_atx_heading(std::string_view line) {
  std::string_view t = unquoted(line);
  std::size_t n = 0;
  while (n < t.size() && t[n] == '#') ++n;
  return n >= 1 && n <= 6 && (n == t.size() || t[n] == ' ' || t[n] == '\t');
}

// True for a line that closes a code fence opened with at least len characters c.
bool closes_fence(std::string_view line, char c, int len) {
  std::string_view t = trim(unquoted(line));
  std::size_t n = 0;
  while (n < t.size() && t[n] == c) ++n;
  return static_cast<int>(n) >= len && trim(t.substr(n)).empty();
}

// Splits text into its lines (a last line end adds no line).
std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> out;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    out.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  return out;
}

// The text of a node's string content or literal (empty when it has none).
std::string_view content_of(cmark_node* node) {
  const char* s = cmark_node_get_string_content(node);
  return s ? std::string_view(s) : std::string_view();
}

// The literal of a code or HTML block (empty when it has none).
std::string_view literal_of(cmark_node* node) {
  const char* s = cmark_node_get_literal(node);
  return s ? std::string_view(s) : std::string_view();
}

// The containers a node sits in.
struct Context {
  int depth = 0;     // Enclosing lists.
  int quote = 0;     // Enclosing block quotes.
  long parent = -1;  // The enclosing item's node index.
};

// A node of kind placed in ctx: its list depth, quote depth and enclosing item.
OutlineNode node_in(const Context& ctx, OutlineKind kind) {
  OutlineNode n;
  n.kind = kind;
  n.depth = ctx.depth;
  n.quote = ctx.quote;
  n.parent = ctx.parent;
  return n;
}

// Fills an outline from the lines of a document.
class OutlineBuilder {
 public:
  explicit OutlineBuilder(const std::vector<std::string_view>& lines) : lines_(lines), pairs_(paired_labels(lines)) {}

  // Adds the front matter ("---" … "---" of YAML or "+++" … "+++" of TOML from the first line) and returns the
  // index of the line after it.
  std::size_t front_matter() {
    if (lines_.empty() || (trim(lines_[0]) != "---" && trim(lines_[0]) != "+++")) return 0;
    std::string_view fence = trim(lines_[0]);
    std::size_t j = 1;
    while (j < lines_.size() && trim(lines_[j]) != fence) ++j;
    if (j == lines_.size()) return 0;
    OutlineNode n;
    n.kind = OutlineKind::kFrontMatter;
    n.last = j;
    add(std::move(n));
    return j + 1;
  }

  // Reads lines [from, to) as one Markdown document whose nodes sit in ctx; nesting counts the raw HTML
  // blocks it sits in. With a cut_after line, only the top-level blocks before the first top-level block that
  // starts at or after it (and is not the last one read) are added; returns that block's line, or npos (and
  // adds nothing) when there is none. Without, returns to.
  std::size_t read(std::size_t from, std::size_t to, const Context& ctx, int nesting,
                   std::size_t cut_after = std::string_view::npos);

  // Adds the lines left over at the end, marks <details> nesting and returns the outline.
  Outline finish();

 private:
  // Adds a node after the lines before it that no node holds (link definitions).
  long add(OutlineNode n);
  // Adds the lines [from, to) that no node holds: link reference definitions (or, for any other line, a
  // paragraph of its own).
  void fill_gap(std::size_t from, std::size_t to);
  // Adds a paragraph or item node from its content lines (the first at source line first), split where a
  // line starts a label or follows an item that asks; returns the index of the first node added.
  long add_text(OutlineNode node, const std::vector<std::string_view>& content, std::size_t first);
  // The index of the first content line of a paragraph reported at line (link definitions skipped).
  std::size_t paragraph_start(std::size_t line, std::size_t to, std::string_view first_content) const;
  // Adds a list item node (its first paragraph or heading is its text) and makes it the parent in ctx.
  void item(cmark_node* node, std::size_t line, int dedent, Context& ctx);
  // Adds a paragraph node (split at labels, see add_text).
  void paragraph(cmark_node* node, std::size_t line, std::size_t to, const Context& ctx);
  // Adds an admonition or a paired shortcode opened at line as a <details> element (its body read as Markdown
  // inside); returns the line after it, or 0 when the line opens neither.
  std::size_t admonition(std::size_t line, std::size_t to, const Context& ctx, int nesting);
  // Adds an ATX or setext heading node.
  void heading(cmark_node* node, std::size_t line, std::size_t to, const Context& ctx);
  // Adds a fenced or indented code block node.
  void code(cmark_node* node, std::size_t line, std::size_t to, const Context& ctx);
  // When line opens an HTML table ("<table …>"), the line that closes it (nested tables counted) before to;
  // npos otherwise.
  std::size_t table_end(std::size_t line, std::size_t to) const;
  // Adds a raw HTML block: a comment node, or one node per tag line with the text between read as Markdown
  // (the first one marked with the line that closes the table it opens).
  void html(cmark_node* node, std::size_t line, std::size_t to, const Context& ctx, int nesting, int dedent);
  // Adds one node per table line (header, delimiter and body rows).
  void table(cmark_node* node, std::size_t line, std::size_t from, std::size_t to, const Context& ctx);

  const std::vector<std::string_view>& lines_;  // The document's lines.
  Outline out_;                                 // The nodes added so far.
  std::size_t seen_ = 0;  // Lines before this one are held by a node or were filled in.
  cmark_node* consumed_ = nullptr;  // The first block of the item just added, which the item holds.
  PairedLabels pairs_;              // The question and answer labels the document pairs.
};

long OutlineBuilder::add(OutlineNode n) {
  if (n.first >= seen_) fill_gap(seen_, n.first);
  seen_ = std::max(seen_, n.last + 1);
  out_.push_back(std::move(n));
  return static_cast<long>(out_.size()) - 1;
}

void OutlineBuilder::fill_gap(std::size_t from, std::size_t to) {
  bool definition = false;  // The line before was a definition (its title may follow on the next line).
  for (std::size_t k = from; k < to && k < lines_.size(); ++k) {
    if (is_blank(lines_[k])) {
      definition = false;
      continue;
    }
    std::string_view label;
    OutlineNode n;
    n.first = n.last = k;
    if (definition_label(lines_[k], label)) {
      n.kind = OutlineKind::kDefinition;
      n.text = std::string(label);
      definition = true;
    } else if (definition) {
      out_.back().last = k;
      continue;
    } else {
      n.kind = OutlineKind::kParagraph;
      n.level = txt::indent_of(lines_[k]);
      n.text = std::string(trim(lines_[k]));
    }
    out_.push_back(std::move(n));
  }
  seen_ = std::max(seen_, to);
}

long OutlineBuilder::add_text(OutlineNode node, const std::vector<std::string_view>& content, std::size_t first) {
  long first_index = -1;
  OutlineNode cur = node;
  cur.first = cur.last = first;
  cur.text = content.empty() ? std::string() : std::string(trim(content[0]));
  long owner = node.kind == OutlineKind::kItem ? -2 : node.parent;  // -2: the item itself, once added
  for (std::size_t j = 1; j < content.size() && first + j < lines_.size(); ++j) {
    std::string_view t = trim(content[j]);
    std::string plain = inline_text(t);
    std::string_view unused;
    bool labelled = strip_answer_label(plain, unused) || strip_question_label(plain, unused) ||
                    strip_paired_label(plain, pairs_.question, unused) || strip_paired_label(plain, pairs_.answer, unused);
    // A list item that already asks its question ("1. What is a transaction?") does not run on into the line
    // below it: that line is its answer (a paragraph of its own, read as indented under the item).
    bool asked = cur.kind == OutlineKind::kItem && txt::ends_with_question_mark(cur.text);
    // Nor does a labelled question that has asked ("Q: What is X?") run on into a line that does not ask
    // ("✅ X is …"): that line answers it.
    std::string_view question;
    asked = asked || (cur.kind == OutlineKind::kParagraph && txt::ends_with_question_mark(cur.text) &&
                      !txt::ends_with_question_mark(plain) && strip_question_label(inline_text(cur.text), question));
    if (!labelled && !asked) {
      cur.text.push_back(' ');
      cur.text.append(t);
      cur.last = first + j;
      continue;
    }
    int under = asked ? cur.column : 0;
    long index = add(std::move(cur));
    if (first_index < 0) first_index = index;
    cur = OutlineNode();
    cur.kind = OutlineKind::kParagraph;
    cur.first = cur.last = first + j;
    cur.level = std::max(txt::indent_of(lines_[first + j]), under);
    cur.depth = node.depth;
    cur.quote = node.quote;
    cur.parent = owner == -2 ? first_index : owner;
    cur.text = std::string(t);
  }
  long index = add(std::move(cur));
  return first_index < 0 ? index : first_index;
}

std::size_t OutlineBuilder::paragraph_start(std::size_t line, std::size_t to, std::string_view first_content) const {
  std::string_view label;
  std::size_t k = line;
  while (k + 1 < to && definition_label(lines_[k], label) && trim(unquoted(lines_[k])) != trim(first_content)) ++k;
  return k < to && !definition_label(lines_[k], label) ? k : line;
}

void OutlineBuilder::item(cmark_node* node, std::size_t line, int dedent, Context& ctx) {
  std::string_view raw = lines_[line];
  OutlineNode n = node_in(ctx, OutlineKind::kItem);
  n.first = n.last = line;
  auto at = static_cast<std::size_t>(std::max(cmark_node_get_start_column(node) - 1, 0) + dedent);
  n.level = at == raw.find_first_not_of(" \t") ? txt::indent_of(raw) : static_cast<int>(at);
  if (cmark_node_get_list_type(cmark_node_parent(node)) == CMARK_ORDERED_LIST) {
    long number = 0;
    for (std::size_t k = at; k < raw.size() && k < at + 9 && std::isdigit(static_cast<unsigned char>(raw[k])); ++k)
      number = number * 10 + (raw[k] - '0');
    n.number = number;
  }
  n.column = n.level + 2;
  cmark_node* child = cmark_node_first_child(node);
  std::vector<std::string_view> content;
  if (child != nullptr && cmark_node_get_start_line(child) == cmark_node_get_start_line(node)) {
    n.column = cmark_node_get_start_column(child) - 1 + dedent;
    cmark_node_type type = cmark_node_get_type(child);
    if (type == CMARK_NODE_PARAGRAPH) {
      content = split_lines(content_of(child));
      consumed_ = child;
    } else if (type == CMARK_NODE_HEADING) {
      // "1. ### What is X?": a heading written in a list item is a heading, numbered by the item; what the item
      // holds after it is the heading's section.
      n.kind = OutlineKind::kHeading;
      n.level = cmark_node_get_heading_level(child);
      n.text = trim(content_of(child));
      if (n.number >= 0) n.text = std::to_string(n.number) + ". " + n.text;
      n.number = -1;
      consumed_ = child;
      add(std::move(n));
      return;
    }
  }
  ctx.parent = add_text(std::move(n), content, line);
}

void OutlineBuilder::paragraph(cmark_node* node, std::size_t line, std::size_t to, const Context& ctx) {
  auto content = split_lines(content_of(node));
  if (content.empty()) return;
  std::size_t first = paragraph_start(line, to, content[0]);
  OutlineNode n = node_in(ctx, OutlineKind::kParagraph);
  n.level = txt::indent_of(lines_[first]);
  add_text(std::move(n), content, first);
}

std::size_t OutlineBuilder::admonition(std::size_t line, std::size_t to, const Context& ctx, int nesting) {
  if (nesting >= kMaxHtmlNesting) return 0;
  auto a = admonition_opener(lines_[line]);
  std::size_t body_end = 0;   // The line after the body.
  std::size_t close_line = 0;  // The line the closing node sits on: the body's last line, or the closing shortcode.
  if (a) {
    body_end = admonition_end(lines_, line, to);
    close_line = body_end - 1;
  } else if (auto s = shortcode_opener(lines_[line])) {
    body_end = shortcode_close(lines_, line, to, s->name);
    if (body_end == std::string_view::npos) return 0;
    a = Admonition{s->name, s->title};
    close_line = body_end;
  } else {
    return 0;
  }
  OutlineNode open = node_in(ctx, OutlineKind::kHtml);
  open.first = open.last = line;
  open.text = admonition_summary(*a, close_line == line);
  add(std::move(open));
  if (close_line == line) return line + 1;
  if (body_end > line + 1) read(line + 1, body_end, ctx, nesting + 1);
  OutlineNode close = node_in(ctx, OutlineKind::kHtml);
  close.first = close.last = close_line;
  close.text = "</details>";
  add(std::move(close));
  return close_line + 1;
}

void OutlineBuilder::heading(cmark_node* node, std::size_t line, std::size_t to, const Context& ctx) {
  auto content = split_lines(content_of(node));
  OutlineNode n = node_in(ctx, OutlineKind::kHeading);
  n.level = cmark_node_get_heading_level(node);
  n.first = n.last = line;
  for (std::string_view c : content) {
    if (!n.text.empty()) n.text.push_back(' ');
    n.text.append(trim(c));
  }
  if (!is_atx_heading(lines_[line]) || content.size() > 1)  // a setext heading: its lines and the underline
    n.last = std::min(line + std::max<std::size_t>(content.size(), 1), to - 1);
  add(std::move(n));
}

void OutlineBuilder::code(cmark_node* node, std::size_t line, std::size_t to, const Context& ctx) {
  auto body = split_lines(literal_of(node));
  OutlineNode n = node_in(ctx, OutlineKind::kCode);
  n.level = txt::indent_of(lines_[line]);
  n.first = n.last = line;
  for (std::string_view b : body) n.text.append(txt::rtrim(b)).push_back('\n');
  while (!n.text.empty() && n.text.back() == '\n') n.text.pop_back();
  int length = 0, offset = 0;
  char fence = 0;
  if (cmark_node_get_fenced(node, &length, &offset, &fence)) {
    std::size_t close = line + 1 + body.size();
    n.last = close < to && closes_fence(lines_[close], fence, length) ? close : std::min(line + body.size(), to - 1);
  } else if (!body.empty()) {
    n.last = std::min(line + body.size() - 1, to - 1);
  }
  add(std::move(n));
}

void OutlineBuilder::html(cmark_node* node, std::size_t line, std::size_t to, const Context& ctx, int nesting,
                          int dedent) {
  // The block's first line starts at its column: a list marker before it ("1. <details>") belongs to the item.
  auto from_column = static_cast<std::size_t>(std::max(cmark_node_get_start_column(node) - 1, 0) + dedent);
  std::size_t count = std::max<std::size_t>(split_lines(literal_of(node)).size(), 1);
  std::size_t last = std::min(line + count - 1, to - 1);
  OutlineNode n = node_in(ctx, OutlineNode().kind);
  if (trim(unquoted(lines_[line])).substr(0, 4) == "<!--") {
    n.kind = OutlineKind::kComment;
    n.first = line;
    n.last = last;
    n.text = std::string(literal_of(node));
    add(std::move(n));
    return;
  }
  std::size_t table = table_end(line, to);
  std::size_t run = std::string_view::npos;  // The first line of a run of text lines between tag lines.
  for (std::size_t k = line; k <= last + 1; ++k) {
    std::string_view t = k <= last ? trim(lines_[k]) : std::string_view("<end>");
    if (k == line && from_column < lines_[k].size()) t = trim(lines_[k].substr(from_column));
    bool tag = is_html_line(t);
    if (!tag && k <= last) {
      if (run == std::string_view::npos && !t.empty()) run = k;
      continue;
    }
    if (run != std::string_view::npos) {
      if (nesting < kMaxHtmlNesting) {
        read(run, k, ctx, nesting + 1);
      } else {
        for (std::size_t r = run; r < k; ++r) {
          if (is_blank(lines_[r])) continue;
          OutlineNode p = n;
          p.kind = OutlineKind::kParagraph;
          p.first = p.last = r;
          p.level = txt::indent_of(lines_[r]);
          p.text = std::string(trim(lines_[r]));
          add(std::move(p));
        }
      }
      run = std::string_view::npos;
    }
    if (k > last) break;
    OutlineNode h = n;
    h.kind = OutlineKind::kHtml;
    h.first = h.last = k;
    h.text = std::string(t);
    if (int level = html_heading(t, h.text); level > 0) h.kind = OutlineKind::kHeading, h.level = level;
    if (k == line && table != std::string_view::npos) h.table_end = table;
    add(std::move(h));
  }
}

std::size_t OutlineBuilder::table_end(std::size_t line, std::size_t to) const {
  std::string_view t = trim(unquoted(lines_[line]));
  if (t.size() < 6 || count_ci(t.substr(0, 6), "<table") != 1 || (t.size() > 6 && std::isalnum(static_cast<unsigned char>(t[6]))))
    return std::string_view::npos;
  int open = 0;
  for (std::size_t k = line; k < to; ++k) {
    open += count_ci(lines_[k], "<table") - count_ci(lines_[k], "</table");
    if (open <= 0) return k;
  }
  return std::string_view::npos;
}

void OutlineBuilder::table(cmark_node* node, std::size_t line, std::size_t from, std::size_t to,
                           const Context& ctx) {
  std::size_t last = line;
  if (cmark_node* row = cmark_node_last_child(node)) {
    int start = cmark_node_get_start_line(row);
    if (start > 0) last = std::max(last, from + static_cast<std::size_t>(start) - 1);
  }
  last = std::min(last, to - 1);
  for (std::size_t k = line; k <= last; ++k) {
    OutlineNode n = node_in(ctx, OutlineKind::kTable);
    n.first = n.last = k;
    n.text = std::string(trim(lines_[k]));
    add(std::move(n));
  }
}

std::size_t OutlineBuilder::read(std::size_t from, std::size_t to, const Context& ctx, int nesting,
                                 std::size_t cut_after) {
  consumed_ = nullptr;
  if (from >= to) return to;
  // The text of lines [from, to): the document's own bytes at the top, the lines without their common
  // indentation inside raw HTML (so that indented HTML does not turn its text into code).
  std::string copy;
  std::string_view text;
  int dedent = 0;
  if (nesting == 0) {
    const char* begin = lines_[from].data();
    text = std::string_view(begin, static_cast<std::size_t>(lines_[to - 1].data() + lines_[to - 1].size() - begin));
    // A '\r' that ends no line here ("a\rb") would end one for cmark: it reads as a space, so lines agree.
    for (std::size_t cr = text.find('\r'); cr != std::string_view::npos; cr = text.find('\r', cr + 1)) {
      if (cr + 1 < text.size() && text[cr + 1] == '\n') continue;
      if (copy.empty()) copy = std::string(text);
      copy[cr] = ' ';
    }
    if (!copy.empty()) text = copy;
  } else {
    std::size_t common = std::string_view::npos;
    for (std::size_t k = from; k < to; ++k)
      if (!trim(lines_[k]).empty()) common = std::min(common, lines_[k].find_first_not_of(' '));
    dedent = common == std::string_view::npos ? 0 : static_cast<int>(common);
    for (std::size_t k = from; k < to; ++k) {
      std::string_view l = lines_[k];
      copy.append(l.substr(std::min(l.size(), static_cast<std::size_t>(dedent)))).push_back('\n');
    }
    std::replace(copy.begin(), copy.end(), '\r', ' ');  // Only '\n' ends a line (see above).
    text = copy;
  }
  CmarkDocument doc(text);
  std::size_t stop = to;
  if (cut_after != std::string_view::npos) {
    stop = std::string_view::npos;
    for (cmark_node* c = cmark_node_first_child(doc.root()); c != nullptr && stop == std::string_view::npos;
         c = cmark_node_next(c)) {
      std::size_t line = from + static_cast<std::size_t>(std::max(cmark_node_get_start_line(c), 1)) - 1;
      if (line >= cut_after && line < to && cmark_node_next(c) != nullptr) stop = line;
    }
    if (stop == std::string_view::npos) return stop;
  }
  cmark_iter* it = doc.iter();
  std::vector<Context> stack{ctx};
  std::size_t skip_to = 0;  // Lines before this one belong to an admonition read already.
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(it);
    cmark_node_type type = cmark_node_get_type(node);
    bool container = type == CMARK_NODE_LIST || type == CMARK_NODE_ITEM || type == CMARK_NODE_BLOCK_QUOTE;
    if (ev == CMARK_EVENT_EXIT) {
      if (container && stack.size() > 1) stack.pop_back();
      continue;
    }
    if (type == CMARK_NODE_DOCUMENT) continue;
    int start = cmark_node_get_start_line(node);
    std::size_t line = std::min(from + static_cast<std::size_t>(std::max(start, 1)) - 1, to - 1);
    if (line >= stop && cmark_node_parent(node) == doc.root()) break;
    if (line < skip_to) {  // Inside an admonition's body, read already.
      cmark_iter_reset(it, node, CMARK_EVENT_EXIT);
      continue;
    }
    Context c = stack.back();
    switch (type) {
      case CMARK_NODE_BLOCK_QUOTE: ++c.quote; break;
      case CMARK_NODE_LIST: ++c.depth; break;
      case CMARK_NODE_ITEM: item(node, line, dedent, c); break;
      case CMARK_NODE_PARAGRAPH:
        if (node == consumed_) break;
        if (std::size_t end = admonition(line, to, c, nesting); end > 0) {
          skip_to = end;
          cmark_iter_reset(it, node, CMARK_EVENT_EXIT);
          continue;
        }
        paragraph(node, line, to, c);
        break;
      case CMARK_NODE_HEADING:
        if (node != consumed_) heading(node, line, to, c);
        break;
      case CMARK_NODE_CODE_BLOCK: code(node, line, to, c); break;
      case CMARK_NODE_HTML_BLOCK: html(node, line, to, c, nesting, dedent); break;
      case CMARK_NODE_THEMATIC_BREAK: {
        OutlineNode n;
        n.kind = OutlineKind::kRule;
        n.first = n.last = line;
        n.depth = c.depth;
        n.quote = c.quote;
        n.parent = c.parent;
        add(std::move(n));
        break;
      }
      default:
        if (std::string_view(cmark_node_get_type_string(node)) == "table") table(node, line, from, to, c);
        break;
    }
    if (container) {
      stack.push_back(c);
    } else {
      cmark_iter_reset(it, node, CMARK_EVENT_EXIT);  // Inline content is read from the block's text.
    }
  }
  return stop;
}

Outline OutlineBuilder::finish() {
  fill_gap(seen_, lines_.size());
  if (!std::is_sorted(out_.begin(), out_.end(), [](const auto& a, const auto& b) { return a.first < b.first; })) {
    std::vector<std::size_t> order(out_.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return out_[a].first < out_[b].first; });
    std::vector<long> where(out_.size());
    for (std::size_t k = 0; k < order.size(); ++k) where[order[k]] = static_cast<long>(k);
    Outline sorted;
    sorted.reserve(out_.size());
    for (std::size_t k : order) {
      sorted.push_back(std::move(out_[k]));
      if (sorted.back().parent >= 0) sorted.back().parent = where[static_cast<std::size_t>(sorted.back().parent)];
    }
    out_ = std::move(sorted);
  }
  int details = 0;
  for (auto& n : out_) {
    n.details = details;
    if (n.kind == OutlineKind::kParagraph || n.kind == OutlineKind::kItem)
      details = std::max(0, details - closing_tags_in_text(n.text));
    if (n.kind != OutlineKind::kHtml) continue;
    int opens = count_ci(n.text, "<details"), closes = count_ci(n.text, "</details");
    n.opens_details = opens > 0;
    details += opens;
    n.details = details;
    details = std::max(0, details - closes);
  }
  return std::move(out_);
}

}  // namespace

Outline markdown_outline(const std::vector<std::string_view>& lines) {
  OutlineBuilder builder(lines);
  const std::size_t n = lines.size();
  // A long document is parsed a chunk of about kChunkBytes at a time, so that cmark's tree stays small: a chunk
  // ends where a top-level block starts, as found by parsing a little past its end (8 times further each time none
  // starts there).
  constexpr std::size_t kChunkBytes = 1u << 20;
  constexpr std::size_t kLookaheadBytes = 32u << 10;
  auto offset = [&](std::size_t k) { return static_cast<std::size_t>(lines[k].data() - lines[0].data()); };
  auto line_after = [&](std::size_t k, std::size_t bytes) {  // The first line at least bytes past line k.
    std::size_t j = k;
    while (j < n && offset(j) - offset(k) < bytes) ++j;
    return j;
  };
  std::size_t from = builder.front_matter();
  while (from < n) {
    std::size_t target = line_after(from, kChunkBytes);
    std::size_t stop = std::string_view::npos;
    for (std::size_t look = kLookaheadBytes; stop == std::string_view::npos; look *= 8) {
      std::size_t end = target < n ? line_after(target, look) : n;
      CmarkArena arena;
      stop = end < n ? builder.read(from, end, Context{}, 0, target) : builder.read(from, n, Context{}, 0);
    }
    from = stop;
  }
  return builder.finish();
}

}  // namespace qbank::internal::md
