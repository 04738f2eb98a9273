// Per-language ending alternations, parsed once from the embedded data file.

#include "dedup/form_endings.hpp"

#include <algorithm>
#include <utility>

#include "dedup/data_file.hpp"
#include "qbank/fold.hpp"

namespace qbank::internal {
namespace {

// The fewest letters a word keeps before a listed ending.
constexpr std::size_t kMinBase = 4;

// The fewest letters a word keeps before a form ending whose lemma ending is empty: the bare word is then the
// lemma, and a shorter one is as often another word with a suffix of its own.
constexpr std::size_t kMinBareBase = 7;

// Every language's alternations, parsed once.
const std::vector<std::pair<std::string, FormEndings>>& all_form_endings() {
  static const auto* parsed = [] {
    auto* out = new std::vector<std::pair<std::string, FormEndings>>();
    each_data_line<3>(dedup_data::form_endings_text(), [&](const auto& f) {
      std::string lang(f[0]);
      Alternation alt{fold(f[1]), fold(f[2])};
      if (alt.form.empty()) return;
      auto it = std::find_if(out->begin(), out->end(), [&](const auto& e) { return e.first == lang; });
      if (it == out->end()) it = out->insert(out->end(), {lang, {}});
      it->second.last_bytes.set(static_cast<unsigned char>(alt.form.back()));
      it->second.alternations.push_back(std::move(alt));
    });
    for (auto& [lang, endings] : *out)
      std::stable_sort(endings.alternations.begin(), endings.alternations.end(),
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

const FormEndings* form_endings(std::string_view lang) {
  // Two-letter codes find their entry in one step: an index by the two letters, built once.
  static const auto* by_letters = [] {
    auto* index = new std::vector<const FormEndings*>(26 * 26, nullptr);
    for (const auto& [code, endings] : all_form_endings())
      if (int slot = two_letter_slot(code); slot >= 0) (*index)[static_cast<std::size_t>(slot)] = &endings;
    return index;
  }();
  if (int slot = two_letter_slot(lang); slot >= 0) return (*by_letters)[static_cast<std::size_t>(slot)];
  for (const auto& [code, endings] : all_form_endings())
    if (code == lang) return &endings;
  return nullptr;
}

std::string lemma_form(std::string_view word, const FormEndings& endings) {
  if (word.empty() || !endings.last_bytes[static_cast<unsigned char>(word.back())]) return {};
  for (const Alternation& alt : endings.alternations) {
    if (!word.ends_with(alt.form)) continue;
    std::string_view base = word.substr(0, word.size() - alt.form.size());
    if (letters(base) < (alt.lemma.empty() ? kMinBareBase : kMinBase)) return {};
    return std::string(base).append(alt.lemma);
  }
  return {};
}

std::string lemma_form(std::string_view word, std::string_view lang) {
  const FormEndings* endings = form_endings(lang);
  return endings ? lemma_form(word, *endings) : std::string();
}

bool alternate_forms(std::string_view a, std::string_view b, const FormEndings& endings) {
  std::string la = lemma_form(a, endings), lb = lemma_form(b, endings);
  if (la.empty() && lb.empty()) return false;
  return (la.empty() ? a : std::string_view(la)) == (lb.empty() ? b : std::string_view(lb));
}

bool alternate_forms(std::string_view a, std::string_view b, std::string_view lang) {
  const FormEndings* endings = form_endings(lang);
  return endings && alternate_forms(a, b, *endings);
}

}  // namespace qbank::internal
