// The plain-text list reader: splits lines, picks the document's item shape and emits questions.
#include <algorithm>

#include "normalize_internal.hpp"
#include "text_units.hpp"

namespace qbank::detail::txt {
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
  int plain_questions = 0;
  bool after_header = false;
  for (const auto& l : lines) {
    if (l.blank) continue;
    int f = family_of(l.marker.kind);
    if (f < kFamilies) {
      ++counts[f];
      after_header = f == kHeaders;
      continue;
    }
    if (!after_header && l.marker.kind == MarkerKind::kNone && question_score(l.text) >= 2) ++plain_questions;
    after_header = false;
  }
  int best = 0;
  for (int c : counts) best = std::max(best, c);
  return best >= 2 && best * 3 >= plain_questions;
}

}  // namespace

std::vector<TextLine> split_text_lines(std::string_view text) {
  std::vector<TextLine> lines;
  lines.reserve(text.size() / 40 + 1);
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view raw = text.substr(pos, end - pos);
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    TextLine l;
    l.raw = raw;
    l.text = trim(raw);
    l.blank = l.text.empty();
    if (!l.blank) l.marker = parse_marker(raw);
    lines.push_back(l);
    pos = end + 1;
  }
  return lines;
}

}  // namespace qbank::detail::txt

namespace qbank::detail {

Status read_text(std::string_view text, const NormalizeOptions&, ReaderOutput& out) {
  using namespace txt;
  std::vector<TextLine> lines = split_text_lines(text);
  std::vector<Unit> units = is_marked_document(lines) ? build_marked_units(lines) : build_plain_units(lines);
  filter_weak_runs(units);
  emit_units(lines, units, out);
  return Status::Ok();
}

}  // namespace qbank::detail
