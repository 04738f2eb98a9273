// Per-language words of a question's frame, parsed once from the embedded data files.

#include "dedup/frame_words.hpp"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dedup/features.hpp"
#include "qbank/fold.hpp"
#include "tokenize/tokenize_internal.hpp"

namespace qbank::internal {
namespace {

// The mark that opens the stem of a synonym group ("≡"), which no folded word opens with.
constexpr std::string_view kSynonymMark = "\xE2\x89\xA1";

// Returns s without the spaces around it.
std::string_view frame_trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Calls add(language, rest) for every "language | rest" line of a data file, comments and blank lines skipped.
template <typename Add>
void each_line(std::string_view text, Add add) {
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    std::size_t bar = line.find('|');
    if (line.empty() || line.front() == '#' || bar == std::string_view::npos) continue;
    add(frame_trimmed(line.substr(0, bar)), frame_trimmed(line.substr(bar + 1)));
  }
}

// Calls add(word) for every space-separated word of a list.
template <typename Add>
void each_word(std::string_view words, Add add) {
  while (!words.empty()) {
    std::size_t end = words.find(' ');
    if (end != 0) add(words.substr(0, end));
    words = end == std::string_view::npos ? std::string_view() : words.substr(end + 1);
  }
}

// The key of a word of a language in the tables below.
std::string key_of(std::string_view lang, std::string_view word) {
  std::string key(lang);
  key.push_back('\x1f');
  key.append(word);
  return key;
}

}  // namespace

std::string_view synonym_head(std::string_view word, std::string_view lang, std::string_view lemma) {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string, std::string>();
    each_line(dedup_data::synonyms_text(), [&](std::string_view language, std::string_view forms) {
      std::string head;
      each_word(forms, [&](std::string_view w) {
        std::string folded = fold(w);
        if (head.empty()) head = folded;
        t->emplace(key_of(language, folded), head);
        if (has_stemmer(language)) t->emplace(key_of(language, "\x1f" + stem(folded, language)), head);
      });
    });
    return t;
  }();
  auto it = table->find(key_of(lang, word));
  if (it == table->end() && !lemma.empty()) it = table->find(key_of(lang, std::string("\x1f").append(lemma)));
  return it == table->end() ? std::string_view() : std::string_view(it->second);
}

bool writes_synonym(std::string_view folded, std::string_view lang) {
  if (lang != "zh" && lang != "ja") return false;
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string, std::vector<std::string>>();
    each_line(dedup_data::synonyms_text(), [&](std::string_view language, std::string_view forms) {
      if (language == "zh" || language == "ja")
        each_word(forms, [&](std::string_view w) { (*t)[std::string(language)].push_back(fold(w)); });
    });
    return t;
  }();
  auto it = table->find(std::string(lang));
  if (it == table->end()) return false;
  for (const std::string& form : it->second)
    if (folded.find(form) != std::string_view::npos) return true;
  return false;
}

std::string synonym_stem(std::string_view head) { return std::string(kSynonymMark).append(head); }

bool is_synonym_stem(std::string_view stem) { return stem.starts_with(kSynonymMark); }

bool is_use_word(std::string_view word, std::string_view lang) {
  static const auto* table = [] {
    auto* t = new std::unordered_set<std::string>();
    each_line(dedup_data::use_words_text(), [&](std::string_view language, std::string_view forms) {
      each_word(forms, [&](std::string_view w) { t->insert(key_of(language, fold(w))); });
    });
    return t;
  }();
  return table->count(key_of(lang, word)) > 0;
}

std::size_t definition_opening(std::string_view folded, std::string_view lang) {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string, std::vector<std::string>>();
    each_line(dedup_data::definition_openings_text(), [&](std::string_view language, std::string_view words) {
      std::string opening = fold(words);
      auto& list = (*t)[std::string(language)];
      if (has_marks(opening)) list.push_back(without_marks(opening));
      list.push_back(std::move(opening));
    });
    return t;
  }();
  auto it = table->find(std::string(lang));
  if (it == table->end()) return 0;
  for (const std::string& opening : it->second)
    if (folded.size() > opening.size() && folded.compare(0, opening.size(), opening) == 0 && folded[opening.size()] == ' ')
      return opening.size();
  return 0;
}

}  // namespace qbank::internal
