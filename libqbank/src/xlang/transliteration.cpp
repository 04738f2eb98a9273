// Consonant skeletons of Latin and Cyrillic words for matching loanwords across the two scripts, and coarse
// skeletons of katakana and hangul words for matching names written in them.
#include "xlang/transliteration.hpp"

#include <array>

#include "base/utf8.hpp"

namespace qbank::internal {
namespace {

// The most skeleton letters kept; a longer word has no skeleton.
constexpr std::size_t kMaxSkeleton = 32;

// A skeleton being built: letters in a fixed buffer, a repeated letter written once.
struct Builder {
  std::array<char, kMaxSkeleton> letters{};
  std::size_t size = 0;
  bool full = false;  // True when the word gave more letters than the buffer holds.
  // Appends a letter unless it repeats the last one.
  void put(char c) {
    if (size > 0 && letters[size - 1] == c) return;
    if (size == kMaxSkeleton) {
      full = true;
      return;
    }
    letters[size++] = c;
  }
};

// The skeleton letter of a Cyrillic code point (lowercase), 0 for a vowel or sign, '?' for anything else.
char cyrillic_letter(char32_t c) {
  switch (c) {
    case U'б': return 'b';
    case U'в': return 'v';
    case U'г': case U'ґ': return 'g';
    case U'д': return 'd';
    case U'ж': return 'j';
    case U'з': return 's';
    case U'к': return 'k';
    case U'л': return 'l';
    case U'м': return 'm';
    case U'н': return 'n';
    case U'п': return 'p';
    case U'р': return 'r';
    case U'с': return 's';
    case U'т': return 't';
    case U'ф': return 'f';
    case U'х': return 'h';
    case U'ц': return 's';
    case U'ч': return 'c';
    case U'ш': case U'щ': return 'x';
    case U'й': return 'y';
    case U'а': case U'е': case U'ё': case U'и': case U'о': case U'у': case U'ы': case U'э': case U'ю':
    case U'я': case U'і': case U'ї': case U'є': case U'ь': case U'ъ': return 0;
    default: return '?';
  }
}

// True for a Latin vowel (y counted as one).
inline bool latin_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// True when s ends with suffix.
bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The Latin word without an English plural "s" ("callbacks" -> "callback"; "class", "bus" kept).
std::string_view latin_singular(std::string_view w) {
  if (w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' && w[w.size() - 2] != 'i')
    return w.substr(0, w.size() - 1);
  return w;
}

// The Cyrillic word without a common noun case ending that ends in a consonant ("колбэками" -> "колбэк").
std::string_view cyrillic_stem(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kEndings = {"ами", "ями", "ов", "ев", "ам", "ям", "ом", "ем",
                                                               "ах", "ях", "ів", "ей"};
  for (std::string_view e : kEndings)
    if (w.size() >= e.size() + 6 && ends_with(w, e)) return w.substr(0, w.size() - e.size());
  return w;
}

// Builds the skeleton of an ASCII Latin word; false when it holds a non-letter.
bool latin_skeleton(std::string_view w, Builder& out) {
  for (std::size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    char next = i + 1 < w.size() ? w[i + 1] : 0;
    if (c < 'a' || c > 'z') return false;
    char prev = i > 0 ? w[i - 1] : 0;
    // A glide after a vowel ("hoisting", "play", "mail") is the sound of "й": kept, so "hoisting" and
    // "хостинг" (hosting) differ.
    bool glide = (c == 'y' && (i == 0 || latin_vowel(prev))) ||
                 (c == 'i' && (prev == 'a' || prev == 'e' || prev == 'o') && !latin_vowel(next));
    if (glide) {
      out.put('y');
      continue;
    }
    if (latin_vowel(c)) continue;
    switch (c) {
      case 'c':
        if (next == 'k') continue;  // "ck": the k follows.
        if (next == 'h') {
          out.put('c');
          ++i;
        } else {
          out.put(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
        }
        continue;
      case 'q': out.put('k'); continue;
      case 'x': out.put('k'); out.put('s'); continue;
      case 'w': out.put('v'); continue;
      case 'z': out.put('s'); continue;
      case 'p': if (next == 'h') { out.put('f'); ++i; continue; } break;
      case 't': if (next == 'h') { out.put('t'); ++i; continue; } break;
      case 's': if (next == 'h') { out.put('x'); ++i; continue; } break;
      case 'g': if (next == 'h') { out.put('g'); ++i; continue; } break;
      default: break;
    }
    out.put(c);
  }
  return true;
}

// True when the word opens with "ав" or "ев" before a consonant, the Cyrillic writing of Latin and Greek "au"
// and "eu" ("Австралия" / "Australia", "автограф" / "autograph", "Европа" / "Europe"; "авокадо" keeps its "в").
bool opens_with_diphthong(std::string_view w) {
  std::size_t i = 0;
  char32_t first = utf8::next_inline(w, i);
  if ((first != U'а' && first != U'е') || i >= w.size() || utf8::next_inline(w, i) != U'в' || i >= w.size())
    return false;
  char after = cyrillic_letter(utf8::next_inline(w, i));
  return after != 0 && after != '?';
}

// Builds the skeleton of a Cyrillic word; false when it holds another character.
bool cyrillic_skeleton(std::string_view w, Builder& out) {
  std::string_view stem = cyrillic_stem(w);
  char32_t prev = 0;
  bool diphthong = opens_with_diphthong(stem);
  for (std::size_t i = 0, n = 0; i < stem.size(); ++n) {
    char32_t c = utf8::next_inline(stem, i);
    if (diphthong && n == 1) {  // The "в" of "ав" / "ев": the "u" of "au" / "eu", no consonant.
      prev = c;
      continue;
    }
    if (c == U'д' && i < stem.size()) {  // "дж" is the sound of "j".
      std::size_t j = i;
      if (utf8::next_inline(stem, j) == U'ж') {
        out.put('j');
        i = j;
        prev = U'ж';
        continue;
      }
    }
    char l = cyrillic_letter(c);
    if (l == '?') return false;
    if (l == 'y' && (prev == U'а' || prev == U'я')) l = 0;  // "ай" is English "i" ("сайт" / "site").
    if (l != 0) out.put(l);
    prev = c;
  }
  return true;
}

// The coarse class of a skeleton letter (see coarse_skeleton()), 0 for a glide.
char coarse_letter(char c) {
  switch (c) {
    case 'b': case 'v': case 'p': case 'f': return 'p';
    case 'd': case 't': return 't';
    case 'g': case 'k': return 'k';
    case 's': case 'j': case 'x': case 'c': return 's';
    case 'l': case 'r': return 'r';
    case 'y': return 0;
    default: return c;
  }
}

// The coarse consonant of a katakana letter by its Hepburn reading: "k" for カ and ガ, "s" for シ and ツ, "p" for
// フ, バ, パ, ワ and ヴ, 0 for a vowel, a glide, the small ッ and the long-vowel mark; '?' for any other code point.
char kana_letter(char32_t c) {
  if (c == U'\u30FC' || c == U'\u30C3') return 0;  // ー, ッ.
  if (c < U'\u30A1' || c > U'\u30FA') return '?';
  if (c <= U'\u30AA') return 0;                                         // ァ–オ.
  if (c <= U'\u30B4' || c == U'\u30F5' || c == U'\u30F6') return 'k';  // カ–ゴ, ヵ, ヶ.
  if (c <= U'\u30BE') return 's';                                       // サ–ゾ.
  if (c <= U'\u30C9') return c == U'\u30C1' || c == U'\u30C2' || c == U'\u30C4' || c == U'\u30C5' ? 's' : 't';  // タ–ド.
  if (c <= U'\u30CE') return 'n';                                       // ナ–ノ.
  if (c <= U'\u30DD') return (c - U'\u30CF') % 3 == 0 && c != U'\u30D5' ? 'h' : 'p';  // ハ–ポ; フ is "fu".
  if (c <= U'\u30E2') return 'm';                                       // マ–モ.
  if (c <= U'\u30E8') return 0;                                         // ャ–ヨ.
  if (c <= U'\u30ED') return 'r';                                       // ラ–ロ.
  if (c == U'\u30EE' || c == U'\u30EF' || c >= U'\u30F4') return 'p';  // ヮ, ワ, ヴ, ヷ–ヺ.
  if (c == U'\u30F3') return 'n';                                       // ン.
  return 0;                                                            // ヰ, ヱ, ヲ.
}

// True for the small vowels after ウ that make its "w" (ウィ, ウェ, ウォ).
bool small_vowel(char32_t c) { return c == U'\u30A3' || c == U'\u30A7' || c == U'\u30A9'; }

// Appends the coarse consonants of a hangul syllable, by the Revised Romanization of its initial and final
// (a final ㅅ, ㅈ, ㅊ, ㅌ, ㅎ is "t", ㅇ is "ng", read "n"); a w-glide vowel after a silent initial is "w", read "p".
void hangul_letters(char32_t c, Builder& out) {
  static constexpr std::array<char, 19> kInitial = {'k', 'k', 'n', 't', 't', 'r', 'm', 'p', 'p', 's',
                                                    's', 0,   's', 's', 's', 'k', 't', 'p', 'h'};
  static constexpr std::array<std::string_view, 28> kFinal = {"",   "k",  "k",  "k",  "n", "n", "n", "t", "r", "rk",
                                                             "rm", "rp", "rs", "rt", "rp", "r", "m", "p", "p", "t",
                                                             "t",  "n",  "t",  "t",  "k", "t", "p", "t"};
  unsigned s = static_cast<unsigned>(c - 0xAC00);
  unsigned initial = s / 588, medial = (s % 588) / 28, final = s % 28;
  bool w_glide = medial == 9 || medial == 10 || medial == 14 || medial == 15 || medial == 16;  // ㅘ ㅙ ㅝ ㅞ ㅟ.
  if (kInitial[initial] != 0) out.put(kInitial[initial]);
  else if (w_glide) out.put('p');
  for (char l : kFinal[final]) out.put(l);
}

}  // namespace

std::string coarse_skeleton(std::string_view skeleton) {
  Builder out;
  for (std::size_t i = 0; i < skeleton.size(); ++i) {
    if (skeleton[i] == 'g' && i > 0 && skeleton[i - 1] == 'n') continue;  // "ng" is one sound, written "n".
    if (char c = coarse_letter(skeleton[i]); c != 0) out.put(c);
  }
  return std::string(out.letters.data(), out.size);
}

std::string syllabic_skeleton(std::string_view word, SkeletonScript& script) {
  script = SkeletonScript::kNone;
  Builder out;
  bool kana = false, hangul = false;
  for (std::size_t i = 0; i < word.size();) {
    char32_t c = utf8::next_inline(word, i);
    if (c >= 0xAC00 && c <= 0xD7A3) {
      hangul = true;
      hangul_letters(c, out);
      continue;
    }
    char l = kana_letter(c);
    if (l == '?') return {};
    kana = true;
    if (c == U'\u30A6' && i < word.size()) {  // ウ before a small vowel is "w".
      std::size_t j = i;
      if (small_vowel(utf8::next_inline(word, j))) l = 'p';
    }
    if (l != 0) out.put(l);
  }
  if (kana == hangul || out.full || out.size < kMinSyllabicSkeleton) return {};
  script = SkeletonScript::kSyllabic;
  return std::string(out.letters.data(), out.size);
}

std::string consonant_skeleton(std::string_view w, std::size_t min_consonants, SkeletonScript& script) {
  script = SkeletonScript::kNone;
  if (w.empty()) return {};
  Builder out;
  bool latin = static_cast<unsigned char>(w[0]) < 0x80;
  if (!(latin ? latin_skeleton(latin_singular(w), out) : cyrillic_skeleton(w, out)) || out.full ||
      out.size < min_consonants)
    return {};
  script = latin ? SkeletonScript::kLatin : SkeletonScript::kCyrillic;
  return std::string(out.letters.data(), out.size);
}

}  // namespace qbank::internal
