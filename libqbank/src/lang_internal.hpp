#pragma once
// Internal language helpers shared by detection, folding and tokenisation: scripts of code points,
// and the per-language profiles (stop words, templates, letters, suffixes) parsed from embedded data.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace qbank {

// The writing system of a code point, as far as language detection and tokenisation care.
enum class Script { kNone, kLatin, kCyrillic, kGreek, kArmenian, kHebrew, kArabic, kDevanagari, kBengali,
                    kTamil, kThai, kGeorgian, kHangul, kKana, kHan, kOtherLetter };

// Returns the script of a letter, or kNone for anything else (marks, digits, punctuation, space).
Script script_of(char32_t c);

// True for combining marks (Unicode categories Mn, Mc, Me), which belong to the letter before them.
bool is_mark(char32_t c);

// Returns the lowercase name of a script ("latin", "cyrillic", "han"...), "" for kNone.
std::string_view script_name(Script s);

// Returns the script named by a data file ("latin", "cyrillic"...), kNone when unknown.
Script script_from_name(std::string_view name);

// True for CJK code points that are tokenised as character bigrams (Han ideographs and kana).
bool is_cjk_ideograph(char32_t c);

// Maps a Latin letter to its Cyrillic look-alike (C→С, o→о...), or returns 0 when it has none.
char32_t latin_to_cyrillic(char32_t c);

// Maps a Cyrillic letter to its Latin look-alike (С→C, о→o...), or returns 0 when it has none.
char32_t cyrillic_to_latin(char32_t c);

// Decodes the HTML character reference starting at s[i] ("&amp;", "&#39;", "&eacute;") into out and
// returns its length in code points, or returns 0 when there is none.
std::size_t decode_entity(std::u32string_view s, std::size_t i, char32_t& out);

// Replaces look-alike letters in words that mix Latin and Cyrillic (a Latin C inside a Cyrillic word, or
// the reverse), in place; appends one note per repaired word to notes when it is not null.
void repair_mixed_words(std::u32string& cps, std::vector<std::string>* notes);

// Everything the library knows about one language, parsed from libqbank/data/lang/<code>.txt.
struct LanguageProfile {
  std::string code;                                // ISO 639-1 code ("en").
  Script script = Script::kNone;                   // The script the language is written in.
  std::unordered_set<std::string> stop;            // Folded stop words.
  std::vector<std::string> templates;              // Folded question templates, longest first.
  std::vector<std::string> suffixes;               // Folded suffixes for the light stemmer, longest first.
  std::vector<char32_t> letters;                   // Letters that set the language apart from its neighbours.
};

// Returns all language profiles, parsed once from the embedded data (thread-safe).
const std::vector<LanguageProfile>& language_profiles();

// Returns the profile of a language code, or nullptr when there is none.
const LanguageProfile* find_profile(std::string_view code);

// Returns the number of profiles whose stop list holds the folded word (0 when none).
int stop_word_spread(std::string_view word);

// Returns the number of profiles that list the letter as distinguishing (0 when none).
int letter_spread(char32_t c);

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
}  // namespace qbank
