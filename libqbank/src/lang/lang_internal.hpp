#pragma once
// Internal language helpers shared by the reference and fast detectors: the per-language profiles (stop
// words, templates, letters, suffixes) parsed from embedded data, evidence, CLD2 and the weights of evidence.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "fold/fold_internal.hpp"

namespace qbank::internal {



// Everything the library knows about one language, parsed from libqbank/data/lang/<code>.txt.
struct LanguageProfile {
  std::string code;                                // ISO 639-1 code ("en").
  Script script = Script::kNone;                   // The script the language is written in.
  std::unordered_set<std::string> stop;            // Folded stop words.
  std::vector<std::string> templates;              // Folded question templates, longest first.
  std::vector<std::string> suffixes;               // Folded suffixes for the light stemmer, longest first.
  std::vector<char32_t> letters;                   // The letters of its alphabet beyond its script's plain letters (shared ones count less).
};

// Returns all language profiles, parsed once from the embedded data (thread-safe).
const std::vector<LanguageProfile>& language_profiles();

// Returns the profile of a language code, or nullptr when there is none.
const LanguageProfile* find_profile(std::string_view code);

// Returns the number of profiles whose stop list holds the folded word (0 when none).
int stop_word_spread(std::string_view word);

// Returns the number of profiles that list the letter as distinguishing (0 when none).
int letter_spread(char32_t c);

// True when the profile's alphabet lacks a letter that another profile of its script lists (CLD2's guess of a
// language whose alphabet cannot write the text is no evidence for it: "farkı" is no English word).
bool alphabet_lacks(const LanguageProfile& p, char32_t letter);

// A word of natural-language text, folded, with the script most of its letters belong to.
struct EvidenceWord {
  std::string folded;  // The folded word.
  Script script;       // The script of most of its letters.
  std::size_t letters; // The number of letters.
};

// What a text offers for language detection once code, URLs and acronyms are set aside.
struct TextEvidence {
  std::string natural;                       // The natural-language part of the text (raw, for CLD2).
  std::string folded;                        // The natural-language part, folded.
  std::vector<EvidenceWord> words;           // Its words.
  std::unordered_map<char32_t, int> letters; // Lowercased letter counts (ё, ß, і... kept as they are).
  std::size_t kana = 0;                      // Hiragana and katakana letters.
  bool latin_code = false;                   // True when code or acronyms hold Latin letters.
};

// Every distinguishing letter of every profile (lowercased), deduplicated; letter_index points here.
const std::vector<char32_t>& distinguishing_letters();

// The code point table of code_point_table() with letter_index filled from distinguishing_letters().
const CodePointInfo* lang_code_point_table();

// Returns the lang_code_point_table() entry of a code point, or nullptr outside the tabulated ranges.
inline const CodePointInfo* lang_code_point_info(char32_t c) { return lookup_code_point(lang_code_point_table(), c); }

// Gathers the detection evidence of a text.
TextEvidence gather_evidence(std::string_view text);

// CLD2's opinion on a text.
struct Cld2Guess {
  std::string lang;      // ISO 639-1 code of CLD2's top language, "" when unknown.
  int percent = 0;       // The share of the text CLD2 gives it.
  int text_bytes = 0;    // The number of letter bytes CLD2 scored.
  bool reliable = false; // CLD2's own reliability flag.
};

// Asks CLD2 about a (valid UTF-8) plain text.
Cld2Guess cld2_guess(std::string_view text);

// cld2_guess() for text known to be valid UTF-8: CLD2 skips its validation scan (same answers).
Cld2Guess cld2_guess_valid(std::string_view text);

// Writes into out the words of natural (joined by single spaces) that CLD2 is asked about once the script is
// known: every word but those whose letters all belong to other scripts. CLD2 only chooses among the script's
// languages, and foreign words (identifiers, product names) dilute its answer without informing it.
void cld2_script_text(std::string_view natural, Script script, std::string& out);

// True when the word holds a letter and none of its letters belongs to the script (cld2_script_text leaves it out).
bool is_foreign_word(std::string_view word, Script script);




// True when the folded word is a stop word (article, pronoun, question word...) of the language.
bool is_stop_word(std::string_view folded_word, std::string_view lang);

// Returns the folded question templates of a language ("what is", "что такое"...), longest first.
std::vector<std::string> question_templates(std::string_view lang);

// Returns the length in bytes of the longest question template that the folded text opens with, or 0.
std::size_t match_question_template(std::string_view folded, std::string_view lang);

// Returns the codes of the languages that have stop words and templates in the library.
std::vector<std::string> known_languages();

// The longest HTML tag skipped as markup by the evidence gatherers, in code points.
inline constexpr std::size_t kMaxTagLength = 200;

// True when the folded text opens with the template, followed by a word boundary (CJK templates need none).
inline bool opens_with(std::string_view text, std::string_view tmpl) {
  if (tmpl.empty() || text.size() < tmpl.size() || text.compare(0, tmpl.size(), tmpl) != 0) return false;
  return text.size() == tmpl.size() || text[tmpl.size()] == ' ' || tmpl.back() == '\'' ||
         static_cast<unsigned char>(tmpl.back()) >= 0xE3;
}

// The most bytes of a text that language detection reads: a longer text is judged by its beginning.
inline constexpr std::size_t kMaxDetectBytes = 64 * 1024;

// Returns the part of text that language detection reads (cut before a UTF-8 continuation byte).
inline std::string_view detection_prefix(std::string_view text) {
  if (text.size() <= kMaxDetectBytes) return text;
  std::size_t cut = kMaxDetectBytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut);
}

