// From units to reader output: weak-run filtering, headings and topics, declared counts, code and answers.
#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

#include "normalize/question_cues.hpp"
#include "normalize/text/units.hpp"
#include "normalize/text/words.hpp"

namespace qbank::internal::txt {
namespace {

// True for a "Name: value" line such as a by-line ("Autor: Jan Nowak", "Stand: 01/2024"): one or two words without
// digits before a colon, then a value.
bool is_byline(std::string_view text) {
  text = trim(text);
  std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 2 >= text.size() || text[colon + 1] != ' ') return false;
  std::string_view key = text.substr(0, colon);
  return key.find_first_of("0123456789") == std::string_view::npos &&
         std::count(key.begin(), key.end(), ' ') <= 1;
}

// State of the walk over the units.
struct Emitter {
  const std::vector<TextLine>& lines;
  const UnitList& list;
  const std::vector<Unit>& units;
  ReaderOutput& out;
  std::optional<std::string> topic;  // The current section heading.
  long section = -1;                 // Index in out.sections of the current counted section.
  bool seen_item = false;            // True once a question was emitted.
  std::optional<std::string> title;  // The document title rejected before the first question, if any.

  // Records a rejected line.
  void reject(std::size_t line, std::string_view reason) {
    out.rejected.push_back({static_cast<std::int64_t>(line + 1), std::string(lines[line].raw), std::string(reason)});
  }

  // Rejects a unit's line and everything attached to it.
  void reject_unit(const Unit& u, std::string_view reason) {
    reject(u.line, reason);
    for (AttachKind kind : {AttachKind::kCode, AttachKind::kAnswer, AttachKind::kExtra})
      list.each(u, kind, [&](const Attached& at) {
        std::size_t k = at.line;
        if (!lines[k].blank && k != u.line) reject(k, reason);
      });
  }

  // Resolves the non-question lines between two questions; has_next is false at the end.
  void resolve(const std::vector<std::size_t>& gaps, bool has_next);

  // Emits one question.
  void emit(const Unit& u);

  // Emits the lettered sub-questions that are all a unit holds ("а) …?" / "б) …?"), each as a question, after the
  // unit's own question when it asks (a stem that does not is rejected); false, emitting nothing, otherwise.
  bool emit_sub_questions(const Unit& u);

