// Per-language words of a question's frame, parsed once from the embedded data files.

#include "dedup/frame_words.hpp"

#include <xxhash.h>

#include <algorithm>
#include <utility>

#include "dedup/data_file.hpp"
#include "dedup/features.hpp"
#include "qbank/fold.hpp"
#include "tokenize/tokenize_internal.hpp"

namespace qbank::internal {
namespace {

// The mark that opens the stem of a synonym group ("≡"), which no folded word opens with.
constexpr std::string_view kSynonymMark = "\xE2\x89\xA1";

// Calls add(language, rest) for every "language | rest" line of a data file, comments and blank lines skipped.
template <typename Add>
void each_line(std::string_view text, Add add) {
  each_data_line<2>(text, [&](const auto& f) { add(f[0], f[1]); });
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

// Every language's frame words, parsed from the five data files once.
const std::vector<std::pair<std::string, FrameWords>>& all_frame_words() {
  static const auto* parsed = [] {
    auto* out = new std::vector<std::pair<std::string, FrameWords>>();
    auto of = [&](std::string_view lang) -> FrameWords& {
      for (auto& [code, words] : *out)
        if (code == lang) return words;
      return out->emplace_back(std::string(lang), FrameWords{}).second;
    };
    each_line(dedup_data::synonyms_text(), [&](std::string_view lang, std::string_view forms) {
      FrameWords& w = of(lang);
      std::string head;
      each_word(forms, [&](std::string_view form) {
        std::string folded = fold(form);
        if (head.empty()) head = folded;
        if (lang != "en" && has_stemmer(lang)) w.synonym_stems.emplace(stem(folded, lang), head);  // English lemmas are no Snowball stems.
        if (lang == "zh" || lang == "ja") w.written.push_back(folded);
        w.synonyms.emplace(std::move(folded), head);
      });
    });
    each_line(dedup_data::use_words_text(), [&](std::string_view lang, std::string_view forms) {
      FrameWords& w = of(lang);
      each_word(forms, [&](std::string_view form) { w.uses.insert(fold(form)); });
    });
    each_line(dedup_data::definition_openings_text(), [&](std::string_view lang, std::string_view words) {
      FrameWords& w = of(lang);
      if (std::size_t gap = words.find("…"); gap != std::string_view::npos) {  // A frame around the term.
        std::string opening = fold(data_trimmed(words.substr(0, gap)));
        std::string closing = fold(data_trimmed(words.substr(gap + std::string_view("…").size())));
        if (!opening.empty() && !closing.empty()) w.frames.emplace_back(std::move(opening), std::move(closing));
        return;
      }
      std::string opening = fold(words);
      if (has_marks(opening)) w.openings.push_back(without_marks(opening));
      w.openings.push_back(std::move(opening));
    });
    each_line(dedup_data::context_prepositions_text(), [&](std::string_view lang, std::string_view forms) {
      FrameWords& w = of(lang);
      each_word(forms, [&](std::string_view form) { w.context_prepositions.push_back(fold(form)); });
    });
    each_data_line<3>(dedup_data::question_words_text(), [&](const auto& fields) {
      FrameWords& w = of(fields[0]);
      char form = fields[1].size() == 1 ? fields[1][0] : '\0';
      if (form == '\0') return;
      each_word(fields[2], [&](std::string_view word) {
        std::string folded = fold(word);
        ascii_digits(folded);  // Persian and Urdu letters as the texts' are written (see ascii_digits()).
        if (has_marks(folded)) w.bare_question_forms.emplace(without_marks(folded), form);
        w.question_forms.emplace(std::move(folded), form);
      });
    });
    return out;
  }();
  return *parsed;
}

}  // namespace

std::size_t FrameHash::operator()(std::string_view s) const { return XXH3_64bits(s.data(), s.size()); }

const FrameWords* frame_words(std::string_view lang) {
  const auto& all = all_frame_words();
  // Two-letter codes find their entry in one step: an index by the two letters, built once.
  static const auto* by_letters = [&] {
    auto* index = new std::vector<const FrameWords*>(26 * 26, nullptr);
    for (const auto& [code, words] : all)
      if (int slot = two_letter_slot(code); slot >= 0) (*index)[static_cast<std::size_t>(slot)] = &words;
    return index;
  }();
  if (int slot = two_letter_slot(lang); slot >= 0) return (*by_letters)[static_cast<std::size_t>(slot)];
  for (const auto& [code, words] : all)
    if (code == lang) return &words;
  return nullptr;
}

std::string_view synonym_head(const FrameWords* words, std::string_view word, std::string_view lemma) {
  if (words == nullptr || words->synonyms.empty()) return {};
  auto it = words->synonyms.find(word);
  if (it != words->synonyms.end()) return it->second;
  auto by_stem = lemma.empty() ? words->synonym_stems.end() : words->synonym_stems.find(lemma);
  return by_stem == words->synonym_stems.end() ? std::string_view() : std::string_view(by_stem->second);
}

std::string_view synonym_head(std::string_view word, std::string_view lang, std::string_view lemma) {
  return synonym_head(frame_words(lang), word, lemma);
}

bool writes_synonym(const FrameWords* words, std::string_view folded, std::string_view lang) {
  if (words == nullptr || (lang != "zh" && lang != "ja")) return false;
  for (const std::string& form : words->written)
    if (folded.find(form) != std::string_view::npos) return true;
  return false;
}

std::string synonym_stem(std::string_view head) { return std::string(kSynonymMark).append(head); }

bool is_synonym_stem(std::string_view stem) { return stem.starts_with(kSynonymMark); }

bool is_use_word(const FrameWords* words, std::string_view word) {
  return words != nullptr && !words->uses.empty() && words->uses.find(word) != words->uses.end();
}

std::size_t definition_opening(const FrameWords* words, std::string_view folded) {
  if (words == nullptr) return 0;
  for (const std::string& opening : words->openings)
    if (folded.size() > opening.size() && folded.compare(0, opening.size(), opening) == 0 && folded[opening.size()] == ' ')
      return opening.size();
  return 0;
}

std::pair<std::size_t, std::size_t> definition_frame(const FrameWords* words, std::string_view folded) {
  if (words == nullptr || words->frames.empty()) return {0, 0};
  while (!folded.empty() && (folded.back() == '?' || folded.back() == '.' || folded.back() == '!' || folded.back() == ' '))
    folded.remove_suffix(1);
  for (const auto& [opening, closing] : words->frames)
    if (folded.size() > opening.size() + closing.size() + 2 && folded.starts_with(opening) &&
        folded[opening.size()] == ' ' && folded.ends_with(closing) &&
        folded[folded.size() - closing.size() - 1] == ' ')
      return {opening.size(), closing.size()};
  return {0, 0};
}

bool front_context(const FrameWords* words, std::string_view folded, std::string& out) {
  if (words == nullptr || words->context_prepositions.empty()) return false;
  std::size_t first = folded.find(' ');
  if (first == std::string_view::npos || first > 8 || folded.find(',', first) == std::string_view::npos)
    return false;  // No listed preposition is longer than eight bytes; no comma, no phrase.
  std::string_view opener = folded.substr(0, first);
  if (std::find(words->context_prepositions.begin(), words->context_prepositions.end(), opener) ==
      words->context_prepositions.end())
    return false;
  constexpr int kMaxPhraseWords = 4;  // The words of the phrase after its preposition, at most.
  std::size_t comma = std::string_view::npos;
  int count = 0;
  for (std::size_t k = first + 1; k < folded.size() && count < kMaxPhraseWords;) {
    std::size_t end = std::min(folded.find(' ', k), folded.size());
    ++count;
    std::string_view word = folded.substr(k, end - k);
    if (word.size() > 1 && word.back() == ',') {
      comma = end - 1;
      break;
    }
    if (word.find_first_of(",.?!;:") != std::string_view::npos) return false;
    k = end + 1;
  }
  if (comma == std::string_view::npos || comma + 2 >= folded.size()) return false;
  std::string_view rest = folded.substr(comma + 2);
  std::size_t body = rest.find_last_not_of("?.! ") + 1;
  if (body == 0) return false;  // Nothing but punctuation after the comma.
  out.assign(rest.substr(0, body)).append(" ").append(folded.substr(0, comma)).append(rest.substr(body));
  return true;
}

std::size_t definition_opening(std::string_view folded, std::string_view lang) {
  return definition_opening(frame_words(lang), folded);
}

char question_form(const FrameWords* words, std::string_view word, bool bare) {
  if (words == nullptr || words->question_forms.empty()) return 0;
  if (auto it = words->question_forms.find(word); it != words->question_forms.end()) return it->second;
  if (!bare) return 0;
  auto it = words->bare_question_forms.find(word);
  return it == words->bare_question_forms.end() ? 0 : it->second;
}

}  // namespace qbank::internal
