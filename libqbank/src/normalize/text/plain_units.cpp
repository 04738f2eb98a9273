// Units of a document of plain lines: one question per line, or blank-line separated paragraphs.
#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "normalize/text/units.hpp"
#include "normalize/text/words.hpp"
#include "base/utf8.hpp"

namespace qbank::internal::txt {
namespace {

// The layout of a plain document.
struct PlainShape {
  bool paragraphs = false;  // True when most lines stand alone between blank lines.
  bool punctuated = false;  // True when most stand-alone lines end with sentence punctuation.
};

// True when line i has blank lines (or the document edge) on both sides.
bool isolated(const std::vector<TextLine>& lines, std::size_t i) {
  return (i == 0 || lines[i - 1].blank) && (i + 1 == lines.size() || lines[i + 1].blank);
}

// Measures the document's layout from its non-code lines.
PlainShape measure(const std::vector<TextLine>& lines) {
  std::size_t total = 0, single = 0, punct = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank || looks_like_code(lines[i].text)) continue;
    ++total;
    if (!isolated(lines, i)) continue;
    ++single;
    if (ends_with_terminal(lines[i].text)) ++punct;
  }
  PlainShape s;
  s.paragraphs = total > 0 && single * 10 >= total * 6;
  s.punctuated = single > 0 && punct * 10 >= single * 7;
  return s;
}

// Returns the next non-blank line index after i, or lines.size().
std::size_t next_nonblank(const std::vector<TextLine>& lines, std::size_t i) {
  ++i;
  while (i < lines.size() && lines[i].blank) ++i;
  return i;
}

// True when the line at i is shaped like a heading in this layout (where headings are underlined, only an
// underlined line is one: underlined_heading).
bool heading_here(const std::vector<TextLine>& lines, std::size_t i, const PlainShape& shape,
                  const AnswerLayout& answers) {
  std::string_view t = lines[i].text;
  if (answers.underlined_headings || !isolated(lines, i) || !looks_like_heading(t)) return false;
  if (!shape.paragraphs) return true;
  std::size_t k = next_nonblank(lines, i);  // A heading over a list item ("Docker", then "- What is...?").
  if (k < lines.size() && (lines[k].marker.kind == MarkerKind::kBullet || lines[k].marker.kind == MarkerKind::kNumber))
    return true;
  if (!shape.punctuated) return false;
  if (!ends_with_terminal(t)) return true;
  std::size_t j = next_nonblank(lines, i);
  return ends_with_colon(t) && j < lines.size() && !looks_like_code(lines[j].text) &&
         lines[j].marker.kind != MarkerKind::kLetter;
}

// True when the line repeats its neighbour (page furniture printed several times).
bool repeats_neighbour(const std::vector<TextLine>& lines, std::size_t i) {
  return (i > 0 && !lines[i - 1].blank && lines[i - 1].text == lines[i].text) ||
         (i + 1 < lines.size() && lines[i + 1].text == lines[i].text);
}

// True when a line holds no letter or digit ("-----", "* * *", "====="): a separator, never a question.
bool separator_only(std::string_view t) {
  for (std::size_t k = 0; k < t.size();) {
    char32_t c = utf8::next(t, k);
    if (is_letter(c) || (c >= '0' && c <= '9')) return false;
  }
  return true;
}

// True when the line continues the previous line's sentence (paragraph wrapped over lines).
bool continues_previous(const std::vector<TextLine>& lines, std::size_t i) {
  if (i == 0 || lines[i - 1].blank || ends_with_terminal(lines[i - 1].text)) return false;
  std::string_view t = lines[i].text;
  std::size_t k = 0;
  char32_t c = utf8::next(t, k);
  return is_letter(c) && !is_upper_cp(c) && !is_cjk(c) && !(c >= '0' && c <= '9');
}

// Bytes of a plain number that opens a line ("1  What …", "10 What …": digits, spaces, then a letter), 0 when
// there is none; wide is set when two or more spaces follow the digits.
std::size_t plain_number(std::string_view t, bool& wide) {
  std::size_t i = 0;
  while (i < t.size() && i < 3 && t[i] >= '0' && t[i] <= '9') ++i;
  std::size_t j = i;
  while (j < t.size() && t[j] == ' ') ++j;
  if (i == 0 || j == i || j >= t.size()) return 0;
  std::size_t k = j;
  if (!is_letter(utf8::next(t, k))) return 0;
  wide = j - i >= 2;
  return j;
}

