// The HTML walker's structured blocks: definition lists, pre, details, tables, headers, class hints.
#include <algorithm>
#include <cctype>

#include "normalize/field_map.hpp"
#include "normalize/html/visible_text.hpp"
#include "normalize/html/walker.hpp"
#include "normalize/question_cues.hpp"
#include "normalize/text/lines.hpp"
#include "normalize/text/words.hpp"

namespace qbank::internal {
namespace {

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

// True when a table's first row is written as its header: every cell a <th>, or the row inside <thead>.
bool header_row(const std::vector<const GumboNode*>& row) {
  if (row.empty()) return false;
  if (row[0]->parent && row[0]->parent->parent && row[0]->parent->parent->type == GUMBO_NODE_ELEMENT &&
      row[0]->parent->parent->v.element.tag == GUMBO_TAG_THEAD)
    return true;
  for (const GumboNode* c : row)
    if (c->v.element.tag != GUMBO_TAG_TH) return false;
  return true;
}

// True when a row sits in the table's <tfoot>: a footer (totals, "Didn't find your answer? Write to us"), no record.
bool footer_row(const std::vector<const GumboNode*>& row) {
  return !row.empty() && row[0]->parent && row[0]->parent->parent &&
         row[0]->parent->parent->type == GUMBO_NODE_ELEMENT && row[0]->parent->parent->v.element.tag == GUMBO_TAG_TFOOT;
}

}  // namespace

void HtmlWalker::on_definition_list(const GumboNode* node, int depth) {
  if (depth > kMaxHtmlDepth) return;
  // Terms that are all links to anchors of the page, with no definitions, are its table of contents.
  std::size_t terms = 0, toc_terms = 0, definitions = 0;
  for (const GumboNode* k : element_children(node)) {
    terms += k->v.element.tag == GUMBO_TAG_DT;
    toc_terms += k->v.element.tag == GUMBO_TAG_DT && is_toc_item(k);
    definitions += k->v.element.tag == GUMBO_TAG_DD;
  }
  if (terms >= 2 && toc_terms == terms && definitions == 0) {
    open_.reset();
    for (const GumboNode* k : element_children(node))
      if (k->v.element.tag == GUMBO_TAG_DT) reject_line(first_line(k), node_text(k), "table of contents");
    return;
  }
  for (const GumboNode* k : element_children(node)) {
    GumboTag t = k->v.element.tag;
    if (t == GUMBO_TAG_DIV) {  // <div> groups a term with its definitions
      on_definition_list(k, depth + 1);
      continue;
    }
    if (t != GUMBO_TAG_DT && t != GUMBO_TAG_DD) {
      walk_element(k, depth + 1);
      continue;
    }
    std::string text = node_text(k);
    if (text.empty()) continue;
    if (t == GUMBO_TAG_DT) {  // a term's <pre> is the question's code ("What does this print? <pre>…</pre>")
      std::vector<const GumboNode*> pres;
      collect_nested(k, nullptr, pres);
      std::string asked = pres.empty() ? text : node_text(k, false, true);
      add_question(asked.empty() ? text : asked, first_line(k), source_of(k, text));
      if (!asked.empty())
        for (const GumboNode* p : pres) add_code(pre_text(p));
    } else if (open_) {
      add_answer(text);
    }
    else reject_line(first_line(k), text, "definition without a term");
  }
}

void HtmlWalker::on_pre(const GumboNode* node) {
  std::string code = pre_text(node);
  if (code.empty()) return;
  if (open_) {
    // Code after the answer's prose has begun is part of the answer, unless that prose still asks ("What does
    // the following print?"): then it is the question's.
    const auto& answer = out_.items[*open_].answer;
    if (answer && !trim(*answer).empty() && question_cue(*answer) == QuestionCue::kNone) return add_answer(code);
    return add_code(code);
  }
  if (promote_sibling_statement()) return add_answer(code);  // a task heading ("Write debounce") and its solution
  if (pending_) {
    pending_->code.push_back(code);
    pending_->rejected.push_back(out_.rejected.size());
  }
  reject_line(first_line(node), code, "code outside a question");
}

namespace {

// The text of a <details> element's <summary>, or empty.
std::string summary_text(const GumboNode* details) {
  for (const GumboNode* k : element_children(details))
    if (k->v.element.tag == GUMBO_TAG_SUMMARY) return node_text(k);
  return "";
}

}  // namespace

void HtmlWalker::on_details(const GumboNode* node, int depth) {
  const GumboNode* summary = nullptr;
  std::string body;
  std::vector<const GumboNode*> nested;  // <details> right inside this one.
  int asking_nested = 0;
  for (const GumboNode* k : element_children(node)) {
    if (!summary && k->v.element.tag == GUMBO_TAG_SUMMARY) {
      summary = k;
    } else if (k->v.element.tag == GUMBO_TAG_DETAILS && depth < kMaxHtmlDepth) {
      nested.push_back(k);
      asking_nested += question_cue(summary_text(k)) != QuestionCue::kNone ? 1 : 0;
    }
  }
  for (const GumboNode* k : element_children(node))  // Nested <details> that ask are read on their own.
    if (k != summary && !(asking_nested > 0 && k->v.element.tag == GUMBO_TAG_DETAILS)) append_text(k, body, TextMode{});
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
  if (asking_nested > 0) return on_nested_details(node, summary, title, body, nested, depth);
  // A statement summary among asking ones ("Avgift för andrahandsuthyrning") is an FAQ entry too.
  bool among_questions = question_details_ >= 2 && !body.empty() && txt::furniture_reason(title).empty();
  if (question_cue(title) == QuestionCue::kNone && !among_questions) return walk_blocks(node, depth + 1);
  if (question_cue(title) != QuestionCue::kNone) ++question_details_;
  add_question(title, first_line(summary), source_of(summary, title));
  add_answer(body);
}

void HtmlWalker::on_nested_details(const GumboNode* node, const GumboNode* summary, const std::string& title,
                                   const std::string& body, const std::vector<const GumboNode*>& nested, int depth) {
  std::size_t mark = labels_.size();
  if (question_cue(title) != QuestionCue::kNone) {
    // A question with follow-ups of its own: its text answers it, each follow-up is read after it.
    ++question_details_;
    add_question(title, first_line(summary), source_of(summary, title));
    add_answer(body);
  } else {
    // A scene set over the questions under it ("Given a beam fixed at one end:"): their topic.
    reject_line(first_line(summary), title, "heading (topic)");
    if (!body.empty()) reject_line(first_line(node), body, "section text");
    labels_.push_back(txt::clean_topic(title));
    open_.reset();
  }
  for (const GumboNode* k : nested) on_details(k, depth + 1);
  if (labels_.size() > mark) labels_.resize(mark);
  open_.reset();
}

void HtmlWalker::on_table(const GumboNode* node, int depth) {
  std::vector<std::vector<const GumboNode*>> rows;
  collect_rows(node, rows, 0);
  for (const auto& row : rows)
    for (const GumboNode* c : row)
      if (holds_structure(c, 0)) {
        on_table_extras(node, rows, false);
        for (const auto& r : rows)
          for (const GumboNode* cell : r) walk_blocks(cell, depth + 1);
        return;
      }
  ColumnIndex index;
  std::size_t first = 0;
  if (!rows.empty()) {
    std::vector<std::string> names;
    for (const GumboNode* c : rows[0]) names.push_back(node_text(c));
    if (looks_like_header(names) || header_row(rows[0])) {
      auto mapped = map_header(names, {}, options_.file);
      if (mapped.ok()) index = *mapped;
      first = 1;
    }
  }
  if (!index[static_cast<std::size_t>(Field::kText)] || !index[static_cast<std::size_t>(Field::kAnswer)]) {
    std::vector<std::vector<std::string>> body;
    for (std::size_t r = first; r < rows.size(); ++r) {
      body.emplace_back();
      for (const GumboNode* c : rows[r]) body.back().push_back(node_text(c));
    }
    std::vector<std::string> names;
    if (first == 1)
      for (const GumboNode* c : rows[0]) names.push_back(node_text(c));
    move_question_column_off_codes(body, index);
    infer_answer_column(names, body, index);
    infer_question_column(body, index);
  }
  on_table_extras(node, rows, first == 1);
  auto col = [&](Field f) { return index[static_cast<std::size_t>(f)]; };
  auto cell = [&](const std::vector<const GumboNode*>& row, std::optional<std::size_t> i) {
    return i && *i < row.size() ? node_text(row[*i]) : std::string();
  };
  if (auto tc = col(Field::kText)) {  // Question cells that only link within the page: a table of contents.
    std::size_t filled = 0, anchors = 0;
    for (std::size_t r = first; r < rows.size(); ++r)
      if (*tc < rows[r].size() && !node_text(rows[r][*tc]).empty()) {
        ++filled;
        anchors += is_toc_item(rows[r][*tc]) ? 1 : 0;
      }
    if (anchors > 0 && anchors * 2 >= filled) {
      for (std::size_t r = first; r < rows.size(); ++r)
        if (!rows[r].empty()) reject_line(first_line(rows[r][0]), node_text(rows[r][std::min(*tc, rows[r].size() - 1)]), "table of contents");
      return;
    }
  }
  std::size_t widest = 0;
  for (const auto& row : rows) widest = std::max(widest, row.size());
  std::string row_topic;  // The text of the last row that spans the table alone ("<td colspan=3>一、报名</td>").
  for (std::size_t r = first; r < rows.size(); ++r) {
    const auto& row = rows[r];
    if (row.empty()) continue;
    if (footer_row(row)) {
      std::string rest;
      for (const GumboNode* c : row)
        if (std::string t = node_text(c); !t.empty()) rest += (rest.empty() ? "" : " | ") + t;
      if (!rest.empty()) reject_line(first_line(row[0]), rest, "table footer");
      continue;
    }
    if (row.size() == 1 && widest > 1) {
      std::string label = node_text(row[0]);
      if (!label.empty() && question_cue(label) == QuestionCue::kNone) {
        row_topic = txt::clean_topic(strip_list_number(label));
        reject_line(first_line(row[0]), label, "table section (topic)");
        continue;
      }
    }
    bool mapped = col(Field::kText).has_value();
    auto text_col = mapped ? col(Field::kText) : std::optional<std::size_t>(0);
    std::string text = cell(row, text_col);
    if (text.empty()) {
      std::string rest;
      for (const GumboNode* c : row)
        if (std::string t = node_text(c); !t.empty()) rest += (rest.empty() ? "" : " | ") + t;
      if (!rest.empty()) reject_line(first_line(row[0]), rest, "table row without a question");
      continue;
    }
    if ((!mapped && question_cue(text) == QuestionCue::kNone) || !txt::has_letter(text)) {
      reject_line(first_line(row[0]), text, "table row that is not a question");
      continue;
    }
    add_question(text, text_line(row[*text_col]), source_of(row[0]->parent, text));  // the whole row
    add_answer(cell(row, mapped ? col(Field::kAnswer) : std::optional<std::size_t>(1)));
    if (!row_topic.empty()) out_.items[*open_].topic = row_topic;
    if (std::string t = cell(row, col(Field::kTopic)); !t.empty()) out_.items[*open_].topic = t;
    for (auto& tag : split_tags(cell(row, col(Field::kTags)))) add_tag(out_.items[*open_].tags, tag);
  }
  open_.reset();
}

void HtmlWalker::on_table_extras(const GumboNode* table, const std::vector<std::vector<const GumboNode*>>& rows,
                                 bool header) {
  for (const GumboNode* k : element_children(table))
    if (k->v.element.tag == GUMBO_TAG_CAPTION) reject(k, "table caption");
  if (!header || rows.empty()) return;
  std::string names;
  for (const GumboNode* c : rows[0]) names += (names.empty() ? "" : " | ") + node_text(c);
  reject_line(rows[0].empty() ? first_line(table) : first_line(rows[0][0]), names, "table header");
}

void HtmlWalker::on_header(const GumboNode* node, int depth) {
  if (depth > kMaxHtmlDepth) return;
  std::string run;
  std::int64_t line = 0;
  auto flush = [&] {
    if (std::string text = tidy_lines(run); !text.empty()) reject_line(line, text, "navigation (page header)");
    run.clear();
    line = 0;
  };
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    auto* k = static_cast<const GumboNode*>(kids.data[i]);
    bool element = k->type == GUMBO_NODE_ELEMENT || k->type == GUMBO_NODE_TEMPLATE;
    if (element && is_block_tag(k->v.element.tag)) {
      flush();
      GumboTag t = k->v.element.tag;
      if (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6) walk_element(k, depth + 1);
      else if (t == GUMBO_TAG_NAV) reject(k, "navigation");
      else on_header(k, depth + 1);
      continue;
    }
    std::size_t before = run.size();
    append_text(k, run, TextMode{}, depth + 1);
    if (line == 0 && !trim(std::string_view(run).substr(before)).empty()) line = first_line(k);
  }
  flush();
}

