// Per-record dedup features: content tokens with their roles, hashes of code and code-like chunks.
#include <utf8proc.h>
#include <xxhash.h>

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "base/utf8.hpp"
#include "dedup/abbreviations.hpp"
#include "dedup/features.hpp"
#include "dedup/frame_words.hpp"
#include "dedup/lexical_plurals.hpp"
#include "fold/unicode.hpp"
#include "qbank/fold.hpp"
#include "tokenize/tokenize_internal.hpp"
#include "lang/lang_internal.hpp"
#include "lang/fast_evidence.hpp"
#include "qbank/lang.hpp"

namespace qbank::internal {
namespace {

// Hashes the code without whitespace and semicolons, so layout and optional semicolons do not matter.
std::uint64_t code_hash_of(const std::optional<std::string>& code) {
  if (!code) return 0;
  std::string key;
  for (char c : *code)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ';') key.push_back(c);
  return key.empty() ? 0 : XXH3_64bits(key.data(), key.size()) | 1;
}

// Byte classes for spotting code-like chunks.
enum ChunkClass : std::uint8_t { kBracket = 1, kQuote = 2, kInner = 4, kTrailPunct = 8 };

// The ChunkClass bits of every byte.
struct ChunkClasses {
  std::uint8_t of[256] = {};
  ChunkClasses() {
    for (unsigned char c : std::string_view("[]{}")) of[c] |= kBracket;
    for (unsigned char c : std::string_view("'\"")) of[c] |= kQuote;
    for (unsigned char c : std::string_view("0123456789,[]{}")) of[c] |= kInner;
    for (unsigned char c : std::string_view(".,?!;:")) of[c] |= kTrailPunct;
  }
};

// True when a whitespace-delimited chunk looks like code: brackets, or quotes around non-words.
bool is_code_like(std::string_view chunk, const ChunkClasses& cls) {
  std::uint8_t seen = 0;
  for (char c : chunk) seen |= cls.of[static_cast<unsigned char>(c)];
  return (seen & kBracket) || ((seen & kQuote) && (seen & kInner));
}

// Hashes the sorted code-like chunks of a folded text (trailing sentence punctuation removed); 0 if none.
std::uint64_t chunks_hash_of(std::string_view folded) {
  static const ChunkClasses cls;
  thread_local std::vector<std::string_view> chunks;
  chunks.clear();
  std::size_t i = 0;
  while (i < folded.size()) {
    std::size_t j = folded.find(' ', i);
    if (j == std::string_view::npos) j = folded.size();
    std::string_view chunk = folded.substr(i, j - i);
    while (!chunk.empty() && (cls.of[static_cast<unsigned char>(chunk.back())] & kTrailPunct)) chunk.remove_suffix(1);
    if (is_code_like(chunk, cls)) chunks.push_back(chunk);
    i = j + 1;
  }
  if (chunks.empty()) return 0;
  std::sort(chunks.begin(), chunks.end());
  std::string key;
  for (auto c : chunks) key.append(c).push_back('\x1e');
  return XXH3_64bits(key.data(), key.size()) | 1;
}

// A conservative stem for Latin-script words: only plural and possessive endings are removed, so derived
// words that mean something else ("host"/"hosting", "poll"/"polling") stay apart.
std::string light_stem(std::string_view w) {
  if (w.size() > 2 && w.ends_with("'s")) w.remove_suffix(2);
  if (w.size() > 4 && w.ends_with("ies")) return std::string(w.substr(0, w.size() - 3)).append("y");
  if (w.size() > 4 && (w.ends_with("sses") || w.ends_with("shes") || w.ends_with("ches")))
    return std::string(w.substr(0, w.size() - 2));
  if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' && w[w.size() - 2] != 'i')
    w.remove_suffix(1);
  return std::string(w);
}

// True when every byte is ASCII.
bool ascii_only(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// True when a token contains an ASCII digit.
bool has_digit(std::string_view s) {
  for (char c : s)
    if (c >= '0' && c <= '9') return true;
  return false;
}

// Folded words the original text marks as keywords of a query or programming language: backticked, called
// ("any()"), or written in upper case in a text that also has lower case ("SQL: WHERE vs ON", "`is`").
std::vector<std::string> keywords_of(std::string_view text) {
  std::vector<std::string> out;
  auto add_words = [&](std::string_view part) {
    std::string folded = fold(part);
    std::size_t i = 0;
    while (i < folded.size()) {
      std::size_t j = folded.find(' ', i);
      if (j == std::string::npos) j = folded.size();
      if (j > i) out.emplace_back(folded, i, j - i);
      i = j + 1;
    }
  };
  for (std::size_t i = text.find('`'); i != std::string_view::npos;) {
    std::size_t j = text.find('`', i + 1);
    if (j == std::string_view::npos) break;
    add_words(text.substr(i + 1, j - i - 1));
    i = text.find('`', j + 1);
  }
  // Lower case somewhere (non-ASCII letters count: Cyrillic or CJK text is not shouted).
  bool has_lower = std::any_of(text.begin(), text.end(),
                               [](char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; });
  auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  for (std::size_t i = 0; i < text.size();) {
    if (!is_letter(text[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    bool upper = true;
    while (j < text.size() && is_letter(text[j])) upper = upper && text[j] >= 'A' && text[j] <= 'Z', ++j;
    // A neighbour that is a letter of another script makes the run part of a word; punctuation does not.
    auto ends_word = [&](std::size_t at, bool before) {
      if (before ? at == 0 : at == text.size()) return true;
      if (static_cast<unsigned char>(text[before ? at - 1 : at]) < 0x80) return true;
      std::size_t k = at;
      if (before)
        while (k > 0 && (static_cast<unsigned char>(text[k - 1]) & 0xC0) == 0x80) --k;
      if (before && k > 0) --k;
      return is_script_punctuation(utf8::next(text, k));
    };
    bool bounded = ends_word(i, true) && ends_word(j, false);
    bool called = j + 1 < text.size() && text[j] == '(' && text[j + 1] == ')';
    if ((upper && has_lower && bounded && j - i >= 2) || called) add_words(text.substr(i, j - i));
    i = j;
  }
  return out;
}

// Folded acronyms of the original text that end in a capital S ("HTTPS", "CORS"): the S is part of the name,
// not a plural ending ("APIs"), in a text that also has lower case.
std::vector<std::string> capital_s_acronyms(std::string_view text) {
  std::vector<std::string> out;
  if (text.find('S') == std::string_view::npos) return out;
  // Lower case somewhere (non-ASCII letters count, as in keywords_of()).
  bool has_lower = std::any_of(text.begin(), text.end(),
                               [](char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; });
  if (!has_lower) return out;
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  for (std::size_t i = 0; i < text.size();) {
    if (!upper(text[i]) || (i > 0 && lower(text[i - 1]))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && upper(text[j])) ++j;
    if (j - i >= 3 && text[j - 1] == 'S' && (j == text.size() || !lower(text[j]))) out.push_back(fold(text.substr(i, j - i)));
    i = j;
  }
  return out;
}

// True for a language written in Latin script other than English, whose words get their Snowball stems.
bool latin_stemmed(std::string_view lang) {
  if (lang == "en") return false;
  const LanguageProfile* p = find_profile(lang);
  return p != nullptr && p->script == Script::kLatin && has_stemmer(lang);
}

// The profiles (bit per index of language_profiles()) of Latin-script languages other than English, and
// English's bit.
struct LatinProfiles {
  std::uint64_t others = 0;
  std::uint64_t english = 0;
  std::size_t longest = 0;  // The longest stop word of another Latin language, in bytes.
  LatinProfiles() {
    const auto& profiles = language_profiles();
    for (std::size_t i = 0; i < profiles.size() && i < 64; ++i) {
      if (profiles[i].script != Script::kLatin) continue;
      (profiles[i].code == "en" ? english : others) |= std::uint64_t{1} << i;
      if (profiles[i].code != "en")
        for (const auto& w : profiles[i].stop) longest = std::max(longest, w.size());
    }
  }
};

// The language a text is compared in: its record's, except that a text marked English (the language any
// Latin text defaults to) whose stop words belong to another Latin language only ("Que sont les
// fermetures ?", "Explica los decoradores") is compared in the language detected from the text.
std::string compared_language(const std::string& lang, std::string_view folded, std::string_view text) {
  if (lang != "en") return lang;
  // A gloss in parentheses is often in another language than its question: only the rest is read.
  auto without_parens = [](std::string_view s) {
    std::string out;
    int depth = 0;
    for (char c : s) {
      depth += c == '(' ? 1 : 0;
      if (depth == 0) out.push_back(c);
      depth -= c == ')' && depth > 0 ? 1 : 0;
    }
    return out;
  };
  std::string folded_rest, text_rest;
  if (folded.find('(') != std::string_view::npos) {
    folded_rest = without_parens(folded);
    text_rest = without_parens(text);
    folded = folded_rest;
    text = text_rest;
  }
  static const LatinProfiles latin;
  bool foreign = false;
  for (std::size_t i = 0; i < folded.size() && !foreign;) {
    auto letter = [&](std::size_t k) {
      auto c = static_cast<unsigned char>(folded[k]);
      return (c >= 'a' && c <= 'z') || c >= 0x80;
    };
    if (!letter(i)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < folded.size() && letter(j)) ++j;
    const StopEntry* e = j - i <= latin.longest ? find_stop_word(folded.substr(i, j - i)) : nullptr;
    foreign = e != nullptr && (e->profiles & latin.others) && !(e->profiles & latin.english);
    i = j;
  }
  if (!foreign) return lang;
  LanguageGuess guess = detect_language_detailed(text);
  return guess.reliable && latin_stemmed(guess.lang) ? guess.lang : lang;
}

// Returns a word without the one or two vowels that end it, keeping four letters at least: the nouns of a
// language that inflects by its final vowels and has no stemmer ("výhody", "výhoda" -> "výhod").
std::string vowel_stem(std::string_view word) {
  static constexpr std::u32string_view kVowels = U"aeiouyąęáéíóúýěůäô";
  std::u32string letters = utf8::decode(word);
  std::size_t keep = letters.size();
  while (keep > 4 && letters.size() - keep < 2 && kVowels.find(letters[keep - 1]) != std::u32string_view::npos) --keep;
  if (keep == letters.size()) return std::string(word);
  return utf8::encode(std::u32string_view(letters).substr(0, keep));
}

// Returns an Indonesian or Malay word without the particle or possessive it ends with ("-nya", "-lah", "-kah",
// "-pun"), keeping four letters at least: the language inflects by nothing else, and its other affixes derive
// another word ("pengembang" / "pengembangan": developer / development), so they stay.
std::string without_clitic(std::string_view word) {
  static constexpr std::string_view kClitics[] = {"nya", "lah", "kah", "pun"};
  for (std::string_view c : kClitics)
    if (word.size() >= c.size() + 4 && word.compare(word.size() - c.size(), c.size(), c) == 0)
      return std::string(word.substr(0, word.size() - c.size()));
  return std::string(word);
}

// Returns the lemma key of a content word: the word without its final vowels in a language that inflects by
// them (see vowel_stem()), a conservative English stem (plural and possessive endings, irregular plurals) for
// English and for Latin words in non-Latin text, else the language's Snowball stem (of the lemma, for an
// irregular plural).
[[gnu::noinline]] std::string lemma_of(Token& t, std::string_view lang, bool snowball_latin) {
  if (vowel_inflected(lang)) return vowel_stem(t.text);
  if (lang == "id" || lang == "ms") return without_clitic(t.text);
  if (lang == "tr" || lang == "az") {  // A name's case ending follows an apostrophe ("Docker'ın", "Java'da").
    std::size_t apostrophe = t.text.find('\'');
    if (apostrophe != std::string::npos && apostrophe >= 2) return t.text.substr(0, apostrophe);
  }
  if (!ascii_only(t.text)) return std::move(t.stem);
  std::string_view irregular = irregular_lemma(t.text);
  if (snowball_latin) return stem(irregular.empty() ? std::string_view(t.text) : irregular, lang);
  if (!irregular.empty()) return std::string(irregular);
  if (t.text.ends_with('s') && lexical_plural(t.text, lang)) return t.text;
  return light_stem(t.text);
}

// True when a token is a CJK bigram that goes on with the previous token ("ンテ" after "イン"): not a word of
// its own when a gloss's words are counted.
bool continues_bigram(std::string_view prev, std::string_view cur) {
  if (cur.empty() || prev.empty() || static_cast<unsigned char>(cur[0]) < 0xE0) return false;
  std::size_t first = 0;
  utf8::next(cur, first);  // The first code point's bytes.
  return first < cur.size() && prev.size() >= first && prev.compare(prev.size() - first, first, cur, 0, first) == 0;
}

// True when a folded Cyrillic word, which the tokenizer found no stop word of the text's language, is a
// stop word of Russian or Ukrainian (one lookup in the detector's table of all stop words).
bool cyrillic_stop(std::string_view word) {
  static const std::uint64_t kRuUk = [] {
    std::uint64_t bits = 0;
    const auto& profiles = language_profiles();
    for (std::size_t i = 0; i < profiles.size() && i < 64; ++i)
      if (profiles[i].code == "ru" || profiles[i].code == "uk") bits |= std::uint64_t{1} << i;
    return bits;
  }();
  const StopEntry* e = find_stop_word(word);
  return e != nullptr && (e->profiles & kRuUk) != 0;
}

// Records a word outside parentheses that is no token: in the frame, and among the words a keyword may pair
// with when it is ASCII (keywords are words of code).
void drop_word(std::string_view word, RawFeatures& f) {
  std::uint64_t bit = word_bit(word);
  f.frame_words |= bit;
  if (ascii_only(word)) f.dropped_words |= bit;
}

// Returns a folded text after the definition verb that opens it and its comma ("selitä, mitä x tarkoittaa" ->
// "mitä x tarkoittaa"), or the whole text when no definition verb opens it or its language lists no frame
// around the term (words: its frame words).
std::string_view after_definition_verb(const FrameWords* words, std::string_view text) {
  if (words == nullptr || words->frames.empty()) return text;
  std::size_t space = text.find(' ');
  if (space == std::string_view::npos) return text;
  std::string_view word = text.substr(0, space);
  if (word.ends_with(',')) word.remove_suffix(1);
  return word_info(word).definition_verb ? text.substr(space + 1) : text;
}

// What extraction remembers between the segments of one text.
struct ExtractState {
  std::string_view lang;               // The record's language.
  bool bare = false;                   // The text is typed without marks (see RawFeatures::bare).
  bool snowball_latin = false;         // Its Latin words get Snowball stems (see latin_stemmed()).
  const LanguageWords* words = nullptr;  // Its number words and forms of "to be" (see language_words()).
  const FrameWords* frame = nullptr;     // Its synonyms, forms of "use" and openings (see frame_words()).
  bool question_words = false;         // The frame words list question words of the language (see question_form()).
  WordInfo previous_info;              // What the word lists say about the previous word.
  std::vector<std::string> keywords;   // See keywords_of().
  std::vector<std::string> acronyms;   // See capital_s_acronyms().
  bool any_word = false;               // A word has been seen.
  bool content_before = false;         // A content word precedes, outside parentheses (a direction needs one).
  bool definition = false;             // The text opens with a definition verb ("Explain X").
  bool after_definition = false;       // The last word kept or dropped as structure is that definition verb.
  int closing_verb = -1;               // The token of a definition verb that no content word follows yet, or -1.
  bool comparison = false;             // The text compares two things ("X vs Y", "difference between").
  std::string previous;                // The previous word.
  int parens = 0;                      // Parenthesised groups seen so far.
  std::string outside;                 // The folded text outside parentheses.
  std::uint16_t place = 0;             // The kPlace bits of the next token (see place_after()).
  int direction_count[2] = {0, 0};     // Directional words seen so far, of class 't' and of class 'f'.
};

// The words of a segment joined to another word by a slash with no space around it ("php/curl": both).
std::vector<std::string_view> slash_joined(std::string_view segment) {
  std::vector<std::string_view> out;
  auto word_byte = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; };
  for (std::size_t at = segment.find('/'); at != std::string_view::npos; at = segment.find('/', at + 1)) {
    if (at == 0 || at + 1 >= segment.size() || !word_byte(segment[at - 1]) || !word_byte(segment[at + 1])) continue;
    std::size_t b = at;
    while (b > 0 && word_byte(segment[b - 1])) --b;
    std::size_t e = at + 1;
    while (e < segment.size() && word_byte(segment[e])) ++e;
    out.push_back(segment.substr(b, at - b));
    out.push_back(segment.substr(at + 1, e - at - 1));
  }
  return out;
}

// True when the word at toks[ti] says nothing of what is asked and is dropped, with the word after it when the
// two say it together: a politeness word or a courtesy ending ("please", "주세요"); the "could you" before an
// opening "explain" ("Kunt u uitleggen", "¿Puedes explicar"); the noun "concept" after it ("Explain the concept
// of X"); a two-word comparison cue or "explain" ("khác biệt", "giải thích"). A number word becomes its digits
// instead ("three" -> "3"; a Korean one only before a counter), and is kept.
bool structure_word(std::vector<Token>& toks, std::size_t ti, const WordInfo& info, RawFeatures& f, ExtractState& st) {
  Token& t = toks[ti];
  if (t.text.empty()) return true;  // The second word of a pair already read.
  bool has_next = ti + 1 < toks.size();
  if (st.words != nullptr) {
    int n = st.words->number(t.text);
    if (n != 0 && (st.lang != "ko" || (has_next && is_korean_counter(toks[ti + 1].text)))) {
      t.text = std::to_string(n);
      t.stem = t.text;
      t.stop = false;
      return false;
    }
    if (st.words->copula(t.text)) {
      drop_word(t.text, f);
      return true;
    }
  }
  bool opening = !st.any_word;
  if (char pair = has_next && info.pair_opening ? word_pair_role(t.text, toks[ti + 1].text) : 0) {
    if (pair == 'c' && !st.after_definition) return false;
    if (pair == 'e' && !opening) return false;
    if (pair == 'd') st.comparison = true;
    if (pair == 'w' && f.form == 0) f.form = 'w';
    if (pair == 'e') st.definition = st.after_definition = st.any_word = true;
    drop_word(t.text, f);
    drop_word(toks[ti + 1].text, f);
    toks[ti + 1].stop = true;
    toks[ti + 1].text.clear();  // The second word is consumed: an empty token is skipped.
    return true;
  }
  char role = info.request;
  bool drop = role == 'p' || role == 'a' || (role == 'c' && st.after_definition);
  if (role == 'r' && opening) {  // "could you" counts only when "explain" follows it.
    for (std::size_t k = ti + 1; k < toks.size() && !drop; ++k) {
      const Token& u = toks[k];
      WordInfo next = word_info(u.text);
      if (next.definition_verb || (k + 1 < toks.size() && next.pair_opening && word_pair_role(u.text, toks[k + 1].text) == 'e'))
        drop = true;
      else if (!u.stop && next.request != 'r' && next.request != 'p')
        break;
    }
  }
  if (drop) drop_word(t.text, f);
  return drop;
}

// Appends the tokens of one segment; in_parens marks a parenthesised group.
void add_segment(std::string_view segment, bool in_parens, RawFeatures& f, ExtractState& st) {
  std::vector<Token> toks = dedup_tokens(segment, st.lang);
  std::vector<std::string_view> joined = segment.find('/') == std::string_view::npos
                                             ? std::vector<std::string_view>() : slash_joined(segment);
  std::size_t first = f.tokens.size();
  if (in_parens) ++st.parens;
  std::size_t content_words = 0;
  bool restricts = false;  // A negation or "without" in a parenthesis adds a condition, not a gloss.
  for (std::size_t ti = 0; ti < toks.size(); ++ti) {
    Token& t = toks[ti];
    // Russian and Ukrainian share one script and are often told apart wrongly: a Cyrillic word that is a
    // stop word of either is one.
    if (!t.stop && !t.symbol && !t.text.empty() && (static_cast<unsigned char>(t.text[0]) & 0xFE) == 0xD0)
      t.stop = cyrillic_stop(t.text);
    if (st.bare && !t.stop && !t.symbol && ascii_only(t.text) && bare_stop_word(t.text, st.lang)) t.stop = true;
    if (!in_parens && !t.symbol) f.particles |= particle_sides(t.text, st.lang);
    bool keyword_word = !t.symbol && !st.keywords.empty() &&
                        std::find(st.keywords.begin(), st.keywords.end(), t.text) != st.keywords.end();
    WordInfo info = t.symbol && t.text.size() == 1 ? WordInfo{} : word_info(t.text);
    if (st.question_words && !t.symbol && !info.form) info.form = question_form(st.frame, t.text, st.bare);  // "kada".
    if (!t.symbol && !keyword_word && !in_parens && structure_word(toks, ti, info, f, st)) continue;
    if (has_digit(t.text)) info = WordInfo{};  // A number word is read as its digits ("to" of Danish is 2).
    bool opening = !st.any_word && !t.symbol;  // Nothing but stop words before ("请解释", "Can you explain").
    if (!t.symbol && !t.stop) st.any_word = true;
    std::string previous = std::exchange(st.previous, t.text);
    if ((info.context_preposition || info.direction) && other_word_in(t.text, st.lang)) {
      info.context_preposition = false, info.direction = 0;  // Swedish "en" is "a", not Spanish "in".
      t.stop = true;
    }
    if (!t.symbol && !t.stop && !info.form && !info.direction && !info.negation && !info.context_preposition &&
        !info.privative && !info.comparison_cue && !info.definition_verb)
      info = misspelt_word_info(t.text);
    // A stop word typed without its marks may be a listed word too (Czech "rozdil" for "rozdíl").
    if (st.bare && !t.symbol && !info.form && !info.direction && !info.negation && !info.context_preposition &&
        !info.privative && !info.comparison_cue && !info.definition_verb && ascii_only(t.text))
      info = bare_word_info(t.text);
    // A context preposition after one that names the subject ("advantages of using X") opens no context: the
    // word after it is still the subject.
    if (info.context_preposition && is_object_preposition(previous) && t.stop) {
      info.context_preposition = false;
      st.previous = previous;
    }
    WordInfo before = std::exchange(st.previous_info, info);
    // A keyword matters only where the word would otherwise be dropped or read as structure ("IN", `is`,
    // WHERE, `from`); an ordinary content word keeps its usual lemma whatever its case.
    bool special = t.stop || info.form || info.direction || info.comparison_cue || info.definition_verb ||
                   info.negation || info.context_preposition;
    bool keyword = special && !t.symbol && !st.keywords.empty() &&
                   std::find(st.keywords.begin(), st.keywords.end(), t.text) != st.keywords.end();
    if (!keyword) {
      if (opening && !in_parens && info.definition_verb) {
        st.definition = st.after_definition = true;
        drop_word(t.text, f);
        continue;
      }
      // "different from" / "distinto de" compares two things as "difference" does; "different types" does not.
      std::string_view word = t.text;  // Compared as a view: the comparisons with literals stay inline.
      bool different = (word == "different" || word == "diferente" || word == "distinto" || word == "différent") &&
                       ti + 1 < toks.size() && (std::string_view(toks[ti + 1].text) == "from" ||
                                                std::string_view(toks[ti + 1].text) == "than" ||
                                                std::string_view(toks[ti + 1].text) == "de");
      if (info.comparison_cue || different) {
        st.comparison = true;
        drop_word(t.text, f);
        continue;
      }
      if (!in_parens && info.form) {  // A question word is structure, not content: it sets the form.
        if (f.form == 0) f.form = info.form;
        if (f.form == 'w' && (std::string_view(previous) == "por" || std::string_view(previous) == "pour"))
          f.form = 'y';  // "por qué": why.
        drop_word(t.text, f);
        continue;
      }
      bool direction = info.direction != 0 && !(word == "a" && st.lang == "en");
      if (!in_parens && st.content_before && direction) {  // Every directional word opens a new place.
        if (f.marker.empty()) f.marker = t.text;
        st.place = place_after(info.direction, ++st.direction_count[info.direction == 'f' ? 1 : 0]);
        drop_word(t.text, f);
        continue;
      }
    }
    bool number = has_digit(t.text);
    bool negation = !keyword && !t.symbol && info.negation;
    bool content = keyword || negation || number || t.symbol || !t.stop || info.privative || info.order;
    restricts = restricts || negation || (info.privative && !keyword);
    RawToken r;
    bool slot = !in_parens && content && before.context_preposition;  // "in X": a context slot.
    r.flags = static_cast<std::uint16_t>((number ? kNumber : 0) | (t.symbol ? kSymbol : 0) |
                                         (keyword ? kKeyword : 0) | (negation ? kNegation : 0) |
                                         st.place | (content ? 0 : kFiller) |
                                         (slot ? kTrailing : 0) | (in_parens && st.parens == 1 ? kFirstParen : 0) |
                                         (std::find(joined.begin(), joined.end(), t.text) != joined.end() ? kJoined : 0) |
                                         (!in_parens && is_object_preposition(previous) ? kObject : 0));
    if (content && !number && !t.symbol && !keyword && !negation && is_use_word(st.frame, t.text)) r.flags |= kUse;
    if (!content && !in_parens) {
      drop_word(t.text, f);
      continue;
    }
    if (number || t.symbol || keyword || !content) r.stem = t.text;
    else if (negation) r.stem = "\xC2\xAC";  // "¬": every negation is one word.
    else if (!st.acronyms.empty() && std::find(st.acronyms.begin(), st.acronyms.end(), t.text) != st.acronyms.end())
      r.stem = t.text;  // "HTTPS" is not a plural of "HTTP".
    else {
      r.stem = lemma_of(t, st.lang, st.snowball_latin);
      if (std::string_view head = synonym_head(st.frame, t.text, r.stem); !head.empty())
        r.stem = synonym_stem(head);  // One stem for a group of synonyms.
    }
    r.word = std::move(t.text);
    if (content && !in_parens) st.content_before = true;
    content_words += content && !continues_bigram(previous, r.word) ? 1 : 0;
    if (content && !in_parens) {
      st.after_definition = false;
      st.closing_verb = info.definition_verb && !keyword ? static_cast<int>(f.tokens.size()) : -1;
    }
    f.tokens.push_back(std::move(r));
  }
  if (!in_parens) return;
  bool sub_question = segment.find('?') != std::string_view::npos;  // "(When are POST and GET used?)"
  constexpr std::size_t kMaxGloss = 6;  // "(atomicity, consistency, isolation, durability)" is a gloss.
  // A gloss names what the words before it name; a phrase opened by a function word ("(in one pass)") or a
  // number the rest does not hold ("(layer 4 only)") adds a condition instead.
  bool adverbial = toks.size() >= 2 && toks.front().stop && !toks.front().symbol;
  bool new_number = false;
  for (std::size_t k = first; k < f.tokens.size() && !new_number; ++k)
    if ((f.tokens[k].flags & kNumber) != 0)
      new_number = st.outside.find(f.tokens[k].word) == std::string_view::npos;
  if (!sub_question && !restricts && !adverbial && !new_number && content_words <= kMaxGloss) {
    for (std::size_t k = first; k < f.tokens.size(); ++k) f.tokens[k].flags |= kGloss;
    return;
  }
  // Not a gloss: its words are content like any other, and its stop words are dropped.
  for (std::size_t k = first; k < f.tokens.size(); ++k) f.tokens[k].flags &= static_cast<std::uint16_t>(~kFirstParen);
  auto filler = [](const RawToken& r) { return (r.flags & kFiller) != 0; };
  f.tokens.erase(std::remove_if(f.tokens.begin() + static_cast<std::ptrdiff_t>(first), f.tokens.end(), filler),
                 f.tokens.end());
}

}  // namespace

// Rewrites the decimal digits of other scripts ("٣", "۸", "३") as ASCII digits, the Persian and Arabic forms of
// one letter as one (ی/ي/ى, ک/ك), in place; most texts hold none of these and are left untouched without a copy.
void ascii_digits(std::string& s) {
  // The lead bytes of those characters: Arabic and Persian (U+0640–07FF), Indic and South-East Asian scripts
  // (U+0800–1FFF) and U+A000–AFFF; Cyrillic, CJK and the rest are copied without decoding.
  auto may_change = [](unsigned char b) { return (b >= 0xD9 && b <= 0xDF) || b == 0xE0 || b == 0xE1 || b == 0xEA; };
  bool any = false;
  for (char c : s) any = any || may_change(static_cast<unsigned char>(c));
  if (!any) return;
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    if (!may_change(static_cast<unsigned char>(s[i]))) {
      out.push_back(s[i++]);  // Continuation bytes of other characters are copied one by one too.
      continue;
    }
    std::size_t k = i;
    char32_t c = utf8::next(s, k);
    if (c == U'\u06CC' || c == U'\u0649') {
      out.append("\u064A");
    } else if (c == U'\u06A9') {
      out.append("\u0643");
    } else if (utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_ND) {
      char32_t zero = c;  // Digits come in runs of ten from zero up.
      while (zero > 0 && c - zero < 9 && utf8proc_category(static_cast<utf8proc_int32_t>(zero - 1)) == UTF8PROC_CATEGORY_ND)
        --zero;
      out.push_back(static_cast<char>('0' + (c - zero) % 10));
    } else {
      out.append(s, i, k - i);
    }
    i = k;
  }
  s.swap(out);
}

namespace {

// Rewrites a Chinese or Japanese numeral two to ten that counts something ("三种", "三つ", "两个") as ASCII digits,
// in place: "列出三种" and "列出 3 种" ask one thing. A numeral inside a longer number or not before a counter
// is left alone ("十分", "一致").
void han_numbers(std::string& s) {
  static constexpr std::u32string_view kNumerals = U"二三四五六七八九十两兩";
  static constexpr std::u32string_view kCounters = U"种種个個つ大类類条條点點步项項次层層件位名款段章部";
  static constexpr std::u32string_view kOtherNumerals = U"一百千万萬零";
  static const std::vector<std::string> kEncoded = [] {  // The numerals in UTF-8, to look for them undecoded.
    std::vector<std::string> out;
    for (char32_t c : kNumerals) utf8::append(out.emplace_back(), c);
    return out;
  }();
  if (std::none_of(kEncoded.begin(), kEncoded.end(), [&](const std::string& n) { return s.find(n) != std::string::npos; }))
    return;
  std::u32string text = utf8::decode(s);
  bool changed = false;
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    std::size_t at = kNumerals.find(c);
    bool inside = (i > 0 && (kNumerals.find(text[i - 1]) != std::u32string_view::npos ||
                             kOtherNumerals.find(text[i - 1]) != std::u32string_view::npos));
    if (at != std::u32string_view::npos && !inside && i + 1 < text.size() &&
        kCounters.find(text[i + 1]) != std::u32string_view::npos) {
      int value = at < 9 ? static_cast<int>(at) + 2 : 2;  // 两 and 兩 are two.
      out += std::to_string(value);
      changed = true;
    } else {
      utf8::append(out, c);
    }
  }
  if (changed) s.swap(out);
}

// The katakana long vowel mark "ー" in UTF-8.
constexpr std::string_view kLongVowelMark = "\xE3\x83\xBC";

// Removes, in place, the long vowel mark after a katakana letter: loanwords are written with and without it
// ("コンピューター" / "コンピュータ", "インターフェース" / "インタフェース"), and a half-width "ｰ" is folded to it.
void drop_long_vowel_marks(std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    if (s.compare(i, kLongVowelMark.size(), kLongVowelMark) == 0 && out.size() >= 3) {
      std::size_t at = out.size() - 3;
      char32_t before = utf8::next(out, at);
      if (before >= 0x30A1 && before <= 0x30FA) {
        i += kLongVowelMark.size();
        continue;
      }
    }
    out.push_back(s[i++]);
  }
  s.swap(out);
}

// True when a folded word is a stop word of the language (one lookup in the detector's table of stop words).
bool stop_word_of(std::string_view word, std::string_view lang) {
  const StopEntry* e = find_stop_word(word);
  if (e == nullptr) return false;
  const auto& profiles = language_profiles();
  for (std::size_t i = 0; i < profiles.size() && i < 64; ++i)
    if (profiles[i].code == lang) return (e->profiles >> i & 1) != 0;
  return false;
}

// Writes into out the folded text with the hyphen removed between two runs of ASCII letters one of which has
// at most two letters and neither is a stop word of the language ("wi-fi", "e-mail", "e-posta"; not French
// "est-ce"): such a word is written with and without its hyphen. Returns false, leaving out alone, when there
// is none.
bool join_short_hyphens(std::string_view folded, std::string_view lang, std::string& out) {
  if (folded.find('-') == std::string_view::npos) return false;
  auto letter = [&](std::size_t k) { return k < folded.size() && folded[k] >= 'a' && folded[k] <= 'z'; };
  auto other_script = [&](std::size_t k) { return k < folded.size() && static_cast<unsigned char>(folded[k]) >= 0x80; };
  auto joinable = [&](std::size_t at) {  // The hyphen at `at` joins two letter runs, one of them short.
    if (folded[at] != '-' || at == 0 || !letter(at - 1) || !letter(at + 1)) return false;
    std::size_t b = at, e = at + 1;
    while (b > 0 && letter(b - 1)) --b;
    while (letter(e)) ++e;
    if ((b > 0 && other_script(b - 1)) || other_script(e)) return false;  // Part of a word of another script.
    return (at - b <= 2 || e - at - 1 <= 2) && !stop_word_of(folded.substr(b, at - b), lang) &&
           !stop_word_of(folded.substr(at + 1, e - at - 1), lang);
  };
  bool any = false;
  for (std::size_t i = 0; i < folded.size() && !any; ++i) any = joinable(i);
  if (!any) return false;
  out.clear();
  for (std::size_t i = 0; i < folded.size(); ++i)
    if (!joinable(i)) out.push_back(folded[i]);
  return true;
}

}  // namespace

