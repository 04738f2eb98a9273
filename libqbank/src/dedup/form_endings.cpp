// Per-language ending alternations, parsed once from the embedded data file.

#include "dedup/form_endings.hpp"

#include <algorithm>
#include <utility>

#include "qbank/fold.hpp"

namespace qbank::internal {
namespace {

// The fewest letters a word keeps before a listed ending.
constexpr std::size_t kMinBase = 4;

// The fewest letters a word keeps before a form ending whose lemma ending is empty: the bare word is then the
// lemma, and a shorter one is as often another word with a suffix of its own.
constexpr std::size_t kMinBareBase = 7;

// Returns s without the spaces around it.
std::string_view ending_trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Every language's alternations, parsed once.
const std::vector<std::pair<std::string, FormEndings>>& all_form_endings() {
  static const auto* parsed = [] {
    auto* out = new std::vector<std::pair<std::string, FormEndings>>();
    std::string_view text = dedup_data::form_endings_text();
    while (!text.empty()) {
      std::size_t end = text.find('\n');
      std::string_view line = text.substr(0, end);
      text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
      std::size_t bar = line.find('|');
      std::size_t bar2 = bar == std::string_view::npos ? bar : line.find('|', bar + 1);
      if (line.empty() || line.front() == '#' || bar2 == std::string_view::npos) continue;
      std::string lang(ending_trimmed(line.substr(0, bar)));
      Alternation alt{fold(ending_trimmed(line.substr(bar + 1, bar2 - bar - 1))),
                      fold(ending_trimmed(line.substr(bar2 + 1)))};
      if (alt.form.empty()) continue;
      auto it = std::find_if(out->begin(), out->end(), [&](const auto& e) { return e.first == lang; });
      if (it == out->end()) it = out->insert(out->end(), {lang, {}});
      it->second.last_bytes.set(static_cast<unsigned char>(alt.form.back()));
      it->second.alternations.push_back(std::move(alt));
    }
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
      if (code.size() == 2 && code[0] >= 'a' && code[0] <= 'z' && code[1] >= 'a' && code[1] <= 'z')
        (*index)[static_cast<std::size_t>((code[0] - 'a') * 26 + (code[1] - 'a'))] = &endings;
    return index;
  }();
  if (lang.size() == 2 && lang[0] >= 'a' && lang[0] <= 'z' && lang[1] >= 'a' && lang[1] <= 'z')
    return (*by_letters)[static_cast<std::size_t>((lang[0] - 'a') * 26 + (lang[1] - 'a'))];
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
