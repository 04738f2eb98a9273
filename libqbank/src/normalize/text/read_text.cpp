// The plain-text list reader: splits lines, picks the document's item shape and emits questions.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>

#include "normalize/reader.hpp"
#include "normalize/text/bbcode.hpp"
#include "normalize/text/latex.hpp"
#include "normalize/text/mediawiki.hpp"
#include "normalize/text/org.hpp"
#include "normalize/text/rst.hpp"
#include "normalize/text/units.hpp"
#include "normalize/text/words.hpp"

namespace qbank::internal::txt {
namespace {

// The marker families a document's questions may use.
enum Family { kBullets, kNumbers, kPrefixes, kHeaders, kFamilies };

// Returns the family of a marker, or kFamilies when it has none.
int family_of(MarkerKind kind) {
  switch (kind) {
    case MarkerKind::kBullet: return kBullets;
    case MarkerKind::kNumber: return kNumbers;
    case MarkerKind::kPrefix: return kPrefixes;
    case MarkerKind::kHeader: return kHeaders;
    default: return kFamilies;
  }
}

// True when the document's questions carry markers: one family is frequent compared with plain
// question-like lines. Marked lines under an entry title of a titled outline are that entry's body and do not
// count.
bool is_marked_document(const std::vector<TextLine>& lines) {
  int counts[kFamilies] = {0, 0, 0, 0};
  std::vector<const TextLine*> listed;  // Bulleted and numbered lines.
  std::vector<const TextLine*> plain;  // Plain lines that count when question-like.
  bool after_header = false;
  bool under_entry = false;  // The last title above is an entry (a leaf title).
  for (const auto& l : lines) {
    if (l.blank) continue;
    if (l.titled) under_entry = l.leaf_title;
    if (under_entry && !l.titled) continue;
    int f = family_of(l.marker.kind);
    if (f < kFamilies) {
      ++counts[f];
      if (f < kPrefixes) listed.push_back(&l);
      after_header = f == kHeaders;
      continue;
    }
    if (!after_header && l.marker.kind == MarkerKind::kNone) plain.push_back(&l);
    after_header = false;
  }
  long best = *std::max_element(counts, counts + kFamilies);
  if (best < 2) return false;
  // Lists that never ask under plain lines that do ("What is X?" / "- X is …") are answers: the document is plain.
  long asking = 0;  // Listed lines that read as questions, counted until they are too many for the rule below.
  if (counts[kPrefixes] + counts[kHeaders] == 0)
    for (std::size_t k = 0; k < listed.size() && asking * 5 <= best; ++k)
      asking += is_question_like(listed[k]->marker.content) ? 1 : 0;
  if (counts[kPrefixes] + counts[kHeaders] == 0 && asking * 5 <= best) {
    int plain_asking = 0;
    for (const TextLine* l : plain) plain_asking += plain_question_line(*l) ? 1 : 0;
    if (plain_asking >= 2) return false;
  }
  long questions = 0, left = static_cast<long>(plain.size());
  for (const TextLine* l : plain) {  // Stops as soon as the remaining lines cannot change the answer.
    if (questions + left <= best * 3) return true;
    questions += is_question_like(l->text) ? 1 : 0;
    --left;
    if (questions > best * 3) return false;
  }
  return true;
}

// True for a line drawn with one repeated rule character ("-----", "=====", "~~~~"), three or more.
bool is_rule(std::string_view t) {
  if (t.size() < 3 || std::string_view("-=~*_#+^").find(t[0]) == std::string_view::npos) return false;
  return t.find_first_not_of(t[0]) == std::string_view::npos;
}

// A line opened by a label word: "Frage 3: …", "उत्तर: …".
struct Label {
  std::string_view word;      // The label word.
  bool numbered = false;      // A number follows the word.
  std::size_t rest = 0;       // Offset in the trimmed line of the text after the colon.
};

// Reads a label word (letters, up to 40 bytes), an optional number and a colon (or the ideographic space that
// sets labels apart in Japanese and Chinese text) at the start of a trimmed line.
std::optional<Label> read_label(std::string_view t) {
  std::size_t i = 0;
  if (t.empty() || !is_letter(next_cp(t, i))) return std::nullopt;
  i = 0;
  while (i < t.size() && i <= 40) {
    auto b = static_cast<unsigned char>(t[i]);
    if (b < 0x80 && !std::isalpha(b)) break;
    if ((b == 0xEF || b == 0xE3) && (t.substr(i, 3) == "\xEF\xBC\x9A" || t.substr(i, 3) == "\xE3\x80\x80"))
      break;  // "：", ideographic space
    i += b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
  }
  if (i == 0 || i > 40) return std::nullopt;
  Label l;
  l.word = t.substr(0, std::min(i, t.size()));
  std::size_t k = i;
  while (k < t.size() && t[k] == ' ') ++k;
  std::size_t d = k;
  while (d < t.size() && std::isdigit(static_cast<unsigned char>(t[d]))) ++d;
  l.numbered = d > k;
  k = d;
  while (k < t.size() && t[k] == ' ') ++k;
  if (t.substr(k, 1) == ":") k += 1;
  else if (t.substr(k, 3) == "\xEF\xBC\x9A" || t.substr(k, 3) == "\xE3\x80\x80") k += 3;  // "問1　…", "答　…"
  else return std::nullopt;
  while (k < t.size() && t[k] == ' ') ++k;
  l.rest = k;
  return l;
}

// Finds question and answer labels in words qbank does not list ("प्रश्न 1:" / "उत्तर:"): a word that opens two
// or more unmarked lines with a number and a colon labels questions when another word opens, with a colon, the
// line after most of them (their answers) or when most of its lines ask; the lines are then read as such.
void infer_label_words(std::vector<TextLine>& lines) {
  std::vector<std::pair<std::size_t, Label>> numbered;  // Unmarked lines opened by a numbered label.
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const TextLine& l = lines[i];
    if (l.blank || l.marker.kind != MarkerKind::kNone || l.marker.answer_skip != std::string_view::npos) continue;
    if (auto lab = read_label(l.text); lab && lab->numbered && lab->rest < l.text.size()) numbered.emplace_back(i, *lab);
  }
  if (numbered.size() < 2) return;
  std::string_view word = numbered.front().second.word;  // The question word: the first numbered label's.
  std::size_t count = 0, asking = 0;
  std::vector<std::pair<std::size_t, std::size_t>> answers;  // (line, rest) after a question line
  std::string_view answer_word;
  for (const auto& [i, lab] : numbered) {
    if (lab.word != word) continue;
    ++count;
    asking += is_question_like(lines[i].text.substr(lab.rest)) ? 1 : 0;
    std::size_t j = i + 1;
    while (j < lines.size() && lines[j].blank) ++j;
    if (j == lines.size() || lines[j].marker.kind != MarkerKind::kNone) continue;
    auto a = read_label(lines[j].text);
    if (!a || a->numbered || a->word == word || (!answer_word.empty() && a->word != answer_word)) continue;
    answer_word = a->word;
    answers.emplace_back(j, a->rest);
  }
  bool answered = answers.size() >= 2 && answers.size() * 2 >= count;
  if (count < 2 || !(answered || asking * 2 > count)) return;
  for (const auto& [i, lab] : numbered) {
    if (lab.word != word) continue;
    lines[i].marker.kind = MarkerKind::kPrefix;
    lines[i].marker.content = lines[i].text.substr(lab.rest);
  }
  if (answered)
    for (const auto& [j, rest] : answers) lines[j].marker.answer_skip = rest;
}

// The text between equal runs of two to six "=" ("=== How do I renew? ===" gives "How do I renew?"), or "".
std::string_view title_inside(std::string_view t) {
  std::size_t a = 0;
  while (a < t.size() && t[a] == '=') ++a;
  std::size_t b = 0;
  while (b < t.size() - a && t[t.size() - 1 - b] == '=') ++b;
  if (a < 2 || a > 6 || a != b || a + b >= t.size()) return {};
  return trim(t.substr(a, t.size() - a - b));
}

// The level of a line opened at its first column by a run of mark ('*' or '=') and a space ("** Why?" gives
// 2), or 0.
std::size_t outline_level(std::string_view raw, char mark) {
  std::size_t k = 0;
  while (k < raw.size() && raw[k] == mark) ++k;
  return k <= 6 && k < raw.size() && raw[k] == ' ' ? k : 0;
}

// Reads lines opened by a run of mark at the first column as titles when the document nests them: Org's
// stars ("* Topic" over two or more "** Question" lines) or AsciiDoc's equals signs (two or more "=" titles,
// one of them "==" or deeper). The marks and a TODO/DONE keyword are no text.
void read_marked_outline(std::vector<TextLine>& lines, char mark) {
  std::size_t top = 0, nested = 0;
  for (const auto& l : lines) {
    std::size_t level = l.blank || l.titled ? 0 : outline_level(l.raw, mark);
    top += level == 1 ? 1 : 0;
    nested += level >= 2 ? 1 : 0;
  }
  if (mark == '*' ? (top == 0 || nested < 2) : (top + nested < 2 || nested == 0)) return;
  for (auto& l : lines) {
    std::size_t level = l.blank || l.titled ? 0 : outline_level(l.raw, mark);
    if (level == 0) continue;
    std::string_view t = trim(l.raw.substr(level));
    for (std::string_view keyword : {"TODO ", "DONE "})
      if (t.substr(0, keyword.size()) == keyword) t = trim(t.substr(keyword.size()));
    while (t.size() > 2 && t.back() == ':') {  // Trailing tags (":noexport:") are no text.
      std::size_t open = t.rfind(' ');
      if (open == std::string_view::npos || t[open + 1] != ':') break;
      t = trim(t.substr(0, open));
    }
    if (t.empty()) continue;
    l.text = t;
    l.marker = Marker{};
    l.titled = true;
  }
}

// Drops the mark that ends a definition term that asks ("What is Foo?::", "Why?;;": AsciiDoc definition
// lists).
void strip_term_marks(std::vector<TextLine>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view t = lines[i].text;
    if (t.size() < 3 || (t.substr(t.size() - 2) != "::" && t.substr(t.size() - 2) != ";;")) continue;
    if (!is_question_mark(last_char(t.substr(0, t.size() - 2)))) continue;
    lines[i].text = trim(t.substr(0, t.size() - 2));
    if (lines[i].marker.kind != MarkerKind::kNone && lines[i].marker.content.size() >= 2 &&
        lines[i].marker.content.substr(lines[i].marker.content.size() - 2) == t.substr(t.size() - 2))
      lines[i].marker.content = trim(lines[i].marker.content.substr(0, lines[i].marker.content.size() - 2));
  }
}

