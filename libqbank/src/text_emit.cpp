// From units to reader output: weak-run filtering, headings and topics, declared counts, code and answers.
#include <algorithm>

#include "text_units.hpp"
#include "text_words.hpp"

namespace qbank::detail::txt {
namespace {

// State of the walk over the units.
struct Emitter {
  const std::vector<TextLine>& lines;
  std::vector<Unit>& units;
  ReaderOutput& out;
  std::optional<std::string> topic;  // The current section heading.
  long section = -1;                 // Index in out.sections of the current counted section.
  bool seen_item = false;            // True once a question was emitted.

  // Records a rejected line.
  void reject(std::size_t line, std::string_view reason) {
    out.rejected.push_back({static_cast<std::int64_t>(line + 1), std::string(lines[line].raw), std::string(reason)});
  }

  // Rejects a unit's line and everything attached to it.
  void reject_unit(const Unit& u, std::string_view reason) {
    reject(u.line, reason);
    for (const auto* v : {&u.code, &u.answer, &u.extra})
      for (std::size_t k : *v)
        if (!lines[k].blank && k != u.line) reject(k, reason);
  }

  // Resolves the non-question lines between two questions; has_next is false at the end.
  void resolve(const std::vector<std::size_t>& gaps, bool has_next);

  // Emits one question.
  void emit(const Unit& u);
};

void Emitter::resolve(const std::vector<std::size_t>& gaps, bool has_next) {
  long candidate = -1;
  std::int64_t declared = 0, count_only = 0;
  std::size_t count_line = 0;
  std::string_view prose_reason = !seen_item ? "intro prose" : (has_next ? "prose" : "outro prose");
  for (std::size_t g : gaps) {
    const Unit& u = units[g];
    if (!u.reason.empty()) {
      reject_unit(u, u.reason);
      continue;
    }
    if (auto why = furniture_reason(u.text); !why.empty()) {
      reject_unit(u, why);
      continue;
    }
    std::string heading;
    std::int64_t count = 0;
    if (parse_section_count(u.text, heading, count)) {
      if (!heading.empty()) {
        if (candidate >= 0) reject(units[static_cast<std::size_t>(candidate)].line, "heading");
        candidate = static_cast<long>(g);
        declared = count;
      } else {
        reject(u.line, "question count");
        if (candidate >= 0) declared = count;
        else count_only = count, count_line = u.line;
      }
      continue;
    }
    if (u.kind == UnitKind::kGap && looks_like_prose(u.text)) {
      if (candidate >= 0) reject(units[static_cast<std::size_t>(candidate)].line, "title");
      candidate = -1;
      reject_unit(u, prose_reason);
      continue;
    }
    if (u.kind == UnitKind::kGap && u.code.empty() && looks_like_heading(u.text)) {
      if (candidate >= 0) reject(units[static_cast<std::size_t>(candidate)].line, "heading");
      candidate = static_cast<long>(g);
      declared = 0;
      continue;
    }
    reject_unit(u, u.kind == UnitKind::kItem ? "not question-like" : (has_next ? "not a question" : "outro"));
  }
  if (candidate >= 0) {
    const Unit& h = units[static_cast<std::size_t>(candidate)];
    reject(h.line, has_next ? "heading" : "heading without questions");
    if (!has_next) return;
    topic = clean_topic(h.text);
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

// Joins lines with their common indentation removed; blank lines inside are kept.
std::string join_block(const std::vector<TextLine>& lines, const std::vector<std::size_t>& idx) {
  int common = 1 << 20;
  for (std::size_t k : idx)
    if (!lines[k].blank) common = std::min(common, indent_of(lines[k].raw));
  std::string s;
  for (std::size_t k : idx) {
    std::string_view r = rtrim(lines[k].raw);
    std::size_t cut = 0;
    int col = 0;
    while (cut < r.size() && col < common && (r[cut] == ' ' || r[cut] == '\t')) col += r[cut++] == '\t' ? 4 : 1;
    if (!s.empty() || !r.empty()) s.append(r.substr(cut)).push_back('\n');
  }
  while (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

void Emitter::emit(const Unit& u) {
  RawItem item;
  item.line = static_cast<std::int64_t>(u.line + 1);
  item.raw = std::string(lines[u.line].raw);
  item.text = u.text;
  item.topic = topic;
  if (!u.code.empty()) item.code = join_block(lines, u.code);
  if (!u.answer.empty()) {
    std::string a;
    for (std::size_t k : u.answer) {
      std::string_view t = lines[k].text, rest;
      if (a.empty() && strip_answer_prefix(t, rest)) t = rest;
      if (!a.empty()) a += lines[k - 1].blank ? "\n\n" : "\n";
      a += t;
    }
    if (!a.empty()) item.answer = std::move(a);
  }
  if (section >= 0) ++out.sections[static_cast<std::size_t>(section)].found;
  seen_item = true;
  out.items.push_back(std::move(item));
}

// True when the unit before units[i] opens a section: the document start, a question, or a heading.
bool opens_section(const std::vector<Unit>& units, std::size_t i) {
  if (i == 0) return true;
  const Unit& prev = units[i - 1];
  if (prev.kind == UnitKind::kItem) return true;
  return prev.reason.empty() && furniture_reason(prev.text).empty() && looks_like_heading(prev.text);
}

}  // namespace

void filter_weak_runs(std::vector<Unit>& units) {
  std::size_t i = 0;
  while (i < units.size()) {
    if (units[i].kind != UnitKind::kItem || units[i].strong) {
      ++i;
      continue;
    }
    std::size_t j = i;
    int questions = 0;
    while (j < units.size() && units[j].kind == UnitKind::kItem && !units[j].strong)
      questions += units[j++].score >= 2 ? 1 : 0;
    std::size_t len = j - i;
    bool keep = len >= 3 ? questions * 4 >= static_cast<int>(len)
                         : questions == static_cast<int>(len) && opens_section(units, i);
    if (!keep)
      for (std::size_t k = i; k < j; ++k) units[k].reason = "not question-like";
    if (!keep)
      for (std::size_t k = i; k < j; ++k) units[k].kind = UnitKind::kGap;
    i = j;
  }
}

void emit_units(const std::vector<TextLine>& lines, std::vector<Unit>& units, ReaderOutput& out) {
  Emitter e{lines, units, out, std::nullopt, -1, false};
  std::vector<std::size_t> gaps;
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (units[i].kind == UnitKind::kGap) {
      gaps.push_back(i);
      continue;
    }
    e.resolve(gaps, true);
    gaps.clear();
    e.emit(units[i]);
  }
  e.resolve(gaps, false);
}

}  // namespace qbank::detail::txt
