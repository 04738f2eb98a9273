// Finds records that share an id but not their content.
#include "records/id_conflicts.hpp"

#include <algorithm>
#include <string>

#include "records/record_id.hpp"

namespace qbank::internal {
namespace {

// Where a record comes from, as "file:line" of its first source, or "no source".
std::string origin_of(const Question& q) {
  if (q.sources.empty()) return "no source";
  return q.sources[0].file + ":" + std::to_string(q.sources[0].line);
}

// A text shortened for a message.
std::string shown(const std::string& text) {
  constexpr std::size_t kShown = 60;
  if (text.size() <= kShown) return text;
  std::size_t cut = kShown;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // Whole UTF-8 characters.
  return text.substr(0, cut) + "…";
}

}  // namespace

Status check_id_conflicts(const std::vector<Question>& records) {
  std::vector<std::size_t> order;  // Records found once: a merged record keeps its seed's id beside another text.
  for (std::size_t i = 0; i < records.size(); ++i)
    if (records[i].sources.size() <= 1) order.push_back(i);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Question &x = records[a], &y = records[b];
    if (x.id != y.id) return x.id < y.id;
    std::string ox = origin_of(x), oy = origin_of(y);
    if (ox != oy) return ox < oy;
    return x.text < y.text;
  });
  std::string first_content, content;
  for (std::size_t k = 0; k + 1 < order.size(); ++k) {
    const Question &a = records[order[k]], &b = records[order[k + 1]];
    if (a.id != b.id || a.text == b.text) continue;
    compute_id_into(a, first_content);
    compute_id_into(b, content);
    if (first_content == content) continue;
    return Status::DataError(origin_of(b) + ": record id " + b.id + " is also the id of a different question at " +
                             origin_of(a) + " ('" + shown(b.text) + "' and '" + shown(a.text) +
                             "'); give one of them a new id (remove its \"id\" field to have one computed)");
  }
  return Status::Ok();
}

}  // namespace qbank::internal
