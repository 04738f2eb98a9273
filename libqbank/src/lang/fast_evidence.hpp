// The fast path of language detection: evidence kept in flat buffers reused from text to text, gathered in
// one pass or from memoized chunks, and the stop-word table it is scored with.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lang/lang_internal.hpp"

namespace qbank::internal {

// A stop word's profiles (bit per profile index) and its weight 1 / spread, in an open-addressing table.
struct StopEntry {
  std::string_view word;
  std::uint64_t profiles = 0;
  double weight = 0;
};

// Returns the stop-word entry of a folded word, or nullptr when no profile lists it.
const StopEntry* find_stop_word(std::string_view folded_word);

// The evidence of gather_evidence() as the fast path keeps it: flat buffers reused from text to text.
struct FastEvidence {
  // One folded word: its bytes in folded and the script most of its letters belong to.
  struct Word {
    std::size_t begin = 0;
    std::size_t size = 0;
    Script script = Script::kNone;
    std::size_t letters = 0;
    bool stop_known = false;          // True when stop holds the word's stop-word entry (looked up once).
    const StopEntry* stop = nullptr;  // The entry, when stop_known.
  };
  // One code point of the text being gathered: its value, byte offset and table entry.
  struct Cp {
    char32_t c = 0;
    std::uint32_t off = 0;
    const CodePointInfo* e = nullptr;
  };
  std::string_view source;         // The text the natural words point into (the input or stripped).
  std::vector<std::pair<std::uint32_t, std::uint32_t>> natural_words;  // Byte ranges of the natural words.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> natural_cps;    // Their code point index ranges.
  std::string folded;              // The natural words joined by spaces, folded.
  std::vector<Word> words;         // The words of folded.
  std::vector<int> letters;        // Counts per distinguishing_letters() index.
  bool any_letter = false;         // True when some count in letters is not zero.
  bool latin_code = false;         // True when code or acronyms hold Latin letters.
  std::size_t kana = 0;            // Hiragana and katakana letters.
  std::uint32_t word_scripts = 0;  // A bit per script of the words (1 << script), when scripts_known.
  bool scripts_known = false;      // True when word_scripts holds the scripts of every word.
  std::vector<Cp> cps;             // Scratch: the decoded code points of source (one sentinel more).
  std::string stripped;            // Scratch: the text with code spans, tags and URLs blanked.

  // The bytes of a word.
  std::string_view word(const Word& w) const { return std::string_view(folded).substr(w.begin, w.size); }
  // True when the text has natural-language words (what CLD2 would be asked about).
  bool has_natural() const { return !natural_words.empty(); }
};

// True when some profile lists the word as a stop word.
inline bool is_listed_stop_word(const FastEvidence& ev, const FastEvidence::Word& w) {
  return (w.stop_known ? w.stop : find_stop_word(ev.word(w))) != nullptr;
}

// Empties the evidence for a new text (letter counts zeroed).
void clear_evidence(FastEvidence& ev);

// Gathers the evidence of gather_evidence() for texts the code point table covers; false otherwise.
bool gather_fast_evidence(std::string_view text, FastEvidence& ev);

// Gathers what gather_fast_evidence() gathers by putting together the memoized evidence of the text's
// separator-delimited chunks; false when the text holds markup or a chunk needs the full path.
bool gather_chunked_evidence(std::string_view text, FastEvidence& ev);

// True for the code points that separate chunks in the language evidence (ASCII blanks, NBSP, CJK and
// full-width punctuation).
inline bool is_evidence_separator(char32_t c) {
  if (c < 0x80) return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r';
  return c == 0xA0 || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) ||
         (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65);
}

// True when the text may hold markup that the evidence blanks: a backtick, a '<', "http" or "www.".
bool may_hold_markup(std::string_view text);

// Gathers the fast evidence of a plain-ASCII text (markup already blanked) in one pass over its bytes, onto
// cleared evidence; false when the code point table rules the byte pass out (then use the general pass).
bool gather_ascii_evidence(std::string_view ascii, FastEvidence& ev);

// Gathers, onto cleared evidence, an ASCII chunk that is one word of letters (neither camelCase nor an
// acronym) followed by nothing but '?', '.', '!' or ','; false (evidence still cleared) for any other chunk.
bool gather_ascii_word(std::string_view chunk, FastEvidence& ev);

// Folds a chunk that gather_ascii_word() takes and whose letters are none of the distinguishing letters into
// folded (replacing it): then its evidence is that one word; false for any other chunk (non-ASCII included).
bool fold_ascii_word(std::string_view chunk, std::string& folded);

// Detects the language without CLD2 when CLD2 cannot change the outcome, or with it otherwise, for texts the
// code point table covers; returns false when the text needs detect_language_detailed.
bool detect_language_fast(std::string_view text, std::string_view prior, std::string& lang);

}  // namespace qbank::internal