bool is_toggle_question(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT || node->v.element.tag != GUMBO_TAG_BUTTON) return false;
  auto contains = [](const std::vector<std::string>& words, std::string_view part) {
    for (const auto& w : words)
      if (w.find(part) != std::string::npos) return true;
    return false;
  };
  auto words = hint_words(node);
  if (contains(words, "question")) return true;
  if (gumbo_get_attribute(&node->v.element.attributes, "aria-expanded") == nullptr) return false;
  for (const GumboNode* p = node->parent; p && p->type == GUMBO_NODE_ELEMENT; p = p->parent) {
    auto up = hint_words(p);
    if (contains(up, "faq") || contains(up, "accordion")) return true;
  }
  return contains(words, "faq") || contains(words, "accordion");
}

namespace {

// The first descendant of node (itself excluded) whose itemprop attribute lists prop, or null.
const GumboNode* find_itemprop(const GumboNode* node, std::string_view prop, int depth = 0) {
  if (depth > 12) return nullptr;
  for (const GumboNode* c : element_children(node)) {
    std::string_view props = attribute(c, "itemprop");
    for (std::size_t at = props.find(prop); at != std::string_view::npos; at = props.find(prop, at + 1)) {
      bool starts = at == 0 || props[at - 1] == ' ';
      bool ends = at + prop.size() == props.size() || props[at + prop.size()] == ' ';
      if (starts && ends) return c;
    }
    if (const GumboNode* d = find_itemprop(c, prop, depth + 1)) return d;
  }
  return nullptr;
}

}  // namespace

