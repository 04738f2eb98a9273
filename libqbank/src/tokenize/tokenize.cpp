// Tokenisation of folded text: words (stemmed, stop words flagged), CJK bigrams and symbol runs.
#include "tokenize/tokenize_internal.hpp"

#include "tokenize/tokenize_internal.hpp"

#include "lang/lang_internal.hpp"
#include "base/utf8.hpp"

namespace qbank::internal {
namespace {

// What a code point contributes to tokens.
enum class CharClass { kOther, kWord, kCjk, kSymbol, kApostrophe };

// Classifies an ASCII code point.
CharClass classify_ascii(char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') return CharClass::kWord;
  if (c == '\'') return CharClass::kApostrophe;
  return std::string_view("%=<>*/+&|^~!@#$-").find(c) != std::string_view::npos ? CharClass::kSymbol
                                                                                 : CharClass::kOther;
}

// The classes of all ASCII code points, computed once.
struct AsciiClasses {
  CharClass of[128];
  AsciiClasses() {
    for (int c = 0; c < 128; ++c) of[c] = classify_ascii(static_cast<char>(c));
  }
};

// Classifies one code point of folded text.
CharClass classify(char32_t c) {
  static const AsciiClasses ascii;
  if (c < 0x80) return ascii.of[c];
  if (is_cjk_ideograph(c)) return CharClass::kCjk;
  if (is_script_punctuation(c)) return CharClass::kOther;  // Ends a word ("UDP؟").
  if (script_of(c) != Script::kNone || is_mark(c)) return CharClass::kWord;
  auto digit = c >= 0x660 && c <= 0x669;  // Arabic-Indic digits join words like ASCII digits.
  return digit ? CharClass::kWord : CharClass::kOther;
}

// A decoded code point with its byte range in the folded text.
struct Cp {
  char32_t c;
  std::size_t begin;
  std::size_t end;
  CharClass cls;
};

// Decodes and classifies the whole text once into out (reused between calls).
void decode_classified(std::string_view s, std::vector<Cp>& out) {
  out.clear();
  for (std::size_t i = 0; i < s.size();) {
    std::size_t b = i;
    auto byte = static_cast<unsigned char>(s[i]);
    char32_t c = byte < 0x80 ? (++i, byte) : utf8::next(s, i);
    out.push_back({c, b, i, classify(c)});
  }
}

// This thread's buffer of decoded code points (not inlined, so callers keep a plain pointer to it).
[[gnu::noinline]] std::vector<Cp>& cp_buffer() {
  thread_local std::vector<Cp> buffer;
  return buffer;
}

// The language whose stemmer and stop words apply to a word, with its profile (null when none).
struct WordLanguage {
  std::string_view code;
  const LanguageProfile* profile;
};

// Resolves, once per text, the language of words in each script: the text's language for words in its
// script, otherwise the default language of the word's own script (English terms in Russian text).
class WordLanguages {
 public:
  explicit WordLanguages(std::string_view lang) : own_{lang, find_profile(lang)} {}

  // Returns the language for a word that starts with the code point.
  const WordLanguage& of(char32_t first) const {
    Script s = script_of(first);
    if (s == Script::kNone || (own_.profile != nullptr && own_.profile->script == s)) return own_;
    static const WordLanguage en{"en", find_profile("en")};
    static const WordLanguage ru{"ru", find_profile("ru")};
    if (s == Script::kLatin) return en;
    if (s == Script::kCyrillic) return ru;
    return own_;
  }

  // Returns the text's own language.
  const WordLanguage& own() const { return own_; }

