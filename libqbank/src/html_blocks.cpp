// The HTML walker's structured blocks: lists, definition lists, pre, details, tables, headers, class hints.
#include <cctype>

#include "field_map.hpp"
#include "html_text.hpp"
#include "html_walker.hpp"
#include "reader_util.hpp"

namespace qbank::detail {
namespace {

// The element children of a node.
std::vector<const GumboNode*> element_children(const GumboNode* node) {
  std::vector<const GumboNode*> out;
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_ELEMENT || k->type == GUMBO_NODE_TEMPLATE) out.push_back(k);
  }
  return out;
}

// True for ul/ol-like list elements.
bool is_list(const GumboNode* n) {
  GumboTag t = n->v.element.tag;
  return t == GUMBO_TAG_UL || t == GUMBO_TAG_OL || t == GUMBO_TAG_MENU || t == GUMBO_TAG_DIR;
}

// True when a list item is only a link to an anchor in the same page (a table-of-contents entry).
bool is_toc_item(const GumboNode* li) {
  int links = 0;
  const GumboVector& kids = li->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_TEXT) return false;
    if (k->type != GUMBO_NODE_ELEMENT) continue;
    if (is_list(k)) continue;
    if (k->v.element.tag != GUMBO_TAG_A || attribute(k, "href").substr(0, 1) != "#") return false;
    ++links;
  }
  return links == 1;
}

// True when a list item reads like a multiple-choice option ("A: …", "b) …").
bool is_choice(std::string_view text) {
  return text.size() >= 3 && std::isalpha(static_cast<unsigned char>(text[0])) &&
         (text[1] == ':' || text[1] == ')' || text[1] == '.') && text[2] == ' ' &&
         std::toupper(static_cast<unsigned char>(text[0])) <= 'H';
}

// The lowercase words of an element's class and id attributes.
std::vector<std::string> hint_words(const GumboNode* node) {
  std::string all = std::string(attribute(node, "class")) + " " + std::string(attribute(node, "id"));
  std::vector<std::string> words(1);
  for (char c : all) {
    if (std::isalnum(static_cast<unsigned char>(c))) words.back().push_back(static_cast<char>(std::tolower(c)));
    else if (!words.back().empty()) words.emplace_back();
  }
  return words;
}

// True when one of the words is in the list.
bool has_word(const std::vector<std::string>& words, std::initializer_list<std::string_view> wanted) {
  for (const auto& w : words)
    for (auto x : wanted)
      if (w == x) return true;
  return false;
}

// Collects the rows of a table (through thead/tbody/tfoot) as their cell nodes.
void collect_rows(const GumboNode* node, std::vector<std::vector<const GumboNode*>>& rows, int depth) {
  if (depth > 4) return;
  for (const GumboNode* k : element_children(node)) {
    GumboTag t = k->v.element.tag;
    if (t == GUMBO_TAG_TR) {
      rows.emplace_back();
      for (const GumboNode* c : element_children(k))
        if (c->v.element.tag == GUMBO_TAG_TD || c->v.element.tag == GUMBO_TAG_TH) rows.back().push_back(c);
    } else if (t == GUMBO_TAG_THEAD || t == GUMBO_TAG_TBODY || t == GUMBO_TAG_TFOOT) {
      collect_rows(k, rows, depth + 1);
    }
  }
}

// True when a cell holds headings, lists, tables or paragraphs (a layout table, not a data table).
bool holds_structure(const GumboNode* node, int depth) {
  if (depth > 8) return false;
  for (const GumboNode* k : element_children(node)) {
    GumboTag t = k->v.element.tag;
    if (t == GUMBO_TAG_TABLE || t == GUMBO_TAG_UL || t == GUMBO_TAG_OL || t == GUMBO_TAG_P ||
        (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6) || holds_structure(k, depth + 1))
      return true;
  }
  return false;
}

}  // namespace

