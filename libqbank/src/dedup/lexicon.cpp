// The built-in word lists dedup uses, in one place, and the dedup key index.
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <limits>
#include <string_view>
#include <vector>

#include "dedup/features.hpp"

namespace qbank::internal {
namespace {

constexpr std::uint32_t kNoId = std::numeric_limits<std::uint32_t>::max();

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


// The first two bytes of a text at i as one number.
std::uint16_t pair_at(std::string_view s, std::size_t i) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(s[i]) << 8 | static_cast<unsigned char>(s[i + 1]));
}

// The code-reference phrases indexed by their first two bytes, so a text is scanned once.
struct CodeReferenceIndex {
  std::vector<std::uint64_t> starts = std::vector<std::uint64_t>(1 << 10, 0);  // Bitset of two-byte openings.
  std::vector<std::uint16_t> opening;  // Each phrase's opening (phrases of 2+ bytes).
  bool has_short = false;              // Some phrase is shorter than two bytes and is searched for directly.
  CodeReferenceIndex() {
    for (auto p : kCodeReferences) {
      has_short = has_short || p.size() < 2;
      opening.push_back(p.size() >= 2 ? pair_at(p, 0) : 0);
      if (p.size() >= 2) starts[opening.back() >> 6] |= std::uint64_t{1} << (opening.back() & 63);
    }
  }
  // True when some phrase occurs in text.
  bool any_in(std::string_view text) const {
    if (has_short && std::any_of(kCodeReferences.begin(), kCodeReferences.end(), [&](std::string_view p) {
          return p.size() < 2 && text.find(p) != std::string_view::npos;
        }))
      return true;
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
      std::uint16_t here = pair_at(text, i);
      if (!(starts[here >> 6] >> (here & 63) & 1)) continue;
      for (std::size_t k = 0; k < kCodeReferences.size(); ++k)
        if (opening[k] == here && kCodeReferences[k].size() >= 2 &&
            text.compare(i, kCodeReferences[k].size(), kCodeReferences[k]) == 0)
          return true;
    }
    return false;
  }
};

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
  static const CodeReferenceIndex index;
  return index.any_in(folded);
}

void Vocab::grow() {
  std::size_t size = table_.empty() ? 1024 : table_.size() * 2;
  table_.assign(size, kNoId);
  for (std::uint32_t id = 0; id < this->size(); ++id) {
    std::string_view s = str(id);
    std::size_t i = XXH3_64bits(s.data(), s.size()) & (size - 1);
    while (table_[i] != kNoId) i = (i + 1) & (size - 1);
    table_[i] = id;
  }
}

std::uint32_t Vocab::intern(std::string_view s) {
  if ((size() + 1) * 2 > table_.size()) grow();
  std::size_t mask = table_.size() - 1;
  std::size_t i = XXH3_64bits(s.data(), s.size()) & mask;
  for (; table_[i] != kNoId; i = (i + 1) & mask)
    if (str(table_[i]) == s) return table_[i];
  auto id = static_cast<std::uint32_t>(size());
  chars_.append(s);
  offsets_.push_back(chars_.size());
  table_[i] = id;
  return id;
}

namespace {

constexpr int kShardBits = 6;                      // 64 shards, chosen by the top bits of a key.
constexpr std::uint64_t kEmptySlot = ~std::uint64_t{0};
constexpr std::size_t kFirstShardSize = 1024;

// The 32 bits of a key a slot keeps.
std::uint32_t check_of(std::uint64_t k) { return static_cast<std::uint32_t>(k); }

// The first slot to probe for a check value in a shard of the given size.
std::size_t home_of(std::uint32_t check, std::size_t size) {
  return static_cast<std::size_t>((static_cast<std::uint64_t>(check) * size) >> 32);
}

}  // namespace

KeyIndex::KeyIndex(std::uint32_t cap) : shards_(std::size_t{1} << kShardBits), cap_(cap) {}

void KeyIndex::reserve(std::size_t n) {
  std::size_t per_shard = n / shards_.size() * 7 / 5 + 1;  // Load about 0.7, under the 0.75 that grows.
  for (auto& s : shards_)
    if (s.slots.size() < per_shard) grow(s, per_shard);
}

void KeyIndex::grow(Shard& s, std::size_t size) {
  std::vector<std::uint64_t> old = std::move(s.slots);
  if (size == 0) size = old.empty() ? kFirstShardSize : old.size() + old.size() / 2;
  s.slots.assign(size, kEmptySlot);
  for (std::uint64_t e : old) {
    if (e == kEmptySlot) continue;
    std::size_t i = home_of(static_cast<std::uint32_t>(e >> 32), size);
    while (s.slots[i] != kEmptySlot) i = i + 1 == size ? 0 : i + 1;
    s.slots[i] = e;
  }
}

void KeyIndex::add(std::uint64_t k, std::uint32_t c) {
  Shard& s = shards_[k >> (64 - kShardBits)];
  if ((s.used + 1) * 4 > s.slots.size() * 3) grow(s);
  std::uint32_t check = check_of(k);
  std::size_t size = s.slots.size();
  std::size_t i = home_of(check, size);
  std::uint32_t same = 0;
  while (s.slots[i] != kEmptySlot) {
    if (static_cast<std::uint32_t>(s.slots[i] >> 32) == check && ++same >= cap_) return;
    i = i + 1 == size ? 0 : i + 1;
  }
  s.slots[i] = static_cast<std::uint64_t>(check) << 32 | c;
  ++s.used;
}

void KeyIndex::find(std::uint64_t k, std::vector<std::uint32_t>& out) const {
  const Shard& s = shards_[k >> (64 - kShardBits)];
  if (s.slots.empty()) return;
  std::uint32_t check = check_of(k);
  std::size_t size = s.slots.size();
  for (std::size_t i = home_of(check, size); s.slots[i] != kEmptySlot; i = i + 1 == size ? 0 : i + 1)
    if (static_cast<std::uint32_t>(s.slots[i] >> 32) == check) out.push_back(static_cast<std::uint32_t>(s.slots[i]));
}

void KeyIndex::prefetch(std::uint64_t k) const {
  const Shard& s = shards_[k >> (64 - kShardBits)];
  if (!s.slots.empty()) __builtin_prefetch(&s.slots[home_of(check_of(k), s.slots.size())]);
}

}  // namespace qbank::internal