// The outline level of a title line: its leading "=" or "*" count.
std::size_t title_level(const TextLine& l) {
  std::string_view t = trim(l.raw);
  std::size_t k = 0;
  while (k < t.size() && t[k] == t[0] && (t[0] == '=' || t[0] == '*')) ++k;
  return k;
}

// True when the "=" titles of a document shrink as they nest (DokuWiki: "====== Page ======" over
// "==== Entry ===="): the first such title has the most "=" and some later one fewer.
bool equals_shrink_inward(const std::vector<TextLine>& lines) {
  std::size_t first = 0, fewest = 0, most = 0;
  for (const auto& l : lines) {
    if (!l.titled || trim(l.raw).front() != '=') continue;
    std::size_t level = title_level(l);
    if (first == 0) first = level;
    fewest = fewest == 0 ? level : std::min(fewest, level);
    most = std::max(most, level);
  }
  return first != 0 && first == most && fewest < first;
}

// Marks the entries of an outline whose titles come in two or more levels: the titles at the deepest level, and
// the titles no deeper title follows before the next title at their level or above (leaves of the outline) at a
// level where most titles are such leaves.
void mark_leaf_titles(std::vector<TextLine>& lines) {
  bool shrink = equals_shrink_inward(lines);
  auto depth = [&](const TextLine& l) {
    std::size_t level = title_level(l);
    return shrink && trim(l.raw).front() == '=' ? 8 - level : level;
  };
  std::size_t lowest = 0, deepest = 0;
  for (const auto& l : lines)
    if (l.titled) {
      std::size_t level = depth(l);
      lowest = lowest == 0 ? level : std::min(lowest, level);
      deepest = std::max(deepest, level);
    }
  if (deepest <= lowest) return;
  constexpr std::size_t kLevels = 10;
  int leaves[kLevels] = {}, sections[kLevels] = {};  // Per level: titles without and with deeper titles under them.
  TextLine* open = nullptr;  // The last title seen, a leaf unless a deeper title follows it.
  std::size_t open_depth = 0;
  for (auto& l : lines) {
    if (!l.titled) continue;
    std::size_t level = std::min(depth(l), kLevels - 1);
    if (open != nullptr) {
      open->leaf_title = level <= open_depth;
      open->parent_title = !open->leaf_title;
      ++(open->leaf_title ? leaves : sections)[open_depth];
    }
    open = &l;
    open_depth = level;
  }
  if (open != nullptr) {
    open->leaf_title = true;
    ++leaves[open_depth];
  }
  for (auto& l : lines)
    if (l.leaf_title) {
      std::size_t level = std::min(depth(l), kLevels - 1);
      l.leaf_title = level >= std::min(deepest, kLevels - 1) || leaves[level] > sections[level];
    }
}

