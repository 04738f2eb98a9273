// The Markdown reader: heading questions with answers and code, list questions under topic headings,
// prefixed and emphasized paragraph questions, <details> answers, multiple-choice options; TOCs and prose
// rejected; a document without those shapes is read as plain text.
#include <algorithm>
#include <cctype>

#include "normalize/field_map.hpp"
#include "normalize/markdown/walker.hpp"
#include "normalize/question_cues.hpp"
#include "normalize/reader.hpp"
#include "normalize/text/words.hpp"
#include "base/utf8.hpp"

namespace qbank::internal::md {

namespace {

// True when the text holds a Markdown link or an <a href> to another site ("](https://…", "href=\"http…").
bool links_elsewhere(std::string_view text) {
  for (std::string_view open : {std::string_view("](http"), std::string_view("href=\"http")})
    if (text.find(open) != std::string_view::npos) return true;
  return false;
}

// True when a question text ends with a question mark ('?' or the full-width "？").
// The text without a pair of double quotes around all of it ("\"Why X?\"", "“Why X?”", "«Why X?»"), when no
// other double quote stands inside; else the text as it is.
std::string without_wrapping_quotes(std::string text) {
  if (text.size() < 3) return text;
  constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
      {"\"", "\""}, {"\u201C", "\u201D"}, {"\u00AB", "\u00BB"}};
  for (const auto& [open, close] : kPairs) {
    if (text.size() <= open.size() + close.size() || !text.starts_with(open) || !text.ends_with(close)) continue;
    std::string_view inner(text.data() + open.size(), text.size() - open.size() - close.size());
    if (inner.find(open) != std::string_view::npos || inner.find(close) != std::string_view::npos) return text;
    return std::string(txt::trim(inner));
  }
  return text;
}

bool asks(std::string_view text) {
  std::string_view t = txt::trim(text);
  return (!t.empty() && t.back() == '?') || (t.size() >= 3 && t.substr(t.size() - 3) == "\xEF\xBC\x9F");
}

}  // namespace

void Walker::reject(const Block& b, std::string_view reason) {
  for (std::size_t k = b.first; k <= b.last && k < lines.size(); ++k)
    if (!txt::trim(lines[k]).empty())
      out.rejected.push_back({static_cast<std::int64_t>(k + 1), std::string(lines[k]), std::string(reason)});
}

std::optional<std::string> Walker::topic() const {
  for (int l = 6; l >= 1; --l)
    if (topics[l]) return topics[l];
  return std::nullopt;
}

void Walker::add_answer(std::string_view text) {
  if (cur < 0 || txt::trim(text).empty()) return;
  auto& a = item().answer;
  if (!a) a = std::string(txt::trim(text));
  else a->append("\n\n").append(txt::trim(text));
}

void Walker::start(const Block& b, std::string text, Owner kind, std::optional<std::string> t) {
  RawItem it;
  it.line = static_cast<std::int64_t>(b.first + 1);
  it.raw = std::string(lines[b.first]);
  it.text = without_wrapping_quotes(strip_emphasis(text));
  it.topic = std::move(t);
  out.items.push_back(std::move(it));
  cur = static_cast<long>(out.items.size()) - 1;
  owner = kind;
  cur_level = b.level;
  body_col = kind == Owner::kList ? b.column : 0;
  cur_open = true;
  answer_seen = false;
  bold_question = false;
  if (section >= 0) ++out.sections[static_cast<std::size_t>(section)].found;
}

namespace {

// True when a heading is only a numbered question label, in one or more languages ("Question 3", "Question 3 /
// คำถามที่ 3", not "Part 3"): it counts the questions and names no topic.
bool numbered_label(std::string_view text) {
  std::size_t parts = 0;
  bool question = false;  // Some part's label is a question label.
  for (std::string_view rest = text; !rest.empty(); ++parts) {
    std::size_t slash = rest.find('/');
    std::string_view part = txt::trim(rest.substr(0, slash));
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
    while (!part.empty() && (part.back() == '.' || part.back() == ':')) part.remove_suffix(1);
    std::size_t digits = part.size();
    while (digits > 0 && part[digits - 1] >= '0' && part[digits - 1] <= '9') --digits;
    std::string_view words = txt::trim(part.substr(0, digits));
    if (digits == part.size() || words.empty() || words.size() == digits || txt::count_words(words) > 2) return false;
    for (std::size_t k = 0; k < words.size();)
      if (char32_t c = utf8::next(words, k); !txt::is_letter(c) && c != ' ') return false;
    question = question || is_question_label(words);
  }
  return parts > 0 && question;
}

}  // namespace

void Walker::heading(std::size_t i) {
  const Block& b = blocks[i];
  const HeadingInfo& h = plan.info[i];
  std::string_view rest;
  if (h.continues && cur >= 0 && owner == Owner::kHeading) return;  // Its text is in the question's already.
  if (cur >= 0 && answer_label(h.text, rest)) return add_answer(rest);
  if (furniture_level > 0 && b.level <= furniture_level) furniture_level = 0;
  navigation = false;
  // A furniture title that does not ask ("How to contribute") heads furniture even where headings ask.
  bool furniture = is_furniture_section(h.text) && !(h.question && asks(h.text));
  if (furniture) furniture_level = b.level;
  bool deeper = cur >= 0 && owner == Owner::kHeading && b.level > cur_level;
  if (h.question && !furniture && (!deeper || plan.numbered_only)) {
    // A section heading at the question's own level stays in force when its questions so far were its siblings
    // ("## 1. Introduction" over "## Q. What is Node.js?"); once questions sat below it, one at its level leaves it.
    for (int l = b.level; l <= 6; ++l)
      if (l > b.level || questions_below[l] > b.level) topics[l].reset();
    for (int l = 1; l <= 6; ++l)
      if (topics[l]) questions_below[l] = std::max(questions_below[l], b.level);
    labels.clear();
    item_heading = b.depth > 0;
    return start(b, h.text, Owner::kHeading, topic());
  }
  // A heading under the answer is part of it, unless it links to another site (a closing "see all answers
  // at …" banner): that ends the answer.
  if (deeper && !links_elsewhere(b.text)) return add_answer(h.text);
  cur = -1;
  labels.clear();
  // A heading worded like a title ("… interview questions") is a section when a heading at its level or
  // above came before it: a document has one title, its siblings are sections.
  bool sibling = top_level <= b.level;
  top_level = std::min(top_level, b.level);
  // A title that is the document's only heading besides its questions is their topic.
  bool only_heading = topic_headings == 1 && b.level == 1;
  if (auto why = txt::furniture_reason(h.text);
      (!why.empty() && !(why == "title" && (sibling || only_heading))) || h.text.empty()) {
    navigation = why == "navigation";  // "Related posts", "Comments": the list under it links away
    return reject(b, why.empty() ? "heading" : why);
  }
  reject(b, "heading");
  for (int l = b.level; l <= 6; ++l) topics[l].reset();
  std::string t = txt::clean_topic(h.text);
  // A heading that asks without being a question ("Want a paper copy?") never heads questions at its own level.
  if (!t.empty() && !numbered_label(inl(b.text))) topics[b.level] = t, questions_below[b.level] = asks(h.text) ? 7 : 0;
  if (section >= 0 && b.level <= section_level) section = -1;
  std::string counted;
  std::int64_t n = 0;
  if (txt::parse_section_count(h.text, counted, n) && !t.empty()) {
    out.sections.push_back({t, static_cast<std::int64_t>(b.first + 1), n, 0});
    section = static_cast<long>(out.sections.size()) - 1;
    section_level = b.level;
  }
}

namespace {

// Removes a GitHub task-list box ("[ ] ", "[x] ") from the start of an item's text; returns 1 for an empty box,
// 2 for a checked one, 0 when there is none.
int strip_task_box(std::string& text) {
  if (text.size() < 4 || text[0] != '[' || text[2] != ']' || text[3] != ' ') return 0;
  int box = text[1] == ' ' ? 1 : (text[1] == 'x' || text[1] == 'X') ? 2 : 0;
  if (box != 0) text.erase(0, text.find_first_not_of(' ', 3));
  return box;
}


}  // namespace

