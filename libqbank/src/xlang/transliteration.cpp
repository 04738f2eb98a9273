// Consonant skeletons of Latin and Cyrillic words for matching loanwords across the two scripts.
#include "xlang/transliteration.hpp"

#include <array>

#include "base/utf8.hpp"

namespace qbank::internal {
namespace {

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
    case U'а': case U'е': case U'ё': case U'и': case U'о': case U'у': case U'ы': case U'э': case U'ю':
    case U'я': case U'і': case U'ї': case U'є': case U'й': case U'ь': case U'ъ': return 0;
    default: return '?';
  }
}

// True for a Latin vowel (y counted as one).
bool latin_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

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

// Appends a skeleton letter unless it repeats the last one.
void put(std::string& out, char c) {
  if (out.empty() || out.back() != c) out.push_back(c);
}

// The skeleton of an ASCII Latin word, or "?" when it holds a non-letter.
std::string latin_skeleton(std::string_view w) {
  std::string out;
  for (std::size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    char next = i + 1 < w.size() ? w[i + 1] : 0;
    if (c < 'a' || c > 'z') return "?";
    if (latin_vowel(c)) continue;
    switch (c) {
      case 'c':
        if (next == 'k') continue;  // "ck": the k follows.
        if (next == 'h') { put(out, 'c'); ++i; continue; }
        put(out, next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
        continue;
      case 'q': put(out, 'k'); continue;
      case 'x': put(out, 'k'); put(out, 's'); continue;
      case 'w': put(out, 'v'); continue;
      case 'z': put(out, 's'); continue;
      case 'p': if (next == 'h') { put(out, 'f'); ++i; continue; } break;
      case 't': if (next == 'h') { put(out, 't'); ++i; continue; } break;
      case 's': if (next == 'h') { put(out, 'x'); ++i; continue; } break;
      case 'g': if (next == 'h') { put(out, 'g'); ++i; continue; } break;
      default: break;
    }
    put(out, c);
  }
  return out;
}

}  // namespace

std::string consonant_skeleton(std::string_view w, std::size_t min_consonants, SkeletonScript& script) {
  script = SkeletonScript::kNone;
  if (w.empty()) return {};
  std::string out;
  if (static_cast<unsigned char>(w[0]) < 0x80) {
    out = latin_skeleton(latin_singular(w));
    if (out == "?") return {};
    script = SkeletonScript::kLatin;
  } else {
    std::string_view stem = cyrillic_stem(w);
    for (std::size_t i = 0; i < stem.size();) {
      char32_t c = utf8::next(stem, i);
      if (c == U'д' && i < stem.size()) {  // "дж" is the sound of "j".
        std::size_t j = i;
        if (utf8::next(stem, j) == U'ж') { put(out, 'j'); i = j; continue; }
      }
      char l = cyrillic_letter(c);
      if (l == '?') return {};
      if (l != 0) put(out, l);
    }
    script = SkeletonScript::kCyrillic;
  }
  if (out.size() < min_consonants) return {};
  return out;
}

}  // namespace qbank::internal