// True when a line asks: it holds a question mark and reads as a question.
bool asks(std::string_view t) {
  return (t.find('?') != std::string_view::npos || has_wide_question_mark(t)) && is_question_like(t);
}

// Reads the entries of a document without markers or titles whose questions follow the last line of the answer
// before them with no blank line ("… was fixed.\nHow do I …?\n\nIts answer."), three or more times and for
// half or more of the lines that end with a question mark: the last line of each paragraph that another
// paragraph follows is an entry title when it asks, or when it is a statement without end punctuation over a
// paragraph that opens with a sentence; a question wrapped onto a line that opens in lower case is titled at its
// first line.
void mark_glued_entries(std::vector<TextLine>& lines) {
  std::size_t glued = 0, asking = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const TextLine& l = lines[i];
    if (l.blank) continue;
    if (l.titled || l.underline || l.rule || l.marker.kind != MarkerKind::kNone) return;
    if (!ends_with_question_mark(l.text)) continue;
    ++asking;
    glued += i > 0 && i + 1 < lines.size() && !lines[i - 1].blank && lines[i + 1].blank &&
                     !ends_with_question_mark(lines[i - 1].text)
                 ? 1 : 0;
  }
  if (glued < 3 || glued * 2 < asking) return;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].blank || !lines[i + 1].blank) continue;
    std::size_t j = i + 1;
    while (j < lines.size() && lines[j].blank) ++j;
    if (j == lines.size()) break;
    std::string_view t = lines[i].text;
    bool statement = !ends_with_terminal(t) && !looks_like_code(t) && ends_with_terminal(lines[j].text) &&
                     !asks(lines[j].text);
    if (!asks(t) && !statement) continue;
    std::size_t title = i;
    std::size_t k = 0;
    char32_t first = next_cp(t, k);
    if (i > 0 && !lines[i - 1].blank && is_letter(first) && !is_upper_cp(first) &&
        (asks(lines[i - 1].text) || !ends_with_terminal(lines[i - 1].text)))
      title = i - 1;
    lines[title].titled = lines[title].leaf_title = true;
  }
}

}  // namespace

