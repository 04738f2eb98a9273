// The HTML walker's core: block dispatch, headings, paragraphs and the open question.
#include "normalize/html/walker.hpp"

#include <utf8proc.h>

#include "normalize/html/visible_text.hpp"
#include "normalize/question_cues.hpp"
#include "normalize/text/lines.hpp"

namespace qbank::internal {
namespace {

// The longest raw source kept for one question.
constexpr std::size_t kMaxRaw = 2000;

// The longest paragraph that may count as a question from a question word alone.
constexpr std::size_t kMaxWeakQuestion = 200;

// Returns the heading level of h1–h6, or 0.
int heading_level(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_H1: return 1;
    case GUMBO_TAG_H2: return 2;
    case GUMBO_TAG_H3: return 3;
    case GUMBO_TAG_H4: return 4;
    case GUMBO_TAG_H5: return 5;
    case GUMBO_TAG_H6: return 6;
    default: return 0;
  }
}

// True when an inline element holds a block element among its children (e.g. <a><div>…</div></a>).
bool holds_blocks(const GumboNode* n, int depth = 0) {
  if (depth > kMaxHtmlDepth) return false;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (is_element(k) && (is_block_tag(k->v.element.tag) || holds_blocks(k, depth + 1))) return true;
  }
  return false;
}

// True when CSS declarations make text bold ("font-weight:700", "font-weight: bold").
bool bold_declarations(std::string_view decls) {
  for (std::size_t at = decls.find("font-weight"); at != std::string_view::npos;
       at = decls.find("font-weight", at + 11)) {
    std::size_t v = decls.find_first_not_of(" \t:", at + 11);
    if (v == std::string_view::npos) return false;
    std::string_view value = decls.substr(v, decls.find_first_of(";}\"", v) - v);
    if (value.starts_with("bold") || value.starts_with("600") || value.starts_with("700") ||
        value.starts_with("800") || value.starts_with("900"))
      return true;
  }
  return false;
}

// Collects the classes that style sheets in the page make bold: simple ".name" selectors of rules whose
// declarations set a bold font weight.
void collect_bold_classes(const GumboNode* node, std::vector<std::string>& out, int depth = 0) {
  if (!is_element(node) || depth > kMaxHtmlDepth) return;
  if (node->v.element.tag == GUMBO_TAG_STYLE) {
    std::string css;
    const GumboVector& kids = node->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_CDATA) css += k->v.text.text;
    }
    std::string_view s = css;
    for (std::size_t from = 0; from < s.size();) {
      std::size_t open = s.find('{', from), close = open == std::string_view::npos ? open : s.find('}', open);
      if (close == std::string_view::npos) break;
      if (bold_declarations(s.substr(open + 1, close - open - 1))) {
        std::string_view selectors = s.substr(from, open - from);
        for (std::size_t p = selectors.find('.'); p != std::string_view::npos; p = selectors.find('.', p + 1)) {
          std::size_t e = p + 1;
          while (e < selectors.size() && (std::isalnum(static_cast<unsigned char>(selectors[e])) ||
                                          selectors[e] == '-' || selectors[e] == '_'))
            ++e;
          bool simple = e == selectors.size() || selectors[e] == ',' || selectors[e] == ' ' || selectors[e] == '\n' ||
                        selectors[e] == '\t' || selectors[e] == '\r';
          if (e > p + 1 && simple) out.emplace_back(selectors.substr(p + 1, e - p - 1));
        }
      }
      from = close + 1;
    }
    return;
  }
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) collect_bold_classes(static_cast<const GumboNode*>(kids.data[i]), out, depth + 1);
}

// True when an element's class attribute names one of the bold classes.
bool has_bold_class(const GumboNode* node, const std::vector<std::string>& classes) {
  if (classes.empty()) return false;
  std::string_view cls = attribute(node, "class");
  for (std::size_t i = 0; i < cls.size();) {
    std::size_t e = cls.find(' ', i);
    if (e == std::string_view::npos) e = cls.size();
    if (e > i && std::find(classes.begin(), classes.end(), cls.substr(i, e - i)) != classes.end()) return true;
    i = e + 1;
  }
  return false;
}