void HtmlWalker::on_list(const GumboNode* node, int depth) {
  auto kids = element_children(node);
  std::size_t items = 0, cued = 0, strong = 0, choices = 0;
  for (const GumboNode* k : kids) {
    if (k->v.element.tag != GUMBO_TAG_LI) continue;
    std::string t = node_text(k, true, true);
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
  if (open_ && !open_is_item_ && items > 0 && strong < items) return add_answer(node_text(node));  // bullets
  bool question_list = items > 0 && cued * 2 >= items;
  std::size_t before = out_.items.size();
  for (const GumboNode* k : kids) {
    if (k->v.element.tag == GUMBO_TAG_LI) on_list_item(k, question_list, depth + 1);
    else walk_element(k, depth + 1);
  }
  if (out_.items.size() > before + 1) open_.reset();  // a list of questions has no answer after it
  open_is_item_ = open_ && out_.items.size() == before + 1;
}

void HtmlWalker::on_list_item(const GumboNode* li, bool question_list, int depth) {
  std::string text = node_text(li, true, true);
  std::vector<const GumboNode*> nested, pres;
  for (const GumboNode* k : element_children(li)) {
    if (is_list(k)) nested.push_back(k);
    if (k->v.element.tag == GUMBO_TAG_PRE) pres.push_back(k);
  }
  if (text.empty() || is_toc_item(li)) {
    if (!text.empty()) reject_line(first_line(li), text, "table of contents");
    for (const GumboNode* n : nested) on_list(n, depth + 1);
    return;
  }
  if (question_cue(text) == QuestionCue::kNone && !question_list) {
    bool label = !nested.empty();
    reject_line(first_line(li), text,
                label ? "label (topic of its sub-items)" : "list item that is not a question");
    std::size_t mark = labels_.size();  // A heading inside the nested lists may clear the labels.
    if (label) labels_.push_back(strip_list_number(text));
    for (const GumboNode* n : nested) on_list(n, depth + 1);
    if (labels_.size() > mark) labels_.resize(mark);
    return;
  }
  add_question(text, first_line(li), source_of(li, text));
  for (const GumboNode* p : pres) add_code(pre_text(p));
  std::size_t question = *open_;
  for (const GumboNode* n : nested) {
    std::size_t cued = 0;
    for (const GumboNode* k : element_children(n)) cued += question_cue(node_text(k, true, true)) != QuestionCue::kNone;
    open_ = question;
    if (cued == 0) {
      add_code(node_text(n));
    } else {
      open_.reset();  // follow-up questions, not the answer's bullets
      on_list(n, depth + 1);
    }
  }
}

void HtmlWalker::on_definition_list(const GumboNode* node) {
  for (const GumboNode* k : element_children(node)) {
    GumboTag t = k->v.element.tag;
    std::string text = node_text(k);
    if (text.empty()) continue;
    if (t == GUMBO_TAG_DT) add_question(text, first_line(k), source_of(k, text));
    else if (t == GUMBO_TAG_DD && open_) add_answer(text);
    else if (t == GUMBO_TAG_DD) reject_line(first_line(k), text, "definition without a term");
  }
}

void HtmlWalker::on_pre(const GumboNode* node) {
  std::string code = pre_text(node);
  if (code.empty()) return;
  if (open_) return add_code(code);
  if (pending_) pending_->code.push_back(code);
  reject_line(first_line(node), code, "code outside a question");
}

void HtmlWalker::on_details(const GumboNode* node, int depth) {
  const GumboNode* summary = nullptr;
  std::string body;
  for (const GumboNode* k : element_children(node)) {
    if (!summary && k->v.element.tag == GUMBO_TAG_SUMMARY) summary = k;
    else append_text(k, body, TextMode{});
  }
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_TEXT) append_text(k, body, TextMode{});
  }
  body = tidy_lines(body);
  std::string title = summary ? node_text(summary) : "";
  if (title.empty() || is_answer_label(title)) {
    if (!open_) promote_pending();
    if (open_) return add_answer(body);
    if (!body.empty()) reject_line(first_line(node), body, "answer without a question");
    return;
  }
  pending_.reset();
  if (question_cue(title) == QuestionCue::kNone) return walk_blocks(node, depth + 1);
  add_question(title, first_line(summary), source_of(summary, title));
  add_answer(body);
}

