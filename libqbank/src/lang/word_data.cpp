// Queries on the per-language word data, and the dominant language of a document.
#include <map>

#include "lang/lang_internal.hpp"
#include "qbank/lang.hpp"

namespace qbank {

std::string dominant_language(const std::vector<std::string>& texts) {
  std::map<std::string, std::size_t> counts;
  for (const auto& t : texts) {
    std::string lang = detect_language(t);
    if (lang != "und") ++counts[lang];
  }
  std::string best = "und";
  std::size_t best_count = 0;
  for (const auto& [lang, n] : counts)
    if (n > best_count) {
      best = lang;
      best_count = n;
    }
  return best;
}

}  // namespace qbank

namespace qbank::internal {

bool is_stop_word(std::string_view folded_word, std::string_view lang) {
  const internal::LanguageProfile* p = internal::find_profile(lang);
  return p != nullptr && p->stop.count(std::string(folded_word)) > 0;
}

std::vector<std::string> question_templates(std::string_view lang) {
  const internal::LanguageProfile* p = internal::find_profile(lang);
  return p == nullptr ? std::vector<std::string>{} : p->templates;
}

std::size_t match_question_template(std::string_view folded, std::string_view lang) {
  const internal::LanguageProfile* p = internal::find_profile(lang);
  if (p == nullptr) return 0;
  std::size_t start = 0;
  for (bool moved = true; moved;) {
    moved = false;
    for (std::string_view opener : {"\xC2\xBF", "\xC2\xA1", "\"", "'", " "})
      if (folded.substr(start, opener.size()) == opener) {
        start += opener.size();
        moved = true;
      }
  }
  std::string_view text = folded.substr(start);
  for (const auto& t : p->templates) {
    if (text.substr(0, t.size()) != t) continue;
    bool boundary = text.size() == t.size() || text[t.size()] == ' ' || text[t.size()] == '?' ||
                    static_cast<unsigned char>(t.back()) >= 0xE3;
    if (boundary) return start + t.size();
  }
  return 0;
}

std::vector<std::string> known_languages() {
  std::vector<std::string> out;
  for (const auto& p : internal::language_profiles()) out.push_back(p.code);
  return out;
}

}  // namespace qbank::internal
