#pragma once
// The cross-language glossary (libqbank/data/xlang/glossary.txt): concepts with their terms per language,
// question forms and ignorable words, parsed once from the embedded data.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace qbank::internal {

namespace xlang_data {
// Returns the embedded glossary file.
std::string_view glossary_text();
}  // namespace xlang_data

// What a term of the glossary stands for.
struct GlossaryEntry {
  char form = 0;                        // The question form it asks ('w' what, 'h' how, 'y' why, 'n' when,
                                        // 'r' where, 'l' which, 'o' who, 'q' how many or how much, 'd' difference),
                                        // 0 when it is no form.
  bool ignore = false;                  // True for a word that carries no content in a question.
  std::vector<std::uint16_t> concepts;  // The concepts it names (several when the term is ambiguous).
};

// The parsed glossary.
class Glossary {
 public:
  // Returns the glossary parsed from the embedded data (thread-safe, parsed once).
  static const Glossary& get();

  // Looks up a form or ignorable word sequence: folded words joined by single spaces, in lang.
  const GlossaryEntry* find_words(std::string_view lang, std::string_view words) const { return find('w', lang, words); }
  // Looks up a concept term: the words' stems (see stem_language()) joined by single spaces, in lang.
  const GlossaryEntry* find_stems(std::string_view lang, std::string_view stems) const { return find('s', lang, stems); }
  // Looks up the concepts of which this folded word, as written, is a one-word term in lang.
  const GlossaryEntry* find_written(std::string_view lang, std::string_view word) const {
    return find('x', lang, word);
  }
  // True when some form or ignorable sequence of two or more words starts with this folded word in lang.
  bool starts_words(std::string_view lang, std::string_view word) const { return starts('w', lang, word); }
  // True when some concept term of lang starts with this folded word as written.
  bool starts_concept(std::string_view lang, std::string_view word) const { return starts('f', lang, word); }
  // True when this folded word, as written, is a one-word concept term of lang.
  bool written_concept(std::string_view lang, std::string_view word) const { return starts('e', lang, word); }
  // True when some concept term of lang may start with this folded word: one starts with the same first three
  // letters (the whole word when shorter), which stemming keeps; false lets a caller skip stemming.
  bool may_start_concept(std::string_view lang, std::string_view word) const {
    return starts('p', lang, opening(word));
  }
  // The first three code points of a word (all of it when shorter).
  static std::string_view opening(std::string_view word);
  // True when some concept term of two or more words starts with this stem in lang.
  bool starts_stems(std::string_view lang, std::string_view stem) const { return starts('s', lang, stem); }
  // The most words of a form or ignorable sequence of lang that starts with this folded word (0 when none has
  // two or more).
  std::size_t longest_words(std::string_view lang, std::string_view word) const { return longest('w', lang, word); }
  // The most words of a concept term of lang that starts with this stem (0 when none has two or more).
  std::size_t longest_stems(std::string_view lang, std::string_view stem) const { return longest('s', lang, stem); }
  // Looks up a run of Han, Kana, Hangul or Thai characters (spaces removed).
  const GlossaryEntry* find_cjk(std::string_view chars) const;
  // Looks up the concepts of the English one-word terms with this consonant skeleton (see consonant_skeleton()).
  const GlossaryEntry* find_skeleton(std::string_view skeleton) const;
  // The most words in one term of a word-separated language.
  std::size_t max_words() const { return max_words_; }
  // The most code points in one CJK term.
  std::size_t max_cjk() const { return max_cjk_; }
  // The id of a concept ("closure").
  const std::string& concept_name(std::uint16_t c) const { return names_[c]; }
  // How many concepts the glossary holds.
  std::size_t concept_count() const { return names_.size(); }
  // The concept "work" (how something works), or concept_count() when the glossary has none.
  std::uint16_t work_concept() const { return work_; }
  // The concept "purpose" (what something is for), or concept_count() when the glossary has none.
  std::uint16_t purpose_concept() const { return purpose_; }
  // The concept "capital" (a country's capital city), or concept_count() when the glossary has none.
  std::uint16_t capital_concept() const { return capital_; }