std::vector<TextLine> split_text_lines(std::string_view text) {
  std::vector<TextLine> lines;
  lines.reserve(text.size() / 32 + 1);
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) {
    auto* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
    const char* stop = nl != nullptr ? nl : end;
    std::string_view raw(p, static_cast<std::size_t>(stop - p));
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    TextLine& l = lines.emplace_back();
    l.raw = raw;
    l.text = trim(raw);
    l.blank = l.text.empty();
    if (!l.blank) parse_marker_into(raw, l.text, l.marker);
    if (std::string_view inner = title_inside(l.text); !inner.empty()) {
      l.text = inner;
      l.marker = Marker{};
      l.titled = true;
    }
    p = stop + 1;
  }
  read_marked_outline(lines, '*');
  read_marked_outline(lines, '=');
  strip_term_marks(lines);
  mark_leaf_titles(lines);
  infer_label_words(lines);
  bool asks = false;  // Some line carries a question prefix or header ("Q1.", "Question 3").
  for (const auto& l : lines) asks = asks || l.marker.kind == MarkerKind::kPrefix || l.marker.kind == MarkerKind::kHeader;
  if (!asks)
    for (auto& l : lines)
      if (l.marker.answer_skip != std::string_view::npos) reread_as_section_number(l.marker, l.text);
  if (asks)  // "Q. …" / "A. …": a lone "A." (no "B." after it, so no option list) answers the question
    for (std::size_t i = 0; i < lines.size(); ++i) {
      Marker& m = lines[i].marker;
      if (m.kind != MarkerKind::kLetter || (m.bullet != 'A' && m.bullet != 'a')) continue;
      std::size_t j = i + 1;
      while (j < lines.size() && lines[j].blank) ++j;
      if (j < lines.size() && lines[j].marker.kind == MarkerKind::kLetter && (lines[j].marker.bullet | 0x20) == 'b')
        continue;
      m.kind = MarkerKind::kNone;
      m.answer_skip = lines[i].text.size() - m.content.size();
    }
  for (auto& l : lines) l.rule = is_rule(l.text);
  // An indented rule shorter than the text above it does not underline it: it closes a block quoted inside an
  // answer ("  santinel\n  ===").
  auto width = [](std::string_view t) {
    t = trim(t);
    std::size_t n = 0;
    for (char c : t) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
  };
  for (std::size_t i = 1; i < lines.size(); ++i)
    lines[i].underline = !lines[i - 1].blank && !lines[i - 1].underline && lines[i].rule && !lines[i - 1].rule &&
                         (lines[i].marker.indent == 0 || width(lines[i].text) >= width(lines[i - 1].text));
  mark_glued_entries(lines);
  return lines;
}