namespace {

// True when a list item's text is a bare URL, or a short name that does not ask before one ("onedio
// https://…"): an entry of a list of sources.
bool credited_link(std::string_view text) {
  std::string_view t = txt::trim(text);
  std::size_t sp = t.rfind(' ');
  std::string_view url = sp == std::string_view::npos ? t : t.substr(sp + 1);
  if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0) return false;
  std::string_view name = sp == std::string_view::npos ? std::string_view() : txt::trim(t.substr(0, sp));
  while (!name.empty() && (name.back() == ':' || name.back() == '-')) name = txt::trim(name.substr(0, name.size() - 1));
  return name.empty() || (txt::count_words(name) <= 3 && txt::question_score(name) < 2 && !txt::ends_with_terminal(name));
}

// True when the text's first link leads to a path of the same site or repository ("./network/tcp.md"), not to
// another site or an anchor.
bool links_within(std::string_view text) {
  std::size_t at = text.find("](");
  if (at == std::string_view::npos || at + 2 >= text.size()) return false;
  std::string_view url = text.substr(at + 2);
  return url[0] != '#' && url.substr(0, 5) != "http:" && url.substr(0, 6) != "https:" && url.substr(0, 2) != "//" &&
         url.substr(0, 7) != "mailto:";
}

}  // namespace

namespace {

// What follows a note set off behind a list question, outside code spans: after " // " behind a question that
// asks ("Where does the script tag go? // before </body>"), or after " - " behind one that opens with a question
// word, when it is a sentence of its own ("what is a stub - A stub returns canned data."); empty when there is none.
// Sets ask to the question before the mark.
std::string_view tail_answer(std::string_view q, std::string_view& ask) {
  for (std::string_view mark : {std::string_view(" // "), std::string_view(" - ")}) {
    std::size_t at = q.find(mark);
    if (at == std::string_view::npos) continue;
    ask = txt::trim(q.substr(0, at));
    std::string_view rest = txt::trim(q.substr(at + mark.size()));
    if (rest.empty() || std::count(ask.begin(), ask.end(), '`') % 2 != 0) continue;
    if (mark == " // ") {
      if (txt::question_score(ask) >= 3) return rest;
      continue;
    }
    std::size_t k = 0;
    char32_t last = txt::last_char(rest);
    bool sentence = txt::is_upper_cp(utf8::next(rest, k)) && (last == '.' || last == U'。') &&
                    txt::count_words(rest) >= 4 && txt::question_score(rest) < 2;
    if (sentence && txt::question_score(ask) >= 2) return rest;
  }
  return {};
}

// True when the label before rest in text has two letters or more ("Answer:", "Trả lời:", "回答例："), not one
// ("A:", which names an option as often as an answer).
bool word_label(std::string_view text, std::string_view rest) {
  bool inside = rest.data() >= text.data() && rest.data() <= text.data() + text.size();
  std::string_view label = text.substr(0, inside ? static_cast<std::size_t>(rest.data() - text.data())
                                                 : text.size() - std::min(rest.size(), text.size()));
  int letters = 0;
  for (std::size_t k = 0; k < label.size() && letters < 2;)
    letters += txt::is_letter(utf8::next(label, k)) ? 1 : 0;
  return letters >= 2;
}

}  // namespace

void Walker::list_item(std::size_t i) {
  const Block& b = blocks[i];
  std::string text = std::move(item_text[i]);
  const int score = item_score[i];  // txt::question_score(text), measured by mark_asking_lists.
  if (txt::trim(text).empty()) {
    // A block written on the marker's line ("1. <details>") carries the line; a marker alone ("-") says nothing.
    if (i + 1 < blocks.size() && blocks[i + 1].first == b.first) return;
    return reject(b, "empty item");
  }
  if (labelled_answer_item(i, text)) return;
  // "* **Answer:** …" under a heading's question is its answer, however often the label recurs (no field); a
  // one-letter label ("- A: …") is an option.
  if (std::string_view rest; answering() && answer_label(text, rest) && word_label(text, rest)) {
    if (txt::trim(rest).empty()) return reject(b, "answer label");
    return add_answer(std::string(txt::trim(rest)));
  }
  if (field_item(b)) return reject(b, "metadata");
  if (answering() && answer_item(b, text, item_task[i])) return;
  if (field_list[i]) return reject(b, "metadata");
  if (furniture_level > 0 && score < 3) return reject(b, "section text");  // steps, links
  if (navigation && !is_anchor_link(b.text)) return reject(b, "navigation");  // links within the page: contents
  if (child(b) && choice_item(text, item_task[i])) return;  // Options indented under a numbered question.
  if (cur >= 0 && !child(b) && choice_list(i, text) && choice_item(text, 0)) return;  // A list of options under it.
  // "- What is X?" / "  - X is …", "- **What is X**" / "  - X is …"; a list inside an answer already begun is
  // answer text unless its item asks outright (a follow-up question).
  if (child(b) && (((asks(item().text) || bold_question) && !txt::is_question_like(text)) ||
                   (item().answer.has_value() && score < 3))) {
    add_answer(answer_marker(b) + text);
    return;
  }
  while (!labels.empty() && labels.back().first >= b.level) labels.pop_back();
  std::string_view label;
  cur_open = false;
  bool letter = false;  // "......" or "---" fill a list without saying anything.
  for (std::size_t k = 0; k < text.size() && !letter;) {
    char32_t c = utf8::next(text, k);
    letter = txt::is_letter(c) || (c >= '0' && c <= '9');
  }
  if (!letter) return reject(b, "empty item");
  if (credited_link(text)) return reject(b, "link");
  if (plan.question_level > 0 || plan.numbered_only) return reject(b, "section text");
  if (is_anchor_link(b.text)) return reject(b, "table of contents");
  if (single_link(b.text, label) || leading_link(b.text, label)) {
    std::string l = inl(label);
    std::size_t words = 0;  // Counted up to 3.
    txt::for_each_word_while(l, [&](std::string_view) { return ++words < 3; });
    std::size_t cjk = 0;
    for (std::size_t k = 0; words < 3 && cjk < 6 && k < l.size();) cjk += txt::is_cjk(utf8::next(l, k)) ? 1 : 0;
    bool long_enough = words >= 3 || cjk >= 6;
    // A link that does not ask is a question only in a list of links that mostly ask, beside siblings that do,
    // or when it leads to a page of the same repository from a list that at least half asks (an answer's file).
    bool answer_file = half_asking[i] && long_enough && links_within(b.text);
    if (txt::question_score(l) < 2 && !(link_lists && long_enough && half_asking[i]) && !answer_file)
      return reject(b, "link");
  }
  if (auto why = txt::furniture_reason(text); !why.empty()) return reject(b, why);
  if (txt::looks_like_prose(text) && !asking_list[i]) return reject(b, "prose");
  bool parent = i + 1 < blocks.size() && blocks[i + 1].kind == BlockKind::kItem && blocks[i + 1].level > b.level;
  // A parent item is a label over its children only when some child reads as a question or it is written in
  // bold without reading as a question ("- **Design**" over its problems, not "- **What is X**"); a term over narrower terms ("tree" over "binary tree") is itself an
  // item of the list.
  bool asking_children = false;
  for (std::size_t k = i + 1; parent && !asking_children && k < blocks.size() && blocks[k].level > b.level; ++k)
    asking_children = blocks[k].kind == BlockKind::kItem && item_score[k] >= 2;
  if (parent && txt::looks_like_heading(text) &&
      ((asking_children && score < 2) ||
       (is_emphasized(b.text) && (score < 2 || (score < 3 && txt::count_words(text) == 1))))) {
    // A bare question label over its children ("1. **Question:**" over the asked text) names no topic.
    if (std::string_view rest; !question_label(text, rest) || !txt::trim(rest).empty())
      labels.emplace_back(b.level, txt::clean_topic(text));
    cur = -1;
    return reject(b, "label");
  }
  std::string term, meaning;
  if (term_list[i] && defined_term(b, term, meaning)) {  // A glossary: the term is asked, what follows answers it.
    // It is the question list only where no list of the document asks: beside lists that ask it is a guide or
    // notes ("**Technical Assessment:** 60% of the time").
    if (asking_items >= 3 && score < 2 && !meaning.empty()) return reject(b, "glossary");
    start(b, term, Owner::kList, labels.empty() ? topic() : std::optional<std::string>(labels.back().second));
    if (!meaning.empty()) add_answer(meaning);
    return;
  }
  std::string_view q = text;
  txt::strip_question_prefix(q, q);
  if (std::string_view rest; question_label(q, rest) && !rest.empty()) q = rest;  // "- **Q:** What is X?"
  std::string_view ask;
  std::string_view note = tail_answer(q, ask);
  if (!note.empty()) q = ask;
  start(b, std::string(q), Owner::kList, labels.empty() ? topic() : std::optional<std::string>(labels.back().second));
  bold_question = is_emphasized(b.text) && txt::question_score(q) >= 2;
  if (!note.empty()) add_answer(txt::trim(note));
}