bool reads_as_question(std::string_view text, bool answer_open) {
  QuestionCue cue = question_cue(text);
  if (cue == QuestionCue::kStrong) return true;
  if (cue == QuestionCue::kNone || answer_open) return false;
  // A sentence end inside the text ("…. More", "…。更多") makes it prose of two sentences or more.
  std::string_view t = trim(text);
  std::size_t stop = t.find("\xE3\x80\x82");  // the ideographic full stop
  return text.size() <= kMaxWeakQuestion && text.find(". ") == std::string_view::npos &&
         (stop == std::string_view::npos || stop + 3 >= t.size());
}

}  // namespace

const GumboNode* sole_element_child(const GumboNode* node) {
  const GumboNode* only = nullptr;
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_WHITESPACE || k->type == GUMBO_NODE_COMMENT) continue;
    if (k->type == GUMBO_NODE_TEXT && trim(k->v.text.text).empty()) continue;
    if (only != nullptr || k->type != GUMBO_NODE_ELEMENT) return nullptr;
    only = k;
  }
  return only;
}

std::string node_text(const GumboNode* node, bool skip_lists, bool skip_pre) {
  std::string s;
  TextMode mode;
  mode.skip_lists = skip_lists;
  mode.skip_pre = skip_pre;
  append_text(node, s, mode);
  return tidy_lines(s);
}

std::string pre_text(const GumboNode* node) {
  std::string s;
  append_text(node, s, TextMode{});
  return trim_code_edges(s);
}

namespace {

// True when a text holds a letter or a digit.
bool has_word_char(std::string_view t) {
  for (std::size_t i = 0; i < t.size();) {
    utf8proc_int32_t c = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(t.data() + i),
                              static_cast<utf8proc_ssize_t>(t.size() - i), &c);
    if (n <= 0) return true;  // invalid bytes: treat as text
    i += static_cast<std::size_t>(n);
    auto cat = utf8proc_category(c);
    if ((cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
        (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO))
      return true;
  }
  return false;
}

// Collects the texts of the links under a node.
void link_texts(const GumboNode* node, std::vector<std::string>& out, int depth) {
  if (!is_element(node) || depth > kMaxHtmlDepth) return;
  if (node->v.element.tag == GUMBO_TAG_A) {
    if (std::string t(trim(node_text(node))); !t.empty()) out.push_back(std::move(t));
    return;
  }
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) link_texts(static_cast<const GumboNode*>(kids.data[i]), out, depth + 1);
}

// The line of the first non-blank text under a node, 0 when it holds none.
std::int64_t first_text_line(const GumboNode* node, int depth) {
  if (!node || depth > kMaxHtmlDepth) return 0;
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA)
    return trim(node->v.text.text).empty() || is_entry_number(node->v.text.text) ? 0 : first_line(node, depth);
  if (!is_element(node)) return 0;
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i)
    if (std::int64_t l = first_text_line(static_cast<const GumboNode*>(kids.data[i]), depth + 1); l > 0) return l;
  return 0;
}

}  // namespace

std::string heading_text(const GumboNode* node) {
  std::string text = node_text(node);
  std::vector<std::string> links;
  link_texts(node, links, 0);
  for (const auto& l : links) {
    std::string_view t = trim(text);
    std::string bracketed = "[" + l + "]";
    bool mark = !has_word_char(l);  // "¶", "#", "§": a permalink
    if (t.size() > bracketed.size() && t.substr(t.size() - bracketed.size()) == bracketed)
      text = std::string(trim(t.substr(0, t.size() - bracketed.size())));  // "Booting [edit]": an edit control
    else if (mark && t.size() > l.size() && t.substr(t.size() - l.size()) == l)
      text = std::string(trim(t.substr(0, t.size() - l.size())));
    else if (mark && t.size() > l.size() && t.substr(0, l.size()) == l)
      text = std::string(trim(t.substr(l.size())));
  }
  return text;
}

bool is_entry_number(std::string_view text) {
  text = trim(text);
  return !text.empty() && std::isdigit(static_cast<unsigned char>(text[0])) &&
         text.find_first_not_of("0123456789.)") == std::string_view::npos;
}

std::int64_t text_line(const GumboNode* node) {
  std::int64_t l = first_text_line(node, 0);
  return l > 0 ? l : first_line(node);
}

