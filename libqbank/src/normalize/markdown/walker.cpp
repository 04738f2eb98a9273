// The Markdown walk's answer parts: code blocks, items under a question (choices or answer bullets), the
// blocks inside <details>, answer labels written with emphasis ("**Answer:** …"), sign-off paragraphs, and
// the labels of reference link definitions.
#include <cctype>
#include <algorithm>
#include <array>

#include "normalize/markdown/walker.hpp"
#include "normalize/question_cues.hpp"
#include "normalize/text/words.hpp"

namespace qbank::internal::md {
namespace {

// True for a multiple-choice option ("A: …", "b) …", "C. …").
bool is_choice(std::string_view text) {
  if (text.size() <= 2) return false;
  char c = text[0];
  bool letter = (c >= 'A' && c <= 'H') || (c >= 'a' && c <= 'h');
  return letter && (text[1] == ':' || text[1] == '.' || text[1] == ')') && text[2] == ' ';
}

}  // namespace

std::string fenced(const std::string& body) { return "```\n" + body + "\n```"; }

void Walker::attach_code(const Block& b) {
  auto& it = item();
  if (it.answer) return add_answer(fenced(b.text));  // Code inside an answer keeps its place in it.
  if (it.code) it.code->append("\n\n").append(b.text);
  else it.code = b.text;
}

void Walker::code(std::size_t i) {
  const Block& b = blocks[i];
  // Code under an answer label answers, unless a labelled question follows right under it, without a blank
  // line (code shown before its question).
  std::string_view rest;
  bool before_question = i + 1 < blocks.size() && blocks[i + 1].kind == BlockKind::kParagraph &&
                         blocks[i + 1].first == b.last + 1 && question_label(inl(blocks[i + 1].text), rest);
  if (cur >= 0 && answer_seen && !before_question) return add_answer(fenced(b.text));
  if (answering() || child(b)) return attach_code(b);
  if (cur >= 0 && cur_open && !item().code) {
    item().code = b.text;
    cur_open = false;
    return;
  }
  if (pending_code >= 0) reject(blocks[static_cast<std::size_t>(pending_code)], "code without a question");
  pending_code = static_cast<long>(i);
}

bool Walker::choice_item(const std::string& text, int task) {
  if ((task == 0 && !is_choice(text)) || item().answer) return false;
  item().choices.push_back(text);
  if (task == 2) right_choices.emplace_back(cur, text);
  return true;
}

bool Walker::choice_list(std::size_t i, std::string_view text) const {
  if (!is_choice(text)) return false;
  for (std::size_t k : {i - 1, i + 1})  // The item's neighbours in the list (i - 1 wraps past 0 to npos).
    if (k < blocks.size() && blocks[k].kind == BlockKind::kItem && blocks[k].level == blocks[i].level &&
        is_choice(inl(blocks[k].text)))
      return true;
  return false;
}

bool Walker::choice_paragraph(const Block& b) {
  if (item().answer) return false;
  std::vector<std::string> found;
  for (std::size_t k = b.first; k <= b.last && k < lines.size(); ++k) {
    std::string line = inl(txt::trim(lines[k]));
    if (line.empty()) continue;
    if (!is_choice(line)) return false;
    found.push_back(std::move(line));
  }
  if (found.size() < 2) return false;
  for (auto& o : found) item().choices.push_back(std::move(o));
  return true;
}

void Walker::settle_right_choices() {
  for (std::size_t k = 0; k < right_choices.size();) {
    auto& it = out.items[static_cast<std::size_t>(right_choices[k].first)];
    std::string right;
    for (long q = right_choices[k].first; k < right_choices.size() && right_choices[k].first == q; ++k)
      right.append(right.empty() ? "" : "\n").append(right_choices[k].second);
    it.answer = it.answer ? right + "\n\n" + *it.answer : right;
  }
  right_choices.clear();
}

bool Walker::answer_item(const Block& b, const std::string& text, int task) {
  if (choice_item(text, task)) return true;
  if (owner == Owner::kEmphasis && txt::question_score(text) >= 2) return false;
  // Under a heading written in a list item, an item that asks outright is a follow-up question.
  if (owner == Owner::kHeading && item_heading && txt::question_score(text) >= 3) return false;
  add_answer(answer_marker(b) + text);
  return true;
}

std::string Walker::answer_marker(const Block& b) const {
  std::string_view t = b.first < lines.size() ? txt::trim(lines[b.first]) : std::string_view();
  std::size_t d = 0;
  while (d < t.size() && d < 9 && t[d] >= '0' && t[d] <= '9') ++d;
  if (d == 0 || d + 1 >= t.size() || (t[d] != '.' && t[d] != ')') || t[d + 1] != ' ') return "- ";
  return std::string(t.substr(0, d + 1)) + " ";
}

void Walker::collapsed(const Block& b) {
  if (b.kind == BlockKind::kComment) return reject(b, "comment");
  if (cur < 0) return reject(b, "collapsed section");
  if (b.opens_details) return;  // the <summary> label
  std::string_view rest;
  switch (b.kind) {
    case BlockKind::kCode: return add_answer(fenced(b.text));
    case BlockKind::kItem: return add_answer(answer_marker(b) + inl(b.text));
    default: {
      std::string text = inl(b.text);
      std::string_view t = txt::trim(b.text);
      if (b.kind == BlockKind::kHtml && t.size() >= 8 && txt::lower_text(t.substr(0, 8)) == "<summary") {
        if (is_answer_label(text) || text.empty()) return;  // a label line, not answer text
      }
      if (answer_label(text, rest)) return add_answer(rest);
      bool first = !item().answer.has_value();
      add_answer(text);
      if (first && item().answer && b.kind == BlockKind::kParagraph && pointer_paragraph(b.text))
        pointer_answers.emplace_back(cur, item().answer->size());  // "https://…" alone: answered elsewhere
      return;
    }
  }
}

namespace {

// When text starts with a label that strip_prefix recognizes, written plain ("A: …") or with its label
// emphasized ("**A:** …", "*Ответ*: …"), sets rest to what follows.
bool strip_label(std::string_view text, std::string_view& rest, bool (*strip_prefix)(std::string_view, std::string_view&)) {
  std::string_view t = txt::trim(text);
  for (std::string_view w : {"**", "__", "*", "_"}) {
    if (t.size() <= 2 * w.size() || t.substr(0, w.size()) != w) continue;
    std::size_t close = t.find(w, w.size());
    if (close == std::string_view::npos) return false;
    std::string label(t.substr(w.size(), close - w.size()));
    // An emphasized single letter with a dot ("**A.**", "**Q.**") is a label like "A:".
    if (label.size() == 2 && std::isalpha(static_cast<unsigned char>(label[0])) && label[1] == '.') label[1] = ':';
    std::string_view after = t.substr(close + w.size());
    std::string joined = label + std::string(after);
    std::string_view r;
    if (!strip_prefix(joined, r)) return false;
    if (r.size() > after.size()) {
      // The whole line in the span ("**Answer: 42**", "**Answer: 42**,"): the answer is the span's rest.
      if (after.find_first_not_of(" \t.,;") != std::string_view::npos) return false;
      std::size_t inside = r.size() - after.size();
      rest = txt::trim(t.substr(w.size() + label.size() - inside, inside));
      return true;
    }
    rest = txt::trim(t.substr(t.size() - r.size()));
    return true;
  }
  return strip_prefix(t, rest);
}

}  // namespace

bool strip_answer_label(std::string_view text, std::string_view& rest) {
  return strip_label(text, rest, &txt::strip_answer_prefix);
}

bool strip_question_label(std::string_view text, std::string_view& rest) {
  return strip_label(text, rest, &txt::strip_question_prefix);
}

RefLabels reference_labels(const std::vector<Block>& blocks) {
  RefLabels refs;
  for (const auto& b : blocks)
    if (b.kind == BlockKind::kDefinition) refs.push_back(ref_key(b.text));
  std::sort(refs.begin(), refs.end());
  refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
  return refs;
}

}  // namespace qbank::internal::md