void HtmlWalker::on_table(const GumboNode* node, int depth) {
  std::vector<std::vector<const GumboNode*>> rows;
  collect_rows(node, rows, 0);
  for (const auto& row : rows)
    for (const GumboNode* c : row)
      if (holds_structure(c, 0)) {
        for (const auto& r : rows)
          for (const GumboNode* cell : r) walk_blocks(cell, depth + 1);
        return;
      }
  ColumnIndex index;
  std::size_t first = 0;
  if (!rows.empty()) {
    std::vector<std::string> names;
    for (const GumboNode* c : rows[0]) names.push_back(node_text(c));
    if (looks_like_header(names)) {
      auto mapped = map_header(names, {}, options_.file);
      if (mapped.ok()) index = *mapped;
      first = 1;
    }
  }
  auto col = [&](Field f) { return index[static_cast<std::size_t>(f)]; };
  auto cell = [&](const std::vector<const GumboNode*>& row, std::optional<std::size_t> i) {
    return i && *i < row.size() ? node_text(row[*i]) : std::string();
  };
  for (std::size_t r = first; r < rows.size(); ++r) {
    const auto& row = rows[r];
    if (row.empty()) continue;
    bool mapped = col(Field::kText).has_value();
    auto text_col = mapped ? col(Field::kText) : std::optional<std::size_t>(0);
    std::string text = cell(row, text_col);
    if (text.empty()) continue;
    if (!mapped && question_cue(text) == QuestionCue::kNone) {
      reject_line(first_line(row[0]), text, "table row that is not a question");
      continue;
    }
    add_question(text, first_line(row[*text_col]), source_of(row[*text_col], text));
    add_answer(cell(row, mapped ? col(Field::kAnswer) : std::optional<std::size_t>(1)));
    if (std::string t = cell(row, col(Field::kTopic)); !t.empty()) out_.items[*open_].topic = t;
    for (auto& tag : split_tags(cell(row, col(Field::kTags)))) add_tag(out_.items[*open_].tags, tag);
  }
  open_.reset();
}

void HtmlWalker::on_header(const GumboNode* node, int depth) {
  if (depth > kMaxHtmlDepth) return;
  for (const GumboNode* k : element_children(node)) {
    GumboTag t = k->v.element.tag;
    if (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6) walk_element(k, depth + 1);
    else if (t == GUMBO_TAG_NAV) reject(k, "navigation");
    else on_header(k, depth + 1);
  }
}

bool HtmlWalker::on_hinted(const GumboNode* node) {
  auto words = hint_words(node);
  if (has_word(words, {"nav", "navbar", "navigation", "menu", "sidebar", "breadcrumb", "breadcrumbs", "toc",
                       "footer", "cookie", "cookies", "share", "social", "comments", "advert", "ads"})) {
    reject(node, "navigation");
    return true;
  }
  if (open_ && has_word(words, {"answer", "answers", "solution", "explanation"})) {
    for (const GumboNode* k : element_children(node))
      if (k->v.element.tag == GUMBO_TAG_PRE) add_code(pre_text(k));
    add_answer(node_text(node, false, true));
    return true;
  }
  if (has_word(words, {"question", "q"}) && !holds_structure(node, 0)) {
    std::string text = node_text(node, false, true);
    if (text.empty() || text.size() > 1000) return false;
    add_question(text, first_line(node), source_of(node, text));
    for (const GumboNode* k : element_children(node))
      if (k->v.element.tag == GUMBO_TAG_PRE) add_code(pre_text(k));
    return true;
  }
  return false;
}

}  // namespace qbank::detail