std::int64_t first_line(const GumboNode* node, int depth) {
  if (!node || depth > kMaxHtmlDepth) return 0;
  if (!is_element(node)) {
    if (node->type != GUMBO_NODE_TEXT && node->type != GUMBO_NODE_CDATA) return 0;
    std::string_view orig(node->v.text.original_text.data, node->v.text.original_text.length);
    std::size_t lead = orig.find_first_not_of(" \t\r\n\f");
    std::int64_t extra = lead == std::string_view::npos ? 0 : line_at(orig, lead) - 1;
    return node->v.text.start_pos.line > 0 ? node->v.text.start_pos.line + extra : 0;
  }
  if (std::int64_t l = node_line(node); l > 0) return l;
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i)
    if (std::int64_t l = first_line(static_cast<const GumboNode*>(kids.data[i]), depth + 1); l > 0) return l;
  return 0;
}

HtmlWalker::HtmlWalker(std::string_view src, const NormalizeOptions& options, ReaderOutput& out)
    : src_(src), options_(options), out_(out) {}

bool HtmlWalker::wholly_bold(const GumboNode* node) const {
  const GumboNode* only = sole_element_child(node);
  if (only == nullptr) return false;
  GumboTag tag = only->v.element.tag;
  return tag == GUMBO_TAG_B || tag == GUMBO_TAG_STRONG || bold_declarations(attribute(only, "style")) ||
         has_bold_class(only, bold_classes_);
}

namespace {

// True when a text opens with a sentence of two or more words that does not ask ("Good luck! Did we miss
// anything?", "Thanks for reading. Questions?"): prose that only ends in a question.
bool opens_with_statement(std::string_view text) {
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    char c = text[i];
    if (c == '?') return false;
    if ((c == '.' || c == '!') && text[i + 1] == ' ')
      return trim(text.substr(0, i)).find(' ') != std::string_view::npos;
  }
  return false;
}

}  // namespace

void HtmlWalker::count_page_headings(const GumboNode* root) {
  std::vector<std::pair<const GumboNode*, int>> stack{{root, 0}};
  while (!stack.empty()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    if (int level = heading_level(node->v.element.tag)) {
      std::string text = heading_text(node);
      if (text.empty()) continue;
      ++page_headings_[static_cast<std::size_t>(level)];
      if (question_cue(text) != QuestionCue::kNone) ++page_question_headings_[static_cast<std::size_t>(level)];
      continue;
    }
    if (depth < kMaxHtmlDepth && !is_hidden_tag(node->v.element.tag))
      for (const GumboNode* k : element_children(node)) stack.emplace_back(k, depth + 1);
  }
}

void HtmlWalker::walk_document(const GumboNode* root) {
  if (!root) return;
  collect_bold_classes(root, bold_classes_);
  std::string_view lang = attribute(root, "lang");
  if (lang.size() >= 2) lang_ = std::string(lang.substr(0, 2));
  for (char& c : lang_) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  count_page_headings(root);
  walk_blocks(root, 0);
  drop_teaser_answers();
  drop_pointer_answers();
  drop_weak_paragraphs();
}

namespace {

// True when a heading's source is one link to another page: "<h3 …><a href="/q/1">Why?</a></h3>" (not a "#"
// fragment).
bool heading_linked_elsewhere(std::string_view raw) {
  raw = trim(raw);
  if (raw.size() < 4 || raw[0] != '<' || (raw[1] | 0x20) != 'h' || raw[2] < '1' || raw[2] > '6') return false;
  std::size_t gt = raw.find('>');
  if (gt == std::string_view::npos) return false;
  std::string_view rest = trim(raw.substr(gt + 1));
  if (rest.substr(0, 3) != "<a " && rest.substr(0, 3) != "<A ") return false;
  std::size_t open_end = rest.find('>');
  std::size_t href = rest.find("href=");
  if (open_end == std::string_view::npos || href == std::string_view::npos || href > open_end) return false;
  std::size_t value = href + 5;
  if (value < rest.size() && (rest[value] == '"' || rest[value] == '\'')) ++value;
  if (value >= rest.size() || rest[value] == '#') return false;
  std::size_t close = rest.find("</a>");
  if (close == std::string_view::npos) close = rest.find("</A>");
  if (close == std::string_view::npos) return false;
  std::string_view after = trim(rest.substr(close + 4));
  return after.substr(0, 2) == "</";
}

// True when the first paragraph of a text ends in an ellipsis ("…", "...").
bool first_paragraph_cut(std::string_view text) {
  std::string_view first = trim(text.substr(0, text.find("\n\n")));
  return first.ends_with("…") || first.ends_with("...");
}

}  // namespace