namespace {

// Gives the questions (from index items on) and rejected lines (from index first on) of a document read through
// a markup conversion their lines as written, and lists each line the conversion left blank (a LaTeX
// environment or preamble line, a tag-only BBCode line) as "markup", in line order.
void show_markup_lines(std::string_view original, std::string_view plain, std::size_t items, std::size_t first,
                       ReaderOutput& out) {
  std::vector<RejectedLine>& rejected = out.rejected;
  std::vector<std::string_view> raw = line_views(original), shown = line_views(plain);
  for (std::size_t k = items; k < out.items.size(); ++k) {
    auto at = static_cast<std::size_t>(out.items[k].line - 1);
    if (out.items[k].line >= 1 && at < raw.size()) out.items[k].raw = std::string(raw[at]);
  }
  std::vector<bool> listed(raw.size(), false);  // Lines a reason was given for already.
  for (std::size_t k = first; k < rejected.size(); ++k) {
    auto at = static_cast<std::size_t>(rejected[k].line - 1);
    if (rejected[k].line < 1 || at >= raw.size()) continue;
    rejected[k].text = std::string(raw[at]);
    listed[at] = true;
  }
  for (std::size_t at = 0; at < raw.size() && at < shown.size(); ++at)
    if (!listed[at] && trim(shown[at]).empty() && !trim(raw[at]).empty())
      rejected.push_back(RejectedLine{static_cast<std::int64_t>(at + 1), std::string(raw[at]), "markup"});
  std::stable_sort(rejected.begin() + static_cast<std::ptrdiff_t>(first), rejected.end(),
                   [](const RejectedLine& a, const RejectedLine& b) { return a.line < b.line; });
}

}  // namespace

}  // namespace qbank::internal::txt

namespace qbank::internal {

Status read_text(std::string_view text, const NormalizeOptions& options, ReaderOutput& out) {
  using namespace txt;
  const std::string_view original = text;
  const std::size_t rejected_before = out.rejected.size();
  std::vector<std::pair<std::int64_t, std::string_view>> markup_lines;  // Wiki and Org lines holding only markup.
  std::optional<std::string> plain = bbcode_to_text(text);  // A forum post's lines without their BBCode.
  // An Org document is read as Org before LaTeX is tried: its source blocks may hold a whole LaTeX file.
  if (!plain) plain = org_to_text(text, markup_lines);        // An Org document's lines without its keywords.
  if (!plain) plain = latex_to_text(text);                  // A LaTeX sheet's lines without their commands.
  if (!plain) plain = mediawiki_to_text(text, markup_lines);  // A wiki page's lines without their markup.
  if (!plain) plain = rst_to_text(text, out.rejected);        // A reStructuredText page's lines without markup.
  for (const auto& [line, raw] : markup_lines) out.rejected.push_back({line, std::string(raw), "metadata"});
  if (plain) text = *plain;
  std::size_t before = out.items.size();
  auto own_texts = [&] {  // Texts that point into plain get storage of their own before plain goes.
    if (!plain) return;
    for (std::size_t k = before; k < out.items.size(); ++k)
      out.items[k].text = std::string(std::string_view(out.items[k].text));
    show_markup_lines(original, *plain, before, rejected_before, out);
  };
  std::vector<TextLine> lines = split_text_lines(text);
  std::vector<WikiTable> tables = read_wiki_tables(lines, options);
  if (read_numbered_outline(lines, out)) {
    for (WikiTable& t : tables) take_table_output(lines, t, std::nullopt, out);
    std::stable_sort(out.items.begin(), out.items.end(), [](const RawItem& a, const RawItem& b) { return a.line < b.line; });
    own_texts();
    return Status::Ok();
  }
  UnitList list;
  if (is_marked_document(lines)) build_marked_units(lines, list);
  else build_plain_units(lines, list);
  add_table_units(tables, list);
  mark_contents_entries(list.units);
  filter_weak_runs(list.units);
  emit_units(lines, list, out);
  apply_answer_key(lines, out);
  apply_answer_section(lines, out);
  own_texts();
  return Status::Ok();
}

}  // namespace qbank::internal