bool HtmlWalker::on_microdata_question(const GumboNode* node) {
  std::string_view type = attribute(node, "itemtype");
  if (type.size() < 9 || type.substr(type.size() - 9) != "/Question") return false;
  const GumboNode* name = find_itemprop(node, "name");
  if (name == nullptr) return false;
  std::string text = node_text(name, false, true);
  if (text.empty() || text.size() > 1000) return false;
  add_question(text, first_line(name), source_of(name, text));
  const GumboNode* answer = find_itemprop(node, "acceptedAnswer");
  if (answer == nullptr) answer = find_itemprop(node, "suggestedAnswer");
  if (answer != nullptr) {
    const GumboNode* body = find_itemprop(answer, "text");
    std::vector<const GumboNode*> pres;
    collect_nested(body ? body : answer, nullptr, pres);
    if (std::string a = node_text(body ? body : answer, false, true); !a.empty()) add_answer(a);
    for (const GumboNode* p : pres) add_answer(pre_text(p));  // Code inside an answer is the answer's.
  }
  return true;
}

bool HtmlWalker::on_hinted(const GumboNode* node) {
  if (on_microdata_question(node)) return true;
  auto words = hint_words(node);
  if (has_word(words, {"nav", "navbar", "navigation", "menu", "sidebar", "breadcrumb", "breadcrumbs", "toc",
                       "footer", "cookie", "cookies", "share", "social", "comments", "advert", "ads", "ad",
                       "advertisement", "sponsored"})) {
    reject(node, "navigation");
    return true;
  }
  std::vector<const GumboNode*> pres;
  collect_nested(node, nullptr, pres);
  if (open_ && has_word(words, {"answer", "answers", "solution", "explanation"})) {
    add_answer(node_text(node, false, true));
    for (const GumboNode* p : pres) add_answer(pre_text(p));  // Code inside an answer is the answer's.
    return true;
  }
  if (has_word(words, {"question", "q"}) && !holds_structure(node, 0)) {
    std::string text = node_text(node, false, true);
    if (text.empty() || text.size() > 1000) return false;
    add_question(text, text_line(node), source_of(node, text));
    for (const GumboNode* p : pres) add_code(pre_text(p));
    return true;
  }
  return false;
}

}  // namespace qbank::internal
