// Parses the embedded per-language data files into language profiles.
#include <utf8proc.h>

#include <algorithm>

#include "fold/unicode.hpp"
#include "lang/lang_internal.hpp"
#include "qbank/fold.hpp"
#include "base/utf8.hpp"

namespace qbank::internal {
namespace {

// The section of a data file a line belongs to.
enum class Section { kNone, kScript, kLetters, kStop, kTemplates, kSuffixes };

// Returns the section named by a "[name]" header line.
Section section_from(std::string_view header) {
  if (header == "[script]") return Section::kScript;
  if (header == "[letters]") return Section::kLetters;
  if (header == "[stop]") return Section::kStop;
  if (header == "[templates]") return Section::kTemplates;
  if (header == "[suffixes]") return Section::kSuffixes;
  return Section::kNone;
}

// Calls f on each whitespace-separated word of a line.
template <typename F>
void for_each_word(std::string_view line, F f) {
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    std::size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
    if (j > i) f(line.substr(i, j - i));
    i = j;
  }
}

// Sorts strings longest first (by code points), then alphabetically, without duplicates.
void sort_longest_first(std::vector<std::string>& v) {
  std::sort(v.begin(), v.end(), [](const std::string& a, const std::string& b) {
    std::size_t la = utf8::decode(a).size(), lb = utf8::decode(b).size();
    return la != lb ? la > lb : a < b;
  });
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// Adds one content line of a data file to the profile.
void add_line(LanguageProfile& p, Section section, std::string_view line) {
  switch (section) {
    case Section::kScript: p.script = script_from_name(line); break;
    case Section::kLetters:
      for_each_word(line, [&](std::string_view w) {
        for (char32_t c : utf8::decode(w)) {
          auto lower = static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
          if (lower >= 0x80 || lower == U'\'') p.letters.push_back(lower);  // Plain ASCII letters tell nothing.
        }
      });
      break;
    case Section::kStop: for_each_word(line, [&](std::string_view w) { p.stop.insert(fold(w)); }); break;
    case Section::kTemplates: p.templates.push_back(fold(line)); break;
    case Section::kSuffixes: for_each_word(line, [&](std::string_view w) { p.suffixes.push_back(fold(w)); }); break;
    case Section::kNone: break;
  }
}

// Parses one embedded data file.
LanguageProfile parse_profile(const lang_data::EmbeddedFile& file) {
  LanguageProfile p;
  p.code = file.code;
  Section section = Section::kNone;
  std::string_view text(file.data, file.size);
  while (!text.empty()) {
    std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    if (line.empty() || line.front() == '#') continue;
    if (line.front() == '[') {
      section = section_from(line);
      continue;
    }
    add_line(p, section, line);
  }
  sort_longest_first(p.templates);
  sort_longest_first(p.suffixes);
  return p;
}

// Counts, for every stop word and letter, how many profiles list it.
struct Spreads {
  std::unordered_map<std::string, int> words;
  std::unordered_map<char32_t, int> letters;
};

// Returns the spreads, computed once from the profiles.
const Spreads& spreads() {
  static const Spreads s = [] {
    Spreads out;
    for (const auto& p : language_profiles()) {
      for (const auto& w : p.stop) ++out.words[w];
      std::vector<char32_t> letters = p.letters;
      std::sort(letters.begin(), letters.end());
      letters.erase(std::unique(letters.begin(), letters.end()), letters.end());
      for (char32_t c : letters) ++out.letters[c];
    }
    return out;
  }();
  return s;
}

}  // namespace

const std::vector<LanguageProfile>& language_profiles() {
  static const std::vector<LanguageProfile> profiles = [] {
    std::vector<LanguageProfile> out;
    for (const auto& f : lang_data::embedded_files()) out.push_back(parse_profile(f));
    return out;
  }();
  return profiles;
}

const LanguageProfile* find_profile(std::string_view code) {
  for (const auto& p : language_profiles())
    if (p.code == code) return &p;
  return nullptr;
}

int stop_word_spread(std::string_view word) {
  const auto& w = spreads().words;
  auto it = w.find(std::string(word));
  return it == w.end() ? 0 : it->second;
}

int letter_spread(char32_t c) {
  const auto& l = spreads().letters;
  auto it = l.find(c);
  return it == l.end() ? 0 : it->second;
}

bool alphabet_lacks(const LanguageProfile& p, char32_t letter) {
  return letter_spread(letter) > 0 && script_of(letter) == p.script &&
         std::find(p.letters.begin(), p.letters.end(), letter) == p.letters.end();
}

}  // namespace qbank::internal