std::uint64_t word_bit(std::string_view word) {
  return std::uint64_t{1} << (XXH3_64bits(word.data(), word.size()) & 63);
}

namespace {

// One frame word a slip stands for: the languages whose stop word it is (bit per profile), 1 + its word_bit()
// index, and whether the slip swaps the first two letters.
struct SlipTarget {
  std::uint64_t profiles = 0;
  std::uint8_t bit = 0;
  bool first_swapped = false;
};

// Hash of a string or string view, so the slip table is searched without a copy.
struct SlipHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return XXH3_64bits(s.data(), s.size()); }
};

// Every slip of three to five letters of every stop word (two neighbouring letters swapped, or one letter
// doubled), with the stop words it stands for; built once.
const std::unordered_map<std::string, std::vector<SlipTarget>, SlipHash, std::equal_to<>>& slip_table() {
  static const auto table = [] {
    std::unordered_map<std::string, std::vector<SlipTarget>, SlipHash, std::equal_to<>> out;
    const auto& profiles = language_profiles();
    std::u32string variant;
    std::string bytes;
    for (std::size_t p = 0; p < profiles.size() && p < 64; ++p)
      for (const std::string& stop : profiles[p].stop) {
        std::u32string letters = utf8::decode(stop);
        if (letters.size() < 2 || letters.size() > kFrameTypoMaxLength) continue;
        auto bit = static_cast<std::uint8_t>((XXH3_64bits(stop.data(), stop.size()) & 63) + 1);
        for (std::size_t k = 0; letters.size() >= 3 && k + 1 < letters.size(); ++k) {
          if (letters[k] == letters[k + 1]) continue;
          variant = letters;
          std::swap(variant[k], variant[k + 1]);
          bytes.clear();
          for (char32_t c : variant) utf8::append(bytes, c);
          out[bytes].push_back({std::uint64_t{1} << p, bit, k == 0});
        }
        for (std::size_t k = 0; k < letters.size(); ++k) {  // A doubled letter: "whaat".
          variant = letters;
          variant.insert(k, 1, letters[k]);
          if (variant.size() > kFrameTypoMaxLength) break;
          bytes.clear();
          for (char32_t c : variant) utf8::append(bytes, c);
          out[bytes].push_back({std::uint64_t{1} << p, bit, false});
        }
      }
    return out;
  }();
  return table;
}

}  // namespace

