// Units of a document whose questions carry markers, and code attachment shared by both shapes.
#include <algorithm>
#include <array>

#include "normalize/text/units.hpp"
#include "normalize/text/words.hpp"

namespace qbank::internal::txt {
namespace {

// True when the marker starts a question in a marked document.
bool is_item_marker(MarkerKind kind, const bool active[4]) {
  switch (kind) {
    case MarkerKind::kBullet: return active[0];
    case MarkerKind::kNumber: return active[1];
    case MarkerKind::kPrefix: return active[2];
    case MarkerKind::kHeader: return active[3];
    default: return false;
  }
}

// Decides which marker families start questions: the frequent ones; returns how many lines they mark.
std::size_t active_families(const std::vector<TextLine>& lines, bool active[4]) {
  int counts[4] = {0, 0, 0, 0};
  for (const auto& l : lines) {
    switch (l.marker.kind) {
      case MarkerKind::kBullet: ++counts[0]; break;
      case MarkerKind::kNumber: ++counts[1]; break;
      case MarkerKind::kPrefix: ++counts[2]; break;
      case MarkerKind::kHeader: ++counts[3]; break;
      default: break;
    }
  }
  int best = *std::max_element(counts, counts + 4);
  for (int f = 0; f < 2; ++f) active[f] = counts[f] >= 2 && counts[f] * 5 >= best;
  if (active[0] && active[1]) {
    // Bullets and numbers both frequent: when the lines of one ask and those of the other do not ("1. What is
    // X?" / "- X is …"), only the asking one marks questions.
    int asking[2] = {0, 0};
    for (const auto& l : lines)
      if (l.marker.kind == MarkerKind::kBullet || l.marker.kind == MarkerKind::kNumber)
        asking[l.marker.kind == MarkerKind::kNumber] += is_question_like(l.marker.content) ? 1 : 0;
    for (int f = 0; f < 2; ++f)
      if (asking[f] * 3 >= counts[f] * 2 && asking[1 - f] * 3 <= counts[1 - f]) active[1 - f] = false;
  }
  for (int f = 2; f < 4; ++f) active[f] = counts[f] >= 1;  // "Q:" prefixes and "Question N" always mark questions
  if (counts[2] >= 2)
    for (int f = 0; f < 2; ++f) {
      // Numbered or bulleted lines that all come before the first of several "Q1:" questions and mostly do not
      // ask are the document's contents and section lines ("1.Installing the server."), not more questions;
      // entries that recur as later lines are left to the table-of-contents rule.
      MarkerKind kind = f == 0 ? MarkerKind::kBullet : MarkerKind::kNumber;
      if (!active[f] || counts[f] > 200) continue;  // A long list is not a document's contents.
      std::size_t first = 0;
      while (first < lines.size() && lines[first].marker.kind != MarkerKind::kPrefix) ++first;
      int asking = 0;
      bool after = false, recur = false;
      for (std::size_t i = 0; i < lines.size() && !after; ++i) {
        const TextLine& l = lines[i];
        if (l.marker.kind != kind) continue;
        after = i > first;
        asking += is_question_like(l.marker.content);
        for (std::size_t k = i + 1; k < lines.size() && !recur; ++k)
          recur = lines[k].marker.kind == MarkerKind::kNone && l.marker.content.size() >= 3 &&
                  lines[k].text.find(l.marker.content) != std::string_view::npos;
      }
      if (!after && !recur && asking * 3 <= counts[f]) active[f] = false;
    }
  std::size_t marked = 0;
  for (int f = 0; f < 4; ++f) marked += active[f] ? static_cast<std::size_t>(counts[f]) : 0;
  return marked;
}

// True when the question text asks for code that follows it (ends with ':' or '?').
bool expects_code(std::string_view text) {
  char32_t c = last_char(text);
  return c == ':' || c == U'：' || is_question_mark(c);
}

// True when line i goes on with the question of u, wrapped over lines: it follows the question's last line
// directly, nothing is attached to u yet, the question has no end punctuation, and the line starts in lower
// case and ends the question with a question mark (an answer line rarely does).
bool wraps_question(const std::vector<TextLine>& lines, std::size_t i, const Unit& u, const UnitList& list) {
  if (u.attached(AttachKind::kCode) + u.attached(AttachKind::kAnswer) > 0 || ends_with_terminal(u.text)) return false;
  std::size_t last = u.line;
  list.each(u, AttachKind::kExtra, [&](const Attached& at) { last = std::max(last, at.line); });
  if (i != last + 1 || lines[i].marker.kind != MarkerKind::kNone) return false;
  std::string_view t = lines[i].text;
  // "Q1: My server does not start, though the" / "     file exists.": a line hung under a prefixed question
  // that has not ended goes on with it.
  if (lines[u.line].marker.kind == MarkerKind::kPrefix && lines[i].marker.answer_skip == std::string_view::npos &&
      lines[i].marker.indent > lines[u.line].marker.indent && !looks_like_code(t))
    return true;
  if (ends_with_word_break(u.text)) {  // "… how the system han-" / "dles it.": the word goes on
    std::size_t k = 0;
    char32_t c = next_cp(t, k);
    return is_letter(c) && !is_upper_cp(c) && !is_cjk(c) && !(c >= '0' && c <= '9');
  }
  char32_t end = last_char(t);
  bool answer_next = i + 1 < lines.size() && lines[i + 1].marker.answer_skip != std::string_view::npos &&
                     lines[u.line].marker.kind == MarkerKind::kPrefix;  // "Q9: … CPU" / "jest …" / "A9: …"
  if (!(is_question_mark(end) || answer_next) || looks_like_code(t)) return false;
  std::size_t k = 0;
  char32_t c = next_cp(t, k);
  return is_letter(c) && !is_upper_cp(c) && !is_cjk(c) && !(c >= '0' && c <= '9');
}

// Where an answer label follows the question's mark on the same line ("Q: What is X? A: It is Y."): the offset
// in the trimmed line of that label, npos when there is none. question is the line's content after "Q:".
std::size_t inline_answer(std::string_view line, std::string_view question) {
  std::size_t from = static_cast<std::size_t>(question.data() - line.data());
  for (std::size_t q = line.find('?', from); q != std::string_view::npos; q = line.find('?', q + 1)) {
    std::size_t k = q + 1;
    while (k < line.size() && (line[k] == '"' || line[k] == '\'' || line[k] == ')')) ++k;
    if (k >= line.size() || line[k] != ' ') continue;
    while (k < line.size() && line[k] == ' ') ++k;
    std::string_view rest;
    if (strip_answer_prefix(line.substr(k), rest) && !rest.empty()) return k;
  }
  return std::string_view::npos;
}

// True when line i reads as a heading and the next non-blank line starts a question: a section label between
// items, not the end of the previous answer.
bool heads_next_item(const std::vector<TextLine>& lines, std::size_t i, const bool active[4]) {
  if (!looks_like_heading(lines[i].text)) return false;
  std::size_t j = i + 1;
  while (j < lines.size() && lines[j].blank) ++j;
  return j < lines.size() && is_item_marker(lines[j].marker.kind, active);
}

// True when lettered line i has its own answer: the next line is an unmarked, deeper-indented line that is
// neither an option, an answer label nor code ("a) With the local backend?" / "   No; the lock prevents it.").
bool lettered_subquestion(const std::vector<TextLine>& lines, std::size_t i) {
  std::size_t j = i + 1;
  if (j >= lines.size() || lines[j].blank) return false;
  const TextLine& next = lines[j];
  return next.marker.kind == MarkerKind::kNone && next.marker.answer_skip == std::string_view::npos &&
         next.marker.indent > lines[i].marker.indent && !option_marker(next.text) && !looks_like_code(next.text);
}

}  // namespace

std::size_t attach_code(const std::vector<TextLine>& lines, std::size_t i, int base_indent, UnitList& list,
                        Unit& unit) {
  std::size_t pending_from = i;
  bool any = false;
  std::size_t n = lines.size();
  while (i < n) {
    const TextLine& l = lines[i];
    if (l.blank) {
      ++i;
      continue;
    }
    if (l.marker.answer_skip != std::string_view::npos && !looks_like_code(l.text)) break;  // "Answer: …" ends it
    bool deeper = l.marker.indent >= base_indent + 2;
    bool marked = l.marker.kind != MarkerKind::kNone && l.marker.kind != MarkerKind::kLetter;
    bool adjacent = any && i == pending_from && !is_question_like(l.text) && !looks_like_prose(l.text);
    bool code = looks_like_code(l.text) || (any && l.text[0] == '#') || l.marker.kind == MarkerKind::kLetter ||
                adjacent;
    if (!(deeper || (code && !marked))) break;
    for (std::size_t k = pending_from; k <= i; ++k)
      if (any || !lines[k].blank) list.attach(unit, AttachKind::kCode, k);
    any = true;
    pending_from = ++i;
  }
  return any ? pending_from : i;
}

void build_marked_units(const std::vector<TextLine>& lines, UnitList& list) {
  bool active[4];
  std::size_t marked = active_families(lines, active);
  AnswerLayout answers = find_answer_layout(lines, true);
  std::vector<Unit>& units = list.units;
  units.reserve(marked + marked / 16 + 16);  // Items plus a few headings and other lines.
  long cur = -1;
  int cur_indent = 0;
  MarkerKind cur_kind = MarkerKind::kNone;  // The marker the current question was found by.
  bool in_answer = false;
  bool labelled = false;  // The answer was opened by a label on its own line ("Answer"): it runs to the next item.
  std::size_t i = 0, n = lines.size();
  std::array<std::size_t, 8> last_of_kind{};  // One past the last line opened by each marker kind (0: none).
  for (std::size_t k = 0; k < n; ++k)
    if (auto kind = static_cast<std::size_t>(lines[k].marker.kind); kind < last_of_kind.size()) last_of_kind[kind] = k + 1;
  while (i < n) {
    const TextLine& l = lines[i];
    if (l.blank) {
      in_answer = labelled || (in_answer && i + 1 < n && !lines[i + 1].blank && lines[i + 1].marker.indent > cur_indent);
      ++i;
      continue;
    }
    if (l.underline && cur >= 0 && units[static_cast<std::size_t>(cur)].line + 1 == i) {  // a question's rule
      list.attach(units[static_cast<std::size_t>(cur)], AttachKind::kExtra, i++);
      continue;
    }
    // A heading and its rule end the answer above, as does a rule no deeper than the question (a divider, or
    // the rule drawn over a heading).
    if (l.underline || underlined_heading(lines, i) || (l.rule && l.marker.indent <= cur_indent)) {
      Unit g = list.start(i);
      g.text = l.text;
      if (l.underline || l.rule) g.reason = "separator";
      units.push_back(g);
      cur = -1;
      in_answer = labelled = false;
      ++i;
      continue;
    }
    // A bullet or number indented under a question that ends with a question mark, and not asking itself, is
    // its answer ("- What is X?" / "  - X is …").
    if (cur >= 0 && (l.marker.kind == MarkerKind::kBullet || l.marker.kind == MarkerKind::kNumber) &&
        l.marker.indent > cur_indent && ends_with_question_mark(units[static_cast<std::size_t>(cur)].text) &&
        !is_question_like(l.marker.content)) {
      list.attach(units[static_cast<std::size_t>(cur)], AttachKind::kAnswer, i++);
      in_answer = true;
      continue;
    }
    // Inside an answer, or first under a question that asks, a list in another shape than the questions' ("Q: …"
    // / "A: … has:" / "- a panel", "2. What is X?" / "- X is …") that does not ask is the answer's.
    bool asked = cur >= 0 && !is_item_marker(l.marker.kind, active) &&
                 ends_with_question_mark(units[static_cast<std::size_t>(cur)].text) &&
                 units[static_cast<std::size_t>(cur)].attached(AttachKind::kCode) +
                         units[static_cast<std::size_t>(cur)].attached(AttachKind::kAnswer) == 0;
    if (cur >= 0 && (in_answer || asked) && l.marker.kind != cur_kind && l.marker.kind != MarkerKind::kHeader &&
        (l.marker.kind == MarkerKind::kBullet || l.marker.kind == MarkerKind::kNumber) &&
        !is_question_like(l.marker.content)) {
      list.attach(units[static_cast<std::size_t>(cur)], AttachKind::kAnswer, i++);
      in_answer = true;
      continue;
    }
    if (is_item_marker(l.marker.kind, active)) {
      Unit u = list.start(i);
      u.kind = UnitKind::kItem;
      u.strong = true;
      u.text = l.marker.content;
      if (l.marker.kind == MarkerKind::kPrefix)
        if (std::size_t at = inline_answer(l.text, u.text); at != std::string_view::npos) {
          // "Q: What is X? A: It is Y.": the question ends at its mark, the answer is the rest of the line.
          u.text = trim(l.text.substr(static_cast<std::size_t>(u.text.data() - l.text.data()),
                                      at - static_cast<std::size_t>(u.text.data() - l.text.data())));
          std::string_view rest;
          strip_answer_prefix(l.text.substr(at), rest);
          list.attach(u, AttachKind::kAnswer, i, l.text.size() - rest.size());
        }
      ++i;
      if (l.marker.kind == MarkerKind::kHeader) {
        std::size_t j = i;
        while (j < n && lines[j].blank) ++j;
        if (j == n || lines[j].marker.kind != MarkerKind::kNone) {
          Unit g = list.start(u.line);
          g.text = l.text;
          g.reason = "empty question header";
          units.push_back(g);
          cur = -1;
          labelled = false;
          continue;
        }
        list.attach(u, AttachKind::kExtra, u.line);
        u.line = j;
        std::string_view rest = lines[j].text;
        strip_question_prefix(rest, rest);
        u.text = rest;
        i = j + 1;
      }
      units.push_back(u);
      cur = static_cast<long>(units.size()) - 1;
      cur_indent = l.marker.indent;
      cur_kind = l.marker.kind;
      in_answer = false;
      labelled = false;
      continue;
    }
    if (cur >= 0) {
      Unit& u = units[static_cast<std::size_t>(cur)];
      bool deeper = l.marker.indent > cur_indent;
      if (l.marker.kind == MarkerKind::kLetter && lettered_subquestion(lines, i)) {  // "a) …?" / "   answer"
        Unit sub = list.start(i);
        sub.kind = UnitKind::kItem;
        sub.strong = true;
        sub.text = l.marker.content;
        units.push_back(sub);
        cur = static_cast<long>(units.size()) - 1;
        cur_indent = l.marker.indent;
        cur_kind = MarkerKind::kLetter;
        in_answer = labelled = false;
        ++i;
        continue;
      }
      // Options: lettered lines ("a) …") unless one heads the next item, rows of options ("A) x  B) y"), and
      // lines opened by other option marks ("(क) …", "① …") under a question that asks or has options already.
      bool option = l.marker.kind == MarkerKind::kLetter ||
                    (l.marker.kind == MarkerKind::kNone && l.marker.answer_skip == std::string_view::npos &&
                     option_marker(l.text));
      bool row = option && split_option_row(l.text).size() >= 2;
      if (option && (row || (l.marker.kind == MarkerKind::kLetter ? !(!deeper && heads_next_item(lines, i, active))
                                                                 : expects_code(u.text) || u.attached(AttachKind::kCode) > 0))) {
        list.attach(u, AttachKind::kCode, i++);
        continue;
      }
      if (l.marker.answer_skip != std::string_view::npos) {  // strip_answer_prefix(l.text) succeeds.
        labelled = l.marker.answer_skip >= l.text.size();
        list.attach(u, AttachKind::kAnswer, i++, l.marker.answer_skip);
        in_answer = true;
        continue;
      }
      if (labelled && is_sign_off(l.text)) labelled = in_answer = false;  // "Good luck!" closes the page
      if (is_code_label(l.text)) {
        list.attach(u, AttachKind::kExtra, i);
        i = attach_code(lines, i + 1, cur_indent, list, u);
        continue;
      }
      if ((deeper || expects_code(u.text)) && looks_like_code(l.text) && !is_decorated_heading(l.text) &&
          (deeper || !heads_next_item(lines, i, active))) {
        std::size_t from = list.attached.size();
        std::size_t next = attach_code(lines, i, cur_indent, list, u);
        if (in_answer) list.recast(u, from, AttachKind::kCode, AttachKind::kAnswer);  // code under "A:" answers
        if (next > i) {  // A marked line attaches nothing: it is read as a line of its own below.
          i = next;
          continue;
        }
      }
      // A question that introduces its code ("… sau:") and asks below it ("Kết quả … là gì?") goes on there.
      if (u.attached(AttachKind::kCode) > 0 && u.attached(AttachKind::kAnswer) == 0 && ends_with_colon(u.text) &&
          l.marker.kind == MarkerKind::kNone && l.marker.answer_skip == std::string_view::npos &&
          ends_with_question_mark(l.text) && !looks_like_code(l.text)) {
        list.extend(u, i, l.text);
        ++i;
        continue;
      }
      if (wraps_question(lines, i, u, list)) {
        list.extend(u, i, l.text);
        ++i;
        continue;
      }
      bool bare = u.attached(AttachKind::kCode) + u.attached(AttachKind::kAnswer) + u.attached(AttachKind::kExtra) == 0;
      // An answer sentence on the very next line under a marked question that asks with a question mark answers it,
      // in any layout ("• What is X?" / "X is a box …"), when another item of the list follows it (a line after
      // the last item may close the list instead).
      bool sentence_below = bare && i == u.line + 1 && ends_with_question_mark(u.text) &&
                            i + 1 < last_of_kind[static_cast<std::size_t>(cur_kind) & 7u] &&
                            reads_as_answer(l, answers.underlined_headings);
      if (!deeper && (sentence_below || answers.takes(l, i, u.text, bare && i == u.line + 1) ||
                      (bare && answers.takes_adjacent(l, i, u.line, u.text)))) {
        list.attach(u, AttachKind::kAnswer, i++);
        in_answer = true;
        continue;
      }
      bool under_answer_line = !lines[i - 1].blank && lines[i - 1].marker.indent <= l.marker.indent;
      if (!deeper && in_answer && !under_answer_line && heads_next_item(lines, i, active))
        in_answer = false;  // A section label; a line right under the answer's last line goes on with it.
      if (deeper || in_answer) {
        list.attach(u, AttachKind::kAnswer, i++);
        in_answer = true;
        continue;
      }
    }
    Unit g = list.start(i);
    g.text = l.text;
    units.push_back(g);
    cur = -1;
    labelled = false;
    ++i;
  }
}

}  // namespace qbank::internal::txt