 private:
  Glossary();
  // Adds one term of a language for a concept (or a form, or an ignorable word); a concept that is no proper name
  // also gets the stems of its Russian and Ukrainian case forms and puts its English one-word term in the skeleton
  // table, for Cyrillic loanwords.
  void add(std::string_view lang, std::string_view term, char form, bool ignore, int concept_id, bool name = false);
  // Adds the stems of the case and number forms of a Russian or Ukrainian concept term's last word.
  void add_inflections(std::string_view lang, const std::vector<std::string_view>& words, int concept_id);

  // The key of a word-table entry: kind ('w' words, 's' stems, 'x' one-word concept terms as written, 'm'/'n'
  // multi-word starts, 'f' first words of concept terms), language, text.
  static std::uint64_t key(char kind, std::string_view lang, std::string_view text);
  // Looks up a word-table entry.
  const GlossaryEntry* find(char kind, std::string_view lang, std::string_view text) const;
  // True when a multi-word entry of the kind starts with this text.
  bool starts(char kind, std::string_view lang, std::string_view first) const;
  // The most words of a multi-word entry of the kind ('w' or 's') that starts with this text, 0 when none.
  std::size_t longest(char kind, std::string_view lang, std::string_view first) const;

  // Builds the flat lookup table from table_ and starts_.
  void freeze();

  std::unordered_map<std::uint64_t, GlossaryEntry> table_;  // Word and stem entries by key().
  std::unordered_map<std::uint64_t, bool> starts_;           // Multi-word openings by key().
  std::unordered_map<std::uint64_t, std::uint8_t> longest_;  // The most words of the entries of each opening.
  // Open-addressing table of every key of table_ and starts_ (0 = empty slot), power-of-two sized, with the
  // entry each key of table_ names (nullptr for starts_ keys).
  std::vector<std::uint64_t> flat_keys_;
  std::vector<const GlossaryEntry*> flat_entries_;
  // Hashes strings and string views alike, so a CJK run is looked up without building a string.
  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, GlossaryEntry, TextHash, std::equal_to<>> cjk_;  // CJK terms, spaces removed.
  // The concepts of English one-word terms by their consonant skeleton.
  std::unordered_map<std::string, GlossaryEntry, TextHash, std::equal_to<>> skeletons_;

  std::vector<std::string> names_;
  std::size_t max_words_ = 1, max_cjk_ = 1;
  std::uint16_t work_ = 0, purpose_ = 0, capital_ = 0;  // The concepts "work", "purpose" and "capital".
};

// The language whose stemmer serves a word of the given script in a record of lang: the record's language
// when it is written in that script and has a stemmer (Latin, Cyrillic, Greek, Arabic, Devanagari), else English
// for Latin words and Russian for the others.
std::string_view stem_language(bool latin_word, std::string_view lang);

// The fewest skeleton letters a word needs to be matched by its consonant skeleton.
inline constexpr std::size_t kMinSkeleton = 3;

// The fewest letters two plain Latin words need to match by their bare forms (see XUnit::bare): short function
// words differ by a mark alone ("sí" / "si", "où" / "ou").
inline constexpr std::size_t kMinBare = 4;

// The fewest skeleton letters two plain words (no glossary term) need to match by skeleton, across scripts or in
// one: names of three consonants collide ("Greece" / "Грузия", both g-r-s).
inline constexpr std::size_t kMinPlainSkeleton = 4;

// Splits folded text into words the way the glossary does: letters, digits, '_' and inner apostrophes;
// everything else separates. Han, Kana, Hangul and Thai characters are not word letters.
std::vector<std::string_view> glossary_words(std::string_view folded);

// Splits an elided article or pronoun off a word ("l'objet" -> "l", "objet"; "qu'une" -> "qu", "une");
// returns the length of the elided part without its apostrophe, 0 when the word has none.
std::size_t elision(std::string_view word);

// True for a Han, Kana, Hangul or Thai code point: scripts that write no space between words, whose runs are
// read by longest glossary match.
bool is_unspaced(char32_t c);

}  // namespace qbank::internal