std::uint8_t frame_typo_of(std::string_view word, std::string_view lang) {
  if (word.size() < 3 || word.size() > 4 * kFrameTypoMaxLength) return 0;
  const auto& table = slip_table();
  auto found = table.find(word);
  if (found == table.end()) return 0;
  const auto& profiles = language_profiles();
  std::uint64_t own = 0;
  for (std::size_t i = 0; i < profiles.size() && i < 64; ++i)
    if (profiles[i].code == lang) own = std::uint64_t{1} << i;
  // A writer's first letter is seldom the slip: "hwo" is "how" before it is "who".
  const SlipTarget* best = nullptr;
  for (const SlipTarget& t : found->second)
    if ((t.profiles & own) && (!best || (best->first_swapped && !t.first_swapped))) best = &t;
  return best ? best->bit : 0;
}

RawFeatures extract_features(const Question& q, bool keep_folded) {
  RawFeatures f;
  std::string body = question_body(q.text);
  std::string folded = fold(body);
  ascii_digits(folded);
  f.lang = compared_language(q.lang, folded, body);
  std::string expanded;  // The body with its abbreviations written out (see expand_abbreviations()).
  std::string unrewritten;  // The folded text kept for the caller: abbreviations, numerals and long vowels as written.
  if (expand_abbreviations(body, f.lang, expanded)) {
    if (keep_folded) unrewritten = folded;
    std::string written = std::exchange(body, std::move(expanded));
    std::string folded_written = std::exchange(folded, fold(body));
    ascii_digits(folded);
    std::string expanded_in = std::exchange(f.lang, compared_language(q.lang, folded, body));
    // The longer text may show another language than the one its abbreviations were written out in ("Qu'est-ce
    // qu'une API REST ?"): the abbreviations of that language, if any, are the ones written out.
    if (f.lang != expanded_in) {
      std::string relang = f.lang;
      if (expand_abbreviations(written, relang, expanded)) {
        body = std::move(expanded);
        folded = fold(body);
        ascii_digits(folded);
      } else {
        body = std::move(written);
        folded = std::move(folded_written);
      }
      f.lang = relang;
    }
  }
  bool han = q.lang == "zh" || q.lang == "ja";
  bool long_vowels = folded.find(kLongVowelMark) != std::string::npos;
  if (keep_folded && (han || long_vowels) && unrewritten.empty()) unrewritten = folded;
  if (han) han_numbers(folded);
  if (long_vowels) drop_long_vowel_marks(folded);
  f.folded_hash = XXH3_64bits(folded.data(), folded.size());
  f.code_hash = code_hash_of(q.code);
  f.chunks_hash = chunks_hash_of(folded);
  f.code_dependent = refers_to_code(folded) || (q.code && !q.code->empty() && points_at_shown_item(folded));
  f.lang_from_text = f.lang != q.lang;
  f.bare = !has_marks(folded);
  ExtractState st;
  st.lang = f.lang;
  st.bare = f.bare && f.lang != "en";  // English is written without marks anyway.
  st.snowball_latin = latin_stemmed(f.lang);
  st.words = language_words(f.lang);
  st.frame = frame_words(f.lang);
  st.question_words = st.frame != nullptr && !st.frame->question_forms.empty();
  st.keywords = keywords_of(body);
  st.acronyms = capital_s_acronyms(body);
  std::string joined;  // The folded text with short hyphenated words joined (see join_short_hyphens()).
  std::string_view text = join_short_hyphens(folded, f.lang, joined) ? std::string_view(joined) : std::string_view(folded);
  std::string fronted;  // The text with its opening context phrase moved to its end (see front_context()).
  if (front_context(st.frame, text, fronted)) text = fronted;
  if (std::size_t opening = definition_opening(st.frame, text)) {  // "Was versteht man unter X" asks "Was ist X".
    for (std::size_t k = 0; k < opening;) {
      std::size_t end = std::min(text.find(' ', k), opening);
      if (end > k) drop_word(text.substr(k, end - k), f);
      k = end + 1;
    }
    text.remove_prefix(opening + 1);
    st.definition = st.after_definition = st.any_word = true;
  } else if (std::string_view framed = after_definition_verb(st.frame, text); definition_frame(st.frame, framed).first) {
    // "What does X mean" asks "What is X", and so does "Explain what X means".
    if (framed.size() < text.size()) {
      std::string_view verb = text.substr(0, text.find(' '));
      drop_word(verb.ends_with(',') ? verb.substr(0, verb.size() - 1) : verb, f);
      text = framed;
    }
    auto [open, close] = definition_frame(st.frame, text);
    std::size_t end = text.find_last_not_of("?.! ") + 1 - close;  // Where the closing begins.
    for (std::string_view part : {text.substr(0, open), text.substr(end, close)})
      for (std::size_t k = 0; k < part.size();) {
        std::size_t stop = std::min(part.find(' ', k), part.size());
        if (stop > k) drop_word(part.substr(k, stop - k), f);
        k = stop + 1;
      }
    text = text.substr(open + 1, end - open - 2);
    st.definition = st.after_definition = st.any_word = true;
  }
  for (std::size_t i = 0; i < text.size();) {  // The text outside parentheses, for the glosses' numbers.
    std::size_t open = text.find('(', i);
    std::size_t close = open == std::string_view::npos ? open : text.find(')', open);
    st.outside.append(text.substr(i, open == std::string_view::npos || close == std::string_view::npos ? text.npos : open - i));
    if (close == std::string_view::npos) break;
    st.outside.push_back(' ');
    i = close + 1;
  }
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t open = text.find('(', i);
    std::size_t close = open == std::string_view::npos ? open : text.find(')', open);
    if (close == std::string_view::npos) {
      add_segment(text.substr(i), false, f, st);
      break;
    }
    add_segment(text.substr(i, open - i), false, f, st);
    add_segment(text.substr(open + 1, close - open - 1), true, f, st);
    i = close + 1;
  }
  // A closing "explain" with no question word ("Polimorfizmi açıklayın", "クロージャについて説明してください") asks
  // what an opening one asks; a postposition "about" before it goes with it. After a question word it asks that
  // question only when an object marker closes the question off ("X কী তা ব্যাখ্যা করুন": explain what X is);
  // elsewhere it is content ("Why is recursion hard to explain?").
  bool marked_off = st.closing_verb >= 2 && request_role(f.tokens[static_cast<std::size_t>(st.closing_verb) - 1].word) == 'l';
  if (st.closing_verb >= 0 && (f.form == 0 || marked_off) && !st.comparison &&
      static_cast<std::size_t>(st.closing_verb) + 1 == f.tokens.size() && f.tokens.size() >= 2) {
    drop_word(f.tokens.back().word, f);
    f.tokens.pop_back();
    if (f.tokens.size() >= 2 && request_role(f.tokens.back().word) == 'l') {
      drop_word(f.tokens.back().word, f);
      f.tokens.pop_back();
    }
    st.definition = true;
  }
  // A form of "use" may be left out only beside a noun that asks for good or bad sides ("advantages of using
  // X"); elsewhere it is what is asked ("When to use X?").
  if (std::any_of(f.tokens.begin(), f.tokens.end(), [](const RawToken& t) { return (t.flags & kUse) != 0; }) &&
      std::none_of(f.tokens.begin(), f.tokens.end(), [](const RawToken& t) { return is_synonym_stem(t.stem); }) &&
      !writes_synonym(st.frame, folded, f.lang))
    for (auto& t : f.tokens) t.flags &= static_cast<std::uint16_t>(~kUse);
  for (auto& t : f.tokens)
    if (!(t.flags & (kNumber | kSymbol | kKeyword | kNegation | kGloss | kFiller)))
      t.frame_typo = frame_typo_of(t.word, f.lang);
  if (st.comparison) {  // "X vs Y" asks what "Y vs X" asks: the order of the two is free.
    f.form = 'd';
    f.marker.clear();
    for (auto& t : f.tokens) t.flags &= static_cast<std::uint16_t>(~kPlace);
  } else if (st.definition && f.form == 0) {
    f.form = 'w';  // "Explain X" asks "What is X?".
  }
  // A text that sets its code in backquotes writes its other words as prose: none of them stands for a keyword
  // of the other side ("What is `is`" / "What is `for`").
  if (std::size_t open = body.find('`'); open != std::string::npos && body.find('`', open + 1) != std::string::npos)
    f.dropped_words = 0;
  if (keep_folded) f.folded = unrewritten.empty() ? std::move(folded) : std::move(unrewritten);
  return f;
}

