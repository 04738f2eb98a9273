// Per-language ending alternations, parsed once from the embedded data file.

#include "dedup/form_endings.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "base/utf8.hpp"
#include "qbank/fold.hpp"

namespace qbank::internal {
namespace {

// The fewest letters a word keeps before a listed ending.
constexpr std::size_t kMinBase = 4;

// The fewest letters a word keeps before a form ending whose lemma ending is empty: the bare word is then the
// lemma, and a shorter one is as often another word with a suffix of its own.
constexpr std::size_t kMinBareBase = 7;

// One alternation: a form ending and the lemma ending that replaces it.
struct Alternation {
  std::string form;
  std::string lemma;
};

// Returns s without the spaces around it.
std::string_view ending_trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Every language's alternations, longest form ending first, parsed once.
const std::vector<std::pair<std::string, std::vector<Alternation>>>& all_alternations() {
  static const auto* parsed = [] {
    auto* out = new std::vector<std::pair<std::string, std::vector<Alternation>>>();
    std::string_view text = dedup_data::form_endings_text();
    while (!text.empty()) {
      std::size_t end = text.find('\n');
      std::string_view line = text.substr(0, end);
      text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
      std::size_t bar = line.find('|');
      std::size_t bar2 = bar == std::string_view::npos ? bar : line.find('|', bar + 1);
      if (line.empty() || line.front() == '#' || bar2 == std::string_view::npos) continue;
      std::string lang(ending_trimmed(line.substr(0, bar)));
      Alternation alt{fold(ending_trimmed(line.substr(bar + 1, bar2 - bar - 1))), fold(ending_trimmed(line.substr(bar2 + 1)))};
      if (alt.form.empty()) continue;
      auto it = std::find_if(out->begin(), out->end(), [&](const auto& e) { return e.first == lang; });
      if (it == out->end()) it = out->insert(out->end(), {lang, {}});
      it->second.push_back(std::move(alt));
    }
    for (auto& [lang, alts] : *out)
      std::stable_sort(alts.begin(), alts.end(),
                       [](const Alternation& x, const Alternation& y) { return x.form.size() > y.form.size(); });
    return out;
  }();
  return *parsed;
}

// Returns the number of code points of a UTF-8 string.
std::size_t letters(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace

bool has_form_endings(std::string_view lang) {
  const auto& all = all_alternations();
  return std::any_of(all.begin(), all.end(), [&](const auto& e) { return e.first == lang; });
}

std::string lemma_form(std::string_view word, std::string_view lang) {
  for (const auto& [code, alts] : all_alternations()) {
    if (code != lang) continue;
    for (const Alternation& alt : alts) {
      if (!word.ends_with(alt.form)) continue;
      std::string_view base = word.substr(0, word.size() - alt.form.size());
      if (letters(base) < (alt.lemma.empty() ? kMinBareBase : kMinBase)) return {};
      return std::string(base).append(alt.lemma);
    }
    return {};
  }
  return {};
}

bool alternate_forms(std::string_view a, std::string_view b, std::string_view lang) {
  std::string la = lemma_form(a, lang), lb = lemma_form(b, lang);
  if (la.empty() && lb.empty()) return false;
  return (la.empty() ? a : std::string_view(la)) == (lb.empty() ? b : std::string_view(lb));
}

}  // namespace qbank::internal