  // Emits the questions of a table unit under the topic in force.
  void emit_table(const Unit& u) {
    std::size_t before = out.items.size();
    take_table_output(lines, list.tables[u.first], topic, out);
    if (section >= 0) out.sections[static_cast<std::size_t>(section)].found += static_cast<std::int64_t>(out.items.size() - before);
    seen_item = true;
  }
};

void Emitter::resolve(const std::vector<std::size_t>& gaps, bool has_next) {
  long candidate = -1;
  std::string_view candidate_topic;  // The candidate's topic part when it declares a count, else its text.
  std::int64_t declared = 0, count_only = 0;
  std::size_t count_line = 0;
  for (std::size_t g : gaps) {
    const Unit& u = units[g];
    if (u.reason == "table of contents" && candidate >= 0) {  // the heading above the entries is the contents'
      reject(units[static_cast<std::size_t>(candidate)].line, "table of contents");
      candidate = -1;
    }
    if (!u.reason.empty()) {
      reject_unit(u, u.reason);
      continue;
    }
    if (auto why = furniture_reason(u.text); !why.empty()) {
      if (why == "title" && !seen_item && !title) title = clean_parsed_topic(trim(u.text));
      reject_unit(u, why);
      continue;
    }
    if (u.kind == UnitKind::kGap && u.text.find("___") != std::string_view::npos) {  // "Name: ______ Class: __"
      reject_unit(u, "form");
      continue;
    }
    std::string_view heading;
    std::int64_t count = 0;
    if (parse_section_view(u.text, heading, count)) {
      if (!heading.empty()) {
        if (candidate >= 0) reject(units[static_cast<std::size_t>(candidate)].line, "heading");
        candidate = static_cast<long>(g);
        candidate_topic = heading;
        declared = count;
      } else {
        reject(u.line, "question count");
        if (candidate >= 0) declared = count;
        else count_only = count, count_line = u.line;
      }
      continue;
    }
    if (u.kind == UnitKind::kGap && looks_like_prose(u.text)) {
      // Prose under a heading makes it a title, unless its markup says it is one ("== Loans =="): such a heading
      // still heads what follows the prose.
      if (candidate >= 0 && !lines[units[static_cast<std::size_t>(candidate)].line].titled) {
        reject(units[static_cast<std::size_t>(candidate)].line, "title");
        candidate = -1;
      }
      reject_unit(u, !seen_item ? "intro prose" : (has_next ? "prose" : "outro prose"));
      continue;
    }
    if (candidate >= 0 && u.line == units[static_cast<std::size_t>(candidate)].line + 1 && is_byline(u.text)) {
      reject(u.line, "byline");  // "Compiled by: N. Beridze, 2023" under the title
      continue;
    }
    if (u.kind == UnitKind::kGap && u.attached(AttachKind::kCode) == 0 && looks_like_heading(u.text)) {
      if (candidate >= 0) reject(units[static_cast<std::size_t>(candidate)].line, "heading");
      candidate = static_cast<long>(g);
      candidate_topic = trim(u.text);
      declared = 0;
      continue;
    }
    reject_unit(u, u.kind == UnitKind::kItem ? "not question-like" : (has_next ? "not a question" : "outro"));
  }
  if (candidate >= 0) {
    const Unit& h = units[static_cast<std::size_t>(candidate)];
    reject(h.line, has_next ? "heading" : "heading without questions");
    if (!has_next) return;
    topic = clean_parsed_topic(candidate_topic);
    if (topic->empty()) topic.reset();
    section = -1;
    if (declared > 0 && topic) {
      out.sections.push_back({*topic, static_cast<std::int64_t>(h.line + 1), declared, 0});
      section = static_cast<long>(out.sections.size()) - 1;
    }
  } else if (count_only > 0 && has_next && topic) {
    out.sections.push_back({*topic, static_cast<std::int64_t>(count_line + 1), count_only, 0});
    section = static_cast<long>(out.sections.size()) - 1;
  }
}

// Joins a unit's code lines before line until with their common indentation removed; blank lines inside are kept.
std::string join_block(const std::vector<TextLine>& lines, const UnitList& list, const Unit& u,
                       std::size_t until = std::string_view::npos) {
  int common = 1 << 20;
  list.each(u, AttachKind::kCode, [&](const Attached& at) {
    std::size_t k = at.line;
    if (!lines[k].blank && k < until) common = std::min(common, indent_of(lines[k].raw));
  });
  std::string s;
  list.each(u, AttachKind::kCode, [&](const Attached& at) {
    std::size_t k = at.line;
    if (k >= until) return;
    std::string_view r = rtrim(lines[k].raw);
    std::size_t cut = 0;
    int col = 0;
    while (cut < r.size() && col < common && (r[cut] == ' ' || r[cut] == '\t')) col += r[cut++] == '\t' ? 4 : 1;
    if (!s.empty() || !r.empty()) s.append(r.substr(cut)).push_back('\n');
  });
  while (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

// The answer of a unit when it is a single option letter ("Answer: b"), else "".
std::string answer_letter(const std::vector<TextLine>& lines, const UnitList& list, const Unit& u) {
  if (u.attached(AttachKind::kAnswer) != 1) return "";
  std::string letter;
  list.each(u, AttachKind::kAnswer, [&](const Attached& at) {
    std::string_view t = lines[at.line].text;
    if (at.skip != std::string_view::npos) t = trim(t.substr(std::min(at.skip, t.size())));
    while (!t.empty() && (t.back() == '.' || t.back() == ')')) t.remove_suffix(1);
    if (t.size() == 1 && std::isalpha(static_cast<unsigned char>(t[0]))) letter = std::string(t);
  });
  return letter;
}

// True when every code line of u is a lettered option ("a) …") and the letters run a, b, c… past the answer's
// letter; fills choices with their texts.
bool lettered_options(const std::vector<TextLine>& lines, const UnitList& list, const Unit& u, std::string_view letter,
                      std::vector<std::string>& choices) {
  std::vector<std::string> found;
  bool ok = u.attached(AttachKind::kCode) > 0;
  list.each(u, AttachKind::kCode, [&](const Attached& at) {
    const TextLine& l = lines[at.line];
    if (l.blank) return;
    char expect = static_cast<char>('a' + found.size());
    ok = ok && l.marker.kind == MarkerKind::kLetter &&
         std::tolower(static_cast<unsigned char>(l.marker.bullet)) == expect;
    found.emplace_back(l.marker.content);
  });
  auto k = static_cast<std::size_t>(std::tolower(static_cast<unsigned char>(letter[0])) - 'a');
  if (!ok || k >= found.size()) return false;
  choices = std::move(found);
  return true;
}

// Returns where an answer written after a dash on the question's own line starts ("What is X? — X is …"): the
// byte after the dash, or npos when the line has none; question_end is set to the byte after the question mark.
std::size_t inline_dash_answer(std::string_view text, std::size_t& question_end) {
  for (std::string_view mark : {"?", "？", "؟"}) {
    for (std::size_t at = text.find(mark); at != std::string_view::npos; at = text.find(mark, at + 1)) {
      std::size_t k = at + mark.size();
      if (k >= text.size() || text[k] != ' ') continue;
      std::string_view rest = text.substr(k + 1);
      std::size_t dash = rest.rfind("—", 0) == 0 || rest.rfind("–", 0) == 0 ? 3 : 0;
      if (dash == 0 || rest.size() <= dash + 1 || rest[dash] != ' ') continue;
      question_end = k;
      return k + 1 + dash + 1;
    }
  }
  return std::string_view::npos;
}

// Finds the options that close u's code lines: the last code lines that are lines of options opened by an option
// mark, at least one of them a row of several or one not lettered in ASCII ("A) x  B) y", "(क) …", "① …"); fills
// choices with their texts and returns the index of their first line, or npos when the code ends in no options.
std::size_t trailing_options(const std::vector<TextLine>& lines, const UnitList& list, const Unit& u,
                             std::vector<std::string>& choices) {
  std::size_t total = u.count[0] + u.count[1] + u.count[2];
  std::size_t first = std::string_view::npos;  // Index in list.attached of the first option line.
  bool distinct = false;
  for (std::size_t a = u.first + total; a-- > u.first;) {
    const Attached& at = list.attached[a];
    if (at.kind != AttachKind::kCode || lines[at.line].blank) continue;
    const TextLine& l = lines[at.line];
    if (option_marker(l.text) == 0) break;
    std::size_t options = split_option_row(l.text).size();
    distinct = distinct || options >= 2 || l.marker.kind != MarkerKind::kLetter;
    first = a;
  }
  if (first == std::string_view::npos || !distinct) return std::string_view::npos;
  for (std::size_t a = first; a < u.first + total; ++a) {
    const Attached& at = list.attached[a];
    if (at.kind == AttachKind::kCode && !lines[at.line].blank)
      for (auto o : split_option_row(lines[at.line].text)) choices.emplace_back(o);
  }
  return list.attached[first].line;
}

namespace {

// When a trimmed line is a lettered sub-question ("а) Колко метра …?", "b. Why?": a sub-item letter, then a text
// that ends with a question mark), sets text to that text.
bool sub_question(std::string_view t, std::string_view& text) {
  std::size_t n = letter_enumerator_length(t);
  if (n == 0) return false;
  text = trim(t.substr(n));
  return ends_with_question_mark(text);
}

}  // namespace

bool Emitter::emit_sub_questions(const Unit& u) {
  std::vector<std::pair<std::size_t, std::string_view>> subs;
  bool only = true;
  for (AttachKind kind : {AttachKind::kCode, AttachKind::kAnswer, AttachKind::kExtra})
    list.each(u, kind, [&](const Attached& at) {
      const TextLine& l = lines[at.line];
      if (l.blank || at.line == u.line) return;
      std::string_view text;
      if (sub_question(l.text, text)) subs.emplace_back(at.line, text);
      else only = false;
    });
  if (!only || subs.size() < 2) return false;
  std::sort(subs.begin(), subs.end());
  if (question_cue(u.text) == QuestionCue::kNone) {  // A stem that only sets the scene for its sub-questions.
    reject(u.line, "question stem");
  } else {
    RawItem& stem = out.items.emplace_back();
    stem.line = static_cast<std::int64_t>(u.line + 1);
    stem.raw = lines[u.line].raw;
    stem.text = std::string(u.text);
    stem.topic = topic;
    if (section >= 0) ++out.sections[static_cast<std::size_t>(section)].found;
  }
  for (const auto& [line, text] : subs) {
    RawItem& item = out.items.emplace_back();
    item.line = static_cast<std::int64_t>(line + 1);
    item.raw = lines[line].raw;
    item.text.borrow(text);
    item.topic = topic;
    if (section >= 0) ++out.sections[static_cast<std::size_t>(section)].found;
  }
  seen_item = true;
  return true;
}

void Emitter::emit(const Unit& u) {
  if (emit_sub_questions(u)) return;
  RawItem& item = out.items.emplace_back();
  item.line = static_cast<std::int64_t>(u.line + 1);
  item.raw = lines[u.line].raw;
  std::string_view text = u.text;
  std::string_view same_line_answer;  // "Question? — answer" on one line.
  std::size_t question_end = 0;
  if (std::size_t cut = inline_dash_answer(text, question_end);
      cut != std::string_view::npos && u.attached(AttachKind::kAnswer) == 0 && u.attached(AttachKind::kCode) == 0) {
    same_line_answer = trim(text.substr(cut));
    text = trim(text.substr(0, question_end));
  }
  if (u.joined != nullptr) item.text = std::string(text);  // The joined text lives in list, not the input.
  else item.text.borrow(text);
  item.topic = topic;
  if (u.attached(AttachKind::kCode) > 0) {
    std::size_t options = trailing_options(lines, list, u, item.choices);  // code, then its options
    if (std::string c = join_block(lines, list, u, options); !c.empty()) item.code = std::move(c);
  }
  std::string letter = answer_letter(lines, list, u);
  if (!letter.empty() && lettered_options(lines, list, u, letter, item.choices)) {
    item.code.reset();  // "a) …" / "b) …" / "Answer: b": the lettered lines are the options
    item.answer = item.choices[static_cast<std::size_t>(std::tolower(static_cast<unsigned char>(letter[0])) - 'a')];
  } else if (u.attached(AttachKind::kAnswer) > 0) {
    // Code in an answer keeps its lines' indentation relative to the least indented line after the first.
    std::size_t least = std::string_view::npos;
    bool code = false, first = true;
    list.each(u, AttachKind::kAnswer, [&](const Attached& at) {
      const TextLine& l = lines[at.line];
      if (!first && !l.blank) least = std::min(least, l.raw.find_first_not_of(" \t"));
      code = code || (!first && looks_like_code(l.text));
      first = false;
    });
    std::string a;
    first = true;
    list.each(u, AttachKind::kAnswer, [&](const Attached& at) {
      std::size_t k = at.line;
      std::string_view t = lines[k].text;
      if (a.empty() && at.skip != std::string_view::npos) t.remove_prefix(at.skip);  // The "A:" prefix.
      else if (!first && code && least != std::string_view::npos && !lines[k].blank)
        t = rtrim(lines[k].raw.substr(std::min(least, lines[k].raw.size())));
      first = false;
      if (!a.empty()) a += lines[k - 1].blank ? "\n\n" : "\n";
      a += t;
    });
    if (!a.empty()) item.answer = std::move(a);
  } else if (!same_line_answer.empty()) {
    item.answer = std::string(same_line_answer);
  }
  if (section >= 0) ++out.sections[static_cast<std::size_t>(section)].found;
  seen_item = true;
}

// True when the unit before units[i] opens a section: the document start, a question, or a heading.
bool opens_section(const std::vector<Unit>& units, std::size_t i) {
  while (i > 0 && units[i - 1].reason == "separator") --i;  // a heading's underline
  if (i == 0) return true;
  const Unit& prev = units[i - 1];
  if (prev.kind != UnitKind::kGap) return true;
  return prev.reason.empty() && furniture_reason(prev.text).empty() && looks_like_heading(prev.text);
}

}  // namespace

namespace {

// The text of a contents entry or of the question it lists, without a leading plain number and the spaces after
// it ("10  Fees" and "10 Fees" list the same entry).
std::string_view entry_key(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && i < 4 && text[i] >= '0' && text[i] <= '9') ++i;
  std::size_t j = i;
  while (j < text.size() && text[j] == ' ') ++j;
  return i > 0 && j > i && j < text.size() ? text.substr(j) : text;
}

// The longest heading compared with a contents entry.
constexpr std::size_t kMaxEntryBytes = 120;

// The text without the marks around it that decorate a heading ("■ JVM", "== JVM ==", "*** JVM ***").
std::string_view undecorated(std::string_view text) {
  auto plain = [](char32_t c) { return is_letter(c) || (c >= '0' && c <= '9'); };
  std::size_t from = 0;
  while (from < text.size()) {
    std::size_t k = from;
    if (plain(utf8::next(text, k))) break;
    from = k;
  }
  std::size_t to = text.size();
  while (to > from) {
    std::size_t start = to - 1;
    while (start > from && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    std::size_t k = start;
    char32_t c = utf8::next(text, k);
    if (plain(c) || is_question_mark(c)) break;
    to = start;
  }
  return trim(text.substr(from, to - from));
}

// True when a text ends with a dot leader and a page number ("Collections ........ 4"), as contents entries do.
bool ends_with_page_leader(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0 && text[end - 1] >= '0' && text[end - 1] <= '9') --end;
  if (end == text.size()) return false;
  while (end > 0 && text[end - 1] == ' ') --end;
  std::size_t dots = 0;
  while (end > 0 && (text[end - 1] == '.' || text[end - 1] == ' ')) dots += text[--end] == '.';
  return dots >= 4;
}

// The least number of items a list repeated further down holds before it is read as the contents of what follows.
constexpr std::size_t kMinRepeatedRun = 3;

// Turns a run of consecutive items with nothing attached into gaps when every one of them recurs, in the same
// order, as a later item past the run, and some of those later items carry an answer or code: the list names the
// questions the later entries answer ("• What is X?" … then "• What is X?" / "X is …"). A list written out
// twice as it is (a document repeated, both copies bare) stays.
void mark_repeated_list(std::vector<Unit>& units) {
  auto bare = [&](const Unit& u) {
    return u.kind == UnitKind::kItem &&
           u.attached(AttachKind::kAnswer) + u.attached(AttachKind::kCode) + u.attached(AttachKind::kExtra) == 0;
  };
  std::unordered_set<std::string_view> bodied_keys;  // Keys of the items that carry an answer or code.
  for (const Unit& u : units)
    if (u.kind == UnitKind::kItem && u.attached(AttachKind::kAnswer) + u.attached(AttachKind::kCode) > 0)
      bodied_keys.insert(entry_key(u.text));
  if (bodied_keys.empty()) return;
  std::unordered_map<std::string_view, std::vector<std::size_t>> at;  // Each item key's units, in order (on demand).
  std::size_t i = 0;
  while (i < units.size()) {
    if (!bare(units[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;  // One past the run of bare items.
    while (end < units.size() && bare(units[end])) ++end;
    std::size_t next = end;  // Where the later copy of the next run item is looked for.
    bool repeated = end - i >= kMinRepeatedRun &&
                    std::any_of(units.begin() + static_cast<long>(i), units.begin() + static_cast<long>(end),
                                [&](const Unit& u) { return bodied_keys.count(entry_key(u.text)) > 0; });
    if (repeated && at.empty())
      for (std::size_t k = 0; k < units.size(); ++k)
        if (units[k].kind == UnitKind::kItem) at[entry_key(units[k].text)].push_back(k);
    bool bodied = false;  // Some later copy carries an answer or code.
    for (std::size_t k = i; repeated && k < end; ++k) {
      const std::vector<std::size_t>& places = at[entry_key(units[k].text)];
      auto later = std::lower_bound(places.begin(), places.end(), next);
      repeated = later != places.end();
      if (!repeated) break;
      next = *later;
      bodied = bodied || units[next].attached(AttachKind::kAnswer) + units[next].attached(AttachKind::kCode) > 0;
      ++next;
    }
    if (repeated && bodied)
      for (std::size_t k = i; k < end; ++k) units[k].kind = UnitKind::kGap, units[k].reason = "table of contents";
    i = end;
  }
}

}  // namespace

void mark_contents_entries(std::vector<Unit>& units) {
  mark_repeated_list(units);
  std::unordered_set<std::string_view> bodied;  // Texts of later items that carry an answer or code.
  std::unordered_set<std::string_view> headed;  // Texts of later lines between items (headings), undecorated.
  for (std::size_t k = units.size(); k-- > 0;) {
    Unit& u = units[k];
    if (u.kind == UnitKind::kGap && u.reason.empty() && u.text.size() <= kMaxEntryBytes)
      headed.insert(undecorated(entry_key(u.text)));
    if (u.kind != UnitKind::kItem) continue;
    if (u.attached(AttachKind::kAnswer) + u.attached(AttachKind::kCode) > 0) {
      bodied.insert(entry_key(u.text));
    } else if (u.attached(AttachKind::kExtra) == 0 &&
               (bodied.count(entry_key(u.text)) > 0 ||
                (u.text.size() <= kMaxEntryBytes && headed.count(undecorated(entry_key(u.text))) > 0) ||
                ends_with_page_leader(u.text))) {
      u.kind = UnitKind::kGap;
      u.reason = "table of contents";
    }
  }
}

void filter_weak_runs(std::vector<Unit>& units) {
  std::size_t i = 0;
  while (i < units.size()) {
    if (units[i].kind != UnitKind::kItem || units[i].strong) {
      ++i;
      continue;
    }
    std::size_t j = i;
    int questions = 0, answered = 0;  // Question-like items, and those of them with an answer under them.
    for (; j < units.size() && units[j].kind == UnitKind::kItem && !units[j].strong; ++j) {
      questions += units[j].question_like ? 1 : 0;
      answered += units[j].question_like && units[j].attached(AttachKind::kAnswer) > 0 ? 1 : 0;
    }
    std::size_t len = j - i;
    bool keep = len >= 3 ? questions * 4 >= static_cast<int>(len)
                         : questions == static_cast<int>(len) && (answered == questions || opens_section(units, i));
    if (!keep)
      for (std::size_t k = i; k < j; ++k) units[k].reason = "not question-like";
    if (!keep)
      for (std::size_t k = i; k < j; ++k) units[k].kind = UnitKind::kGap;
    i = j;
  }
}

void emit_units(const std::vector<TextLine>& lines, UnitList& list, ReaderOutput& out) {
  const std::vector<Unit>& units = list.units;
  Emitter e{lines, list, units, out, std::nullopt, -1, false, std::nullopt};
  const std::size_t first_item = out.items.size();
  std::size_t items = 0;
  for (const Unit& u : units) items += u.kind == UnitKind::kItem ? 1 : 0;
  out.items.reserve(out.items.size() + items);
  std::vector<std::size_t> gaps;
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (units[i].kind == UnitKind::kGap) {
      gaps.push_back(i);
      continue;
    }
    if (!gaps.empty()) e.resolve(gaps, true);  // Without gaps there is nothing to resolve.
    gaps.clear();
    if (units[i].kind == UnitKind::kTable) e.emit_table(units[i]);
    else e.emit(units[i]);
  }
  e.resolve(gaps, false);
  // A title over questions that no other heading divides is their topic.
  if (!e.title || e.title->empty()) return;
  for (std::size_t k = first_item; k < out.items.size(); ++k)
    if (out.items[k].topic) return;
  for (std::size_t k = first_item; k < out.items.size(); ++k) out.items[k].topic = *e.title;
}

}  // namespace qbank::internal::txt