 private:
  WordLanguage own_;
};

// True when a word has an ASCII digit.
bool has_ascii_digit(std::string_view w) {
  for (char c : w)
    if (c >= '0' && c <= '9') return true;
  return false;
}

// True when every byte of a word is ASCII.
bool all_ascii(std::string_view w) {
  for (char c : w)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// Tokenises text while keeping the state of the language once.
class Tokenizer {
 public:
  // lean: stem only the words Stemming::kNonAsciiContent selects.
  Tokenizer(std::string_view text, std::string_view lang, bool lean)
      : text_(text), langs_(lang), cps_(cp_buffer()), lean_(lean) {
    decode_classified(text, cps_);
  }

  // Produces all tokens.
  std::vector<Token> run() {
    out_.reserve(cps_.size() / 4 + 1);  // Words average more than four code points with their spaces.
    std::size_t i = 0;
    while (i < cps_.size()) {
      switch (cps_[i].cls) {
        case CharClass::kWord: i = word(i); break;
        case CharClass::kCjk: i = cjk(i); break;
        case CharClass::kSymbol: i = symbol(i); break;
        default: ++i;
      }
    }
    return std::move(out_);
  }

 private:
  // Returns the bytes of code points [b, e).
  std::string_view bytes(std::size_t b, std::size_t e) const {
    return text_.substr(cps_[b].begin, cps_[e - 1].end - cps_[b].begin);
  }

  // True when the code point at k is of the class.
  bool is(std::size_t k, CharClass cls) const { return k < cps_.size() && cps_[k].cls == cls; }

  // Emits one word token, stemmed and flagged in the language of its script.
  void emit_word(std::string_view w, char32_t first) {
    const WordLanguage& lang = langs_.of(first);
    Token t;
    t.text = std::string(w);
    t.stop = lang.profile != nullptr && lang.profile->stop.count(t.text) > 0;
    if (!lean_ || (!t.stop && !all_ascii(w) && !has_ascii_digit(w))) t.stem = stem(t.text, lang.code);
    out_.push_back(std::move(t));
  }

  // Reads a word (apostrophes inside it included), splits off an elided stop word ("l'objet"); returns the next index.
  std::size_t word(std::size_t i) {
    std::size_t j = i + 1, apostrophe = 0;
    while (j < cps_.size() && (is(j, CharClass::kWord) || (is(j, CharClass::kApostrophe) && is(j + 1, CharClass::kWord)))) {
      if (cps_[j].cls == CharClass::kApostrophe && apostrophe == 0) apostrophe = j;
      ++j;
    }
    std::string_view w = bytes(i, j);
    const LanguageProfile* p = langs_.of(cps_[i].c).profile;
    if (apostrophe != 0 && p != nullptr && p->stop.count(std::string(w)) == 0 &&
        p->stop.count(std::string(bytes(i, apostrophe))) > 0) {
      emit_word(bytes(i, apostrophe), cps_[i].c);
      emit_word(bytes(apostrophe + 1, j), cps_[apostrophe + 1].c);
    } else {
      emit_word(w, cps_[i].c);
    }
    return j;
  }

  // Emits the bigrams of a CJK run (the character itself for a run of one); returns the next index.
  std::size_t cjk(std::size_t i) {
    std::size_t j = i + 1;
    while (is(j, CharClass::kCjk)) ++j;
    const LanguageProfile* p = langs_.own().profile;
    auto push = [&](std::string_view piece) {
      Token t{std::string(piece), std::string(piece), false, false};
      t.stop = p != nullptr && p->stop.count(t.text) > 0;
      out_.push_back(std::move(t));
    };
    if (j - i == 1) push(bytes(i, j));
    for (std::size_t k = i; k + 1 < j; ++k) push(bytes(k, k + 2));
    return j;
  }

  // Emits a meaningful symbol run ("==", "//", "%"); a lone hyphen or slash inside a word pair, or a
  // lone "!" ending a sentence, is punctuation. Returns the next index.
  std::size_t symbol(std::size_t i) {
    std::size_t j = i + 1;
    while (is(j, CharClass::kSymbol)) ++j;
    if (j - i == 1) {
      char32_t c = cps_[i].c;
      bool joins = i > 0 && is(i - 1, CharClass::kWord) && is(j, CharClass::kWord);
      if ((c == '-' || c == '/') && joins) return j;
      if (c == '!' && !is(j, CharClass::kWord)) return j;
    }
    std::string sym(bytes(i, j));
    out_.push_back({sym, lean_ ? std::string() : sym, false, true});
    return j;
  }

  std::string_view text_;
  WordLanguages langs_;
  std::vector<Cp>& cps_;  // This thread's buffer: one Tokenizer per thread at a time.
  std::vector<Token> out_;
  bool lean_;
};

}  // namespace

std::vector<Token> tokenize(std::string_view folded, std::string_view lang, Stemming stemming) {
  return Tokenizer(folded, lang, stemming == Stemming::kNonAsciiContent).run();
}

std::vector<Token> tokenize(std::string_view folded, std::string_view lang) {
  return internal::Tokenizer(folded, lang, false).run();
}

}  // namespace qbank::internal

