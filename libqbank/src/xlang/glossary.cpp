// Parses the embedded cross-language glossary into lookup tables.
#include "xlang/glossary.hpp"

#include <xxhash.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "base/utf8.hpp"
#include "dedup/features.hpp"
#include "fold/unicode.hpp"
#include "lang/lang_internal.hpp"
#include "qbank/fold.hpp"
#include "tokenize/tokenize_internal.hpp"
#include "xlang/transliteration.hpp"

namespace qbank::internal {
namespace {

// The languages of the glossary's columns, in order after the concept id; a line may end after "ko".
constexpr std::array<std::string_view, 30> kColumns = {"en", "ru", "uk", "es", "de", "pt", "fr", "zh", "ja", "ko",
                                                       "it", "pl", "tr", "nl", "ro", "ca", "eu", "id", "ms", "vi",
                                                       "sw", "az", "el", "ka", "he", "ar", "fa", "hi", "bn", "th"};
// The fewest columns a line has: the id and the languages up to "ko".
constexpr std::size_t kMinColumns = 11;

// Splits s at every occurrence of sep.
std::vector<std::string_view> split(std::string_view s, std::string_view sep) {
  std::vector<std::string_view> out;
  for (std::size_t at = 0;;) {
    std::size_t next = s.find(sep, at);
    out.push_back(s.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at));
    if (next == std::string_view::npos) return out;
    at = next + sep.size();
  }
}

// Trims ASCII spaces and tabs at both ends.
std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// True when the text holds a Han, Kana, Hangul or Thai character.
bool has_unspaced(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (is_unspaced(utf8::next(s, i))) return true;
  return false;
}

// True when the word's first letter is Latin (or the word has no letter).
bool latin_word(std::string_view w) {
  for (std::size_t i = 0; i < w.size();) {
    Script s = script_of(utf8::next(w, i));
    if (s != Script::kNone) return s == Script::kLatin;
  }
  return true;
}

}  // namespace

bool is_unspaced(char32_t c) {
  if (c >= 0x0E00 && c <= 0x0E7F) return true;  // The Thai block, its vowel and tone marks too.
  Script s = script_of(c);
  return s == Script::kHan || s == Script::kKana || s == Script::kHangul;
}

std::string_view stem_language(bool latin, std::string_view lang) {
  // Two-letter codes compared as 16-bit numbers.
  auto code = [](const char (&c)[3]) { return static_cast<unsigned>(c[0]) << 8 | static_cast<unsigned>(c[1]); };
  static constexpr std::array<const char[3], 15> kLatinLangs = {"en", "es", "de", "pt", "fr", "it", "nl", "sv",
                                                                "pl", "cs", "ro", "tr", "ca", "eu", "id"};
  // Languages of other scripts with a stemmer of their own: Cyrillic, Greek, Arabic and Devanagari.
  static constexpr std::array<const char[3], 7> kOtherLangs = {"ru", "uk", "bg", "sr", "el", "ar", "hi"};
  unsigned c = lang.size() == 2 ? static_cast<unsigned>(static_cast<unsigned char>(lang[0])) << 8 |
                                      static_cast<unsigned char>(lang[1])
                                : 0;
  auto among = [&](const auto& list) {
    return std::any_of(list.begin(), list.end(), [&](const char(&l)[3]) { return code(l) == c; });
  };
  if (latin) return c != 0 && among(kLatinLangs) ? lang : "en";
  return c != 0 && among(kOtherLangs) ? lang : "ru";
}

std::size_t elision(std::string_view w) {
  if (w.find('\'') == std::string_view::npos && w.find("\u2019") == std::string_view::npos) return 0;
  // Elided articles, pronouns and prepositions of French, Catalan and Italian ("dell'anemia", "all'inizio").
  static constexpr std::array<std::string_view, 16> kElided = {"l",    "d",    "qu",   "j",   "n",  "s",
                                                                "c",    "m",    "t",    "un",  "dell", "dall",
                                                                "nell", "sull", "all",  "quest"};
  for (std::string_view e : kElided) {
    if (w.size() < e.size() + 3 || w.compare(0, e.size(), e) != 0) continue;
    std::string_view rest = w.substr(e.size());
    if (rest.front() == '\'' && rest.size() >= 3) return e.size();
    if (rest.compare(0, 3, "\u2019") == 0 && rest.size() >= 5) return e.size();
  }
  return 0;
}

std::vector<std::string_view> glossary_words(std::string_view s) {
  std::vector<std::string_view> out;
  auto push = [&](std::string_view w) {
    if (std::size_t e = elision(w); e > 0) {
      out.push_back(w.substr(0, e));
      w.remove_prefix(e + (w[e] == '\'' ? 1 : 3));
    }
    out.push_back(w);
  };
  std::size_t start = std::string_view::npos;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t at = i;
    char32_t c = utf8::next(s, i);
    bool word = c == '_' || (c >= '0' && c <= '9') ||
                (script_of(c) != Script::kNone && !is_unspaced(c) && !is_script_punctuation(c)) || is_mark(c);
    if (!word && (c == '\'' || c == U'\u2019' || c == U'\u02BC') && start != std::string_view::npos && i < s.size()) {
      std::size_t j = i;
      char32_t n = utf8::next(s, j);
      word = script_of(n) != Script::kNone && !is_unspaced(n);
    }
    if (word && start == std::string_view::npos) start = at;
    if (!word && start != std::string_view::npos) {
      push(s.substr(start, at - start));
      start = std::string_view::npos;
    }
  }
  if (start != std::string_view::npos) push(s.substr(start));
  return out;
}

