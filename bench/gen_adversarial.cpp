// The adversarial corpus generator (see gen_adversarial.hpp).
#include "gen_adversarial.hpp"

#include <array>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "gen_perturb.hpp"
#include "qbank/io.hpp"
#include "qbank/question.hpp"

namespace qbank_bench {
namespace {

// Latin consonants and vowels of made-up words, and their Cyrillic counterparts (same positions).
constexpr std::string_view kConsonants = "bdfgklmnprtvz";
constexpr std::array<const char*, 13> kCyrConsonants = {"б", "д", "ф", "г", "к", "л", "м", "н", "п", "р", "т", "в", "з"};
constexpr std::string_view kVowels = "aeiou";
constexpr std::array<const char*, 5> kCyrVowels = {"а", "е", "и", "о", "у"};

// Builds made-up word number i (unique per i): consonant-vowel syllables (at least two) and a closing
// consonant that checksums them, so two words never differ in one letter only and no word ends like an
// inflection of another; `cyrillic` spells it in Cyrillic letters. Words below kShortWords have 5 or 7
// letters, too short for a typo; the others have 9 or more.
std::string made_up(std::uint64_t i, bool cyrillic) {
  std::string w;
  std::size_t sum = 0;
  auto consonant = [&](std::size_t k) { w += cyrillic ? kCyrConsonants[k] : std::string(1, kConsonants[k]); };
  auto vowel = [&](std::size_t k) { w += cyrillic ? kCyrVowels[k] : std::string(1, kVowels[k]); };
  std::uint64_t x = i;
  std::size_t syllables = 0;
  do {
    consonant(x % kConsonants.size());
    sum += x % kConsonants.size();
    x /= kConsonants.size();
    vowel(x % kVowels.size());
    sum += x % kVowels.size();
    x /= kVowels.size();
    ++syllables;
  } while (x > 0 || syllables < 2);
  consonant(sum % kConsonants.size());
  return w;
}

// Made-up words numbered below this have at most three syllables (7 letters); above, at least four.
constexpr std::uint64_t kShortWords = 13 * 5 * 13 * 5 * 13 * 5;
// Four-syllable words: from kShortWords up to this.
constexpr std::uint64_t kLongWords = kShortWords * 13 * 5;

// Spreads the k-th word drawn from [lo, hi) over the whole range (a bijection while k < hi - lo), so the
// words of a corpus are as scattered as real vocabulary, not neighbours in the syllable order.
std::uint64_t scatter(std::uint64_t k, std::uint64_t lo, std::uint64_t hi) {
  constexpr std::uint64_t kStride = 7919;  // Prime, coprime with both range sizes (products of 2, 5, 13).
  return lo + (k * kStride + 12345) % (hi - lo);
}

// Returns the next four-syllable word (9 letters or more, spelt in Cyrillic when asked) and advances the
// counter. A closing "k" keeps its last letters from reading as an inflectional ending ("-ит", "-ов", "-en",
// "-ar"), so two distinct words never look like two forms of one word by accident.
std::string long_word(std::uint64_t& next, bool cyrillic) {
  return made_up(scatter(next++, kShortWords, kLongWords), cyrillic) + (cyrillic ? "к" : "k");
}

// A family of look-alike questions: one template and the words that tell its members apart.
struct Family {
  const char* lang;
  std::string tmpl;                  // With {B} (shared) and {X} (differs).
  std::string base;                  // The shared word.
  std::vector<std::string> members;  // One {X} per distinct question.
};

// Replaces the first occurrence of slot in s.
void put(std::string& s, std::string_view slot, const std::string& v) {
  auto p = s.find(slot);
  if (p != std::string::npos) s.replace(p, slot.size(), v);
}

// Context names that follow "in"/"в"/"en": built-in context words and made-up ones.
constexpr std::array<const char*, 12> kContexts = {"Python", "Rust", "Go", "Java", "Ruby", "PHP", "Kotlin", "Swift",
                                                   "Scala", "TypeScript", "Haskell", "Elixir"};

// Makes the next family of one of the four kinds.
Family make_family(std::mt19937_64& rng, std::uint64_t& next_word, std::uint64_t& next_short) {
  static const std::vector<std::pair<const char*, const char*>> paren = {
      {"en", "{B} ({X})"}, {"en", "What is {B} ({X})?"}, {"en", "Introspection of {B} ({X}, {X}())"},
      {"ru", "{B} ({X})"}, {"ru", "Что такое {B} ({X})"}, {"es", "¿Qué es {B} ({X})?"}, {"de", "Was ist {B} ({X})?"}};
  static const std::vector<std::pair<const char*, const char*>> context = {
      {"en", "What is a {B} in {X}?"}, {"en", "How does {B} work in {X}?"}, {"ru", "Что такое {B} в {X}"},
      {"ru", "Как работает {B} в {X}"}, {"es", "¿Qué es {B} en {X}?"}, {"de", "Was ist {B} in {X}?"}};
  static const std::vector<std::pair<const char*, const char*>> single = {
      {"en", "What is {X}?"}, {"en", "Explain {X} in detail"}, {"ru", "Что такое {X}"}, {"ru", "Зачем нужен {X}"},
      {"es", "¿Qué es {X}?"}, {"de", "Was ist {X}?"}};
  // Derivational suffixes; each makes a letter pattern no made-up word has (two consonants or two vowels
  // in a row, or a letter outside the alphabet), so a derived word never equals another made-up word.
  static const std::vector<std::string> derive_en = {"ation", "ity", "ism", "ness", "ist", "ment"};
  static const std::vector<std::string> derive_ru = {"тор", "ость", "ция", "изм", "ист", "ка"};
  static const std::vector<std::string> derive_es = {"ción", "dor", "ismo", "ista"};
  static const std::vector<std::string> derive_de = {"ung", "heit", "lich", "isch"};
  Family f;
  int kind = static_cast<int>(rng() % 4);
  std::size_t size = 2 + rng() % 4;
  auto pick = [&](const auto& list) {
    const auto& [lang, tmpl] = list[rng() % list.size()];
    f.lang = lang;
    f.tmpl = tmpl;
  };
  bool cyr = false;
  if (kind == 0) {  // Another term in parentheses.
    pick(paren);
    cyr = std::string_view(f.lang) == "ru";
    f.base = long_word(next_word, cyr);
    for (std::size_t k = 0; k < size; ++k) f.members.push_back(long_word(next_word, false));
  } else if (kind == 1) {  // Another context after "in" / "в" / "en".
    pick(context);
    cyr = std::string_view(f.lang) == "ru";
    f.base = long_word(next_word, cyr);
    std::size_t first = rng() % kContexts.size();
    for (std::size_t k = 0; k < size; ++k)
      f.members.push_back(k % 2 == 0 ? kContexts[(first + k) % kContexts.size()] : long_word(next_word, false));
  } else if (kind == 2) {  // A made-up word and its derivations, which look like inflected forms.
    pick(single);
    std::string_view lang = f.lang;
    cyr = lang == "ru";
    std::string w = long_word(next_word, cyr);
    const auto& suffixes = lang == "ru" ? derive_ru : lang == "es" ? derive_es : lang == "de" ? derive_de : derive_en;
    f.members.push_back(w);
    for (std::size_t k = 0; k + 1 < size && k < suffixes.size(); ++k) f.members.push_back(w + suffixes[k]);
  } else {  // Short made-up words one letter apart (English and Russian frames: their stemmers leave such
            // words whole, where Spanish or German would read "-ar" / "-ir" as verb endings).
    do pick(single);
    while (std::string_view(f.lang) != "en" && std::string_view(f.lang) != "ru");
    std::string w = made_up(scatter(next_short++, 0, kShortWords), false);  // 5 or 7 letters.
    f.members.push_back(w);
    for (std::size_t k = 1; k < size; ++k) {  // One letter becomes x, which made-up words never have.
      std::string v = w;
      v[k % (v.size() - 1)] = 'x';
      f.members.push_back(v);
    }
  }
  return f;
}

}  // namespace

int gen_adversarial(std::size_t n, const char* out_path, const char* truth_path, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::FILE* out = std::fopen(out_path, "wb");
  std::FILE* truth = std::fopen(truth_path, "wb");
  if (!out || !truth) return std::perror("qbank-gen"), 1;
  struct Original {
    std::string text;
    const char* lang;
  };
  std::vector<Original> originals;
  std::vector<std::pair<std::string, const char*>> pending;  // Members of the current family not yet written.
  std::uint64_t next_word = 0, next_short = 0;  // Long words for most families, short ones apart.
  std::string line;
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t group;
    std::string text;
    const char* lang;
    if (!originals.empty() && rng() % 100 < 20) {
      group = rng() % originals.size();
      lang = originals[group].lang;
      text = perturb(originals[group].text, lang, rng);
    } else {
      if (pending.empty()) {
        Family f = make_family(rng, next_word, next_short);
        for (const auto& x : f.members) {
          std::string s = f.tmpl;
          put(s, "{B}", f.base);
          put(s, "{X}", x);
          put(s, "{X}", x);
          pending.emplace_back(s, f.lang);
        }
      }
      group = originals.size();
      originals.push_back({pending.back().first, pending.back().second});
      pending.pop_back();
      text = originals.back().text;
      lang = originals.back().lang;
    }
    qbank::Question q;
    q.text = text;
    q.lang = lang;
    q.sources.push_back({"adversarial.jsonl", static_cast<std::int64_t>(i + 1), text, "text", std::nullopt, {}});
    q.id = qbank::compute_id(q);
    line.clear();
    qbank::append_json(line, q);
    line.push_back('\n');
    std::fwrite(line.data(), 1, line.size(), out);
    std::fprintf(truth, "%zu\t%zu\n", i + 1, group);
  }
  std::fclose(out);
  std::fclose(truth);
  return 0;
}

}  // namespace qbank_bench