bool Walker::labelled_answer_item(std::size_t i, const std::string& text) {
  std::string_view rest;
  if (cur < 0 || owner != Owner::kList || !answer_label(text, rest) || txt::trim(rest).empty()) return false;
  const Block& b = blocks[i];
  // The first line of the run of sibling items (with what they hold) that ends at this one.
  std::size_t k = i;
  while (k > 0 && blocks[k - 1].kind != BlockKind::kHeading && blocks[k - 1].depth >= b.depth &&
         (blocks[k - 1].depth > b.depth || (blocks[k - 1].kind == BlockKind::kItem && blocks[k - 1].level == b.level)))
    --k;
  auto from = static_cast<std::int64_t>(blocks[k].first + 1);
  std::string answer(txt::trim(rest));
  add_answer(answer);
  for (long q = cur - 1; q >= 0 && out.items[static_cast<std::size_t>(q)].line >= from; --q)
    if (!out.items[static_cast<std::size_t>(q)].answer) out.items[static_cast<std::size_t>(q)].answer = answer;
  return true;
}

bool Walker::field_item(const Block& b) const {
  std::string label;
  std::string_view rest, q;
  if (!emphasized_label(b.text, label, rest) || question_label(b.text, q)) return false;
  if (txt::question_score(inl(rest)) >= 2) return false;  // "- **Follow-up:** Why …?"
  if (std::binary_search(field_labels.begin(), field_labels.end(), label)) return true;
  auto f = field_for_name(label);
  return f && (f->first == Field::kTopic || f->first == Field::kTags || f->first == Field::kLang);
}

bool Walker::emphasis_question(const Block& b, const std::string& text) {
  if ((cur >= 0 && owner == Owner::kHeading) || !is_emphasized(b.text)) return false;
  std::string_view q = text;
  bool numbered = strip_heading_number(q, q);
  // 3: ends with "?"; a numbered one may ask without it ("**9. Write a query that …**", see lead_emphasis_question).
  int score = txt::question_score(q);
  bool asks = score >= 3 || (numbered && (score >= 2 || numbered_leads >= 3) && txt::count_words(q) >= 2);
  if (!asks || !txt::furniture_reason(q).empty()) return false;
  start(b, std::string(q), Owner::kEmphasis, topic());
  return true;
}

namespace {

// When a paragraph opens with a strong-emphasis span in Markdown or HTML ("**…**", "__…__", "<b>…</b>",
// "<strong>…</strong>"), sets span to what it holds and rest to what follows it (both raw), and html to whether it
// is written in HTML; false otherwise.
bool strong_lead(std::string_view text, std::string_view& span, std::string_view& rest, bool& html) {
  std::string_view t = txt::trim(text);
  static constexpr std::pair<std::string_view, std::string_view> kMarks[] = {
      {"**", "**"}, {"__", "__"}, {"<b>", "</b>"}, {"<strong>", "</strong>"}};
  for (const auto& [open, shut] : kMarks) {
    if (t.substr(0, open.size()) != open) continue;
    std::size_t close = t.find(shut, open.size());
    if (close == std::string_view::npos) return false;
    span = t.substr(open.size(), close - open.size());
    rest = t.substr(close + shut.size());
    html = open[0] == '<';
    return true;
  }
  return false;
}

}  // namespace

bool Walker::defined_term(const Block& b, std::string& term, std::string& rest) const {
  std::string_view span, after, label;
  bool html = false;
  if (!strong_lead(b.text, span, after, html)) return false;
  after = txt::trim(after);
  span = txt::trim(span);
  bool colon_inside = !span.empty() && span.back() == ':';
  if (colon_inside) span.remove_suffix(1);
  else if (after.rfind("\u2014", 0) == 0 || after.rfind("\u2013", 0) == 0) after.remove_prefix(3);  // "—", "–"
  else if (after.rfind(":", 0) == 0 || after == "-" || after.rfind("- ", 0) == 0) after.remove_prefix(1);
  else return false;
  term = txt::trim(inl(span));
  if (term.empty() || question_label(inl(b.text), label) || answer_label(inl(b.text), label)) return false;
  rest = txt::trim(inl(after));
  return txt::question_score(rest) < 2;  // "**Follow-up:** Why …?" labels a question, it defines nothing.
}

namespace {

// True when a strong-emphasis lead is a number alone ("1.", "Question 3:"), maybe with a mark in parentheses
// that holds a digit ("2. (5 pts)", "3 (10 т.)").
bool number_label(std::string_view span) {
  std::string_view q = txt::trim(span);
  while (!q.empty() && (q.back() == ':' || q.back() == '.' || q.back() == ')')) q.remove_suffix(1);
  if (!q.empty() && q.size() <= 4 && q.find_first_not_of("0123456789") == std::string_view::npos) return true;
  if (!strip_heading_number(span, q)) return false;
  q = txt::trim(q);
  if (!q.empty() && q.front() == '(' && q.back() == ')' && q.size() <= 24 &&
      q.find_first_of("0123456789") != std::string_view::npos)
    q = {};
  while (!q.empty() && (q.back() == ':' || q.back() == '.')) q.remove_suffix(1);
  return q.empty();
}

}  // namespace

void Walker::count_numbered_leads() {
  numbered_leads = 0;
  label_leads = 0;
  for (const auto& b : blocks) {
    std::string_view span, rest, q;
    bool html = false;
    if (b.kind != BlockKind::kParagraph || !strong_lead(b.text, span, rest, html)) continue;
    std::string s = inl(span);
    q = s;
    if (number_label(s) && !txt::trim(rest).empty()) ++label_leads;
    if (strip_heading_number(q, q) && txt::question_score(q) >= 3) ++numbered_leads;
  }
}

bool Walker::lead_emphasis_question(const Block& b) {
  if (cur >= 0 && owner == Owner::kHeading) return false;
  std::string_view raw_span, raw_rest;
  bool html = false;
  if (!strong_lead(b.text, raw_span, raw_rest, html)) return false;
  std::string span = inl(raw_span);
  std::string rest = inl(raw_rest);
  if (number_label(span) && !txt::trim(rest).empty()) {
    // "**3. (5 pts)** Sort the list …": the text after the number asks, or stands among two or more such.
    if ((txt::question_score(rest) < 2 && label_leads < 2) || !txt::furniture_reason(rest).empty()) return false;
    start(b, std::string(txt::trim(rest)), Owner::kEmphasis, topic());
    return true;
  }
  std::string_view q = span;
  bool numbered = strip_heading_number(q, q);
  int score = txt::question_score(q);
  // A bare span is a question only when written in HTML ("<b>Q?</b><br>": Markdown spans are read above). A
  // numbered one that does not ask ("**9. Write a query …**") is a question beside three numbered ones that do.
  bool bare = txt::trim(rest).empty();
  bool asks = score >= 3 || (numbered && (score >= 2 || numbered_leads >= 3) && txt::count_words(q) >= 2);
  if ((bare && !html) || !asks || !txt::furniture_reason(q).empty()) return false;
  start(b, std::string(txt::trim(q)), Owner::kEmphasis, topic());
  add_answer(picture_or(raw_rest, rest));
  return true;
}

