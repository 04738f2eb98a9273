#pragma once
// Linking records across languages: candidates from shared keys, strict verification, mutual best matches.

#include <cstdint>
#include <string>
#include <vector>

#include "qbank/xlang.hpp"
#include "xlang/analysis.hpp"

namespace qbank::internal {

// True when the language is known (neither empty nor "und").
bool known_language(const std::string& lang);

// Links the items that ask the same question in different languages; each link's a and b index items, a
// having the smaller id. The links do not depend on the order of the items. Throws std::bad_alloc.
LinkResult link_items(const std::vector<LinkItem>& items, const LinkOptions& options);

// Each item's linked items, ordered by language, then id.
std::vector<std::vector<std::uint32_t>> partner_lists(const std::vector<LinkItem>& items,
                                                      const std::vector<TranslationLink>& links);

}  // namespace qbank::internal