const Glossary& Glossary::get() {
  static const Glossary g;
  return g;
}

void Glossary::add(std::string_view lang, std::string_view term, char form, bool ignore, int concept_id,
                   bool name) {
  std::string folded = fold(term);
  ascii_digits(folded);  // Terms are compared with dedup's folded texts, so written as those are.
  if (folded.empty()) return;
  auto merge = [&](GlossaryEntry& e) {
    if (form != 0 && e.form == 0) e.form = form;
    if (ignore) e.ignore = true;
    if (concept_id >= 0 &&
        std::find(e.concepts.begin(), e.concepts.end(), static_cast<std::uint16_t>(concept_id)) == e.concepts.end())
      e.concepts.push_back(static_cast<std::uint16_t>(concept_id));
  };
  if (has_unspaced(folded)) {
    std::string chars;
    for (char ch : folded)
      if (ch != ' ') chars.push_back(ch);
    merge(cjk_[chars]);
    max_cjk_ = std::max(max_cjk_, utf8::decode(chars).size());
    return;
  }
  auto words = glossary_words(folded);
  if (words.empty()) return;
  max_words_ = std::max(max_words_, words.size());
  std::string text, first;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string w = concept_id >= 0 ? stem(words[i], stem_language(latin_word(words[i]), lang)) : std::string(words[i]);
    if (i) text.push_back(' ');
    else first = w;
    text += w;
  }
  char kind = concept_id >= 0 ? 's' : 'w';
  merge(table_[key(kind, lang, text)]);
  // A proper name's case forms are left to the stemmer, which reads a name's endings alike ("Норвегия", "Норвегии").
  if (concept_id >= 0 && !name && (lang == "ru" || lang == "uk")) add_inflections(lang, words, concept_id);
  if (concept_id >= 0) starts_[key('f', lang, words[0])] = true;
  if (concept_id >= 0 && words.size() == 1) {
    starts_[key('e', lang, words[0])] = true;
    merge(table_[key('x', lang, words[0])]);
  }
  if (concept_id >= 0 && words.size() == 1 && lang == "en" && !name) {
    SkeletonScript script;
    if (std::string sk = consonant_skeleton(words[0], kMinSkeleton, script); !sk.empty()) merge(skeletons_[sk]);
  }
  if (concept_id >= 0) starts_[key('p', lang, opening(words[0]))] = true;
  if (words.size() > 1) {
    std::uint64_t k = key(kind == 's' ? 'n' : 'm', lang, first);
    starts_[k] = true;
    std::uint8_t& most = longest_[k];
    most = static_cast<std::uint8_t>(std::max<std::size_t>(most, std::min<std::size_t>(words.size(), 255)));
  }
}

void Glossary::add_inflections(std::string_view lang, const std::vector<std::string_view>& words, int concept_id) {
  // The commonest case and number endings of Russian and Ukrainian nouns. Snowball stems some forms of one
  // word differently ("массив" -> "масс", "массива" -> "массив"), so the stems of the inflected forms of a
  // term's last word are keys of the term too, unless they already name something.
  static constexpr std::array<std::string_view, 11> kEndings = {"", "а", "у", "ом", "е", "и", "ы", "ов", "ами", "і",
                                                                  "ів"};
  static constexpr std::array<std::string_view, 9> kFinals = {"а", "я", "ь", "й", "о", "е", "ы", "и", "і"};
  std::string_view last = words.back();
  if (latin_word(last)) return;
  std::vector<std::string> bases = {std::string(last)};
  for (std::string_view f : kFinals)
    if (last.size() > f.size() + 4 && last.substr(last.size() - f.size()) == f)
      bases.emplace_back(last.substr(0, last.size() - f.size()));
  std::string prefix;  // The stems of the other words.
  for (std::size_t i = 0; i + 1 < words.size(); ++i) prefix += stem(words[i], stem_language(latin_word(words[i]), lang)) + " ";
  for (const std::string& base : bases)
    for (std::string_view ending : kEndings) {
      std::string k = prefix + stem(base + std::string(ending), lang);
      auto [it, fresh] = table_.try_emplace(key('s', lang, k));
      if (fresh) it->second.concepts.push_back(static_cast<std::uint16_t>(concept_id));
    }
}

std::string_view Glossary::opening(std::string_view word) {
  std::size_t i = 0;
  for (int k = 0; k < 3 && i < word.size(); ++k) utf8::next(word, i);
  return word.substr(0, i);
}

