// The plurals dedup keeps apart from their singulars, parsed once from the embedded data file.

#include "dedup/lexical_plurals.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "dedup/data_file.hpp"
#include "qbank/fold.hpp"

namespace qbank::internal {

bool lexical_plural(std::string_view word, std::string_view lang) {
  // The listed English plurals, sorted for a binary search.
  static const auto* english = [] {
    auto* out = new std::vector<std::string>();
    each_data_line<2>(dedup_data::lexical_plurals_text(), [&](const auto& f) {
      if (f[0] == "en" && !f[1].empty()) out->push_back(fold(f[1]));
    });
    std::sort(out->begin(), out->end());
    return out;
  }();
  if (lang != "en" || word.size() < 4 || word.back() != 's') return false;
  return std::binary_search(english->begin(), english->end(), word);
}

}  // namespace qbank::internal