bool Walker::quoted_answer(std::size_t i) const {
  const Block& b = blocks[i];
  if (b.quote == 0 || b.depth > 0 || cur < 0 || owner != Owner::kList || i == 0) return false;
  const Block& prev = blocks[i - 1];
  if (quote_answer == cur) return prev.quote > 0;  // the quote's next paragraph
  const RawItem& q = out.items[static_cast<std::size_t>(cur)];
  return !q.answer && prev.kind == BlockKind::kItem && prev.quote == 0 &&
         static_cast<std::int64_t>(prev.first + 1) == q.line;
}

namespace {

// True when block b belongs to the list whose top-level items are written like item: deeper, inside one of its
// items, or one of them (same indent, same kind of marker).
bool in_list_of(const Block& b, const Block& item) {
  if (b.depth > item.depth) return true;
  if (b.depth < item.depth) return false;
  return b.kind != BlockKind::kItem || (b.level == item.level && (b.number < 0) == (item.number < 0));
}

}  // namespace

void Walker::answer_list(std::size_t i) {
  if (i + 1 >= blocks.size() || blocks[i + 1].kind != BlockKind::kItem || blocks[i].depth > 0) return;
  const Block& first = blocks[i + 1];
  std::size_t end = i + 1;
  while (end + 1 < blocks.size() && in_list_of(blocks[end + 1], first)) ++end;
  answer_list_end = static_cast<long>(end);
  // The questions it answers: the current one and those before it still without an answer, back to the start of
  // the list right above the label.
  std::size_t k = i;
  while (k > 0 && blocks[k - 1].depth > 1) --k;
  if (k > 0 && blocks[k - 1].kind == BlockKind::kItem && blocks[k - 1].depth == 1) {
    const Block& top = blocks[--k];
    while (k > 0 && blocks[k - 1].depth > 0 && in_list_of(blocks[k - 1], top)) --k;
  }
  answered_from = static_cast<std::int64_t>(blocks[k].first + 1);
}

bool Walker::bare_answer_label(const Block& b) const {
  std::string text = inl(b.text);
  std::string_view after;
  return is_answer_label(text) || (answer_label(text, after) && txt::trim(after).empty());
}

void Walker::answer_list_block(std::size_t i) {
  const Block& b = blocks[i];
  std::string_view asked;
  if (b.kind == BlockKind::kItem && b.depth == 1 && strip_question_label(inl(b.text), asked) &&
      !txt::trim(asked).empty()) {
    // "- Frage: …" among the answer's items is the next question: the list ends before it, unless a bare answer
    // label follows in the item ("Antwort:" on the next line), when the items after it answer it.
    long list_end = answer_list_end;
    answer_list_end = -1;
    list_item(i);
    if (cur >= 0 && i + 1 < blocks.size() && blocks[i + 1].kind == BlockKind::kParagraph &&
        blocks[i + 1].first == b.last + 1 && blocks[i + 1].depth == b.depth && bare_answer_label(blocks[i + 1]))
      answer_list_end = list_end, answered_from = item().line;
    return;
  }
  if (b.kind == BlockKind::kParagraph && bare_answer_label(b)) reject(b, "answer label");
  else if (b.kind == BlockKind::kItem) add_answer(answer_marker(b) + inl(b.text));
  else if (b.kind == BlockKind::kCode) add_answer(fenced(b.text));
  else if (b.kind == BlockKind::kComment) reject(b, "comment");
  else add_answer(picture_or(b.text, inl(b.text)));
  if (static_cast<long>(i) < answer_list_end) return;
  answer_list_end = -1;
  const auto& answer = item().answer;
  for (long q = cur - 1; answer && q >= 0 && out.items[static_cast<std::size_t>(q)].line >= answered_from; --q)
    if (!out.items[static_cast<std::size_t>(q)].answer) out.items[static_cast<std::size_t>(q)].answer = answer;
}

bool Walker::bold_section(std::size_t i, const std::string& text) {
  const Block& b = blocks[i];
  if (b.depth > 0 || b.quote > 0 || i + 1 >= blocks.size() || !is_emphasized(txt::trim(b.text))) return false;
  if (std::string_view rest; question_label(text, rest)) return false;  // "**Question:**" over the asked item
  const Block& next = blocks[i + 1];
  if (next.kind != BlockKind::kItem || item_score[i + 1] < 2) return false;
  if (txt::question_score(text) >= 2 || !txt::looks_like_heading(text) || !txt::furniture_reason(text).empty() ||
      is_answer_label(text))
    return false;
  std::string label = txt::clean_topic(text);
  if (label.empty()) return false;
  int level = bold_level;
  if (level == 0 || !topics[level]) {
    level = 1;
    for (int l = 1; l <= 6; ++l)
      if (topics[l]) level = l + 1;
    level = std::min(level, 6);
  }
  for (int l = level; l <= 6; ++l) topics[l].reset();
  topics[level] = label;
  bold_level = level;
  cur = -1;
  labels.clear();
  reject(b, "heading");
  return true;
}

bool Walker::sole_paragraph(std::size_t i) const {
  const Block& b = blocks[i];
  return b.kind == BlockKind::kParagraph && i > 0 && b.depth == 0 && b.quote == 0 &&
         blocks[i - 1].kind == BlockKind::kHeading && (i + 1 == blocks.size() || blocks[i + 1].kind == BlockKind::kHeading);
}

void Walker::count_sole_paragraphs() {
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (!sole_paragraph(i)) continue;
    int level = blocks[i - 1].level;
    ++sole_sections[level];
    if (txt::question_score(inl(blocks[i].text)) >= 3) ++sole_asking[level];
  }
}

namespace {

// True when prose only quotes a question: every question mark sits inside double quotes and a sentence outside
// them ends with a full stop ("Be ready for it. Expect scenarios like: \"How do you …?\"").
bool quotes_question_only(std::string_view text) {
  bool quoted = false, asks_outside = false, statement = false;
  for (std::size_t k = 0; k < text.size();) {
    char32_t c = utf8::next(text, k);
    if (c == '"' || c == U'\u201C' || c == U'\u201D') quoted = c == U'\u201C' ? true : c == U'\u201D' ? false : !quoted;
    else if (!quoted && c == '?') asks_outside = true;
    else if (!quoted && c == '.' && (k == text.size() || text[k] == ' ' || text[k] == '\n')) statement = true;
  }
  return statement && !asks_outside && text.find('?') != std::string_view::npos;
}

}  // namespace

bool Walker::sole_section_question(std::size_t i, const std::string& text) const {
  if (cur >= 0 || !sole_paragraph(i) || quotes_question_only(text)) return false;
  // A paragraph that does not ask is a question too where the sections at its heading's level are paragraphs
  // that mostly ask ("## Position: …" then a task worded as an order).
  int level = blocks[i - 1].level;
  bool siblings_ask = sole_asking[level] >= 3 && sole_asking[level] * 4 >= sole_sections[level] * 3;
  if (txt::question_score(text) < 3 && !siblings_ask) return false;
  // Lines that each ask are a list of questions, not one question with its set-up.
  const Block& b = blocks[i];
  for (std::size_t k = b.first; k < b.last && k < lines.size(); ++k)
    if (txt::question_score(inl(txt::trim(lines[k]))) >= 3) return false;
  return true;
}

bool Walker::term_definition(const Block& b, std::string& term, std::string& definition) const {
  if (b.kind != BlockKind::kParagraph || b.depth != 0 || b.quote != 0 || b.last <= b.first || b.last >= lines.size())
    return false;
  auto defines = [](std::string_view l) {
    l = txt::trim(l);
    return l.size() > 2 && l[0] == ':' && (l[1] == ' ' || l[1] == '\t');
  };
  if (defines(lines[b.first]) || !defines(lines[b.first + 1])) return false;
  term = inl(txt::trim(lines[b.first]));
  definition.clear();
  for (std::size_t k = b.first + 1; k <= b.last; ++k) {
    std::string_view l = txt::trim(lines[k]);
    if (defines(l)) l = txt::trim(l.substr(1));
    if (!definition.empty()) definition.push_back('\n');
    definition.append(l);
  }
  definition = inl(definition);
  return !term.empty();
}

void Walker::count_term_entries() {
  std::string term, definition;
  for (const Block& b : blocks)
    if (b.kind == BlockKind::kParagraph && term_definition(b, term, definition)) {
      ++term_entries;
      terms_ask = terms_ask || question_cue(std::string_view(term)) != QuestionCue::kNone;
    }
}

