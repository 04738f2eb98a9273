// The Markdown reader: heading questions with answers and code, list questions under topic headings,
// prefixed paragraph questions, <details> answers, multiple-choice options; TOCs and prose rejected.
#include "markdown_reader.hpp"
#include "normalize_internal.hpp"
#include "text_words.hpp"
#include "utf8.hpp"

namespace qbank::detail::md {
namespace {

// How the current question was written.
enum class Owner { kNone, kHeading, kList, kPrefix };

// The walk over a document's blocks.
struct Walker {
  const std::vector<std::string_view>& lines;
  const std::vector<Block>& blocks;
  const HeadingPlan& plan;
  ReaderOutput& out;
  std::optional<std::string> topics[7];
  std::vector<std::pair<int, std::string>> labels;  // Label list items (indent, topic) over nested items.
  long cur = -1;                                    // Current question (index in out.items).
  Owner owner = Owner::kNone;
  int cur_level = 0;
  bool cur_open = false;   // True while code may still attach to the current list/prefix question.
  long pending_code = -1;  // A code block waiting for the question that follows it.
  long section = -1;       // Index in out.sections of the counted section in force.
  int section_level = 0;
  bool link_lists = false;  // True when most link-only list items read as questions (a list of links to them).

  RawItem& item() { return out.items[static_cast<std::size_t>(cur)]; }

  // Records every non-blank line of a block as rejected.
  void reject(const Block& b, std::string_view reason) {
    for (std::size_t k = b.first; k <= b.last && k < lines.size(); ++k)
      if (!txt::trim(lines[k]).empty())
        out.rejected.push_back({static_cast<std::int64_t>(k + 1), std::string(lines[k]), std::string(reason)});
  }

  // The deepest topic in force.
  std::optional<std::string> topic() const {
    for (int l = 6; l >= 1; --l)
      if (topics[l]) return topics[l];
    return std::nullopt;
  }

  // Appends a piece of answer text to the current question.
  void add_answer(std::string_view text) {
    if (cur < 0 || txt::trim(text).empty()) return;
    auto& a = item().answer;
    if (!a) a = std::string(txt::trim(text));
    else a->append("\n\n").append(txt::trim(text));
  }

  // Starts a question from a block.
  void start(const Block& b, std::string text, Owner kind, std::optional<std::string> t) {
    RawItem it;
    it.line = static_cast<std::int64_t>(b.first + 1);
    it.raw = std::string(lines[b.first]);
    it.text = std::move(text);
    it.topic = std::move(t);
    out.items.push_back(std::move(it));
    cur = static_cast<long>(out.items.size()) - 1;
    owner = kind;
    cur_level = b.level;
    cur_open = true;
    if (section >= 0) ++out.sections[static_cast<std::size_t>(section)].found;
  }

