// List items of the HTML reader: element children, nested lists and pre blocks, and items that hold their
// question and its answer ("<li>What is X?<p>It is …</p></li>", "<li><b>What is X?</b> It is …</li>").
#include "normalize/html/visible_text.hpp"
#include "normalize/html/walker.hpp"
#include "normalize/question_cues.hpp"
#include "normalize/text/lines.hpp"

namespace qbank::internal {
namespace {

// The i-th child of an element.
const GumboNode* child(const GumboNode* node, unsigned i) {
  return static_cast<const GumboNode*>(node->v.element.children.data[i]);
}

// True for a child that shows nothing: whitespace, an empty text or a comment.
bool is_blank(const GumboNode* k) {
  if (k->type == GUMBO_NODE_WHITESPACE || k->type == GUMBO_NODE_COMMENT) return true;
  return k->type == GUMBO_NODE_TEXT && trim(k->v.text.text).empty();
}

// The text of the children [from, to) of a node, nested lists and pre blocks left out.
std::string children_text(const GumboNode* node, unsigned from, unsigned to) {
  TextMode mode;
  mode.skip_lists = true;
  mode.skip_pre = true;
  std::string s;
  for (unsigned i = from; i < to; ++i) append_text(child(node, i), s, mode, 1);
  return tidy_lines(s);
}

// True when a lead reads as a whole question: it ends with a question mark, or a "Q:" label opens it.
bool is_question_lead(std::string_view lead) {
  std::string_view t = trim(lead);
  std::string unlabeled = strip_question_label(t);
  if (question_cue(t) != QuestionCue::kStrong || trim(unlabeled).empty()) return false;
  bool mark = txt::ends_with_question_mark(t);
  return mark || trim(unlabeled).size() < t.size();
}

// Splits the item's children into the lead [0, lead_end) and the rest [rest_begin, end) when the lead is a
// question (or, titled, a title the markup sets apart) and the rest is more than a label or another question;
// returns the whole item otherwise.
ItemParts split_at(const GumboNode* li, unsigned lead_end, unsigned rest_begin, ItemParts whole, bool titled = false) {
  std::string lead = children_text(li, 0, lead_end);
  std::string rest = children_text(li, rest_begin, li->v.element.children.length);
  if (std::size_t nl = rest.find('\n'); is_answer_label(rest.substr(0, nl)))
    rest = nl == std::string::npos ? "" : std::string(trim(std::string_view(rest).substr(nl + 1)));
  if (lead.empty() || rest.empty() || !(titled || is_question_lead(lead)) || question_cue(rest) == QuestionCue::kStrong)
    return whole;
  return {std::move(lead), std::move(rest)};
}

}  // namespace

std::vector<const GumboNode*> element_children(const GumboNode* node) {
  std::vector<const GumboNode*> out;
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i)
    if (is_element(child(node, i))) out.push_back(child(node, i));
  return out;
}

bool is_list(const GumboNode* n) {
  GumboTag t = n->v.element.tag;
  return t == GUMBO_TAG_UL || t == GUMBO_TAG_OL || t == GUMBO_TAG_MENU || t == GUMBO_TAG_DIR;
}

void collect_nested(const GumboNode* node, std::vector<const GumboNode*>* lists, std::vector<const GumboNode*>& pres,
                    int depth) {
  if (depth > kMaxHtmlDepth) return;
  for (const GumboNode* k : element_children(node)) {
    GumboTag t = k->v.element.tag;
    if (is_hidden_tag(t)) continue;
    if (t == GUMBO_TAG_PRE || t == GUMBO_TAG_XMP || t == GUMBO_TAG_LISTING) pres.push_back(k);
    else if (lists && (is_list(k) || t == GUMBO_TAG_DL)) lists->push_back(k);
    else collect_nested(k, lists, pres, depth + 1);
  }
}

TitledItem titled_item(const GumboNode* li) {
  TitledItem t;
  unsigned n = li->v.element.children.length, first = 0;
  while (first < n && is_blank(child(li, first))) ++first;
  if (first == n || !is_element(child(li, first))) return t;
  GumboTag lead = child(li, first)->v.element.tag;
  if (lead != GUMBO_TAG_EM && lead != GUMBO_TAG_I && lead != GUMBO_TAG_B && lead != GUMBO_TAG_STRONG) return t;
  unsigned body = first;
  while (body < n && !(is_element(child(li, body)) && is_block_tag(child(li, body)->v.element.tag))) ++body;
  if (body == n) return t;
  std::string title = children_text(li, 0, body);
  if (title.empty() || trim(text_from(li, body)).empty()) return t;
  for (char& c : title)
    if (c == '\n') c = ' ';
  t.title = std::move(title);
  t.body = body;
  return t;
}

std::string text_from(const GumboNode* node, unsigned from) {
  TextMode mode;
  std::string s;
  for (unsigned i = from; i < node->v.element.children.length; ++i) append_text(child(node, i), s, mode, 1);
  return tidy_lines(s);
}

ItemParts split_list_item(const GumboNode* li) {
  unsigned n = li->v.element.children.length, first = 0;
  ItemParts whole{children_text(li, 0, n), ""};
  while (first < n && is_blank(child(li, first))) ++first;
  if (first == n) return whole;
  const GumboNode* lead = child(li, first);
  if (is_element(lead)) {
    GumboTag t = lead->v.element.tag;
    bool bold = t == GUMBO_TAG_B || t == GUMBO_TAG_STRONG;
    bool block = is_block_tag(t) && !is_list(lead) && t != GUMBO_TAG_PRE;
    if (bold || block) {
      unsigned next = first + 1;
      while (next < n && is_blank(child(li, next))) ++next;
      // A bold lead on a line of its own ("<b>Tell me about yourself.</b><br>…") is the item's title.
      bool broken = bold && next < n && is_element(child(li, next)) && child(li, next)->v.element.tag == GUMBO_TAG_BR;
      ItemParts p = split_at(li, first + 1, first + 1, whole, broken);
      if (!p.answer.empty() || block) return p;
    }
  }
  for (unsigned i = first; i < n; ++i) {
    const GumboNode* k = child(li, i);
    if (!is_element(k) || is_hidden_tag(k->v.element.tag)) continue;
    if (k->v.element.tag == GUMBO_TAG_BR) return split_at(li, i, i + 1, whole);
    if (is_block_tag(k->v.element.tag)) return split_at(li, i, i, whole);
  }
  return whole;
}

}  // namespace qbank::internal