// True when two or more lines open with a number set off by two or more spaces ("1  What …"): the document
// numbers its entries that way, so such numbers are not part of the questions.
bool numbers_with_spaces(const std::vector<TextLine>& lines) {
  int wide_lines = 0;
  for (const auto& l : lines) {
    bool wide = false;
    if (!l.blank && l.marker.kind == MarkerKind::kNone && plain_number(l.text, wide) && wide && ++wide_lines >= 2)
      return true;
  }
  return false;
}

// True when two or more question lines carry their own rule ("How do I …?" over "-----"): the document titles
// its questions, so everything under such a title up to the next titled line is its answer.
bool titles_questions(const std::vector<TextLine>& lines) {
  int titled = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i)
    if ((lines[i + 1].underline || lines[i].titled) && lines[i].marker.kind == MarkerKind::kNone &&
        (lines[i].leaf_title || is_question_like(lines[i].text)) &&
        ++titled >= 2)
      return true;
  return false;
}

// True when a line is a markup directive of its own (".. note::", ".. code-block:: python", ".. todo:: …"): it
// says how to show what follows and is no content.
bool is_directive_line(std::string_view t) {
  if (t.size() < 5 || t.substr(0, 3) != ".. ") return false;
  std::size_t k = 3;
  while (k < t.size() && (std::isalnum(static_cast<unsigned char>(t[k])) || t[k] == '-' || t[k] == '_')) ++k;
  return k > 3 && t.substr(k, 2) == "::";
}

// True for a reStructuredText directive whose body is code (".. code-block:: python", ".. code::",
// ".. sourcecode::").
bool is_code_directive(std::string_view t) {
  if (!is_directive_line(t)) return false;
  std::string_view name = t.substr(3, t.find("::") - 3);
  return name == "code-block" || name == "code" || name == "sourcecode";
}

// True when a text opens with a lower-case letter.
bool starts_lower(std::string_view t) {
  std::size_t k = 0;
  char32_t c = utf8::next(t, k);
  return is_letter(c) && !is_upper_cp(c) && !is_cjk(c);
}

// True for a line that only leads into what follows: a few words ending with a colon ("Given this code:").
bool lead_in(std::string_view t) {
  return t.size() <= 40 && ends_with_colon(t) && std::count(t.begin(), t.end(), ' ') <= 4;
}

// True when all a unit holds is one answer line that leads into what follows.
bool only_lead_in(const std::vector<TextLine>& lines, const UnitList& list, const Unit& u) {
  bool led = u.attached(AttachKind::kAnswer) == 1 && u.attached(AttachKind::kCode) == 0;
  list.each(u, AttachKind::kAnswer, [&](const Attached& at) { led = led && lead_in(lines[at.line].text); });
  return led;
}

// True when line i opens a block of code indented under a titled question u that has nothing attached yet but a
// line leading into the block, and text of the entry follows the block: the code the question shows, which that
// text answers.
bool shows_code(const std::vector<TextLine>& lines, std::size_t i, const UnitList& list, const Unit& u) {
  int base = lines[u.line].marker.indent;
  bool led = only_lead_in(lines, list, u);
  if ((u.attached(AttachKind::kAnswer) > 0 && !led) || u.attached(AttachKind::kCode) > 0 ||
      lines[i].marker.indent < base + 4)
    return false;
  if (!led && !looks_like_code(lines[i].text)) return false;
  std::size_t k = i;
  while (k < lines.size() && (lines[k].blank || lines[k].marker.indent >= lines[i].marker.indent)) ++k;
  return k < lines.size() && !lines[k].titled && !lines[k].underline && !lines[k].rule &&
         !(k + 1 < lines.size() && lines[k + 1].underline);
}

}  // namespace

