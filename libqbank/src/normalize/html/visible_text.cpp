// Visible text of gumbo nodes: collapsed whitespace, <br> line breaks, `code` spans, hidden tags dropped.
#include "normalize/html/visible_text.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>

#include "base/byte_scan.hpp"
#include "normalize/question_cues.hpp"

namespace qbank::internal {
namespace {

// Appends text with every whitespace run (no-break spaces included) collapsed to one space, never doubling
// a space or line break.
void append_collapsed(std::string& out, std::string_view text) {
  const char* p = text.data();
  const std::size_t n = text.size();
  const std::size_t base = out.size();
  out.resize(base + n + 16);  // Collapsing never lengthens the text; 16 more bytes take a whole block's store.
  char* const start = out.data();
  char* o = start + base;
  auto stop = [](char c) { return c == ' ' || c == '\xC2' || static_cast<unsigned char>(c) < 0x0E; };
  for (std::size_t i = 0; i < n;) {
    if (i + 16 <= n) {  // Sixteen bytes copied at once, kept up to the first byte that may be whitespace.
      scan::Block x = scan::load16(p + i);
      unsigned stops = scan::eq_mask(x, ' ') | scan::eq_mask(x, '\xC2') | (scan::below_mask(x, 0x0E) & ~scan::high_mask(x));
      std::memcpy(o, p + i, 16);
      if (stops == 0) {
        i += 16;
        o += 16;
        continue;
      }
      auto k = static_cast<std::size_t>(scan::first_bit(stops));
      i += k;
      o += k;
    } else {
      while (i < n && !stop(p[i])) *o++ = p[i++];
      if (i == n) break;
    }
    char c = p[i];
    bool nbsp = c == '\xC2' && i + 1 < n && p[i + 1] == '\xA0';
    bool space = nbsp || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    i += nbsp ? 2 : 1;
    if (!space) *o++ = c;
    else if (o != start && o[-1] != ' ' && o[-1] != '\n') *o++ = ' ';
  }
  out.resize(static_cast<std::size_t>(o - start));
}

// Ends the current line unless the output is empty or already at a line start.
void line_break(std::string& out) {
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (!out.empty() && out.back() != '\n') out.push_back('\n');
}

// True for inline elements rendered as code spans.
bool is_code_tag(GumboTag tag) {
  return tag == GUMBO_TAG_CODE || tag == GUMBO_TAG_KBD || tag == GUMBO_TAG_SAMP || tag == GUMBO_TAG_TT;
}

// Appends an inline code element as `text`.
void append_code_span(const GumboNode* node, std::string& out, TextMode mode, int depth) {
  std::string inner;
  TextMode m = mode;
  for (unsigned i = 0; i < node->v.element.children.length; ++i)
    append_text(static_cast<const GumboNode*>(node->v.element.children.data[i]), inner, m, depth + 1);
  std::string_view t = trim(inner);
  if (t.empty()) return;
  if (t.find('\n') != std::string_view::npos) {
    line_break(out);
    out += t;
    out.push_back('\n');
    return;
  }
  if (!out.empty() && out.back() != ' ' && out.back() != '\n' && out.back() != '(') out.push_back(' ');
  out += '`';
  out += t;
  out += '`';
}

// Removes everything between '<' and '>' (the fallback for inputs too deep for gumbo).
std::string strip_tags(std::string_view html) {
  std::string out;
  bool in_tag = false;
  for (char c : html) {
    if (c == '<') in_tag = true;
    else if (c == '>' && in_tag) in_tag = false;
    else if (!in_tag) out.push_back(c);
  }
  return tidy_lines(out);
}

// True for tags that never hold children or that the parser closes by itself, so they add no depth.
bool adds_no_depth(std::string_view name) {
  static constexpr std::string_view kFlat[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
      "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "rtc",
      "thead", "tbody", "tfoot", "colgroup", "caption", "image", "keygen", "basefont", "bgsound", "frame"};
  for (auto f : kFlat)
    if (name == f) return true;
  return false;
}

// Reads a lowercase tag name starting at pos.
std::string tag_name_at(std::string_view html, std::size_t pos) {
  std::string name;
  while (pos < html.size() && name.size() < 16 && std::isalnum(static_cast<unsigned char>(html[pos])))
    name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(html[pos++]))));
  return name;
}

}  // namespace

std::size_t estimate_html_depth(std::string_view html) {
  std::size_t depth = 0, deepest = 0;
  for (std::size_t i = html.find('<'); i != std::string_view::npos && i + 1 < html.size(); i = html.find('<', i + 1)) {
    if (html.substr(i, 4) == "<!--") {
      i = html.find("-->", i + 4);
      if (i == std::string_view::npos) break;
      continue;
    }
    bool closing = html[i + 1] == '/';
    std::string name = tag_name_at(html, i + 1 + (closing ? 1 : 0));
    if (name.empty() || adds_no_depth(name)) continue;
    if (closing) {
      if (depth > 0) --depth;
      continue;
    }
    std::size_t gt = html.find('>', i);
    if (gt != std::string_view::npos && html[gt - 1] == '/') continue;
    if (name == "script" || name == "style" || name == "textarea" || name == "xmp" || name == "title") {
      i = html.find("</", i + 1);  // skip raw text up to the end tag, which then counts as nothing
      if (i == std::string_view::npos) break;
      ++i;
      continue;
    }
    deepest = std::max(deepest, ++depth);
  }
  return deepest;
}