// Weights of the kinds of evidence, shared by the reference detector and its fast path; a template or two
// stop words outweigh the prior.
inline constexpr double kTemplateWeight = 1.5;     // The text opens with one of the language's templates.
inline constexpr double kLetterWeight = 1.5;       // One distinguishing letter, shared among the languages listing it.
inline constexpr double kCld2Reliable = 2.5;       // CLD2 is reliable, scaled by its percentage.
inline constexpr double kCld2Unreliable = 0.3;     // CLD2's unreliable guess.
inline constexpr double kCld2FullWords = 8.0;      // The number of words from which CLD2 gets its full weight.
inline constexpr double kPriorWeight = 1.0;        // The document's or section's language.
inline constexpr double kDefaultWeight = 0.3;      // The default language of a script (en for Latin, ru for Cyrillic).
inline constexpr double kForeignWordWeight = 2.0;  // A word of a non-Latin alphabetic script versus a Latin word.
inline constexpr std::string_view kCld2Default = "en";  // CLD2's answer for short text it cannot place ("Identifiez
                                                       // la nature du document": English, 97%).
inline constexpr double kHangulWordWeight = 3.0;   // A Hangul word: particles and endings join the word, so a
                                                   // Korean sentence has few, long words.

// The script of a word from its letter counts per script: the most frequent, except that Latin letters give way
// to an alphabet other than Han and Kana (a native ending on a borrowed term: "Function과", "Python'а").
inline Script word_script_of_counts(const std::size_t (&counts)[16]) {
  std::size_t best = 0, native = 0;
  for (std::size_t s = 1; s < 16; ++s) {
    if (counts[s] > counts[best]) best = s;
    auto script = static_cast<Script>(s);
    if (script != Script::kLatin && script != Script::kHan && script != Script::kKana && script != Script::kOtherLetter &&
        counts[s] > counts[native])
      native = s;
  }
  return static_cast<Script>(best == static_cast<std::size_t>(Script::kLatin) && counts[native] > 0 ? native : best);
}

// True when some profile lists the word as a stop word.
inline bool is_listed_stop_word(const TextEvidence& /*ev*/, const EvidenceWord& w) { return stop_word_spread(w.folded) > 0; }

// Picks the script with the most weight: Latin words count once (none when none of them is a function word and
// another script has words), Hangul words three times, words of other alphabets twice, and each CJK character
// once; Japanese text (any kana) counts as kana. Works on TextEvidence and FastEvidence.
template <typename Evidence>
Script dominant_script(const Evidence& ev) {
  Script only = Script::kNone;  // The one alphabetic (non-CJK) script of the words, the usual case.
  bool other_letters = false;   // Some word is in a script without profiles (Ethiopic, Armenian...).
  // Latin words none of which is a function word are terms (names, identifiers) in another script's sentence.
  auto latin_frame = [&] {
    for (const auto& w : ev.words)
      if (w.script == Script::kLatin && is_listed_stop_word(ev, w)) return true;
    return false;
  };
  for (const auto& w : ev.words) {
    other_letters = other_letters || w.script == Script::kOtherLetter;
    if (w.script == Script::kNone || w.script == Script::kOtherLetter) continue;
    if (w.script == Script::kHan || w.script == Script::kKana || (only != Script::kNone && w.script != only)) {
      only = Script::kOtherLetter;  // Several scripts, or CJK: weigh them below.
      break;
    }
    only = w.script;
  }
  if (only != Script::kOtherLetter) {
    if (other_letters && (only == Script::kNone || (only == Script::kLatin && !latin_frame()))) return Script::kOtherLetter;
    return only != Script::kNone ? only : ev.latin_code ? Script::kLatin : Script::kNone;
  }
  std::array<double, 16> weight{};
  for (const auto& w : ev.words) {
    if (w.script == Script::kNone || w.script == Script::kOtherLetter) continue;
    bool cjk = w.script == Script::kHan || w.script == Script::kKana;
    Script s = cjk && ev.kana > 0 ? Script::kKana : w.script;
    weight[static_cast<std::size_t>(s)] += cjk                            ? static_cast<double>(w.letters)
                                           : w.script == Script::kLatin  ? 1.0
                                           : w.script == Script::kHangul ? kHangulWordWeight
                                                                         : kForeignWordWeight;
  }
  auto heaviest = [&] {
    std::size_t best = 0;
    for (std::size_t s = 1; s < weight.size(); ++s)
      if (weight[s] > weight[best] || (weight[s] == weight[best] && weight[s] > 0 && best == 1)) best = s;
    return best;
  };
  std::size_t best = heaviest();
  if (best == static_cast<std::size_t>(Script::kLatin) && !latin_frame()) {
    weight[best] = 0;
    best = heaviest();
  }
  if (weight[best] > 0) return static_cast<Script>(best);
  if (other_letters) return Script::kOtherLetter;
  return ev.latin_code ? Script::kLatin : Script::kNone;
}

// The language a script implies when no profile covers it ("el" for Greek, "en" for Latin), or "".
std::string_view script_language(Script s);

// Returns the prior as a lowercase two-letter code ("ru-RU" → "ru"), or "" when it is none.
std::string normalize_prior(std::string_view prior);

namespace lang_data {

// One data file compiled into the library.
struct EmbeddedFile {
  const char* code;   // The language code (file name without extension).
  const char* data;   // The file's bytes.
  std::size_t size;   // The number of bytes.
};

// Returns the data files compiled into the library (generated by data/embed_lang_data.cmake).
const std::vector<EmbeddedFile>& embedded_files();

}  // namespace lang_data
}  // namespace qbank::internal
