// Tokenisation of folded text: words, CJK bigrams and symbol runs.
#include "qbank/tokenize.hpp"

#include "utf8.hpp"

namespace qbank {
namespace {

// True for CJK ideographs and kana, which are tokenised as character bigrams.
bool is_cjk(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3040 && c <= 0x30FF); }

// True for code points that form words: letters, digits, underscore, and anything non-ASCII non-CJK.
bool is_word(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  return !is_cjk(c) && !(c >= 0x2000 && c <= 0x206F) && !(c >= 0x3000 && c <= 0x303F) &&
         !(c >= 0xFF00 && c <= 0xFF0F);
}

// True for ASCII symbols whose runs carry meaning in questions about code ("//", "%", "==", "**").
bool is_meaningful_symbol(char32_t c) { return c < 0x80 && std::u32string_view(U"%=<>*/+&|^~!@#$-").find(c) != std::u32string_view::npos; }

}  // namespace

std::vector<Token> tokenize(std::string_view folded, std::string_view lang) {
  std::vector<Token> out;
  std::u32string cps = utf8::decode(folded);
  std::size_t i = 0;
  while (i < cps.size()) {
    char32_t c = cps[i];
    std::size_t j = i + 1;
    if (is_word(c)) {
      while (j < cps.size() && is_word(cps[j])) ++j;
      Token t;
      t.text = utf8::encode(std::u32string_view(cps).substr(i, j - i));
      t.stem = stem(t.text, lang);
      out.push_back(std::move(t));
    } else if (is_cjk(c)) {
      while (j < cps.size() && is_cjk(cps[j])) ++j;
      if (j - i == 1) out.push_back({utf8::encode(cps.substr(i, 1)), utf8::encode(cps.substr(i, 1)), false, false});
      for (std::size_t k = i; k + 1 < j; ++k) {
        std::string bigram = utf8::encode(std::u32string_view(cps).substr(k, 2));
        out.push_back({bigram, bigram, false, false});
      }
    } else if (is_meaningful_symbol(c)) {
      while (j < cps.size() && is_meaningful_symbol(cps[j])) ++j;
      std::string sym = utf8::encode(std::u32string_view(cps).substr(i, j - i));
      out.push_back({sym, sym, false, true});
    }
    i = j;
  }
  return out;
}

std::string stem(std::string_view word, std::string_view /*lang*/) { return std::string(word); }

}  // namespace qbank
