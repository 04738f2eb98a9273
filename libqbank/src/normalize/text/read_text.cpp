// The plain-text list reader: splits lines, picks the document's item shape and emits questions.
#include <algorithm>
#include <cstring>

#include "normalize/reader.hpp"
#include "normalize/text/units.hpp"

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
// question-like lines.
bool is_marked_document(const std::vector<TextLine>& lines) {
  int counts[kFamilies] = {0, 0, 0, 0};
  std::vector<const TextLine*> plain;  // Plain lines that count when question-like.
  bool after_header = false;
  for (const auto& l : lines) {
    if (l.blank) continue;
    int f = family_of(l.marker.kind);
    if (f < kFamilies) {
      ++counts[f];
      after_header = f == kHeaders;
      continue;
    }
    if (!after_header && l.marker.kind == MarkerKind::kNone) plain.push_back(&l);
    after_header = false;
  }
  long best = *std::max_element(counts, counts + kFamilies);
  if (best < 2) return false;
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
    p = stop + 1;
  }
  bool asks = false;  // Some line carries a question prefix or header ("Q1.", "Question 3").
  for (const auto& l : lines) asks = asks || l.marker.kind == MarkerKind::kPrefix || l.marker.kind == MarkerKind::kHeader;
  if (!asks)
    for (auto& l : lines)
      if (l.marker.answer_skip != std::string_view::npos) reread_as_section_number(l.marker, l.text);
  for (std::size_t i = 1; i < lines.size(); ++i)
    lines[i].underline = !lines[i - 1].blank && !lines[i - 1].underline && is_rule(lines[i].text) &&
                         !is_rule(lines[i - 1].text);
  return lines;
}

}  // namespace qbank::internal::txt

namespace qbank::internal {

Status read_text(std::string_view text, const NormalizeOptions&, ReaderOutput& out) {
  using namespace txt;
  std::vector<TextLine> lines = split_text_lines(text);
  if (read_numbered_outline(lines, out)) return Status::Ok();
  UnitList list;
  if (is_marked_document(lines)) build_marked_units(lines, list);
  else build_plain_units(lines, list);
  mark_contents_entries(list.units);
  filter_weak_runs(list.units);
  emit_units(lines, list, out);
  return Status::Ok();
}

}  // namespace qbank::internal