std::uint64_t Glossary::key(char kind, std::string_view lang, std::string_view text) {
  char head[8] = {kind, 0, 0, 0, 0, 0, 0, 0};
  for (std::size_t i = 0; i < lang.size() && i < 7; ++i) head[1 + i] = lang[i];
  std::uint64_t seed = 0;  // The head's bytes mixed (splitmix64's finaliser): a distinct seed per kind and language.
  std::memcpy(&seed, head, sizeof head);
  seed = (seed ^ (seed >> 30)) * 0xBF58476D1CE4E5B9ull;
  seed = (seed ^ (seed >> 27)) * 0x94D049BB133111EBull;
  return XXH3_64bits_withSeed(text.data(), text.size(), seed ^ (seed >> 31));
}

const GlossaryEntry* Glossary::find(char kind, std::string_view lang, std::string_view text) const {
  std::uint64_t k = key(kind, lang, text);
  if (k == 0) k = 1;
  std::size_t mask = flat_keys_.size() - 1;
  for (std::size_t i = k & mask; flat_keys_[i] != 0; i = (i + 1) & mask)
    if (flat_keys_[i] == k) return flat_entries_[i];
  return nullptr;
}

bool Glossary::starts(char kind, std::string_view lang, std::string_view first) const {
  std::uint64_t k = key(kind == 's' ? 'n' : kind == 'w' ? 'm' : kind, lang, first);
  if (k == 0) k = 1;
  std::size_t mask = flat_keys_.size() - 1;
  for (std::size_t i = k & mask; flat_keys_[i] != 0; i = (i + 1) & mask)
    if (flat_keys_[i] == k) return true;
  return false;
}

Glossary::Glossary() {
  std::string_view text = xlang_data::glossary_text();
  for (std::string_view line : split(text, "\n")) {
    line = trim(line);
    if (line.empty() || line.front() == '#') continue;
    auto cols = split(line, " | ");
    if (cols.size() < kMinColumns) continue;
    std::string_view id = trim(cols[0]);
    char form = 0;
    bool ignore = false;
    bool name = false;  // A proper name ("=" line): matched by its terms only, never by a loanword's skeleton.
    int concept_id = -1;
    if (id.front() == '@') {
      std::string_view f = id.substr(1);
      form = f == "difference" ? 'd' : f == "what" ? 'w' : f == "how" ? 'h' : f == "why" ? 'y'
           : f == "when" ? 'n' : f == "where" ? 'r' : f == "which" ? 'l' : f == "who" ? 'o'
           : f == "quantity" ? 'q' : 0;
      if (form == 0) continue;
    } else if (id == "~ignore") {
      ignore = true;
    } else {
      name = id.front() == '=';
      if (name) id.remove_prefix(1);
      concept_id = static_cast<int>(names_.size());
      names_.emplace_back(id);
    }
    for (std::size_t k = 0; k < kColumns.size() && 1 + k < cols.size(); ++k)
      for (std::string_view term : split(cols[1 + k], ";"))
        if (!trim(term).empty()) add(kColumns[k], trim(term), form, ignore, concept_id, name);
  }
  auto id_of = [&](std::string_view name) {
    return static_cast<std::uint16_t>(std::find(names_.begin(), names_.end(), name) - names_.begin());
  };
  work_ = id_of("work");
  purpose_ = id_of("purpose");
  capital_ = id_of("capital");
  // The stop words of every language profile carry no content either, but a negation does ("not", "не", "não").
  for (const LanguageProfile& p : language_profiles())
    for (const std::string& w : p.stop)
      if (!is_negation(w)) add(p.code, w, 0, true, -1);
  freeze();
}

void Glossary::freeze() {
  std::size_t size = 1024;
  while (size < 2 * (table_.size() + starts_.size())) size *= 2;
  flat_keys_.assign(size, 0);
  flat_entries_.assign(size, nullptr);
  auto put = [&](std::uint64_t k, const GlossaryEntry* e) {
    if (k == 0) k = 1;
    std::size_t i = k & (size - 1);
    while (flat_keys_[i] != 0 && flat_keys_[i] != k) i = (i + 1) & (size - 1);
    flat_keys_[i] = k;
    if (e != nullptr) flat_entries_[i] = e;
  };
  for (const auto& [k, e] : table_) put(k, &e);
  for (const auto& [k, v] : starts_) put(k, nullptr);
}

std::size_t Glossary::longest(char kind, std::string_view lang, std::string_view first) const {
  auto it = longest_.find(key(kind == 's' ? 'n' : 'm', lang, first));
  return it == longest_.end() ? 0 : it->second;
}

const GlossaryEntry* Glossary::find_skeleton(std::string_view skeleton) const {
  auto it = skeletons_.find(skeleton);
  return it == skeletons_.end() ? nullptr : &it->second;
}

const GlossaryEntry* Glossary::find_cjk(std::string_view chars) const {
  auto it = cjk_.find(chars);
  return it == cjk_.end() ? nullptr : &it->second;
}

}  // namespace qbank::internal