void intern_features(RawFeatures&& raw, const std::string& lang, FeatureTable& table) {
  DedupFeatures f;
  f.lang = table.vocab.intern(raw.lang.empty() ? lang : raw.lang);
  f.folded_hash = raw.folded_hash;
  f.code_hash = raw.code_hash;
  f.chunks_hash = raw.chunks_hash;
  f.code_dependent = raw.code_dependent;
  f.lang_from_text = raw.lang_from_text;
  f.bare = raw.bare;
  f.dropped_words = raw.dropped_words;
  f.frame_words = raw.frame_words;
  f.particles = raw.particles;
  f.form = raw.form;
  f.marker = raw.marker.empty() ? 0 : table.vocab.intern(raw.marker);
  f.first_token = static_cast<std::uint32_t>(table.tokens.size());
  f.token_count = static_cast<std::uint32_t>(raw.tokens.size());
  for (auto& t : raw.tokens)
    table.tokens.push_back({table.vocab.intern(t.stem), table.vocab.intern(t.word), t.flags, Role::kSignificant, t.frame_typo});
  table.records.push_back(f);
}

void frequency_stems(const RawFeatures& raw, std::vector<std::string_view>& out) {
  std::size_t first = out.size();
  for (const auto& t : raw.tokens)
    if (!(t.flags & (kNumber | kSymbol))) out.push_back(t.stem);
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
  out.erase(std::unique(out.begin() + static_cast<std::ptrdiff_t>(first), out.end()), out.end());
}