  void heading(std::size_t i);
  void code(std::size_t i);
  void list_item(std::size_t i);
  void paragraph(std::size_t i);
  void collapsed(const Block& b);
  void run();
};

void Walker::heading(std::size_t i) {
  const Block& b = blocks[i];
  const HeadingInfo& h = plan.info[i];
  std::string_view rest;
  if (cur >= 0 && txt::strip_answer_prefix(h.text, rest)) return add_answer(rest);
  bool deeper = cur >= 0 && owner == Owner::kHeading && b.level > cur_level;
  if (h.question && (!deeper || plan.numbered_only)) {
    for (int l = b.level; l <= 6; ++l) topics[l].reset();
    labels.clear();
    return start(b, h.text, Owner::kHeading, topic());
  }
  if (deeper) return add_answer(h.text);
  cur = -1;
  labels.clear();
  if (auto why = txt::furniture_reason(h.text); !why.empty() || h.text.empty()) return reject(b, why.empty() ? "heading" : why);
  reject(b, "heading");
  for (int l = b.level; l <= 6; ++l) topics[l].reset();
  std::string t = txt::clean_topic(h.text);
  if (!t.empty()) topics[b.level] = t;
  if (section >= 0 && b.level <= section_level) section = -1;
  std::string counted;
  std::int64_t n = 0;
  if (txt::parse_section_count(h.text, counted, n) && !t.empty()) {
    out.sections.push_back({t, static_cast<std::int64_t>(b.first + 1), n, 0});
    section = static_cast<long>(out.sections.size()) - 1;
    section_level = b.level;
  }
}

void Walker::code(std::size_t i) {
  const Block& b = blocks[i];
  if (cur >= 0 && owner == Owner::kHeading) {
    auto& it = item();
    if (it.answer) return add_answer("```\n" + b.text + "\n```");
    if (it.code) it.code->append("\n\n").append(b.text);
    else it.code = b.text;
    return;
  }
  if (cur >= 0 && cur_open && !item().code) {
    item().code = b.text;
    cur_open = false;
    return;
  }
  if (pending_code >= 0) reject(blocks[static_cast<std::size_t>(pending_code)], "code without a question");
  pending_code = static_cast<long>(i);
}

void Walker::list_item(std::size_t i) {
  const Block& b = blocks[i];
  std::string text = inline_text(b.text);
  if (cur >= 0 && owner == Owner::kHeading) {
    bool choice = text.size() > 2 && text[0] >= 'A' && text[0] <= 'H' &&
                  (text[1] == ':' || text[1] == '.' || text[1] == ')') && text[2] == ' ';
    if (choice && !item().answer) item().choices.push_back(text);
    else add_answer("- " + text);
    return;
  }
  while (!labels.empty() && labels.back().first >= b.level) labels.pop_back();
  std::string_view label;
  cur_open = false;
  if (text.empty()) return reject(b, "empty item");
  if (plan.question_level > 0 || plan.numbered_only) return reject(b, "section text");
  if (is_anchor_link(b.text)) return reject(b, "table of contents");
  if (single_link(b.text, label)) {
    std::string l = inline_text(label);
    std::size_t cjk = 0;
    for (std::size_t k = 0; k < l.size();) cjk += txt::is_cjk(utf8::next(l, k)) ? 1 : 0;
    bool long_enough = txt::split_words(l).size() >= 3 || cjk >= 6;
    if (txt::question_score(l) < 2 && !(link_lists && long_enough)) return reject(b, "link");
  }
  if (auto why = txt::furniture_reason(text); !why.empty()) return reject(b, why);
  if (txt::looks_like_prose(text)) return reject(b, "prose");
  bool parent = i + 1 < blocks.size() && blocks[i + 1].kind == BlockKind::kItem && blocks[i + 1].level > b.level;
  if (parent && txt::question_score(text) < 2 && txt::looks_like_heading(text)) {
    labels.emplace_back(b.level, txt::clean_topic(text));
    cur = -1;
    return reject(b, "label");
  }
  std::string_view q = text;
  txt::strip_question_prefix(q, q);
  start(b, std::string(q), Owner::kList, labels.empty() ? topic() : std::optional<std::string>(labels.back().second));
}

void Walker::paragraph(std::size_t i) {
  const Block& b = blocks[i];
  std::string text = inline_text(b.text);
  std::string_view rest;
  if (txt::strip_question_prefix(text, rest) && !rest.empty()) {
    start(b, std::string(rest), Owner::kPrefix, topic());
    if (pending_code >= 0) {
      item().code = blocks[static_cast<std::size_t>(pending_code)].text;
      pending_code = -1;
      cur_open = false;
    }
    return;
  }
  if (cur >= 0 && txt::strip_answer_prefix(text, rest)) return add_answer(rest);
  if (cur >= 0 && owner == Owner::kHeading) return add_answer(text);
  cur_open = false;
  auto why = txt::furniture_reason(text);
  reject(b, !why.empty() ? why : txt::looks_like_prose(text) ? "prose" : "paragraph");
}

void Walker::collapsed(const Block& b) {
  if (cur < 0) return reject(b, "collapsed section");
  if (b.opens_details) return;  // the <summary> label
  std::string_view rest;
  switch (b.kind) {
    case BlockKind::kCode: return add_answer("```\n" + b.text + "\n```");
    case BlockKind::kItem: return add_answer("- " + inline_text(b.text));
    default: {
      std::string text = inline_text(b.text);
      if (txt::strip_answer_prefix(text, rest)) return add_answer(rest);
      return add_answer(text);
    }
  }
}

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

void Walker::run() {
  link_lists = links_read_as_questions(blocks);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (pending_code >= 0 && b.kind != BlockKind::kParagraph && b.kind != BlockKind::kCode) {
      reject(blocks[static_cast<std::size_t>(pending_code)], "code without a question");
      pending_code = -1;
    }
    if (b.details > 0) {
      collapsed(b);
      continue;
    }
    switch (b.kind) {
      case BlockKind::kHeading: heading(i); break;
      case BlockKind::kCode: code(i); break;
      case BlockKind::kItem: list_item(i); break;
      case BlockKind::kParagraph: paragraph(i); break;
      case BlockKind::kFrontMatter: reject(b, "front matter"); break;
      case BlockKind::kRule:  // a thematic break ends the current question
        cur = -1;
        reject(b, "separator");
        break;
      case BlockKind::kTable:
      case BlockKind::kHtml:
        if (cur >= 0 && owner == Owner::kHeading) add_answer(inline_text(b.text));
        else reject(b, b.kind == BlockKind::kTable ? "table" : "html");
        break;
    }
  }
  if (pending_code >= 0) reject(blocks[static_cast<std::size_t>(pending_code)], "code without a question");
}

}  // namespace
}  // namespace qbank::detail::md

namespace qbank::detail {

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
  auto blocks = md::split_blocks(lines);
  auto plan = md::plan_headings(blocks);
  ReaderOutput mine;
  md::Walker w{lines, blocks, plan, mine, {}, {}, -1, md::Owner::kNone, 0, false, -1, -1, 0, false};
  w.run();
  if (mine.items.empty()) return read_text(text, options, out);  // a plain list saved as .md
  out = std::move(mine);
  return Status::Ok();
}

}  // namespace qbank::detail