bool Walker::labelled_lines(const Block& b) {
  if (b.last <= b.first || b.last >= lines.size() || answering()) return false;
  std::vector<std::string> asked;
  for (std::size_t k = b.first; k <= b.last; ++k) {
    std::string_view span, rest;
    bool html = false;
    if (!strong_lead(lines[k], span, rest, html)) return false;
    std::string_view label = txt::trim(span);
    if (!label.empty() && (label.back() == ':' || label.back() == '.')) label.remove_suffix(1);
    else if (rest.substr(0, 1) == ":") rest.remove_prefix(1);
    else return false;
    std::string q = inl(txt::trim(rest));
    if (label.empty() || txt::count_words(label) > 3 || txt::question_score(q) < 3) return false;
    asked.push_back(std::move(q));
  }
  for (std::size_t k = 0; k < asked.size(); ++k) {
    Block q = b;
    q.first = q.last = b.first + k;
    start(q, std::move(asked[k]), Owner::kPrefix, topic());
  }
  return true;
}

void Walker::paragraph(std::size_t i) {
  const Block& b = blocks[i];
  if (labelled_lines(b)) return;
  if (std::string term, definition; term_entries >= 2 && terms_ask && !answering() && !child(b) &&
                                    term_definition(b, term, definition)) {
    start(b, std::move(term), Owner::kPrefix, topic());
    return add_answer(definition);
  }
  std::string text = inl(b.text);
  std::string_view rest;
  bool prefixed = question_label(text, rest) && !rest.empty();
  if (prefixed || emphasis_question(b, text) || lead_emphasis_question(b)) {
    if (prefixed) start(b, std::string(rest), Owner::kPrefix, topic());
    if (pending_code >= 0) {
      item().code = blocks[static_cast<std::size_t>(pending_code)].text;
      pending_code = -1;
      cur_open = false;
    }
    return;
  }
  auto why = txt::furniture_reason(text);
  if (is_anchor_link(b.text) || why == "navigation" || labelled_link(b.text)) return reject(b, "navigation");
  if (txt::is_sign_off(text)) return reject(b, "outro");
  rest = {};
  if (cur >= 0 && (answer_label(text, rest) || is_answer_label(text))) {
    answer_seen = true;
    // A bare label's list answers, as does a list right under a label that starts the answer on its own line
    // ("Antwort: Funktionalität" then "- Zuverlässigkeit" with no blank line between).
    if (txt::trim(rest).empty() || (i + 1 < blocks.size() && blocks[i + 1].first == b.last + 1)) answer_list(i);
    return add_answer(rest);
  }
  if (answering() || child(b)) {
    bool first = !item().answer.has_value();
    add_answer(picture_or(b.text, text));
    if (first && item().answer && pointer_paragraph(b.text))  // "Zobacz [the guide](…)"
      pointer_answers.emplace_back(cur, item().answer->size());
    return;
  }
  // "**Q1:** What is X?" then a plain paragraph: the paragraph under a labelled question answers it, as does a
  // line that does not ask right below it in the same paragraph ("Q: What is X?" then "✅ When …").
  bool next_line = i > 0 && blocks[i - 1].last + 1 == b.first && !txt::ends_with_question_mark(text);
  if (cur >= 0 && owner == Owner::kPrefix && cur_open && (!txt::is_question_like(text) || next_line)) {
    if (choice_paragraph(b)) return;
    return add_answer(picture_or(b.text, text));
  }
  if (quoted_answer(i)) {  // "1. What is X?" then "> X is …": the quote under the item answers it
    quote_answer = cur;
    return add_answer(picture_or(b.text, text));
  }
  if (bold_section(i, text)) return;
  if (why.empty() && sole_section_question(i, text)) return start(b, text, Owner::kPrefix, topic());
  if (why.empty() && cur < 0 && i > 0 && plan.info[i - 1].asks_below && blocks[i - 1].kind == BlockKind::kHeading)
    return start(b, text, Owner::kPrefix, topic());  // "### 2. Variables" then the question it heads
  cur_open = false;
  reject(b, !why.empty() ? why : txt::looks_like_prose(text) ? "prose" : "paragraph");
}

namespace {

// True when most link-only list items of the document read like questions.
bool links_read_as_questions(const std::vector<Block>& blocks) {
  int links = 0, questions = 0;
  std::string_view label;
  for (const auto& b : blocks) {
    if (b.kind != BlockKind::kItem || b.details > 0 || is_anchor_link(b.text) || !single_link(b.text, label)) continue;
    ++links;
    if (txt::question_score(inline_text(label)) >= 2) ++questions;
  }
  return links > 0 && questions * 2 >= links;
}

}  // namespace

namespace {

// The label of a one-line <summary> made only of sibling elements ("<span>Title</span> <span>expand</span>"):
// the first element's text when every later one is a short non-question decoration; empty otherwise.
std::string summary_label(std::string_view line) {
  std::string_view t = txt::trim(line);
  std::string lower = txt::lower_text(t);
  if (lower.rfind("<summary", 0) != 0) return "";
  auto open_end = lower.find('>');
  auto close = lower.rfind("</summary>");
  if (open_end == std::string::npos || close == std::string::npos || close <= open_end) return "";
  std::vector<std::string> parts;
  std::size_t i = open_end + 1;
  while (i < close) {
    while (i < close && (lower[i] == ' ' || lower[i] == '\t')) ++i;
    if (i >= close) break;
    if (lower[i] != '<' || i + 1 >= close || !std::isalpha(static_cast<unsigned char>(lower[i + 1]))) return "";
    std::size_t n = i + 1;
    while (n < close && std::isalnum(static_cast<unsigned char>(lower[n]))) ++n;
    std::string end_tag = "</" + lower.substr(i + 1, n - i - 1) + ">";
    auto e = lower.find(end_tag, n);
    if (e == std::string::npos || e > close) return "";
    parts.push_back(inline_text(t.substr(i, e + end_tag.size() - i)));
    i = e + end_tag.size();
  }
  if (parts.size() < 2 || txt::trim(parts[0]).empty()) return "";
  for (std::size_t k = 1; k < parts.size(); ++k)
    if (txt::count_words(parts[k]) > 2 || txt::is_question_like(parts[k])) return "";
  return std::string(txt::trim(parts[0]));
}

// The text without a trailing mark of stars set off by a space ("What is CORS? **", a difficulty mark).
std::string without_star_mark(std::string text) {
  std::size_t end = text.size();
  while (end > 0 && text[end - 1] == '*') --end;
  if (end < text.size() && end > 1 && text[end - 1] == ' ') text.erase(text.find_last_not_of(' ', end - 1) + 1);
  return text;
}

// True when a summary label is worded as a sentence (three words or more, or a closing full stop), not a
// one-word callout ("Tip", "Note").
bool sentence_title(std::string_view label) {
  std::string_view t = txt::trim(label);
  return txt::count_words(t) >= 3 || (!t.empty() && t.back() == '.') || t.ends_with("\xE3\x80\x82");
}

// The number of HTML <blockquote> elements a block's text opens less the number it closes.
int html_quote_balance(std::string_view text) {
  if (text.find('<') == std::string_view::npos) return 0;
  std::string lower = txt::lower_text(text);
  int balance = 0;
  for (std::size_t at = lower.find("blockquote"); at != std::string::npos; at = lower.find("blockquote", at + 10))
    if (at > 0 && lower[at - 1] == '<') ++balance;
    else if (at > 1 && lower[at - 1] == '/' && lower[at - 2] == '<') --balance;
  return balance;
}

// True when an HTML block holds a <summary> element.
bool has_summary(const Block& b) {
  return b.kind == BlockKind::kHtml && txt::lower_text(b.text).find("<summary") != std::string::npos;
}

}  // namespace

bool Walker::summary_asks(std::size_t i) {
  if (summary_asking.empty()) summary_asking.assign(blocks.size(), -1);
  if (summary_asking[i] < 0) {
    std::size_t summary = i;
    if (!has_summary(blocks[i]) && i + 1 < blocks.size() && has_summary(blocks[i + 1])) summary = i + 1;
    std::string label = txt::clean_topic(inl(blocks[summary].text));
    summary_asking[i] = !label.empty() && txt::question_score(label) >= 2 && !is_answer_label(label) ? 1 : 0;
  }
  return summary_asking[i] == 1;
}

