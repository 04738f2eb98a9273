// The HTML walker's lists: question lists, choices, label items with nested questions, answer bullets.
#include <cctype>

#include "normalize/html/visible_text.hpp"
#include "normalize/html/walker.hpp"
#include "normalize/text/lines.hpp"
#include "normalize/question_cues.hpp"

namespace qbank::internal {
namespace {

// True when a list item reads like a multiple-choice option ("A: …", "b) …").
bool is_choice(std::string_view text) {
  return text.size() >= 3 && std::isalpha(static_cast<unsigned char>(text[0])) &&
         (text[1] == ':' || text[1] == ')' || text[1] == '.') && text[2] == ' ' &&
         std::toupper(static_cast<unsigned char>(text[0])) <= 'H';
}

// The number of items (li, dt or dd) of a nested list that read as questions.
std::size_t cued_items(const GumboNode* list) {
  std::size_t cued = 0;
  for (const GumboNode* k : element_children(list))
    cued += question_cue(node_text(k, true, true)) != QuestionCue::kNone;
  return cued;
}

// True when a list item is only a link (to any page), nested lists aside.
bool is_link_item(const GumboNode* li) {
  int links = 0;
  const GumboVector& kids = li->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_TEXT && !trim(k->v.text.text).empty()) return false;
    if (k->type != GUMBO_NODE_ELEMENT) continue;
    if (is_list(k)) continue;
    if (k->v.element.tag != GUMBO_TAG_A) return false;
    ++links;
  }
  return links == 1;
}

// True when a paragraph's visible text all sits in one em/i element ("<p><em>so I did it as following;</em></p>").
bool wholly_emphasized(const GumboNode* p) {
  const GumboNode* only = sole_element_child(p);
  return only != nullptr && (only->v.element.tag == GUMBO_TAG_EM || only->v.element.tag == GUMBO_TAG_I);
}

// The element after node among its parent's children, or nullptr when loose text or nothing comes first.
const GumboNode* next_element(const GumboNode* node) {
  const GumboNode* parent = node->parent;
  if (parent == nullptr || parent->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboVector& kids = parent->v.element.children;
  for (unsigned i = static_cast<unsigned>(node->index_within_parent) + 1; i < kids.length; ++i) {
    auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_ELEMENT) return k;
    if (k->type == GUMBO_NODE_TEXT && !trim(k->v.text.text).empty()) return nullptr;
  }
  return nullptr;
}

// True when a list holds one item and a blockquote follows it: an entry whose answer is indented under it.
bool quoted_entry(const GumboNode* list) {
  std::size_t items = 0;
  for (const GumboNode* k : element_children(list)) items += k->v.element.tag == GUMBO_TAG_LI;
  const GumboNode* next = next_element(list);
  return items == 1 && next != nullptr && next->v.element.tag == GUMBO_TAG_BLOCKQUOTE;
}

// Counts the quoted entries under node (lists excluded from the search once found) and those of them that ask.
void count_quoted_entries(const GumboNode* node, std::size_t& entries, std::size_t& asking) {
  for (const GumboNode* k : element_children(node)) {
    if (is_list(k) && quoted_entry(k)) {
      ++entries;
      asking += cued_items(k) > 0;
    } else {
      count_quoted_entries(k, entries, asking);
    }
  }
}

}  // namespace

bool is_toc_item(const GumboNode* li) {
  int links = 0;
  const GumboVector& kids = li->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_TEXT && !(links == 0 && is_entry_number(k->v.text.text))) return false;
    if (k->type != GUMBO_NODE_ELEMENT) continue;
    if (is_list(k)) continue;
    if (k->v.element.tag != GUMBO_TAG_A || attribute(k, "href").substr(0, 1) != "#") return false;
    ++links;
  }
  return links == 1;
}


void HtmlWalker::on_list(const GumboNode* node, int depth) {
  auto kids = element_children(node);
  std::size_t items = 0, cued = 0, strong = 0, choices = 0;
  for (const GumboNode* k : kids) {
    if (k->v.element.tag != GUMBO_TAG_LI) continue;
    std::string t = split_list_item(k).question;
    QuestionCue cue = question_cue(t);
    ++items;
    cued += cue != QuestionCue::kNone;
    strong += cue == QuestionCue::kStrong;
    choices += is_choice(t);
  }
  if (!open_ && items > 0 && choices == items) promote_pending();
  pending_.reset();
  if (open_ && items > 0 && choices == items) {
    for (const GumboNode* k : kids)
      if (k->v.element.tag == GUMBO_TAG_LI) out_.items[*open_].choices.push_back(node_text(k, true, true));
    return;
  }
  if (entry_list(node)) return;
  // A menu: every item one link and none asks with a question mark.
  std::size_t link_items = 0;
  for (const GumboNode* k : kids) link_items += k->v.element.tag == GUMBO_TAG_LI && is_link_item(k);
  if (!open_ && items >= 2 && link_items == items && strong == 0) {
    for (const GumboNode* k : kids)
      if (k->v.element.tag == GUMBO_TAG_LI) reject_line(first_line(k), node_text(k), is_toc_item(k) ? "table of contents" : "navigation");
    return;
  }
  if (items >= 2 && strong * 2 >= items && strong >= 2) demote_bare_heading_question();
  if (open_ && !open_is_item_ && items > 0 && strong < items) return add_answer(node_text(node));  // bullets
  bool question_list = (items > 0 && cued * 2 >= items) || (quoted_entry(node) && quoted_entries_ask(node));
  std::size_t before = out_.items.size();
  const GumboVector& all = node->v.element.children;
  for (unsigned i = 0; i < all.length; ++i) {
    auto* k = static_cast<const GumboNode*>(all.data[i]);
    if (k->type == GUMBO_NODE_TEXT && !trim(k->v.text.text).empty())
      reject_line(first_line(k), trim(k->v.text.text), "text in a list");
    if (k->type != GUMBO_NODE_ELEMENT && k->type != GUMBO_NODE_TEMPLATE) continue;
    if (k->v.element.tag == GUMBO_TAG_LI) on_list_item(k, question_list, depth + 1);
    else walk_element(k, depth + 1);
  }
  if (out_.items.size() > before + 1) open_.reset();  // a list of questions has no answer after it
  open_is_item_ = open_ && out_.items.size() == before + 1;
}

