#pragma once
// Internal pieces of dedup: interned per-record features, word weights, pair verification and blocking.

#include <bitset>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "qbank/dedup.hpp"
#include "qbank/question.hpp"
#include "tokenize/tokenize_internal.hpp"

namespace qbank::internal {

// Interns strings as dense integer ids so comparisons are integer compares; the strings are stored back
// to back in one buffer with an open-addressing table of ids, so a string costs no allocation of its own.
class Vocab {
 public:
  // Returns the id of s, adding it if new (not thread-safe).
  std::uint32_t intern(std::string_view s);
  // Frees the lookup table once every string is interned (a later intern() rebuilds it).
  void freeze() { std::vector<std::uint32_t>().swap(table_); }
  // Returns the string of an id.
  std::string_view str(std::uint32_t id) const {
    return std::string_view(chars_).substr(offsets_[id], offsets_[id + 1] - offsets_[id]);
  }
  // Returns a copy of the string of an id.
  std::string text(std::uint32_t id) const { return std::string(str(id)); }
  // Number of distinct strings.
  std::size_t size() const { return offsets_.size() - 1; }

 private:
  // Doubles the id table and reinserts every id.
  void grow();
  std::string chars_;                          // All strings, back to back.
  std::vector<std::uint64_t> offsets_{0};      // By id: where its string starts; one extra entry at the end.
  std::vector<std::uint32_t> table_;           // Ids by hash slot; UINT32_MAX when empty.
};

// What a token does when it finds no partner on the other side.
// Something optional may be left out only when the other side leaves nothing out: when both sides carry
// something unmatched ("in Go" / "in Rust", "(in-order)" / "(post-order)"), they differ.
enum class Role : std::uint8_t {
  kSignificant,  // Must find a partner.
  kCommon,       // Frequent in this bank: must find a partner, but too common to block on.
  kIgnorable,    // A built-in context word ("python"): may be missing when both sides have significant words.
  kOptional      // A word of a parenthesised gloss or of a trailing context phrase: may be missing.
};

// Token flags.
enum TokenFlag : std::uint16_t {
  kSymbol = 1,       // An operator run that carries meaning ("//", "%").
  kNumber = 2,       // Contains a digit: must match exactly.
  kGloss = 4,        // Inside a short parenthesised gloss ("(Python)").
  kTrailing = 8,     // The word after a context preposition ("in Python"): a context slot.
  kJoined = 16,      // Joined to another word by a slash ("PHP/CURL", "TCP/IP"): part of one name.
  kKeyword = 32,     // A query or programming-language keyword (backticked, or upper case): matched exactly.
  kFiller = 64,      // A stop word inside a gloss: never needs a partner, but counts as something carried.
  kNegation = 128,   // A negation ("not", "не"): all negations share the stem "¬".
  kFirstParen = 256, // In the first parenthesised group of the text.
  kObject = 512,     // Right after a preposition naming what is asked about ("about X", "of X"): the subject.
  kUse = 1024,       // A form of "use" beside a noun asking for good or bad sides ("avantages d'utiliser X"): may be
                     // missing like a context word (see is_use_word()).
  kPlace = 0xF000    // Where the token sits among directional words (see place_after()); 0 before any.
};

// The place of the tokens after a directional word of class cls ('t' or 'f') that is the k-th of its class
// in the text, as kPlace bits: "from X to Y" puts X at (f, 1) and Y at (t, 1), "X to Y to Z" Z at (t, 2).
inline std::uint16_t place_after(char cls, int k) {
  return static_cast<std::uint16_t>(((k < 7 ? k : 7) * 2 + (cls == 'f' ? 1 : 0)) << 12);
}

// A token before interning.
struct RawToken {
  std::string stem;   // Stemmed folded form.
  std::string word;   // Folded surface form.
  std::uint16_t flags = 0;  // TokenFlag bits.
  std::uint8_t frame_typo = 0;  // 1 + the index of word_bit(w) for a frame word w this short word misspells
                                // ("teh" -> "the", "Waht" -> "what"), else 0 (see frame_typo_of()).
};

// Features before interning, produced in parallel.
struct RawFeatures {
  std::uint64_t folded_hash = 0;  // Hash of fold(text).
  std::uint64_t code_hash = 0;    // Hash of the code without whitespace/semicolons (0 when none).
  std::uint64_t chunks_hash = 0;  // Hash of the sorted code-like chunks (0 when none).
  bool code_dependent = false;    // The text refers to attached code ("the following code").
  bool lang_from_text = false;    // lang was detected from the text, not taken from the record.
  bool bare = false;              // No Latin or Greek letter of the text carries a mark (see without_marks()).
  char form = 0;                  // The form of question (see question_form()); 'd' for a comparison.
  std::string lang;               // The language the text is compared in (see extract_features()).
  std::string marker;             // The first directional word ("to", "в"), or "" (see is_directional()).
  std::vector<RawToken> tokens;   // Content tokens in text order.
  std::uint64_t dropped_words = 0;  // Bit word_bit(w) set for each ASCII word w outside parentheses that is no
                                    // token (stop, question, direction words) in a text with no backquoted code:
                                    // a keyword "BY" may pair with "by".
  std::uint64_t frame_words = 0;    // Bit word_bit(w) for each word outside parentheses that is no token, in
                                    // any script: the frame around the content words.
  std::string folded;               // fold(text) when extract_features() was asked to keep it, else empty.
  std::uint32_t particles = 0;      // particle_sides() of the words outside parentheses.
};

// One interned content token.
struct DedupToken {
  std::uint32_t stem = 0;  // Vocab id of the stem.
  std::uint32_t word = 0;  // Vocab id of the surface word.
  std::uint16_t flags = 0;  // TokenFlag bits.
  Role role = Role::kSignificant;  // Set by assign_roles().
  std::uint8_t frame_typo = 0;  // See RawToken.
};

// Everything dedup needs to know about one record, except its tokens (kept in FeatureTable::tokens).
struct DedupFeatures {
  std::uint64_t folded_hash = 0;   // See RawFeatures.
  std::uint64_t code_hash = 0;     // See RawFeatures.
  std::uint64_t chunks_hash = 0;   // See RawFeatures.
  std::uint32_t lang = 0;          // Vocab id of the language code.
  std::uint32_t marker = 0;        // Vocab id of the first directional word (0 = none; id 0 is "").
  std::uint32_t first_token = 0;   // Index of the record's first token in FeatureTable::tokens.
  std::uint32_t token_count = 0;   // Number of content tokens.
  std::uint32_t significant = 0;   // Number of significant tokens.
  bool code_dependent = false;     // See RawFeatures.
  bool lang_from_text = false;     // See RawFeatures.
  bool bare = false;               // See RawFeatures.
  std::uint64_t dropped_words = 0; // See RawFeatures.
  std::uint64_t frame_words = 0;   // See RawFeatures.
  std::uint32_t particles = 0;     // See RawFeatures.
  char form = 0;                   // See RawFeatures.
};

// One record's features with its tokens, as verify() and block_keys() read them.
struct FeatureView {
  const DedupFeatures& f;                // The per-record features.
  std::span<const DedupToken> tokens;    // Its content tokens in text order.
};

// The features of every record, with all tokens in one array so a record costs no allocation of its own.
struct FeatureTable {
  Vocab vocab;                          // Strings of stems, words, languages and markers.
  std::vector<DedupFeatures> records;   // One entry per record, by record index.
  std::vector<DedupToken> tokens;       // Tokens of all records, each record's contiguous.
  std::vector<std::uint64_t> part_hash; // By vocab id: hash of the blocking part of a stem (see block_keys()).