void build_plain_units(const std::vector<TextLine>& lines, UnitList& list) {
  PlainShape shape = measure(lines);
  bool spaced_numbers = numbers_with_spaces(lines);
  AnswerLayout answers = find_answer_layout(lines, false);
  std::vector<Unit>& units = list.units;
  std::unordered_set<std::string_view> gap_texts;
  bool titled_questions = titles_questions(lines);
  long cur = -1;
  bool cur_titled = false;  // The current question carries its own rule in a document that titles its questions.
  bool outline = false;     // The questions are the entries of an outline of two or more title levels.
  for (std::size_t k = 0; k < lines.size() && titled_questions && !outline; ++k) outline = lines[k].leaf_title;
  bool section_text = false;  // The last title above heads deeper titles in such an outline: its text is no entry.
  bool before_titles = outline;  // No title came yet in such an outline: lines are the document's head.
  std::size_t i = 0, n = lines.size();
  while (i < n) {
    const TextLine& l = lines[i];
    if (l.blank) {
      ++i;
      continue;
    }
    if (l.titled) section_text = outline && l.parent_title;
    before_titles = before_titles && !l.titled;
    // ".. code-block:: bash" after a line that leads into it ("Run:"): its body is the code the entry shows (after
    // answer prose it is in the answer; a body that is all the answer stays the answer).
    if (cur >= 0 && cur_titled && is_code_directive(l.text) &&
        only_lead_in(lines, list, units[static_cast<std::size_t>(cur)])) {
      Unit& u = units[static_cast<std::size_t>(cur)];
      list.attach(u, AttachKind::kExtra, i);
      i = attach_code(lines, i + 1, l.marker.indent, list, u);
      continue;
    }
    if (cur >= 0 && cur_titled && shows_code(lines, i, list, units[static_cast<std::size_t>(cur)])) {
      i = attach_code(lines, i, lines[units[static_cast<std::size_t>(cur)].line].marker.indent, list,
                      units[static_cast<std::size_t>(cur)]);
      continue;
    }
    if (cur >= 0 && cur_titled && i == units[static_cast<std::size_t>(cur)].line + 1 && !l.titled &&
        ends_with_question_mark(l.text) && starts_lower(l.text)) {  // A question wrapped onto a second line.
      list.extend(units[static_cast<std::size_t>(cur)], i, l.text);
      ++i;
      continue;
    }
    if (cur >= 0 && cur_titled && !(i + 1 < n && lines[i + 1].underline) && !l.underline && !l.titled &&
        !(separator_only(l.text) && l.text.size() >= 3 &&
          l.marker.indent <= lines[units[static_cast<std::size_t>(cur)].line].marker.indent)) {
      // An answer label ("Answer: …") is no part of the answer.
      list.attach(units[static_cast<std::size_t>(cur)],
                  is_directive_line(l.text) ? AttachKind::kExtra : AttachKind::kAnswer, i++, l.marker.answer_skip);
      continue;
    }
    if (l.underline || (separator_only(l.text) && l.text.size() >= 3)) {  // The rule under a question belongs to
                                                                       // it; under anything else it separates.
      if (cur >= 0 && units[static_cast<std::size_t>(cur)].line + 1 == i) {
        cur_titled = titled_questions && l.underline && units[static_cast<std::size_t>(cur)].question_like;
        list.attach(units[static_cast<std::size_t>(cur)], AttachKind::kExtra, i++);
        continue;
      }
      Unit g = list.start(i);
      g.text = l.text;
      g.reason = "separator";
      units.push_back(g);
      cur = -1;
      cur_titled = false;
      ++i;
      continue;
    }
    bool underlined = underlined_heading(lines, i);
    if (cur >= 0 && !underlined && !l.leaf_title) {  // An entry of a titled outline starts a unit of its own.
      Unit& u = units[static_cast<std::size_t>(cur)];
      char32_t last = last_char(u.text);
      bool wants_code = last == ':' || last == U'：' || is_question_mark(last);
      if (l.marker.kind == MarkerKind::kLetter && wants_code) {
        list.attach(u, AttachKind::kCode, i++);
        continue;
      }
      if (l.marker.answer_skip != std::string_view::npos) {  // strip_answer_prefix(l.text) succeeds.
        list.attach(u, AttachKind::kAnswer, i++, l.marker.answer_skip);
        continue;
      }
      if (is_code_label(l.text)) {
        list.attach(u, AttachKind::kExtra, i);
        i = attach_code(lines, i + 1, lines[u.line].marker.indent, list, u);
        continue;
      }
      if (wants_code && looks_like_code(l.text) && !is_decorated_heading(l.text)) {
        std::size_t next = attach_code(lines, i, lines[u.line].marker.indent, list, u);
        if (next > i) {  // A marked line attaches nothing: it is read as a line of its own below.
          i = next;
          continue;
        }
      }
      // A plain line indented under a question that asks is its answer ("What is X?" / "  X is …").
      if (l.marker.kind == MarkerKind::kNone && l.marker.indent > lines[u.line].marker.indent && u.question_like &&
          !looks_like_code(l.text)) {
        list.attach(u, AttachKind::kAnswer, i++);
        continue;
      }
      // A list that does not ask under a question that does is its answer ("What is X?" / "- X is …"), up to a
      // blank line after its first answer.
      if ((l.marker.kind == MarkerKind::kBullet || l.marker.kind == MarkerKind::kNumber) &&
          lines[u.line].marker.kind == MarkerKind::kNone && u.question_like && ends_with_question_mark(u.text) &&
          !is_question_like(l.marker.content) && u.attached(AttachKind::kCode) == 0 &&
          (!lines[i - 1].blank || u.attached(AttachKind::kAnswer) == 0)) {
        list.attach(u, AttachKind::kAnswer, i++);
        continue;
      }
      if (answers.takes(l, i, u.text,
                        i == u.line + 1 && u.attached(AttachKind::kAnswer) + u.attached(AttachKind::kCode) == 0)) {
        list.attach(u, AttachKind::kAnswer, i++);
        continue;
      }
      if (shape.paragraphs && continues_previous(lines, i) && u.line + 1 + u.attached(AttachKind::kExtra) == i) {
        list.extend(u, i, l.text);
        ++i;
        continue;
      }
    }
    Unit u = list.start(i);
    u.text = l.text;
    bool repeated = repeats_neighbour(lines, i) || gap_texts.count(l.text) > 0;
    if (repeated) u.reason = "repeated line";
    bool gap = repeated || underlined || !furniture_reason(l.text).empty();
    bool starter = false;  // starts_with_question_word(l.text), read by the prose and question tests.
    if (l.leaf_title) gap = repeated;  // An entry of a titled outline is a candidate whatever its wording.
    if (!gap && !l.leaf_title) {
      starter = starts_with_question_word(l.text);
      gap = looks_like_prose(l.text, starter) || heading_here(lines, i, shape, answers) ||
            is_decorated_heading(l.text) || is_sign_off(l.text);
    }
    std::string topic;
    std::int64_t count = 0;
    gap = gap || parse_section_count(l.text, topic, count);
    // A line under a section's title in an outline whose entries are titles is neither an entry nor a heading.
    if (section_text && !l.titled && u.reason.empty() && (!gap || (!underlined && furniture_reason(l.text).empty() &&
                                                                  !looks_like_prose(l.text, starter)))) {
      gap = true;
      u.reason = "section text";
    }
    gap = gap || before_titles;
    if (gap) {
      gap_texts.insert(l.text);
      cur = -1;
      cur_titled = false;
    } else {
      u.kind = UnitKind::kItem;
      std::string_view rest = l.text;  // A lone numbered or bulleted line loses its marker too.
      if (l.marker.kind == MarkerKind::kNumber || l.marker.kind == MarkerKind::kBullet) rest = l.marker.content;
      strip_question_prefix(rest, rest);
      bool wide = false;
      if (std::size_t cut = spaced_numbers && l.marker.kind == MarkerKind::kNone ? plain_number(rest, wide) : 0)
        rest = rest.substr(cut);  // "10 Fees – what counts?" in a document numbered "1  …"
      u.text = rest;
      bool whole = u.text.data() == l.text.data() && u.text.size() == l.text.size();
      u.question_like = l.leaf_title || (whole ? is_question_like(u.text, starter) : is_question_like(u.text));
      cur = static_cast<long>(units.size());
      cur_titled = titled_questions && l.titled && u.question_like;
    }
    units.push_back(u);
    ++i;
  }
}

}  // namespace qbank::internal::txt