bool Walker::between_asking_summaries(std::size_t i, bool last_counts) {
  const int depth = blocks[i].details;
  auto opener = [&](std::size_t k) { return blocks[k].details == depth && blocks[k].opens_details; };
  bool before = false, after = last_counts;  // No sibling after: the last entry of the run.
  for (std::size_t k = i; k-- > 0;) {
    if (blocks[k].details < depth - 1) break;
    if (opener(k)) {
      before = summary_asks(k);
      break;
    }
  }
  for (std::size_t k = i + 1; before && k < blocks.size(); ++k) {
    if (blocks[k].details < depth - 1 || (blocks[k].kind == BlockKind::kHeading && blocks[k].details < depth)) break;
    if (opener(k)) {
      after = summary_asks(k);
      break;
    }
  }
  return before && after;
}

bool Walker::details_are_entries() {
  if (entry_details < 0) {
    int all = 0, asking = 0;
    for (std::size_t k = 0; k < blocks.size(); ++k)
      if (blocks[k].opens_details && blocks[k].details == 1) ++all, asking += summary_asks(k) ? 1 : 0;
    entry_details = asking >= 2 && asking * 3 >= all ? 1 : 0;
  }
  return entry_details == 1;
}

std::size_t Walker::details(std::size_t i) {
  const int depth = blocks[i].details;
  std::size_t end = i;
  while (end + 1 < blocks.size() && (blocks[end + 1].details > depth ||  // nested <details> inside the body
                                      (blocks[end + 1].details == depth && !blocks[end + 1].opens_details)))
    ++end;
  std::size_t summary = i;
  for (std::size_t k = i; k <= end && k <= i + 1; ++k)
    if (has_summary(blocks[k])) summary = k;
  std::string label = summary_label(blocks[summary].text);  // "<span>Title</span> <span>expand</span>"
  label = without_star_mark(txt::clean_topic(label.empty() ? inl(blocks[summary].text) : label));
  int items = 0, other = 0, asking_headings = 0, inner = 0, asking_inner = 0;
  int quoted = 0;  // HTML <blockquote> elements open before block k: list items inside one are quoted text.
  for (std::size_t k = summary + 1; k <= end; ++k) {
    const Block& b = blocks[k];
    bool in_quote = quoted > 0;
    if (b.kind == BlockKind::kHtml || b.kind == BlockKind::kParagraph || b.kind == BlockKind::kItem)
      quoted = std::max(0, quoted + html_quote_balance(b.text));
    if (b.opens_details && b.details == depth + 1) {
      ++inner;
      asking_inner += summary_asks(k) ? 1 : 0;
    } else if (b.kind == BlockKind::kItem && !in_quote) {
      ++items;
    } else if (b.kind != BlockKind::kHtml) {
      ++other;
      if (b.kind == BlockKind::kHeading && b.details == depth && txt::question_score(plan.info[k].text) >= 2)
        ++asking_headings;
    }
  }
  // Items, question headings, or <details> whose summaries mostly ask (an accordion of questions).
  bool accordion = asking_inner >= 2 && asking_inner * 3 >= inner * 2;
  bool holds_questions = (items >= 2 && items > other) || asking_headings > 0 || accordion;
  // A summary that does not ask is an FAQ entry's title between entries that ask, or inside such an accordion.
  // Among top-level entries that ask, an entry titled in words, not a one- or two-word callout ("Tip"), whose body
  // answers ("TCP vs UDP" over a table) is one too.
  bool answering_body = false;
  for (std::size_t k = summary + 1; k <= end && !answering_body; ++k)
    answering_body = blocks[k].details == depth && (blocks[k].kind == BlockKind::kParagraph ||
                                                    blocks[k].kind == BlockKind::kItem || blocks[k].kind == BlockKind::kTable);
  bool entry = depth == 1 && open_details == 0 && answering_body && sentence_title(label) &&
               txt::furniture_reason(label).empty() && details_are_entries();
  bool summary_question = !label.empty() && !is_answer_label(label) &&
                          (txt::question_score(label) >= 2 ||
                           (!holds_questions && (between_asking_summaries(i, sentence_title(label)) ||
                                                 question_accordion == depth - 1 || entry)));
  bool answer_label = is_answer_label(label) || label.empty();
  bool awaiting_answer = cur >= 0 && !item().answer;  // The body answers the question above it.
  if (holds_questions && !summary_question && !answer_label && !awaiting_answer) {
    // A topic over a list or over question headings: the summary is a heading one level below the deepest in
    // force.
    int level = 1;
    for (int l = 1; l <= 6; ++l)
      if (topics[l]) level = l + 1;
    level = std::min(level, 6);
    cur = -1;
    labels.clear();
    for (std::size_t k = i; k <= summary; ++k) reject(blocks[k], "heading");
    std::optional<std::string> saved[7];
    for (int l = level; l <= 6; ++l) saved[l] = std::move(topics[l]), topics[l].reset();
    topics[level] = label;
    ++open_details;
    int outer_accordion = question_accordion;
    if (accordion) question_accordion = depth;
    for (std::size_t k = summary + 1; k <= end; ++k) {
      const Block& b = blocks[k];
      if (b.kind == BlockKind::kHtml && b.details <= open_details) {
        reject(b, "html");
        continue;
      }
      if (b.opens_details && b.details == open_details + 1) k = details(k);
      else if (b.details > open_details) collapsed(b);
      else if (b.kind == BlockKind::kItem) list_item(k);
      else if (b.kind == BlockKind::kParagraph) paragraph(k);
      else if (b.kind == BlockKind::kCode) code(k);
      else if (b.kind == BlockKind::kTable) k = table(k);
      else if (b.kind != BlockKind::kHeading) reject(b, "html");
      else if (const std::string& t = plan.info[k].text; txt::question_score(t) >= 2) start(b, t, Owner::kHeading, topic());
      else heading(k);
    }
    --open_details;
    question_accordion = outer_accordion;
    for (int l = level; l <= 6; ++l) topics[l] = std::move(saved[l]);
    cur = -1;
    return end;
  }
  if (summary_question && !awaiting_answer) {
    // A question in the summary, answered by the body.
    Block q = blocks[summary];
    start(q, label, Owner::kHeading, topic());
    for (std::size_t k = i; k < summary; ++k) reject(blocks[k], "html");
    std::size_t body = summary_rest(summary, end) + 1;
    // Code that opens the body, with text after it, is what the question shows: the text answers.
    if (body <= end && blocks[body].kind == BlockKind::kCode && !item().answer) {
      bool text_after = false;
      for (std::size_t k = body + 1; k <= end && !text_after; ++k)
        text_after = blocks[k].kind == BlockKind::kParagraph || blocks[k].kind == BlockKind::kItem;
      if (text_after) attach_code(blocks[body++]);
    }
    for (std::size_t k = body; k <= end; ++k) collapsed(blocks[k]);
    cur = -1;
    return end;
  }
  for (std::size_t k = i; k <= end; ++k) collapsed(blocks[k]);
  return end;
}

std::size_t Walker::summary_rest(std::size_t summary, std::size_t end) {
  auto closes = [&](std::size_t k) { return txt::lower_text(blocks[k].text).find("</summary") != std::string::npos; };
  if (closes(summary)) return summary;
  std::size_t close = summary + 1;
  while (close <= end && !(blocks[close].kind == BlockKind::kHtml && closes(close))) ++close;
  if (close > end) return summary;  // An unclosed summary: the body starts right after its line.
  for (std::size_t k = summary + 1; k <= close; ++k) {
    const Block& b = blocks[k];
    if (b.kind == BlockKind::kCode) {
      if (item().code) item().code->append("\n\n").append(b.text);
      else item().code = b.text;
    } else if (b.kind == BlockKind::kHtml || b.kind == BlockKind::kComment) {
      reject(b, "html");
    } else if (std::string t = inl(b.text); !txt::trim(t).empty()) {
      item().text = std::string(std::string_view(item().text)) + " " + std::string(txt::trim(t));
    }
  }
  return close;
}