  // Returns record r's view.
  FeatureView view(std::size_t r) const {
    const DedupFeatures& f = records[r];
    return {f, std::span<const DedupToken>(tokens.data() + f.first_token, f.token_count)};
  }
};

// Returns the bit of a folded word in RawFeatures::dropped_words.
std::uint64_t word_bit(std::string_view word);

// The longest word, in letters, that frame_typo_of() reads as a misspelt frame word.
constexpr std::size_t kFrameTypoMaxLength = 5;

// Returns 1 + the index of word_bit(w) when a content word of three to five letters is a stop word w of the
// language with two neighbouring letters swapped or one letter doubled ("teh", "Waht", "Hwo", "Чот"), else 0:
// a writer's slip in a short word the frame carries.
std::uint8_t frame_typo_of(std::string_view word, std::string_view lang);

// Computes the raw features of one record (thread-safe). The text is compared in its record's language,
// except that a text marked English whose stop words are another Latin language's only gets the language
// detected from its text. With keep_folded, the result holds the folded text too.
RawFeatures extract_features(const Question& q, bool keep_folded = false);

// Interns raw features and appends them to the table as the next record (lang: the record's language, used
// when raw.lang is empty).
void intern_features(RawFeatures&& raw, const std::string& lang, FeatureTable& table);

// Decides roles from built-in lists and, for large banks, word frequencies (of the table's records, or of a
// whole bank when global is given), and fills part_hash.
void assign_roles(FeatureTable& table, const DedupOptions& options, const WordStatistics* global = nullptr);

// Appends the distinct stems of a record that count towards word frequencies (not numbers or symbols).
void frequency_stems(const RawFeatures& raw, std::vector<std::string_view>& out);

// Decides whether two records ask the same question.
MatchVerdict verify(FeatureView a, FeatureView b, const Vocab& vocab, const DedupOptions& options, bool explain);

// Working buffers of block_keys(), reused between calls on one thread.
struct KeyScratch {
  std::vector<std::uint64_t> parts;   // Hashes of the blocking parts.
  std::vector<std::size_t> bounds;    // Code point boundaries of the longest word.
  std::string variant;                // The longest word with one letter deleted.
  std::string joined;                 // The blocked words written together.
  std::vector<std::uint64_t> lemma_parts;  // Hashes of the blocking parts of the words read as lemma forms.
  std::vector<std::uint64_t> base_parts;   // Hashes of the blocking parts of the words without a plural suffix.
};

// Appends the blocking keys of a record in language lang (its code) to out (sorted, unique): records that can
// match share a key.
void block_keys(FeatureView f, std::string_view lang, const FeatureTable& table, const DedupOptions& options,
                std::vector<std::uint64_t>& out, KeyScratch& scratch);

// Returns the hash of a stem's blocking part: the whole stem when ASCII, else its first four code points.
std::uint64_t blocking_part_hash(std::string_view stem);

// What the built-in word lists say about one folded word, looked up at once.
struct WordInfo {
  bool context_preposition = false;  // See is_context_preposition().
  bool comparison_cue = false;       // See is_comparison_cue().
  bool definition_verb = false;      // See is_definition_verb().
  bool negation = false;             // See is_negation().
  bool privative = false;            // See is_privative().
  bool order = false;                // A preposition of order with an opposite ("before", "after"): content.
  char direction = 0;                // See directional_class().
  char form = 0;                     // See question_form().
  char request = 0;                  // See request_role().
  bool pair_opening = false;         // Opens a two-word cue (see word_pair_role()).
};

// Returns what the built-in lists say about a folded word (one hash lookup; all false for other words).
WordInfo word_info(std::string_view word);

// Returns a folded text with the marks of its Latin and Greek letters removed and ł, đ, ı, ø written as l, d, i,
// o: how a writer without those keys types it ("wątek" -> "watek", "αναδρομή" -> "αναδρομη").
std::string without_marks(std::string_view folded);

// The folded word as a keyboard without its letters types it: ä, ö, ü as ae, oe, ue, ß as ss, æ as ae, œ and ø
// as oe, þ as th, å as aa, other marks dropped ("gegenüber" → "gegenueber", "þráður" → "thradur").
std::string keyboard_spelling(std::string_view folded);

// True when some Latin or Greek letter of a folded text carries a mark that without_marks() removes.
bool has_marks(std::string_view folded);

// Returns what the built-in lists say about a word typed without the marks of a listed word ("roznica",
// "degil"), for a text typed so; all false for other words.
WordInfo bare_word_info(std::string_view word);

// True when a word is a stop word of the language typed without its marks (Swedish "ar" for "är").
bool bare_stop_word(std::string_view word, std::string_view lang);

// The minimum length, in code points, of a word that may carry a typo.
constexpr std::size_t kTypoMinLength = 8;

// The longest word (in letters) that typo-tolerant keys vary: each of its one-letter deletions is hashed, so a
// longer token (a pasted hash, a run of letters) would cost its length squared and is no word a typo hides in.
constexpr std::size_t kTypoMaxLength = 64;

// True when two code point strings are at most one edit apart (substitution, insertion, deletion, swap).
bool within_one_edit(const std::u32string& a, const std::u32string& b);

// Returns what the built-in lists say about a long comparison cue or definition verb that a folded word
// misspells by one letter ("differnce"), or all false.
WordInfo misspelt_word_info(std::string_view word);

// True for built-in context words that are often appended to a question ("python", "javascript", ...).
bool is_context_word(std::string_view stem);

// Bits of the pairs of opposed verb particles ("on" / "off", "ein" / "aus") of lang that word is one side of:
// bit 2k for the first word of pair k, bit 2k + 1 for the second.
std::uint32_t particle_sides(std::string_view word, std::string_view lang);

// True when one side holds a particle whose opposite only the other side holds ("turn X on" / "turn X off").
bool opposed_particles(std::uint32_t a, std::uint32_t b);

// True for prepositions that introduce a trailing context phrase ("in", "в", "en", ...).
bool is_context_preposition(std::string_view word);

// Returns the class of a directional word whose two sides must not be swapped ('t' for "to", "into", "в",
// "nach"...; 'f' for "from", "из", "desde"...), or 0 for other words.
char directional_class(std::string_view word);

// True for directional words whose two sides must not be swapped ("to", "into", "from", "в", ...).
inline bool is_directional(std::string_view word) { return directional_class(word) != 0; }

// Returns the form of question a folded question word asks ('w' what, 'l' which, 'y' why, 'h' how,
// 'n' when, 'r' where), or 0 for other words.
char question_form(std::string_view word);

// True for words that make a question a comparison of two things ("difference", "vs", "отличается").
bool is_comparison_cue(std::string_view word);

// True for an imperative that asks for a definition when it opens a question ("explain", "опишите").
bool is_definition_verb(std::string_view word);

// The question a text asks without the residue a scraper leaves around it: an HTML element or Markdown
// emphasis that wraps it all, a heading mark, list bullet or task box, and a leading question label ("Q3.",
// "Вопрос 7:") or list number ("12) "); labels that carry meaning ("Windows 10:") stay.
std::string question_body(std::string_view text);

// Rewrites the decimal digits of other scripts ("٣", "۸", "३") as ASCII digits, the Persian and Arabic forms of
// one letter as one (ی/ي/ى, ک/ك), in place; dedup's folded texts are so rewritten.
void ascii_digits(std::string& s);

// True for a negation ("not", "n't", "не", "nicht", "no", "pas"...); negations are content, never stop words.
bool is_negation(std::string_view word);

// True for a preposition that names what a question is about ("about", "of", "про", "über"): the word after it
// is the subject asked about, not a context that may be left out.
bool is_object_preposition(std::string_view word);

// True for a word that leaves something out ("without", "без", "sin", "ohne"); content, never a stop word.
bool is_privative(std::string_view word);

// Returns what a folded word does in a request for an explanation, or 0: 'p' a politeness word ("please",
// "пожалуйста"), 'a' an auxiliary after a closing imperative ("주세요", "করুন"), 'r' the modal or pronoun of
// "could you" ("puedes", "kunt", "du"), 'c' the noun "concept" or the conjunction "that" after "explain"
// ("Konzept", "понятие", "कि"), 'l' a postposition "about" or an object marker before a closing imperative
// ("대해", "को").
char request_role(std::string_view word);

// Returns what two consecutive folded words say together, or 0: 'd' a comparison cue ("khác biệt"), 'e' an
// imperative that asks for a definition ("giải thích", "leg uit"), 'c' the noun "concept" ("khái niệm"), 'w'
// the question "what is" ("ما هو", "מה זה"). A pair typed without its marks counts too.
char word_pair_role(std::string_view first, std::string_view second);

// The words dedup reads in one language only: its number words and its forms of "to be".
struct LanguageWords {
  std::vector<std::pair<std::string_view, int>> numbers;  // Number words two to ten ("three", "다섯") and values.
  std::vector<std::string_view> copulas;                 // Present forms of "to be" its stop words lack ("je").
  std::bitset<256> first_bytes;                          // The first bytes of all these words.
  // Returns the value of a number word of the language, or 0.
  int number(std::string_view w) const;
  // True for a present form of "to be" of the language.
  bool copula(std::string_view w) const;
};

// Returns the number words and forms of "to be" of a language, or nullptr when it has none.
const LanguageWords* language_words(std::string_view lang);

// True for a language without a stemmer whose nouns inflect by their final vowels in Latin script (Polish, Czech,
// Slovak, Croatian, Slovene, Bosnian, Serbian in Latin letters).
bool vowel_inflected(std::string_view lang);

// True when one word is the other with a plural suffix of a script without a stemmer written on (Hebrew
// "שירותים" / "שירות", Persian "-ها", Bengali "-গুলো"); the other keeps three letters at least.
bool suffixed_plural(std::string_view a, std::string_view b);

// Returns the word without the plural suffix written on to it that suffixed_plural() reads ("भाषाएँ" -> "भाषा"), or
// "" when it ends with none.
std::string_view plural_base(std::string_view word);

// True for a Korean counter ("가지", "개"), after which a native number word is a number.
bool is_korean_counter(std::string_view word);

// True when a listed preposition or directional word is a function word of another kind in a language
// (Swedish "en" is "a", Finnish "on" is "is"): a stop word there.
bool other_word_in(std::string_view word, std::string_view lang);

// Returns the stem dedup gives a folded content word of a Latin-script language with a Snowball stemmer or of
// one that inflects by its final vowels (see vowel_inflected()).
std::string word_stem(std::string_view word, std::string_view lang);

// Returns the lemma of an irregular English form ("children" -> "child"), or "" when it is none.
std::string_view irregular_lemma(std::string_view word);

// True when two forms of a word with the given common stem differ only by inflectional endings (accents
// aside): each keeps at most four letters past their common beginning, and the parts past the stem open
// with the same derivational suffix or none ("decorador"/"decoradores" are one word, "compilador"/
// "compilación" and "racionalismo"/"racionalista" are two).
bool inflectional_pair(std::string_view a, std::string_view b, std::string_view stem);

// True when two Cyrillic words are forms of one word: Russian or Ukrainian inflectional endings of one
// paradigm (both nominal or both verbal) after a shared base of three or more letters ("используете" /
// "используешь"; not "процесс" / "процессор", not "вывод" / "выводит").
bool slavic_forms(std::string_view a, std::string_view b);

// Splits a folded segment into tokens as tokenize() does, except in Chinese, Japanese and Korean text:
// function words are cut out of Han runs as tokens of their own ("什么", "是", "的"), a change between
// Latin, kana and Hangul ends a word ("rest란"), a Japanese hiragana run is a stop word unless it asks or
// negates ("とは", "ですか"; "ない"), and a Korean word loses its particle ("클로저란" -> "클로저").
std::vector<Token> dedup_tokens(std::string_view segment, std::string_view lang);

// True when a folded question refers to code attached to it ("the following code", "输出").
bool refers_to_code(std::string_view folded);

// True when the folded text points at something shown with it: a demonstrative followed by a noun ("is this
// function pure", "что вернёт эта функция").
bool points_at_shown_item(std::string_view folded);

// Merges a cluster of records (first = seed) into one record following the documented policy; the members
// are left unchanged.
Question merge_cluster(const std::vector<const Question*>& members, bool keep_seed_text = false);

// The fields of a merged record that describe its question, pointing into the members (see merged_view()).
struct MergedView {
  const std::string* id = nullptr;                  // The merged record's id.
  const std::string* lang = nullptr;                // Its language.
  const std::string* text = nullptr;                // Its shown text.
  const std::optional<std::string>* code = nullptr; // Its code.
  const std::vector<std::string>* choices = nullptr;  // Its choices.
};

// Returns, without merging, where merge_cluster(members, keep_seed_text) takes its id, language, text, code
// and choices from.
MergedView merged_view(const std::vector<const Question*>& members, bool keep_seed_text = false);

// A compact multimap from 64-bit keys to cluster numbers, at most `cap` clusters per key. Keys are spread
// over shards that grow one at a time; a slot holds 32 bits of the key and the cluster, so a key is told
// apart by its shard and those 32 bits (38 bits; a rare false candidate is still verified).
class KeyIndex {
 public:
  // Creates an empty index.
  explicit KeyIndex(std::uint32_t cap);
  // Adds cluster c under key k unless the key already holds cap clusters.
  void add(std::uint64_t k, std::uint32_t c);
  // Appends the clusters stored under key k to out.
  void find(std::uint64_t k, std::vector<std::uint32_t>& out) const;
  // Hints the processor to load the slots a later find(k) or add(k) reads.
  void prefetch(std::uint64_t k) const;
  // Makes room for about n entries in all, so the shards need not grow one by one.
  void reserve(std::size_t n);

 private:
  // One shard: slots of (check << 32 | cluster), ~0 when empty.
  struct Shard {
    std::vector<std::uint64_t> slots;
    std::size_t used = 0;
  };
  // Resizes a shard to `size` slots (0: grow by half) and reinserts its entries.
  static void grow(Shard& s, std::size_t size = 0);
  std::vector<Shard> shards_;
  std::uint32_t cap_;
};

}  // namespace qbank::internal
