// The linked translations of exported records: the texts of the records that translations arrays name.
#include <unordered_set>

#include "export/writers.hpp"

namespace qbank::internal {

Status TranslationTexts::collect(RecordSource& records) {
  // One pass keeps the ids named and the lines of records that name others (links are usually mutual);
  // a second pass, only when some named record was not among those, finds the rest.
  std::unordered_set<std::string> named;
  std::unordered_map<std::string, std::string> linking;
  Status s = records.scan([&](const Question& q) {
    if (q.translations.empty()) return Status::Ok();
    for (const auto& id : q.translations) named.insert(id);
    linking.try_emplace(q.id, q.lang + ": " + q.text);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  line_of_.clear();
  std::unordered_set<std::string> missing;
  for (const auto& id : named) {
    auto it = linking.find(id);
    if (it != linking.end()) line_of_.emplace(id, std::move(it->second));
    else missing.insert(id);
  }
  if (missing.empty()) return Status::Ok();
  return records.scan([&](const Question& q) {
    if (missing.count(q.id) != 0) line_of_.try_emplace(q.id, q.lang + ": " + q.text);
    return Status::Ok();
  });
}

void TranslationTexts::lines(const Question& q, std::vector<std::string>& out) const {
  out.clear();
  for (const auto& id : q.translations) {
    auto it = line_of_.find(id);
    out.push_back(it != line_of_.end() ? it->second : id);
  }
}

}  // namespace qbank::internal