bool is_question_button(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT || node->v.element.tag != GUMBO_TAG_BUTTON) return false;
  std::string text;
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_TEXT) append_collapsed(text, k->v.text.text);
    else if (k->type == GUMBO_NODE_ELEMENT && !is_hidden_tag(k->v.element.tag)) append_text(k, text, TextMode{}, 1);
  }
  if (question_cue(trim(text)) == QuestionCue::kStrong) return true;
  const GumboNode* parent = node->parent;  // "<h2><button>Payment methods</button></h2>": the heading's text
  if (parent == nullptr || parent->type != GUMBO_NODE_ELEMENT || parent->v.element.tag < GUMBO_TAG_H1 ||
      parent->v.element.tag > GUMBO_TAG_H6 || trim(text).empty())
    return false;
  const GumboVector& siblings = parent->v.element.children;
  for (unsigned i = 0; i < siblings.length; ++i) {
    auto* k = static_cast<const GumboNode*>(siblings.data[i]);
    if (k != node && (k->type == GUMBO_NODE_ELEMENT || (k->type == GUMBO_NODE_TEXT && !trim(k->v.text.text).empty())))
      return false;
  }
  return true;
}

bool is_hidden_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_SELECT: case GUMBO_TAG_BUTTON: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOEMBED: case GUMBO_TAG_MAP: case GUMBO_TAG_INPUT:
      return true;
    default:
      return false;
  }
}

bool is_block_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_HTML: case GUMBO_TAG_LI: case GUMBO_TAG_LISTING:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P:
    case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_UL: case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT:
      return true;
    default:
      return false;
  }
}

void append_text(const GumboNode* node, std::string& out, TextMode mode, int depth) {
  if (!node || depth > kMaxHtmlDepth) return;
  switch (node->type) {
    case GUMBO_NODE_TEXT: case GUMBO_NODE_WHITESPACE: case GUMBO_NODE_CDATA:
      if (mode.preformatted) out += node->v.text.text;
      else append_collapsed(out, node->v.text.text);
      return;
    case GUMBO_NODE_ELEMENT: case GUMBO_NODE_TEMPLATE: break;
    default: return;
  }
  GumboTag tag = node->v.element.tag;
  if (is_hidden_tag(tag) && !is_question_button(node)) return;
  if (tag == GUMBO_TAG_BR) {
    if (mode.preformatted) out.push_back('\n');
    else line_break(out);
    return;
  }
  bool list = tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_DL || tag == GUMBO_TAG_MENU ||
              tag == GUMBO_TAG_DIR;
  if (mode.skip_lists && list) return;
  if (mode.skip_pre && tag == GUMBO_TAG_PRE) return;
  if (is_code_tag(tag) && !mode.preformatted) return append_code_span(node, out, mode, depth);
  TextMode inner = mode;
  if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_XMP || tag == GUMBO_TAG_LISTING) inner.preformatted = true;
  bool block = is_block_tag(tag) && !mode.preformatted;
  if (block) line_break(out);
  if (tag == GUMBO_TAG_LI && !mode.preformatted && depth > 0) out += "- ";
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i)
    append_text(static_cast<const GumboNode*>(kids.data[i]), out, inner, depth + 1);
  if (block) line_break(out);
}

std::string tidy_lines(std::string_view text) {
  std::string out;
  int blanks = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = trim(text.substr(pos, end - pos));
    if (line.empty()) {
      ++blanks;
    } else {
      if (!out.empty()) out += blanks > 0 ? "\n\n" : "\n";
      out += line;
      blanks = 0;
    }
    pos = end + 1;
  }
  return out;
}

namespace {

// Returns the visible text of an HTML fragment as append_text writes it, or nullopt when gumbo fails.
std::optional<std::string> fragment_text(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  options.fragment_context = GUMBO_TAG_DIV;
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  if (!output) return std::nullopt;
  std::string out;
  append_text(output->root, out, TextMode{});
  gumbo_destroy_output(&options, output);
  return out;
}

}  // namespace

std::string html_fragment_to_text(std::string_view html) {
  if (estimate_html_depth(html) > kMaxGumboNesting) return strip_tags(html);
  std::optional<std::string> text = fragment_text(html);
  return text ? tidy_lines(*text) : std::string(html);
}

std::string trim_code_edges(std::string_view s) {
  std::size_t begin = 0;
  for (std::size_t i = 0; i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'); ++i)
    if (s[i] == '\n') begin = i + 1;
  std::size_t end = s.find_last_not_of(" \t\r\n");
  if (end == std::string_view::npos || end < begin) return "";
  return std::string(s.substr(begin, end + 1 - begin));
}

std::string html_fragment_to_code(std::string_view html) {
  if (estimate_html_depth(html) > kMaxGumboNesting) return trim_code_edges(strip_tags(html));
  std::optional<std::string> text = fragment_text(html);
  return text ? trim_code_edges(*text) : std::string(html);
}

std::int64_t node_line(const GumboNode* node) {
  if (!node) return 0;
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
    return node->v.element.original_tag.length > 0 ? node->v.element.start_pos.line : 0;
  if (node->type == GUMBO_NODE_DOCUMENT) return 0;
  return node->v.text.start_pos.line;
}

std::string_view attribute(const GumboNode* node, const char* name) {
  if (!node || (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)) return {};
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

}  // namespace qbank::internal