namespace {

// True when an item reads "Label: value" (a label of at most five words, then a value) and asks nothing.
bool label_value(std::string_view text) {
  std::size_t colon = text.find(": ");
  if (colon == std::string_view::npos || text.find('?') != std::string_view::npos) return false;
  std::string_view label = txt::trim(text.substr(0, colon));
  std::size_t words = txt::count_words(label);
  return words >= 1 && words <= 5 && !txt::trim(text.substr(colon + 2)).empty();
}

}  // namespace

void Walker::mark_asking_lists() {
  asking_list.assign(blocks.size(), 0);
  half_asking.assign(blocks.size(), 0);
  item_text.assign(blocks.size(), std::string());
  item_score.assign(blocks.size(), 0);
  item_task.assign(blocks.size(), 0);
  term_list.assign(blocks.size(), 0);
  field_list.assign(blocks.size(), 0);
  std::string term, meaning;
  for (std::size_t i = 0; i < blocks.size(); ++i)
    if (blocks[i].kind == BlockKind::kItem) {
      item_text[i] = inl(blocks[i].text);
      item_task[i] = static_cast<signed char>(strip_task_box(item_text[i]));
      item_score[i] = static_cast<signed char>(std::min(txt::question_score(item_text[i]), 100));
      term_list[i] = defined_term(blocks[i], term, meaning) ? 1 : 0;  // The item's shape; its list's, below.
      field_list[i] = item_task[i] == 0 && label_value(item_text[i]) ? 1 : 0;  // A checklist's items are tasks.
    }
  std::vector<std::size_t> run;  // The items of one list, with deeper blocks between them allowed.
  auto finish = [&]() {
    // Siblings are the run's items at one indent; at least three, two thirds of them questions.
    // A list defines terms when at least three siblings, two thirds of them, each open with a bold term.
    // A list of fields has at least two siblings, each a "Label: value" that asks nothing.
    struct Level {
      int indent, items, questions, terms, fields;
    };
    std::vector<Level> levels;
    for (std::size_t k : run) {
      auto it = std::find_if(levels.begin(), levels.end(), [&](const Level& l) { return l.indent == blocks[k].level; });
      if (it == levels.end()) it = levels.insert(levels.end(), Level{blocks[k].level, 0, 0, 0, 0});
      ++it->items;
      it->questions += item_score[k] >= 2;
      it->terms += term_list[k];
      it->fields += field_list[k];
    }
    for (std::size_t k : run)
      for (const auto& l : levels) {
        if (l.indent != blocks[k].level) continue;
        asking_list[k] = l.items >= 3 && l.questions * 3 >= l.items * 2;
        half_asking[k] = l.questions * 2 >= l.items;
        term_list[k] = term_list[k] && l.terms >= 3 && l.terms * 3 >= l.items * 2;
        field_list[k] = l.items >= 2 && l.fields == l.items;
      }
    run.clear();
  };
  int base = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (b.kind == BlockKind::kItem) {
      if (run.empty()) base = b.level;
      if (b.level < base) base = b.level;
      run.push_back(i);
    } else if (run.empty() || b.kind == BlockKind::kHeading || b.level <= base) {
      finish();
    }
  }
  finish();
}

void Walker::run() {
  for (std::size_t i = 0; i < blocks.size(); ++i)
    topic_headings += blocks[i].kind == BlockKind::kHeading && blocks[i].details == 0 && !plan.info[i].question &&
                      !plan.info[i].continues;
  link_lists = links_read_as_questions(blocks);
  count_numbered_leads();
  count_sole_paragraphs();
  count_term_entries();
  mark_asking_lists();
  for (std::size_t i = 0; i < blocks.size(); ++i) asking_items += asking_list[i] && item_score[i] >= 2;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (pending_code >= 0 && b.kind != BlockKind::kParagraph && b.kind != BlockKind::kCode) {
      reject(blocks[static_cast<std::size_t>(pending_code)], "code without a question");
      pending_code = -1;
    }
    if (b.opens_details && b.details == open_details + 1) {
      i = details(i);
      continue;
    }
    if (b.details > open_details) {
      collapsed(b);
      continue;
    }
    if (cur >= 0 && static_cast<long>(i) <= answer_list_end) {
      answer_list_block(i);
      continue;
    }
    bool prose = b.kind == BlockKind::kParagraph || b.kind == BlockKind::kItem || b.kind == BlockKind::kCode ||
                 b.kind == BlockKind::kTable;
    if (cur < 0 && prose)  // a section with text of its own is an intro, not a heading over sibling questions
      for (int l = 1; l <= 6; ++l)
        if (topics[l] && questions_below[l] == 0) questions_below[l] = 7;
    switch (b.kind) {
      case BlockKind::kHeading: heading(i); break;
      case BlockKind::kCode: code(i); break;
      case BlockKind::kItem: list_item(i); break;
      case BlockKind::kParagraph: paragraph(i); break;
      case BlockKind::kFrontMatter: front_matter(b); break;
      case BlockKind::kComment: reject(b, "comment"); break;
      case BlockKind::kDefinition: reject(b, "link definition"); break;
      case BlockKind::kRule:  // a thematic break ends the current question
        cur = -1;
        reject(b, "separator");
        break;
      case BlockKind::kTable: i = table(i); break;
      case BlockKind::kHtml:
        if (html_table(i) || html_list(i)) break;
        if (is_anchor_link(b.text)) reject(b, "navigation");  // "<a href=\"#top\">↥ back to top</a>"
        else if (answering()) add_answer(picture_or(b.text, inl(b.text)));
        else reject(b, "html");
        break;
    }
  }
  if (pending_code >= 0) reject(blocks[static_cast<std::size_t>(pending_code)], "code without a question");
  settle_right_choices();
}

// A .md file without Markdown question shapes (a plain list saved as .md) is read by the plain-text reader
// after each line's Markdown is turned into plain text, so that no markup reaches the records.
namespace {

// Removes "**" strong-emphasis marks outside code spans.
std::string drop_strong(std::string_view s) {
  std::string out;
  bool code = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '`') code = !code;
    if (!code && s[i] == '*' && i + 1 < s.size() && s[i + 1] == '*') {
      ++i;
      continue;
    }
    out.push_back(s[i]);
  }
  return out;
}

// The line without the marks of the block quotes it sits in ("> > text" -> "text"; depth quotes at most).
std::string_view unquote(std::string_view line, int depth) {
  std::size_t i = 0;
  for (int d = 0; d < depth; ++d) {
    std::size_t j = i;
    while (j < line.size() && (line[j] == ' ' || line[j] == '\t')) ++j;
    if (j >= line.size() || line[j] != '>') break;
    i = j + 1;
    if (i < line.size() && line[i] == ' ') ++i;
  }
  return line.substr(i);
}

// The plain form of one block line: headings as their text, setext underlines and rules blank, list
// markers kept, block quote marks and inline markup removed.
std::string plain_line(const Block& b, std::size_t k, std::string_view line) {
  line = unquote(line, b.quote);
  std::string_view t = txt::trim(line);
  if (b.kind == BlockKind::kHeading) return k == b.first ? drop_strong(inline_text(b.text)) : "";
  if (b.kind == BlockKind::kRule || b.kind == BlockKind::kDefinition || b.kind == BlockKind::kFrontMatter ||
      b.kind == BlockKind::kComment)
    return "";
  if (b.kind == BlockKind::kCode || b.kind == BlockKind::kTable || t.empty()) return std::string(line);
  txt::Marker m = txt::parse_marker(line);
  std::size_t at = m.kind == txt::MarkerKind::kNone ? static_cast<std::size_t>(t.data() - line.data())
                                                    : static_cast<std::size_t>(m.content.data() - line.data());
  if (at > line.size()) at = line.size() - t.size();
  std::string content = drop_strong(inline_text(line.substr(at)));
  // An HTML block's indentation and its tag-only lines carry no text structure.
  if (b.kind == BlockKind::kHtml) {
    std::string label = summary_label(line);
    return label.empty() ? std::string(txt::trim(content)) : label;
  }
  if (txt::trim(content).empty()) return std::string(line);
  return std::string(line.substr(0, at)) + content;
}