void HtmlWalker::drop_teaser_answers() {
  std::vector<std::size_t> linked;  // Questions whose heading links to another page.
  std::size_t cut = 0;
  for (std::size_t i = 0; i < out_.items.size(); ++i) {
    if (!heading_linked_elsewhere(out_.items[i].raw)) continue;
    linked.push_back(i);
    cut += out_.items[i].answer && first_paragraph_cut(*out_.items[i].answer);
  }
  if (cut < 2 || cut * 2 < linked.size()) return;  // a page of entries that each tease
  for (std::size_t i : linked)
    if (out_.items[i].answer && first_paragraph_cut(*out_.items[i].answer)) out_.items[i].answer.reset();
}

void HtmlWalker::drop_pointer_answers() {
  for (auto [i, size] : pointer_answers_)
    if (out_.items[i].answer && out_.items[i].answer->size() == size) out_.items[i].answer.reset();
}

void HtmlWalker::drop_weak_paragraphs() {
  constexpr std::size_t kMinStructured = 3;  // Questions from the page's structure that make it a structured FAQ.
  if (weak_paragraphs_.empty() || out_.items.size() < paragraph_items_ + kMinStructured) return;
  std::vector<bool> drop(out_.items.size(), false);
  for (std::size_t i : weak_paragraphs_)
    if (i < out_.items.size() && !out_.items[i].answer && !out_.items[i].code && out_.items[i].choices.empty())
      drop[i] = true;
  std::vector<RawItem> kept;
  kept.reserve(out_.items.size());
  for (std::size_t i = 0; i < out_.items.size(); ++i) {
    if (!drop[i]) {
      kept.push_back(std::move(out_.items[i]));
      continue;
    }
    reject_line(out_.items[i].line, std::string(out_.items[i].text), "prose (not a question)");
  }
  out_.items = std::move(kept);
}

void HtmlWalker::walk_blocks(const GumboNode* node, int depth) {
  if (depth > kMaxHtmlDepth) return;
  std::string run;
  std::int64_t run_line = 0;
  auto flush = [&] {
    std::string text = tidy_lines(run);
    if (!text.empty()) on_paragraph(text, run_line > 0 ? run_line : 1, text);
    run.clear();
    run_line = 0;
  };
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    auto* k = static_cast<const GumboNode*>(kids.data[i]);
    bool inline_node = k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_WHITESPACE ||
                       k->type == GUMBO_NODE_CDATA ||
                       (is_element(k) && !is_block_tag(k->v.element.tag) && !holds_blocks(k));
    if (inline_node && is_toggle_question(k) && !is_question_button(k)) {  // "<button class=faq-q>Fees</button>"
      flush();
      std::string text;
      const GumboVector& inner = k->v.element.children;
      for (unsigned j = 0; j < inner.length; ++j)
        append_text(static_cast<const GumboNode*>(inner.data[j]), text, TextMode{}, depth + 2);
      if (std::string t = tidy_lines(text); !t.empty()) add_question(t, text_line(k), source_of(k, t));
      continue;
    }
    if (inline_node) {
      if (is_element(k) && is_hidden_tag(k->v.element.tag) && !is_question_button(k)) continue;
      std::size_t before = run.size();
      append_text(k, run, TextMode{}, depth + 1);
      if (run_line == 0 && trim(std::string_view(run).substr(before)).size() > 0) run_line = text_line(k);
      continue;
    }
    if (!is_element(k)) continue;  // comments, document nodes
    flush();
    walk_element(k, depth + 1);
  }
  flush();
}

namespace {

// True when an element holds a form control a reader fills in (an input, a select list, a text area, a button).
bool holds_control(const GumboNode* node) {
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type != GUMBO_NODE_ELEMENT) continue;
    GumboTag t = k->v.element.tag;
    if (t == GUMBO_TAG_INPUT || t == GUMBO_TAG_SELECT || t == GUMBO_TAG_TEXTAREA || t == GUMBO_TAG_BUTTON ||
        holds_control(k))
      return true;
  }
  return false;
}

// Collects the element children of a node; false when it holds text other than blanks or a node other than
// elements, whitespace and comments.
bool element_children_only(const GumboNode* node, std::vector<const GumboNode*>& out) {
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_WHITESPACE || k->type == GUMBO_NODE_COMMENT) continue;
    if (k->type == GUMBO_NODE_TEXT) {
      if (!trim(std::string_view(k->v.text.text)).empty()) return false;
      continue;
    }
    if (k->type != GUMBO_NODE_ELEMENT) return false;
    out.push_back(k);
  }
  return true;
}