bool HtmlWalker::quoted_entries_ask(const GumboNode* node) {
  if (!quoted_entries_ask_) {
    const GumboNode* root = node;
    while (root->parent != nullptr && root->parent->type == GUMBO_NODE_ELEMENT) root = root->parent;
    std::size_t entries = 0, asking = 0;
    count_quoted_entries(root, entries, asking);
    quoted_entries_ask_ = entries >= 2 && asking >= 1;
  }
  return *quoted_entries_ask_;
}

void HtmlWalker::demote_bare_heading_question() {
  if (!open_ || open_heading_level_ == 0 || *open_ + 1 != out_.items.size()) return;
  const RawItem& item = out_.items[*open_];
  if (item.answer || item.code || !item.choices.empty()) return;
  std::string text = item.text;
  headings_.emplace_back(open_heading_level_, text);
  reject_line(item.line, text, "heading (topic)");
  out_.items.pop_back();
  open_.reset();
  open_heading_level_ = 0;
}

bool HtmlWalker::entry_list(const GumboNode* node) {
  std::vector<TitledItem> titled;
  std::size_t items = 0, entries = 0;
  for (const GumboNode* k : element_children(node)) {
    if (k->v.element.tag != GUMBO_TAG_LI) continue;
    ++items;
    titled.push_back(titled_item(k));
    entries += !titled.back().title.empty();
  }
  if (entries < 2 || entries * 2 < items) return false;
  open_.reset();
  std::size_t i = 0;
  for (const GumboNode* k : element_children(node)) {
    if (k->v.element.tag != GUMBO_TAG_LI) continue;
    const TitledItem& t = titled[i++];
    if (t.title.empty()) {
      reject_line(first_line(k), node_text(k), "list item that is not a question");
      continue;
    }
    add_question(t.title, first_line(k), source_of(k, t.title));
    // A body that opens with emphasized paragraphs quotes the asker: the code shown among them is the
    // question's; the answer starts at the first other block.
    unsigned from = t.body;
    const GumboVector& kids = k->v.element.children;
    bool quoted = false;
    for (; from < kids.length; ++from) {
      auto* c = static_cast<const GumboNode*>(kids.data[from]);
      if (c->type != GUMBO_NODE_ELEMENT) {
        if (c->type == GUMBO_NODE_TEXT && !trim(c->v.text.text).empty()) break;
        continue;
      }
      GumboTag tag = c->v.element.tag;
      if (tag == GUMBO_TAG_P && wholly_emphasized(c)) quoted = true;
      else if (tag == GUMBO_TAG_PRE && quoted) add_code(pre_text(c));
      else if (!(tag == GUMBO_TAG_P && trim(node_text(c)).empty())) break;
    }
    add_answer(text_from(k, quoted ? from : t.body));
  }
  open_.reset();
  return true;
}

void HtmlWalker::on_list_item(const GumboNode* li, bool question_list, int depth) {
  ItemParts parts = split_list_item(li);
  const std::string& text = parts.question;
  std::vector<const GumboNode*> nested, pres;
  collect_nested(li, &nested, pres);
  auto walk_nested = [&] {
    for (const GumboNode* n : nested) walk_element(n, depth + 1);
  };
  if (text.empty() || is_toc_item(li) || (question_cue(text) == QuestionCue::kNone && !question_list)) {
    bool label = !text.empty() && !nested.empty() && !is_toc_item(li);
    if (!text.empty())
      reject_line(first_line(li), text, is_toc_item(li) ? "table of contents"
                                        : label       ? "label (topic of its sub-items)"
                                                      : "list item that is not a question");
    for (const GumboNode* p : pres) reject_line(first_line(p), pre_text(p), "code outside a question");
    std::size_t mark = labels_.size();  // A heading inside the nested lists may clear the labels.
    if (label) labels_.push_back(strip_list_number(text));
    walk_nested();
    if (labels_.size() > mark) labels_.resize(mark);
    return;
  }
  add_question(text, first_line(li), source_of(li, text));
  add_answer(parts.answer);
  for (const GumboNode* p : pres) add_code(pre_text(p));
  std::size_t question = *open_;
  for (const GumboNode* n : nested) {
    open_ = question;
    if (cued_items(n) == 0) {
      // Under a question that asks outright, bullets answer it ("What is BGP?" / "• The routing protocol …");
      // under a task or a lead-in ("Explain the following headers:") they are its sub-items.
      if (txt::is_question_mark(txt::last_char(text)) && !out_.items[question].answer) add_answer(node_text(n));
      else add_code(node_text(n));
    } else {
      open_.reset();  // follow-up questions, not the answer's bullets
      walk_element(n, depth + 1);
    }
  }
}

}  // namespace qbank::internal
