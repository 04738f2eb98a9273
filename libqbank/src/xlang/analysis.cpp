// Turns a record into cross-language evidence: form, glossary concepts, anchors, numbers, operators, code.
#include "xlang/analysis.hpp"

#include <xxhash.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

#include "base/utf8.hpp"
#include "dedup/features.hpp"
#include "fold/unicode.hpp"
#include "qbank/fold.hpp"
#include "tokenize/tokenize_internal.hpp"
#include "xlang/glossary.hpp"

namespace qbank::internal {
namespace {

// Words whose two sides carry direction ("convert bytes to string", "a list instead of an array"), per
// language; "en lugar de", "em vez de" and "au lieu de" divide at their first or middle word.
constexpr std::array<std::pair<std::string_view, std::string_view>, 21> kDirectional = {{
    {"en", "to"}, {"en", "into"}, {"en", "instead"}, {"ru", "в"}, {"ru", "во"}, {"ru", "вместо"},
    {"uk", "в"}, {"uk", "у"}, {"uk", "замість"}, {"es", "a"}, {"es", "en"}, {"de", "in"}, {"de", "zu"},
    {"de", "statt"}, {"de", "anstatt"}, {"de", "anstelle"}, {"pt", "para"}, {"pt", "em"}, {"fr", "en"},
    {"fr", "vers"}, {"fr", "lieu"}}};

// The text of the unit a negation of any language becomes.
constexpr std::string_view kNegationUnit = "\u00AC";

// The kind of one piece of folded text.
enum class PieceKind { kWord, kCjk, kNumber, kSymbol };

// One piece of folded text.
struct Piece {
  PieceKind kind;
  std::string_view text;
};

// True for characters that form operators ("==", "+=", "/").
bool operator_char(char32_t c) {
  return c == '=' || c == '+' || c == '*' || c == '/' || c == '%' || c == '<' || c == '>' || c == '&' || c == '|' ||
         c == '^' || c == '~' || c == '!' || c == '-';
}

// The script of a code point, without a table lookup for ASCII; none for punctuation inside a script's block
// ("UDP؟", "है।").
inline Script script_fast(char32_t c) {
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? Script::kLatin : Script::kNone;
  return is_script_punctuation(c) ? Script::kNone : script_of(c);
}

// True for a Han, Kana, Hangul or Thai code point (none lies below U+0E00).
inline bool unspaced_fast(char32_t c) { return c >= 0x0E00 && is_unspaced(c); }

// True for a combining mark (none lies below U+0300).
inline bool mark_fast(char32_t c) { return c >= 0x300 && is_mark(c); }

// True for an ASCII letter, digit or '_'.
inline bool ascii_word_byte(char b) {
  auto u = static_cast<unsigned char>(b);
  return (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z') || u == '_';
}

// Removes the underscores around a word ("_event" of Markdown emphasis written inside a word).
std::string_view trim_underscores(std::string_view w) {
  while (!w.empty() && w.front() == '_') w.remove_prefix(1);
  while (!w.empty() && w.back() == '_') w.remove_suffix(1);
  return w;
}

// True when the code point at s[i] (if any) is a letter (of any script, Han, Kana and Hangul too).
bool letter_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  char32_t c = utf8::next_inline(s, i);
  return script_fast(c) != Script::kNone;
}

// Splits folded text into words, CJK runs (spaces inside removed later), numbers and operator runs, into out.
// A "/" between two words joins alternatives ("advantages/disadvantages", "прийоми / процеси", "功能/集成") and is
// dropped; in Turkish a word ends
// at an apostrophe, which separates the suffixes of a foreign word ("loop'u", "Docker'ın").
void pieces_of(std::string_view s, bool turkish, std::vector<Piece>& out) {
  out.clear();
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t at = i;
    char32_t c = utf8::next_inline(s, i);
    if (unspaced_fast(c)) {
      std::size_t end = i;
      for (std::size_t j = i; j < s.size();) {
        std::size_t k = j;
        char32_t d = utf8::next_inline(s, k);
        if (unspaced_fast(d)) { end = j = k; continue; }
        if (d == ' ') { j = k; continue; }
        break;
      }
      out.push_back({PieceKind::kCjk, s.substr(at, end - at)});
      i = end;
    } else if (c >= '0' && c <= '9') {
      std::size_t end = i;
      bool letters = false;
      for (std::size_t j = i; j < s.size();) {
        std::size_t k = j;
        char32_t d = utf8::next_inline(s, k);
        bool digit = d >= '0' && d <= '9';
        bool inner = d == '.' && k < s.size() && s[k] >= '0' && s[k] <= '9';
        bool letter = d == '_' || (script_fast(d) != Script::kNone && !unspaced_fast(d));
        if (!(digit || inner || letter)) break;
        letters = letters || letter;
        end = j = k;
      }
      out.push_back({letters ? PieceKind::kWord : PieceKind::kNumber, s.substr(at, end - at)});
      i = end;
    } else if (c == '_' || (script_fast(c) != Script::kNone)) {
      std::size_t end = i;
      bool apostrophe = false;  // The word holds an apostrophe, so it may open with an elided article.
      for (std::size_t j = i; j < s.size();) {
        if (ascii_word_byte(s[j])) {  // ASCII letters, digits and '_' continue a word.
          end = ++j;
          continue;
        }
        std::size_t k = j;
        char32_t d = utf8::next_inline(s, k);
        bool word = d == '_' || (d >= '0' && d <= '9') || (script_fast(d) != Script::kNone && !unspaced_fast(d)) || mark_fast(d);
        if (!word && (d == '\'' || d == U'\u2019' || d == U'\u02BC') && k < s.size()) {
          std::size_t m = k;
          char32_t e = utf8::next_inline(s, m);
          word = script_fast(e) != Script::kNone && !unspaced_fast(e);
          apostrophe = apostrophe || word;
        }
        if (!word) break;
        end = j = k;
      }
      std::string_view w = s.substr(at, end - at);
      if (apostrophe && turkish) {
        w = w.substr(0, std::min(w.find('\''), w.find("\u2019")));
      } else if (std::size_t e = apostrophe ? elision(w) : 0; e > 0) {  // "l'objet": the elided article is a word.
        out.push_back({PieceKind::kWord, w.substr(0, e)});
        w.remove_prefix(e + (w[e] == '\'' ? 1 : 3));
      }
      w = trim_underscores(w);
      if (!w.empty()) out.push_back({PieceKind::kWord, w});
      i = end;
    } else if (operator_char(c)) {
      std::size_t end = i;
      for (std::size_t j = i; j < s.size();) {
        std::size_t k = j;
        if (!operator_char(utf8::next_inline(s, k))) break;
        end = j = k;
      }
      std::string_view op = s.substr(at, end - at);
      bool dash_or_bang = op == "-" || op == "!";
      std::size_t after = end;  // The first character after the operator and any spaces.
      while (after < s.size() && s[after] == ' ') ++after;
      bool alternatives = op == "/" && !out.empty() &&
                          (out.back().kind == PieceKind::kWord || out.back().kind == PieceKind::kCjk) &&
                          letter_at(s, after);
      if (!dash_or_bang && !alternatives) out.push_back({PieceKind::kSymbol, op});
      i = end;
    }
  }
}

// True when the word's first letter is Latin.
bool is_latin(std::string_view w) {
  for (std::size_t i = 0; i < w.size();) {
    Script sc = script_of(utf8::next(w, i));
    if (sc != Script::kNone) return sc == Script::kLatin;
  }
  return true;
}

// True when two short strings are equal, compared in place.
inline bool same_text(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

// True for a negation of any language (is_negation() through dedup's word table, without its list scan).
bool negation_word(std::string_view w) {
  return (w.size() > 3 && w.substr(w.size() - 3) == "n't") || word_info(w).negation;
}

// The Latin word without the marks of its letters ("perú" -> "peru", "zürich" -> "zurich") and without combining
// marks (the dot a folded Turkish "İ" leaves); "" when the word is not Latin or has no mark.
std::string bare_latin(std::string_view w) {
  if (std::all_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) return {};
  if (!is_latin(w)) return {};
  bool marked = has_marks(w);
  for (std::size_t i = 0; i < w.size() && !marked;) marked = mark_fast(utf8::next_inline(w, i));
  if (!marked) return {};
  std::string unmarked = without_marks(w), out;
  for (std::size_t i = 0; i < unmarked.size();) {
    std::size_t at = i;
    if (!mark_fast(utf8::next_inline(unmarked, i))) out.append(unmarked, at, i - at);
  }
  return out == w ? std::string() : out;
}

// True when lang is written with the Latin script.
bool latin_language(std::string_view lang) { return same_text(stem_language(true, lang), lang); }

// The directional words of lang (empty views when it has fewer than two).
std::array<std::string_view, 8> directional_words(std::string_view lang) {
  thread_local std::string last_lang = "\x01";  // The language of the previous call and its words.
  thread_local std::array<std::string_view, 8> last{};
  if (same_text(lang, last_lang)) return last;
  std::array<std::string_view, 8> out{};
  std::size_t n = 0;
  for (const auto& d : kDirectional)
    if (same_text(d.first, lang) && n < out.size()) out[n++] = d.second;
  last_lang.assign(lang);
  last = out;
  return out;
}

// True when the word carries no content in lang (the glossary's list or the language profile's stop words).
bool ignorable(const Glossary& g, std::string_view lang, std::string_view w) {
  const GlossaryEntry* e = g.find_words(lang, w);
  return e != nullptr && e->ignore;
}

// Builds the analysis of a record's folded text.
class TextAnalyser {
 public:
  TextAnalyser(std::string_view lang, XAnalysis& out, bool word_stems)
      : g_(Glossary::get()), lang_(lang), out_(out), word_stems_(word_stems), latin_lang_(latin_language(lang)),
        own_latin_(stem_language(true, lang)), own_other_(stem_language(false, lang)),
        lang_seed_(XXH3_64bits(lang.data(), lang.size())), directional_(directional_words(lang)) {}

  // Analyses the folded text.
  void run(std::string_view folded) {
    thread_local std::vector<Piece> pieces;
    pieces_of(folded, same_text(lang_, "tr"), pieces);
    out_.units.reserve(pieces.size());
    for (std::size_t i = 0; i < pieces.size();) {
      const Piece& p = pieces[i];
      if (p.kind == PieceKind::kCjk) {
        cjk(p.text);
        ++i;
      } else if (p.kind == PieceKind::kNumber) {
        push(XUnit::kNumber, std::string(p.text));
        ++i;
      } else if (p.kind == PieceKind::kSymbol) {
        push(XUnit::kSymbol, std::string(p.text));
        ++i;
      } else {
        i += words(pieces, i);
      }
    }
    // "Where is the capital of X?" is how Chinese, Japanese, Korean and Persian ask what the capital of X is
    // ("X的首都是哪里？", "Xの首都はどこですか？").
    if (out_.form == 'r' && names(g_.capital_concept())) out_.form = 'w';
    // "What is the working principle of X?" asks how X works ("X的原理是什么？", "Каков принцип работы X?"), and
    // "What is the purpose of X?" asks why X is there ("Для чего нужен X?", "Зачем нужен X?"): the purpose
    // is then carried by the form.
    if (out_.form == 'w' || out_.form == 'l') {
      if (names(g_.work_concept())) {
        out_.form = 'h';
      } else if (std::any_of(out_.units.begin(), out_.units.end(),
                             [&](const XUnit& u) { return only(u, g_.purpose_concept()); })) {
        out_.form = 'y';
        std::erase_if(out_.units, [&](const XUnit& u) { return only(u, g_.purpose_concept()); });
      }
    }
  }

 private:
  // Adds a unit of the given kind.
  XUnit& push(XUnit::Kind kind, std::string text) {
    XUnit& u = out_.units.emplace_back();
    u.kind = kind;
    u.text = std::move(text);
    u.after = out_.split;
    return u;
  }

  // True when the word as written is a one-word concept term of the record's language (or of English, with
  // en_too): a word listed as carrying no content names a concept only so, never through its stem alone
  // ("use" shares its stem with "useful", "utiliser" with "utilisateur").
  bool written_term(std::string_view w, bool en_too) const {
    return g_.written_concept(lang_, w) || (en_too && g_.written_concept("en", w));
  }

  // The concepts a one-word term found by stem names: when several share the stem ("función" and "funciona"
  // stem alike), those the word is written as a term of, if any.
  const GlossaryEntry* as_written(std::string_view w, const GlossaryEntry* term, bool en_too) const {
    if (term->concepts.size() < 2) return term;
    if (const GlossaryEntry* e = g_.find_written(lang_, w); e != nullptr) return e;
    if (const GlossaryEntry* e = en_too ? g_.find_written("en", w) : nullptr; e != nullptr) return e;
    return term;
  }

  // True when the word is a directional word of the record's language.
  bool directional(std::string_view w) const {
    return !w.empty() && std::find(directional_.begin(), directional_.end(), w) != directional_.end();
  }

  // Records a question form: a difference form wins, else the first form seen.
  void form(char f) {
    if (f == 'd' || out_.form == 0) out_.form = f;
  }

  // The stem of word piece i in the stem language of lang (l = 0: the record's language, 1: English), cached.
  const std::string& stem_of(const std::vector<Piece>& pieces, std::size_t i, std::size_t l) {
    auto& cache = l == 0 ? own_stems_ : en_stems_;
    if (cache.size() < pieces.size()) cache.resize(pieces.size());
    if (!cache[i]) {
      bool latin = is_latin(pieces[i].text);
      std::string_view sl = l == 0 ? (latin ? own_latin_ : own_other_) : (latin ? "en" : "ru");
      cache[i] = stem(pieces[i].text, sl);
    }
    return *cache[i];
  }

  // What one word means on its own in a language, when no multi-word term can start with it.
  struct WordInfo {
    bool multi = false;        // Some multi-word form or concept term starts with it: read it in full.
    bool negation = false;     // A negation that is no form or concept of the language ("not", "не", "não").
    bool directional = false;  // A directional word.
    char form = 0;             // The form it asks, 0 when none.
    bool ignore = false;       // Carries no content.
    const GlossaryEntry* term = nullptr;     // The concept term it is, in the language or English.
    const GlossaryEntry* second = nullptr;   // With term: the concept of the second part of a compound word.
    std::string stem;          // Its stem in the record's language ("" when no concept term may start with it).
    std::string skeleton;      // Its consonant skeleton when it is a plain word ("" when none).
    std::string bare;          // A plain Latin word without its marks, when it has any ("" when none).
    SkeletonScript script = SkeletonScript::kNone;  // The script of the skeleton.
  };

  // Reads a word that no term of the record's language names: a Cyrillic word whose consonant skeleton is that
  // of an English one-word term is that term's loanword ("хойстинг" -> hoisting); any other Latin or Cyrillic
  // word keeps its skeleton, when it has kMinPlainSkeleton letters, for matching a loanword on the other side. A
  // Latin word with marks gets its bare form ("perú" -> "peru"), whose skeleton it takes.
  void loanword(std::string_view w, const GlossaryEntry*& term, std::string& skeleton, SkeletonScript& script,
                std::string& bare) const {
    bare = bare_latin(w);
    skeleton = consonant_skeleton(bare.empty() ? w : std::string_view(bare), kMinSkeleton, script);
    if (script == SkeletonScript::kCyrillic && !skeleton.empty()) {
      if (const GlossaryEntry* e = g_.find_skeleton(skeleton); e != nullptr) {
        term = e;
        skeleton.clear();
        script = SkeletonScript::kNone;
        return;
      }
    }
    if (skeleton.size() < kMinPlainSkeleton) {
      skeleton.clear();
      script = SkeletonScript::kNone;
    }
  }

  // The concept a part of a compound word names in the record's language (or English, with en_too), or nullptr.
  const GlossaryEntry* part_term(std::string_view part, bool en_too) const {
    if (const GlossaryEntry* e = g_.find_stems(lang_, stem(part, lang_)); e != nullptr && !e->concepts.empty())
      return e;
    if (!en_too) return nullptr;
    const GlossaryEntry* e = g_.find_stems("en", stem(part, "en"));
    return e != nullptr && !e->concepts.empty() ? e : nullptr;
  }

  // Splits a German or Dutch compound into two concept terms ("datenbankindex" -> database, index;
  // "hashtabel" -> hash, table; the linking "s" of "versionsverwaltung" is allowed): the last part, which names
  // what the compound is, must be a term of the record's language, so an English word ("typescript") is not
  // split; false when no split names two concepts.
  bool compound(std::string_view w, const GlossaryEntry*& first, const GlossaryEntry*& second) const {
    if (!(same_text(lang_, "de") || same_text(lang_, "nl")) || w.size() < 8) return false;
    for (std::size_t k = 4; k + 4 <= w.size(); ++k) {
      if ((static_cast<unsigned char>(w[k]) & 0xC0) == 0x80) continue;  // Not a character boundary.
      const GlossaryEntry* right = part_term(w.substr(k), false);
      if (right == nullptr) continue;
      const GlossaryEntry* left = part_term(w.substr(0, k), true);
      if (left == nullptr && w[k - 1] == 's') left = part_term(w.substr(0, k - 1), true);
      if (left == nullptr) continue;
      first = left, second = right;
      return true;
    }
    return false;
  }

  // Returns the cached meaning of word piece i, computing it on first sight (per thread, bounded).
  const WordInfo& info(const std::vector<Piece>& pieces, std::size_t i) {
    // A direct-mapped cache per thread: a word seen again skips stemming and lookups; a clash replaces.
    struct Slot {
      std::uint64_t hash = 0;
      WordInfo info;
    };
    thread_local std::vector<Slot> cache(1u << 14);
    std::string_view w = pieces[i].text;
    std::uint64_t h = XXH3_64bits_withSeed(w.data(), w.size(), lang_seed_);
    if (h == 0) h = 1;
    Slot& slot = cache[h & (cache.size() - 1)];
    if (slot.hash == h) return slot.info;
    WordInfo wi;
    bool latin = is_latin(w);
    bool en_too = lang_ != "en" && latin;
    bool own_concept = g_.may_start_concept(lang_, w), en_concept = en_too && g_.may_start_concept("en", w);
    wi.multi = g_.starts_words(lang_, w);
    wi.directional = directional(w);
    if (const GlossaryEntry* e = g_.find_words(lang_, w); e != nullptr) wi.form = e->form, wi.ignore = e->ignore;
    bool own_ignore = wi.ignore;
    if (latin && !latin_lang_ && ignorable(g_, "en", w)) wi.ignore = true;
    // Stems only for a word some concept term may start with; a plain word's stem is taken when it is used.
    if (own_concept) {
      wi.stem = stem_of(pieces, i, 0);
      wi.multi = wi.multi || g_.starts_stems(lang_, wi.stem);
      if (const GlossaryEntry* e = g_.find_stems(lang_, wi.stem); e != nullptr && !e->concepts.empty()) wi.term = e;
    }
    if (en_concept) {
      const std::string& en_stem = stem_of(pieces, i, 1);
      wi.multi = wi.multi || g_.starts_stems("en", en_stem);
      if (wi.term == nullptr)
        if (const GlossaryEntry* e = g_.find_stems("en", en_stem); e != nullptr && !e->concepts.empty()) wi.term = e;
    }
    // A word its own Latin-script language lists as carrying no content is that language's word, not an English
    // term (German "war" is "was", not "war").
    if (wi.ignore && wi.term != nullptr && !written_term(w, en_too && !own_ignore)) wi.term = nullptr;
    if (wi.term != nullptr) wi.term = as_written(w, wi.term, en_too);
    wi.negation = wi.form == 0 && wi.term == nullptr && !wi.ignore && negation_word(w);
    if (wi.term == nullptr && !wi.ignore && wi.form == 0 && !wi.multi && !wi.negation &&
        !compound(w, wi.term, wi.second))
      loanword(w, wi.term, wi.skeleton, wi.script, wi.bare);
    slot.hash = h;
    slot.info = std::move(wi);
    return slot.info;
  }

  // Reads the words starting at pieces[i]; returns how many pieces were consumed.
  std::size_t words(const std::vector<Piece>& pieces, std::size_t i) {
    const WordInfo& wi = info(pieces, i);
    if (wi.negation) {  // Every language's negation is one unit, so "not" meets "не" and nothing else.
      push(XUnit::kSymbol, std::string(kNegationUnit));
      return 1;
    }
    if (wi.multi) return words_full(pieces, i);
    if (wi.form != 0) {
      form(wi.form);
      return 1;
    }
    if (wi.directional && has_content()) {
      out_.split = true;
      return 1;
    }
    if (wi.term != nullptr) {
      push(XUnit::kConcept, std::string(pieces[i].text)).concepts = wi.term->concepts;
      if (wi.second != nullptr) push(XUnit::kConcept, std::string(pieces[i].text)).concepts = wi.second->concepts;
      return 1;
    }
    if (wi.ignore) return 1;
    XUnit& u = push(XUnit::kWord, std::string(pieces[i].text));
    u.skeleton = wi.skeleton;
    u.bare = wi.bare;
    u.script = wi.script;
    if (word_stems_) u.stem = wi.stem.empty() ? stem_of(pieces, i, 0) : wi.stem;
    return 1;
  }

  // Reads the words starting at pieces[i] with every glossary lookup; returns how many pieces were consumed.
  std::size_t words_full(const std::vector<Piece>& pieces, std::size_t i) {
    std::size_t run = 0;
    while (i + run < pieces.size() && pieces[i + run].kind == PieceKind::kWord && run < g_.max_words()) ++run;
    std::string_view w = pieces[i].text;
    bool latin = is_latin(w);
    // Question forms and word sequences that carry no content ("se encuentra", is located), longest first.
    std::string& key = key_;
    for (std::size_t n = std::clamp<std::size_t>(g_.longest_words(lang_, w), 1, run); n >= 1; --n) {
      key.clear();
      for (std::size_t k = 0; k < n; ++k) {
        if (k) key.push_back(' ');
        key += pieces[i + k].text;
      }
      const GlossaryEntry* e = g_.find_words(lang_, key);
      if (e != nullptr && e->form != 0) {
        form(e->form);
        return n;
      }
      if (e != nullptr && e->ignore && n > 1) return n;
    }
    if (directional(w) && has_content()) {
      out_.split = true;
      return 1;
    }
    // A word that carries no content and opens no concept term is passed over without stemming.
    if (ignorable(g_, lang_, w) && !g_.starts_concept(lang_, w) && !(latin && !latin_lang_ && g_.starts_concept("en", w)))
      return 1;
    // Concepts, in the record's language and, for Latin-script words, in English: the longest term wins
    // ("hash map" in a Portuguese text is English's hash map, not "hash" and "map"), the record's language
    // on a tie.
    bool ignorable_word = ignorable(g_, lang_, w) || (latin && !latin_lang_ && ignorable(g_, "en", w));
    std::array<std::string_view, 2> langs = {lang_, "en"};
    const GlossaryEntry* best = nullptr;
    std::size_t best_n = 0;
    for (std::size_t l = 0; l < (lang_ == "en" || !latin ? 1 : 2); ++l) {
      for (std::size_t n = std::clamp<std::size_t>(g_.longest_stems(langs[l], stem_of(pieces, i, l)), 1, run);
           n > best_n; --n) {
        key.clear();
        for (std::size_t k = 0; k < n; ++k) {
          if (k) key.push_back(' ');
          key += stem_of(pieces, i + k, l);
        }
        if (const GlossaryEntry* e = g_.find_stems(langs[l], key); e != nullptr && !e->concepts.empty()) {
          if (n == 1 && ignorable_word && !written_term(w, latin && lang_ != "en" && !ignorable(g_, lang_, w))) break;
          best = e, best_n = n;
          break;
        }
      }
    }
    if (best != nullptr) {
      if (best_n == 1) best = as_written(w, best, latin && lang_ != "en");
      std::string text;
      for (std::size_t k = 0; k < best_n; ++k) {
        if (k) text.push_back(' ');
        text += pieces[i + k].text;
      }
      push(XUnit::kConcept, std::move(text)).concepts = best->concepts;
      return best_n;
    }
    if (ignorable(g_, lang_, w) || (latin && !latin_lang_ && ignorable(g_, "en", w))) return 1;
    const GlossaryEntry* term = nullptr;
    const GlossaryEntry* second = nullptr;
    std::string skeleton, bare;
    SkeletonScript script = SkeletonScript::kNone;
    if (!compound(w, term, second)) loanword(w, term, skeleton, script, bare);
    if (term != nullptr) {
      push(XUnit::kConcept, std::string(w)).concepts = term->concepts;
      if (second != nullptr) push(XUnit::kConcept, std::string(w)).concepts = second->concepts;
      return 1;
    }
    XUnit& u = push(XUnit::kWord, std::string(w));
    u.stem = stem_of(pieces, i, 0);
    u.skeleton = std::move(skeleton);
    u.script = script;
    u.bare = std::move(bare);
    return 1;
  }

  // True when the unit names only the concept c.
  static bool only(const XUnit& u, std::uint16_t c) {
    return u.kind == XUnit::kConcept && u.concepts.size() == 1 && u.concepts[0] == c;
  }

  // True when some unit may name the concept c.
  bool names(std::uint16_t c) const {
    return std::any_of(out_.units.begin(), out_.units.end(), [&](const XUnit& u) {
      return u.kind == XUnit::kConcept && std::find(u.concepts.begin(), u.concepts.end(), c) != u.concepts.end();
    });
  }

  // True when a content unit precedes.
  bool has_content() const { return !out_.units.empty() && !out_.split; }

  // Reads a run of CJK or Thai characters by longest glossary match; characters no term covers become one word unit.
  void cjk(std::string_view text) {
    thread_local std::string chars;            // The characters without spaces, re-encoded.
    thread_local std::vector<std::size_t> at;  // By character: where it starts in chars; one more for the end.
    chars.clear();
    at.clear();
    for (std::size_t i = 0; i < text.size();) {
      char32_t c = utf8::next(text, i);
      if (c == ' ') continue;
      at.push_back(chars.size());
      utf8::append(chars, c);
    }
    at.push_back(chars.size());
    const std::size_t count = at.size() - 1;
    auto run = [&](std::size_t i, std::size_t n) { return std::string_view(chars).substr(at[i], at[i + n] - at[i]); };
    std::string unmatched;
    auto flush = [&] {  // A katakana or hangul word keeps its coarse skeleton, for a name spelled in Latin.
      if (!unmatched.empty()) {
        XUnit& u = push(XUnit::kWord, unmatched);
        u.stem = unmatched;
        u.skeleton = syllabic_skeleton(unmatched, u.script);
      }
      unmatched.clear();
    };
    for (std::size_t i = 0; i < count;) {
      std::size_t best = 0;
      const GlossaryEntry* hit = nullptr;
      for (std::size_t n = std::min(g_.max_cjk(), count - i); n >= 1; --n) {
        if (const GlossaryEntry* e = g_.find_cjk(run(i, n))) {
          best = n, hit = e;
          break;
        }
      }
      if (hit == nullptr) {
        unmatched += run(i, 1);
        ++i;
        continue;
      }
      flush();
      if (hit->form != 0) form(hit->form);
      else if (!hit->concepts.empty()) push(XUnit::kConcept, std::string(run(i, best))).concepts = hit->concepts;
      else if (negation_word(run(i, best))) push(XUnit::kSymbol, std::string(kNegationUnit));  // "ない", "不是".
      i += best;
    }
    flush();
  }

  const Glossary& g_;
  std::string_view lang_;
  XAnalysis& out_;
  bool word_stems_;  // Plain words get their stem.
  bool latin_lang_;                       // The record's language is written in Latin script.
  std::string_view own_latin_, own_other_;  // Stem languages for Latin and other words of the record.
  std::uint64_t lang_seed_;                 // Seeds word hashes with the language.
  std::array<std::string_view, 8> directional_;  // The directional words of the record's language.
  std::string key_;
  std::vector<std::optional<std::string>> own_stems_, en_stems_;  // By piece: stems computed so far.
};

// Removes a leading choice label ("A:", "b)", "1.") from a choice.
std::string_view strip_label(std::string_view c) {
  std::size_t i = 0;
  while (i < c.size() && i < 3 && std::isalnum(static_cast<unsigned char>(c[i]))) ++i;
  if (i > 0 && i < c.size() && (c[i] == ':' || c[i] == ')' || c[i] == '.')) return c.substr(i + 1);
  return c;
}

// True for the bytes of an ASCII identifier or number token.
bool token_byte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$'; }

// True when an ASCII token looks like code rather than a word: a digit, '_', '$' or an inner capital.
bool code_like(std::string_view t) {
  for (std::size_t i = 0; i < t.size(); ++i)
    if (std::isdigit(static_cast<unsigned char>(t[i])) || t[i] == '_' || t[i] == '$' ||
        (i > 0 && std::isupper(static_cast<unsigned char>(t[i]))))
      return true;
  return false;
}

// Adds the hashes of the lowercased ASCII identifier and number tokens of s; only_code keeps code-like ones.
void add_code_tokens(std::string_view s, std::vector<std::uint64_t>& out, bool only_code = false) {
  std::string low;
  for (std::size_t i = 0; i < s.size();) {
    if (!token_byte(s[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < s.size() && token_byte(s[j])) ++j;
    std::string_view t = s.substr(i, j - i);
    if (!only_code || code_like(t)) {
      low.assign(t);
      for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      out.push_back(XXH3_64bits(low.data(), low.size()));
    }
    i = j;
  }
}

// Adds a choice's code tokens: those inside backticks when it has any, else only code-like tokens.
void add_choice_tokens(std::string_view c, std::vector<std::uint64_t>& out) {
  if (c.find('`') == std::string_view::npos) return add_code_tokens(c, out, true);
  for (std::size_t open = c.find('`'); open != std::string_view::npos;) {
    std::size_t close = c.find('`', open + 1);
    if (close == std::string_view::npos) break;
    add_code_tokens(c.substr(open + 1, close - open - 1), out);
    open = c.find('`', close + 1);
  }
}

// Sorts and deduplicates a hash list.
void sort_unique(std::vector<std::uint64_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// Fills the text's anchors (backticked tokens; every ASCII word when the text is not in Latin script) and
// the hashes of all its ASCII tokens.
void text_tokens(const LinkItem& q, XAnalysis& a) {
  const std::string& t = *q.text;
  add_code_tokens(t, a.text_ascii);
  bool latin = stem_language(true, *q.lang) == *q.lang;
  bool inside = false;
  std::size_t from = 0;
  for (std::size_t i = 0; i <= t.size(); ++i) {
    if (i < t.size() && t[i] != '`') continue;
    std::string_view part(t.data() + from, i - from);
    if (inside) add_code_tokens(part, a.text_anchors);
    else if (!latin) add_code_tokens(part, a.text_anchors);
    inside = !inside;
    from = i + 1;
  }
  sort_unique(a.text_anchors);
  sort_unique(a.text_ascii);
}

}  // namespace

XAnalysis analyze(const LinkItem& q, AnalysisDepth depth) {
  XAnalysis a;
  const std::optional<std::string>& code = *q.code;
  if (code && code->find_first_not_of(" \t\r\n") != std::string::npos) {
    a.has_code = true;
    std::string squeezed;
    for (char c : *code)
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ';') squeezed.push_back(c);
    a.code_hash = XXH3_64bits(squeezed.data(), squeezed.size());
    add_code_tokens(*code, a.code_tokens);
    for (const auto& c : *q.choices) add_choice_tokens(strip_label(c), a.code_tokens);
    sort_unique(a.code_tokens);
    if (depth == AnalysisDepth::kKeys) return a;  // A record with code is indexed by its code alone.
    text_tokens(q, a);
  }
  TextAnalyser analyser(*q.lang, a, depth == AnalysisDepth::kFull);
  if (q.folded) {
    analyser.run(*q.folded);
  } else {
    std::string folded = fold(*q.text);
    ascii_digits(folded);  // As dedup's folded texts, so both paths read the same words.
    analyser.run(folded);
  }
  for (XUnit& u : a.units)  // Read once here; candidate keys and every pair comparison use it.
    if (u.kind == XUnit::kWord && !u.skeleton.empty()) u.coarse = coarse_skeleton(u.skeleton);
  return a;
}

}  // namespace qbank::internal