// True for a link to another page (an href that is no anchor on this one).
bool link_elsewhere(const GumboNode* node) {
  if (node->v.element.tag != GUMBO_TAG_A) return false;
  std::string_view href = attribute(node, "href");
  return !href.empty() && href.front() != '#';
}

// True for a paragraph that is an emphasized label ending in ':' and one link to another page, and nothing else
// ("<strong>Read also:</strong> <a href=…>…</a>"): a pointer elsewhere, not part of an answer.
bool labelled_link(const GumboNode* node) {
  std::vector<const GumboNode*> kids;
  if (!element_children_only(node, kids) || kids.size() != 2) return false;
  GumboTag t = kids[0]->v.element.tag;
  if (t != GUMBO_TAG_STRONG && t != GUMBO_TAG_B && t != GUMBO_TAG_EM) return false;
  std::string label = node_text(kids[0]);
  if (label.empty() || (label.back() != ':' && label.find("：") == std::string::npos)) return false;
  return link_elsewhere(kids[1]);
}

// True for a paragraph that is one link to another page and nothing else: a pointer to an answer elsewhere.
bool lone_link_elsewhere(const GumboNode* node) {
  std::vector<const GumboNode*> kids;
  return element_children_only(node, kids) && kids.size() == 1 && link_elsewhere(kids[0]);
}

}  // namespace

void HtmlWalker::walk_element(const GumboNode* node, int depth) {
  GumboTag tag = node->v.element.tag;
  if (is_hidden_tag(tag)) return;
  bool keeps_pending = tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL ||
                       tag == GUMBO_TAG_DETAILS || tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_P;  // p: on_paragraph
  if (!keeps_pending) pending_.reset();
  if (int level = heading_level(tag)) return on_heading(node, level);
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_DT: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_LI: {
      std::string text = node_text(node);
      if (text.empty()) return;
      if (tag == GUMBO_TAG_P && labelled_link(node)) return reject_line(first_line(node), text, "navigation");
      bool bold = wholly_bold(node);
      next_asks_ = bold && next_block_asks(node);
      on_paragraph(text, text_line(node), source_of(node, text), bold);
      next_asks_ = false;
      // "<h2>Status codes</h2><p><a href="/codes/">Status codes</a></p>": the heading's answer is elsewhere.
      if (tag == GUMBO_TAG_P && open_ && open_heading_level_ > 0 && out_.items[*open_].answer &&
          *out_.items[*open_].answer == trim(std::string_view(text)) && lone_link_elsewhere(node))
        pointer_answers_.emplace_back(*open_, out_.items[*open_].answer->size());
      return;
    }
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_MENU: case GUMBO_TAG_DIR: return on_list(node, depth);
    case GUMBO_TAG_DL: return on_definition_list(node, depth);
    case GUMBO_TAG_PRE: case GUMBO_TAG_XMP: case GUMBO_TAG_LISTING: return on_pre(node);
    case GUMBO_TAG_DETAILS: return on_details(node, depth);
    case GUMBO_TAG_TABLE: return on_table(node, depth);
    case GUMBO_TAG_HEADER: return on_header(node, depth);
    case GUMBO_TAG_HR: open_.reset(); return;
    case GUMBO_TAG_NAV: case GUMBO_TAG_MENUITEM: return reject(node, "navigation");
    case GUMBO_TAG_FOOTER: return reject(node, "footer");
    case GUMBO_TAG_ASIDE: return reject(node, "aside");
    case GUMBO_TAG_FORM:  // A form without controls only groups content (a quiz item per <form>), ended with it.
      if (holds_control(node)) return reject(node, "form");
      walk_blocks(node, depth);
      open_.reset();
      return;
    case GUMBO_TAG_BLOCKQUOTE:
      if (open_) return add_answer(node_text(node));
      break;
    default: break;
  }
  std::string_view role = attribute(node, "role");
  if (role == "navigation" || role == "banner" || role == "contentinfo") return reject(node, "navigation");
  if (on_hinted(node)) return;
  walk_blocks(node, depth);
}