// Gives every item and rejected line the document's own line back as its raw text.
void restore_raw(const std::vector<std::string_view>& lines, ReaderOutput& out) {
  auto original = [&](std::int64_t line) {
    auto k = static_cast<std::size_t>(line - 1);
    return line >= 1 && k < lines.size() ? std::string(lines[k]) : std::string();
  };
  for (auto& it : out.items) {
    it.text = std::string(std::string_view(it.text));  // stop borrowing from the plain copy
    if (auto raw = original(it.line); !raw.empty()) it.raw = raw;
  }
  for (auto& r : out.rejected)
    if (auto raw = original(r.line); !raw.empty()) r.text = raw;
}

// Sets aside the <summary> line of each <details> that shows the text reader nothing under a label that does not
// ask: a body of tables and HTML only ("1 - Estrutura Sequencial" over a table of links to exercise files) is a
// collapsed section, its numbered title no question.
void set_aside_bare_summaries(const std::vector<Block>& blocks, std::vector<std::string>& plain,
                              std::vector<const char*>& set_aside) {
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (!blocks[i].opens_details) continue;
    const int depth = blocks[i].details;
    std::size_t end = i;
    while (end + 1 < blocks.size() &&
           (blocks[end + 1].details > depth || (blocks[end + 1].details == depth && !blocks[end + 1].opens_details)))
      ++end;
    std::size_t summary = i;
    while (summary <= end && summary <= i + 1 && !has_summary(blocks[summary])) ++summary;
    if (summary > end || summary > i + 1) continue;
    std::size_t line = blocks[summary].first;
    if (line >= plain.size() || txt::question_score(plain[line]) >= 2) continue;
    bool shown = false;
    for (std::size_t k = summary + 1; k <= end && !shown; ++k)
      shown = blocks[k].kind == BlockKind::kParagraph || blocks[k].kind == BlockKind::kItem ||
              blocks[k].kind == BlockKind::kCode || blocks[k].kind == BlockKind::kHeading;
    if (!shown) set_aside[line] = "collapsed section", plain[line].clear();
  }
}

}  // namespace

Status read_as_plain_text(const std::vector<std::string_view>& lines, const NormalizeOptions& options,
                          ReaderOutput& out) {
  auto blocks = markdown_outline(lines);
  std::vector<std::string> plain(lines.begin(), lines.end());
  for (auto& p : plain)  // A block quote's empty line (">") is a blank line.
    if (p.find_first_not_of(" \t>") == std::string::npos) p.clear();
  std::vector<const char*> set_aside(lines.size(), nullptr);  // Lines the text reader never sees, and why.
  for (const auto& b : blocks)
    for (std::size_t k = b.first; k <= b.last && k < lines.size(); ++k) {
      plain[k] = plain_line(b, k, lines[k]);
      if (b.kind == BlockKind::kTable) set_aside[k] = "table", plain[k].clear();  // Not a question table.
      else if (b.kind == BlockKind::kDefinition) set_aside[k] = "link definition";
      else if (b.kind == BlockKind::kFrontMatter) set_aside[k] = "front matter";
      else if (b.kind == BlockKind::kComment) set_aside[k] = "comment";
      else if (b.kind == BlockKind::kHtml && plain[k].empty()) set_aside[k] = "html";
    }
  set_aside_bare_summaries(blocks, plain, set_aside);
  std::string joined;
  for (const auto& l : plain) joined.append(l).push_back('\n');
  Status s = read_text(joined, options, out);
  restore_raw(lines, out);
  for (std::size_t k = 0; k < lines.size(); ++k)  // Nothing vanishes unseen.
    if (set_aside[k] != nullptr && !txt::trim(lines[k]).empty())
      out.rejected.push_back({static_cast<std::int64_t>(k + 1), std::string(lines[k]), set_aside[k]});
  return s;
}

namespace {

// True when a line of an answer only points elsewhere: a bare URL, a link, or a short label ("Source").
bool pointer_line(std::string_view line) {
  std::string_view t = txt::trim(line);
  if (t.rfind("- ", 0) == 0 || t.rfind("* ", 0) == 0) t = txt::trim(t.substr(2));
  if (t.empty()) return true;
  if (t.rfind("http://", 0) == 0 || t.rfind("https://", 0) == 0) return t.find(' ') == std::string_view::npos;
  std::string_view label;
  if (single_link(t, label)) return true;
  return txt::count_words(t) <= 3 && !txt::ends_with_terminal(t) && !txt::is_question_like(t);
}

}  // namespace

void settle_solution(RawItem& item) {
  bool pointers = false;
  if (item.answer) {
    pointers = true;
    std::string_view a = *item.answer;
    for (std::size_t pos = 0; pointers && pos <= a.size();) {
      std::size_t end = std::min(a.find('\n', pos), a.size());
      pointers = pointer_line(a.substr(pos, end - pos));
      pos = end + 1;
    }
  }
  if (!item.code || (item.answer && !pointers)) return;
  // "What does this print?" or "How to copy a list" shows or asks about its code, and so does a task that
  // introduces it with a colon ("Make this work:"); another task ("Remove the duplicates…") is solved by it.
  std::string_view text = txt::rtrim(std::string_view(item.text));
  if (txt::question_score(text) >= 2 || (!text.empty() && (text.back() == ':' || text.ends_with("："))))
    return;
  item.answer = fenced(*item.code);
  item.code.reset();
}

}  // namespace qbank::internal::md

namespace qbank::internal {

namespace md {
namespace {

// True when a list item's line opens with a sub-question letter after its bullet ("   - (a) …", "* b) …").
bool lettered_sub_item(std::string_view raw) {
  std::string_view t = txt::trim(raw);
  if (t.size() > 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ') t = txt::trim(t.substr(2));
  return letter_enumerator_length(t, false) > 0;
}

}  // namespace

void drop_question_stems(ReaderOutput& out) {
  std::vector<RawItem> kept;
  kept.reserve(out.items.size());
  for (std::size_t i = 0; i < out.items.size(); ++i) {
    const RawItem& item = out.items[i];
    std::size_t subs = 0;
    while (i + 1 + subs < out.items.size() && lettered_sub_item(out.items[i + 1 + subs].raw) &&
           question_cue(std::string_view(out.items[i + 1 + subs].text)) == QuestionCue::kStrong)
      ++subs;
    if (subs >= 2 && !item.answer && !item.code && item.choices.empty() &&
        question_cue(std::string_view(item.text)) == QuestionCue::kNone && !lettered_sub_item(item.raw)) {
      out.rejected.push_back({item.line, item.raw, "question stem"});
      for (std::size_t k = i + 1; k <= i + subs; ++k) {  // "(a) Why?": the letter is numbering
        std::string_view t = txt::trim(std::string_view(out.items[k].text));
        if (std::size_t n = letter_enumerator_length(t, false); n > 0) out.items[k].text = std::string(t.substr(n));
      }
      continue;
    }
    kept.push_back(std::move(out.items[i]));
  }
  out.items = std::move(kept);
}

}  // namespace md

Status read_markdown(std::string_view text, const NormalizeOptions& options, ReaderOutput& out) {
  std::vector<std::string_view> lines;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view l = text.substr(pos, end - pos);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    lines.push_back(l);
    pos = end + 1;
  }
  auto blocks = md::markdown_outline(lines);
  auto refs = md::reference_labels(blocks);
  auto plan = md::plan_headings(blocks, refs);
  ReaderOutput mine;
  md::Walker w{lines, blocks, plan, refs, mine, {}, {}};
  w.pairs = md::paired_labels(lines);
  w.field_labels = md::recurring_labels(lines);
  w.options = &options;
  w.run();
  for (auto [i, size] : w.pointer_answers) {  // Answered elsewhere: nothing but the pointer.
    auto& answer = mine.items[static_cast<std::size_t>(i)].answer;
    if (answer && answer->size() == size) answer.reset();
  }
  for (auto& item : mine.items) {
    md::settle_solution(item);
    if (item.answer && md::is_placeholder_answer(*item.answer)) item.answer.reset();
  }
  md::drop_question_stems(mine);
  if (mine.items.empty()) return md::read_as_plain_text(lines, options, out);  // a plain list saved as .md
  out = std::move(mine);
  return Status::Ok();
}

}  // namespace qbank::internal