void assign_roles(FeatureTable& table, const DedupOptions& opt, const WordStatistics* global) {
  const Vocab& vocab = table.vocab;
  std::vector<std::uint32_t> df(vocab.size(), 0);
  std::size_t records = global ? global->records : table.records.size();
  bool use_freq = records >= opt.min_records_for_frequency;
  if (use_freq && !global) {
    std::vector<std::uint32_t> last_seen(vocab.size(), UINT32_MAX);  // The last record that counted a stem.
    for (std::size_t r = 0; r < table.records.size(); ++r)
      for (const auto& t : table.view(r).tokens)
        if (!(t.flags & (kNumber | kSymbol)) && last_seen[t.stem] != r) {
          last_seen[t.stem] = static_cast<std::uint32_t>(r);
          ++df[t.stem];
        }
  }
  double limit = opt.common_fraction * static_cast<double>(records);
  auto common = [&](std::uint32_t stem) {
    if (!use_freq) return false;
    if (!global) return df[stem] > limit;
    return std::binary_search(global->common_stems.begin(), global->common_stems.end(), vocab.str(stem),
                              [](std::string_view a, std::string_view b) { return a < b; });
  };
  std::vector<std::int8_t> kind(vocab.size(), -1);  // -1 unknown, 0 plain, 1 context word, 2 common.
  table.part_hash.assign(vocab.size(), 0);
  for (auto& f : table.records) {
    f.significant = 0;
    for (std::size_t k = f.first_token; k < f.first_token + f.token_count; ++k) {
      DedupToken& t = table.tokens[k];
      if (kind[t.stem] < 0) {
        kind[t.stem] = is_context_word(vocab.str(t.stem)) ? 1 : (common(t.stem) ? 2 : 0);
        table.part_hash[t.stem] = blocking_part_hash(vocab.str(t.stem));
      }
      if (t.flags & (kGloss | kFiller)) t.role = Role::kOptional;
      else if (t.flags & (kNumber | kSymbol)) t.role = Role::kSignificant;
      else if (t.flags & kUse) t.role = Role::kIgnorable;
      else if (kind[t.stem] == 1 && !(t.flags & (kJoined | kObject)))
        t.role = (t.flags & kTrailing) ? Role::kOptional : Role::kIgnorable;
      else if (kind[t.stem] == 2) t.role = Role::kCommon;
      else t.role = Role::kSignificant;
      if (t.role == Role::kSignificant) ++f.significant;
    }
  }
}

std::string word_stem(std::string_view word, std::string_view lang) {
  return vowel_inflected(lang) ? vowel_stem(word) : stem(word, lang);
}

}  // namespace qbank::internal