void HtmlWalker::on_heading(const GumboNode* node, int level) {
  std::string text = heading_text(node);
  if (text.empty()) return;
  bool question = question_cue(text) != QuestionCue::kNone;
  if (open_ && open_heading_level_ > 0 && level > open_heading_level_ && !question) {
    if (is_answer_label(text)) reject_line(first_line(node), text, "answer label");
    else add_answer(text);  // a sub-heading inside the answer ("Example")
    return;
  }
  while (!headings_.empty() && headings_.back().first >= level) headings_.pop_back();
  labels_.clear();
  open_.reset();
  if (!question) {
    headings_.emplace_back(level, strip_list_number(text));
    pending_ = PendingHeading{text, source_of(node, text), text_line(node), level, {}, {out_.rejected.size()}, false};
    // Among numbered question headings, only a numbered statement is one of them ("Conclusion" is not).
    auto at = static_cast<std::size_t>(level);
    bool numbered_run = numbered_headings_[at] >= 2 && numbered_headings_[at] * 2 > question_headings_[at];
    // Half or more of the page's headings of its level ask: a statement heading before them is one of them too,
    // unless it is the level's one statement and no asking heading came before it (then it titles the list).
    int statements = page_headings_[at] - page_question_headings_[at];
    bool asking_level = page_question_headings_[at] >= 2 && page_question_headings_[at] * 2 >= page_headings_[at] &&
                        (statements >= 2 || question_headings_[at] >= 1);
    pending_->among_questions = (question_headings_[at] >= 2 || asking_level) && txt::furniture_reason(text).empty() &&
                                !txt::is_sign_off(text) &&
                                (!numbered_run || strip_list_number(text).size() < text.size());
    reject_line(first_line(node), text, "heading (topic)");
    return;
  }
  add_question(text, text_line(node), source_of(node, text));  // "<h2>\n  <button>Q?</button>": the text's line
  open_heading_level_ = level;
  ++question_headings_[static_cast<std::size_t>(level)];
  if (strip_list_number(text).size() < text.size()) ++numbered_headings_[static_cast<std::size_t>(level)];
}

void HtmlWalker::on_paragraph(const std::string& text, std::int64_t line, const std::string& raw, bool bold) {
  if (labelled_pair(text, line, raw)) return;
  if (!reads_as_question(text, false)) promote_sibling_statement();
  pending_.reset();
  bool heading_answer = open_ && open_heading_level_ > 0;  // under a question heading, prose is its answer
  if (!heading_answer && reads_as_question(text, open_.has_value())) {
    // "Question: …<br>Answer: …" in one paragraph: the answer starts at the line its label opens.
    for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', nl + 1)) {
      std::string_view rest;
      if (!txt::strip_answer_prefix(trim(std::string_view(text).substr(nl + 1)), rest) || rest.empty()) continue;
      add_question(text.substr(0, nl), line, raw);
      return add_answer(std::string_view(text).substr(text.size() - rest.size()));
    }
    add_question(text, line, raw);
    ++paragraph_items_;
    if (question_cue(text) != QuestionCue::kStrong || opens_with_statement(text))
      weak_paragraphs_.push_back(out_.items.size() - 1);
    return;
  }
  // A bold line that is numbered or asks ("5. Explain …") starts the next question, even inside an answer.
  if (bold && (strip_list_number(text).size() < text.size() || question_cue(text) != QuestionCue::kNone) &&
      !is_answer_label(text))
    return add_question(text, line, raw);
  if (bold && next_asks_ && !(open_ && open_heading_level_ > 0) && question_cue(text) == QuestionCue::kNone &&
      !is_answer_label(text) && txt::looks_like_heading(text) && txt::furniture_reason(text).empty() &&
      !txt::is_sign_off(text))
    return on_bold_heading(text, line);
  if (open_ && txt::is_sign_off(text)) {  // "That's all for today! … subscribe" closes the page, not the answer.
    open_.reset();
    return reject_line(line, text, "outro");
  }
  std::string_view rest;  // "Answer: …" opening the answer: the label goes.
  if (open_ && !out_.items[*open_].answer && txt::strip_answer_prefix(trim(std::string_view(text)), rest) &&
      !rest.empty())
    return add_answer(rest);
  if (open_) return add_answer(text);
  reject_line(line, text, "prose (not a question)");
}

