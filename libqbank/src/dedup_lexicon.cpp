// The built-in word lists dedup uses, in one place: context words, context prepositions, directional words.
#include <algorithm>
#include <array>
#include <string_view>

#include "dedup_internal.hpp"

namespace qbank::detail {
namespace {

// Names of languages and platforms commonly appended to questions ("... in Python", "(JavaScript)").
constexpr std::array<std::string_view, 40> kContextWords = {
    "python", "python3", "питон", "питоне", "питона", "javascript", "js", "java", "typescript", "ts",
    "golang", "go", "php", "ruby", "rust", "kotlin", "swift", "c#", "c++", "csharp",
    "cpp", "sql", "react", "reactjs", "node", "nodejs", "django", "flask", "linux", "unix",
    "html", "css", "es6", "ecmascript", "jquery", "vue", "angular", "dotnet", "net", "scala"};

// Prepositions that introduce a trailing context phrase, in the supported languages.
constexpr std::array<std::string_view, 18> kContextPrepositions = {
    "in", "on", "with", "using", "for", "в", "во", "на", "с", "для", "en", "con", "para", "mit", "im", "dans",
    "avec", "у"};

// Words whose two sides carry direction: swapping them changes the question.
constexpr std::array<std::string_view, 16> kDirectional = {
    "to", "into", "from", "->", "=>", "→", "из", "в", "во", "a", "hacia", "desde", "nach", "zu", "vers", "в"};

// True when the word appears in the list.
template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

}  // namespace

bool is_context_word(const std::string& stem) { return contains(kContextWords, stem); }
bool is_context_preposition(const std::string& word) { return contains(kContextPrepositions, word); }
bool is_directional(const std::string& word) { return contains(kDirectional, word); }

bool WordWeights::ignorable(const std::string& stem) const {
  if (is_context_word(stem)) return true;
  if (!use_frequency) return false;
  auto it = df.find(stem);
  return it != df.end() && static_cast<double>(it->second) > common_fraction * static_cast<double>(records);
}

}  // namespace qbank::detail
