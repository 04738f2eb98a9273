// The built-in word lists dedup uses, in one place, and the dedup key index.
#include <algorithm>
#include <array>
#include <limits>
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
constexpr std::array<std::string_view, 18> kDirectional = {
    "to", "into", "from", "over", "->", "=>", "→", "из", "в", "во", "вместо", "a", "hacia", "desde", "nach", "zu",
    "vers", "转换为"};

// Phrases (folded, matched as substrings) by which a question refers to code attached to it.
constexpr std::array<std::string_view, 28> kCodeReferences = {
    "following code", "this code", "code below", "snippet", "the output", "what's the output",
    "will be printed", "does this print", "print out", "following program", "следующ", "этот код",
    "данный код", "код ниже", "вывод", "выведет", "输出", "以下代码", "下面的代码", "这段代码",
    "código", "salida", "siguiente", "folgende", "ausgabe", "dieser code", "ce code", "suivant"};

// Question words (folded tokens; CJK as bigrams) and the form of question each one asks. Two questions whose
// forms differ ("what is X" / "which X exist" / "why X") are different questions.
constexpr std::array<std::pair<std::string_view, char>, 40> kQuestionForms = {{
    {"what", 'w'}, {"что", 'w'}, {"qué", 'w'}, {"que", 'w'}, {"什么", 'w'}, {"was", 'w'}, {"що", 'w'},
    {"which", 'l'}, {"какие", 'l'}, {"каких", 'l'}, {"cuál", 'l'}, {"cuáles", 'l'}, {"哪些", 'l'}, {"welche", 'l'},
    {"які", 'l'},
    {"why", 'y'}, {"зачем", 'y'}, {"почему", 'y'}, {"为什", 'y'}, {"warum", 'y'}, {"чому", 'y'}, {"навіщо", 'y'},
    {"how", 'h'}, {"как", 'h'}, {"cómo", 'h'}, {"como", 'h'}, {"如何", 'h'}, {"怎么", 'h'}, {"wie", 'h'}, {"як", 'h'},
    {"when", 'n'}, {"когда", 'n'}, {"cuándo", 'n'}, {"wann", 'n'}, {"коли", 'n'},
    {"where", 'r'}, {"где", 'r'}, {"dónde", 'r'}, {"wo", 'r'}, {"де", 'r'}}};

// True when the word appears in the list.
template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

constexpr std::uint32_t kEmpty = std::numeric_limits<std::uint32_t>::max();

}  // namespace

bool is_context_word(std::string_view stem) { return contains(kContextWords, stem); }
bool is_context_preposition(std::string_view word) { return contains(kContextPrepositions, word); }
bool is_directional(std::string_view word) { return contains(kDirectional, word); }

char question_form(std::string_view word) {
  for (const auto& [w, form] : kQuestionForms)
    if (w == word) return form;
  return 0;
}

bool refers_to_code(std::string_view folded) {
  return std::any_of(kCodeReferences.begin(), kCodeReferences.end(),
                     [&](std::string_view p) { return folded.find(p) != std::string_view::npos; });
}

std::uint32_t Vocab::intern(std::string_view s) {
  auto it = ids_.find(s);
  if (it != ids_.end()) return it->second;
  strings_.emplace_back(s);
  auto id = static_cast<std::uint32_t>(strings_.size() - 1);
  ids_.emplace(strings_.back(), id);
  return id;
}

void KeyIndex::grow() {
  std::vector<std::uint64_t> old_keys = std::move(keys_);
  std::vector<std::uint32_t> old_clusters = std::move(clusters_);
  std::size_t size = old_keys.empty() ? 1024 : old_keys.size() * 2;
  keys_.assign(size, 0);
  clusters_.assign(size, kEmpty);
  used_ = 0;
  std::size_t mask = size - 1;
  for (std::size_t s = 0; s < old_keys.size(); ++s) {
    if (old_clusters[s] == kEmpty) continue;
    std::size_t i = old_keys[s] & mask;
    while (clusters_[i] != kEmpty) i = (i + 1) & mask;
    keys_[i] = old_keys[s];
    clusters_[i] = old_clusters[s];
    ++used_;
  }
}

void KeyIndex::add(std::uint64_t k, std::uint32_t c) {
  if ((used_ + 1) * 10 > keys_.size() * 7) grow();
  std::size_t mask = keys_.size() - 1;
  std::size_t i = k & mask;
  std::uint32_t same = 0;
  while (clusters_[i] != kEmpty) {
    if (keys_[i] == k && ++same >= cap_) return;
    i = (i + 1) & mask;
  }
  keys_[i] = k;
  clusters_[i] = c;
  ++used_;
}

void KeyIndex::find(std::uint64_t k, std::vector<std::uint32_t>& out) const {
  if (keys_.empty()) return;
  std::size_t mask = keys_.size() - 1;
  for (std::size_t i = k & mask; clusters_[i] != kEmpty; i = (i + 1) & mask)
    if (keys_[i] == k) out.push_back(clusters_[i]);
}

}  // namespace qbank::detail