bool HtmlWalker::next_block_asks(const GumboNode* node) const {
  const GumboNode* parent = node->parent;
  if (parent == nullptr || parent->type != GUMBO_NODE_ELEMENT) return false;
  const GumboVector& kids = parent->v.element.children;
  for (unsigned i = static_cast<unsigned>(node->index_within_parent) + 1; i < kids.length; ++i) {
    auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type != GUMBO_NODE_ELEMENT) {
      if (k->type == GUMBO_NODE_TEXT) return false;  // loose text follows
      continue;
    }
    std::string text = node_text(k);
    if (text.empty()) continue;
    return question_cue(text) != QuestionCue::kNone;
  }
  return false;
}

void HtmlWalker::on_bold_heading(const std::string& text, std::int64_t line) {
  constexpr int kBoldLevel = 7;  // Below <h6>.
  while (!headings_.empty() && headings_.back().first >= kBoldLevel) headings_.pop_back();
  labels_.clear();
  open_.reset();
  headings_.emplace_back(kBoldLevel, txt::clean_topic(text));
  reject_line(line, text, "heading (topic)");
}

bool HtmlWalker::labelled_pair(const std::string& text, std::int64_t line, const std::string& raw) {
  std::size_t nl = text.find('\n');
  if (nl == std::string::npos) return false;
  std::string_view first = trim(std::string_view(text).substr(0, nl));
  std::string_view rest;
  if (question_cue(first) != QuestionCue::kStrong ||
      !txt::strip_answer_prefix(trim(std::string_view(text).substr(nl + 1)), rest) || rest.empty())
    return false;
  add_question(std::string(first), line, raw);
  add_answer(std::string_view(text).substr(text.size() - rest.size()));
  return true;
}

bool HtmlWalker::promote_sibling_statement() {
  return pending_ && pending_->among_questions && !open_ && promote_pending();
}

bool HtmlWalker::promote_pending() {
  if (!pending_) return false;
  PendingHeading p = std::move(*pending_);
  pending_.reset();
  if (!headings_.empty() && headings_.back().first == p.level) headings_.pop_back();
  for (auto i = p.rejected.rbegin(); i != p.rejected.rend(); ++i)  // the heading and its code are the question's
    if (*i < out_.rejected.size()) out_.rejected.erase(out_.rejected.begin() + static_cast<std::ptrdiff_t>(*i));
  add_question(p.text, p.line, p.raw);
  open_heading_level_ = p.level;
  for (const auto& c : p.code) add_code(c);
  return true;
}

void HtmlWalker::add_question(std::string text, std::int64_t line, std::string raw) {
  pending_.reset();
  RawItem item;
  item.line = line > 0 ? line : 1;
  item.raw = std::move(raw);
  item.text = strip_list_number(strip_question_label(text));
  item.topic = topic();
  item.lang_hint = lang_;
  out_.items.push_back(std::move(item));
  open_ = out_.items.size() - 1;
  open_heading_level_ = 0;
  open_is_item_ = false;
}

void HtmlWalker::add_answer(std::string_view text) {
  if (!open_ || trim(text).empty()) return;
  auto& answer = out_.items[*open_].answer;
  if (answer) *answer += "\n\n";
  else answer.emplace();
  *answer += trim(text);
}

void HtmlWalker::add_code(std::string_view code) {
  if (!open_ || trim(code).empty()) return;
  auto& c = out_.items[*open_].code;
  if (c) *c += "\n\n";
  else c.emplace();
  *c += code;
}

void HtmlWalker::reject(const GumboNode* node, const std::string& reason) {
  std::string text = node_text(node);
  if (!text.empty()) reject_line(first_line(node), text, reason);
}

void HtmlWalker::reject_line(std::int64_t line, std::string_view text, const std::string& reason) {
  out_.rejected.push_back({line > 0 ? line : 1, shorten(text, kMaxRaw), reason});
}

std::optional<std::string> HtmlWalker::topic() const {
  if (!labels_.empty()) return labels_.back();
  if (!headings_.empty()) return headings_.back().second;
  return std::nullopt;
}

std::string HtmlWalker::source_of(const GumboNode* node, const std::string& fallback) const {
  if (!is_element(node) || node->v.element.original_tag.length == 0) return fallback;
  const GumboElement& e = node->v.element;
  std::size_t begin = e.start_pos.offset;
  std::size_t end = e.end_pos.offset + e.original_end_tag.length;
  if (begin >= src_.size() || end <= begin || end > src_.size()) return fallback;
  return shorten(src_.substr(begin, end - begin), kMaxRaw);
}

}  // namespace qbank::internal
