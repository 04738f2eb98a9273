// The linked translations of exported records, as "lang: text" lines.
#include <algorithm>

#include "export/writers.hpp"

namespace qbank::internal {

TranslationTexts::TranslationTexts(const std::vector<Question>& records) {
  if (std::none_of(records.begin(), records.end(), [](const Question& q) { return !q.translations.empty(); }))
    return;
  by_id_.reserve(records.size());
  for (const auto& q : records) by_id_.emplace_back(q.id, &q);
  std::sort(by_id_.begin(), by_id_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
}

std::vector<std::string> TranslationTexts::lines(const Question& q) const {
  std::vector<std::string> out;
  for (const auto& id : q.translations) {
    auto it = std::lower_bound(by_id_.begin(), by_id_.end(), std::string_view(id),
                               [](const auto& e, std::string_view k) { return e.first < k; });
    if (it != by_id_.end() && it->first == id) out.push_back(it->second->lang + ": " + it->second->text);
    else out.push_back(id);
  }
  return out;
}

}  // namespace qbank::internal
