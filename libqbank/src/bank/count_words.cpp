// Word counting for filter --min-words/--max-words, script-aware so CJK text is not one "word".
#include <utf8proc.h>

#include "qbank/filter.hpp"
#include "base/utf8.hpp"

namespace qbank::internal {
namespace {

// How a code point takes part in a word.
enum class CharKind { kSeparator, kWord, kJoiner, kSingle };

// True for Han ideographs and Japanese kana, scripts written without spaces between words.
bool is_unspaced_script(char32_t c) {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
}

// Classifies a code point: word character, in-word joiner (apostrophe, hyphen), one-char word, or separator.
CharKind classify(char32_t c) {
  if (c < 0x80) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')
      return CharKind::kWord;
    return (c == '\'' || c == '-') ? CharKind::kJoiner : CharKind::kSeparator;
  }
  if (is_unspaced_script(c)) return CharKind::kSingle;
  if (c == 0x2019 || c == 0x2010 || c == 0x2011) return CharKind::kJoiner;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return CharKind::kWord;
    default:
      return CharKind::kSeparator;
  }
}

}  // namespace

}  // namespace qbank::internal

namespace qbank {

std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;  // The previous character was a word character.
  std::size_t i = 0;
  while (i < text.size()) {
    char32_t c = static_cast<unsigned char>(text[i]) < 0x80 ? static_cast<unsigned char>(text[i++])
                                                            : internal::utf8::next(text, i);
    switch (internal::classify(c)) {
      case internal::CharKind::kWord:
        if (!in_word) ++words;
        in_word = true;
        break;
      case internal::CharKind::kSingle:
        ++words;
        in_word = false;
        break;
      case internal::CharKind::kJoiner:
        break;  // Keeps a word open ("don't"); a joiner between separators is no word at all.
      case internal::CharKind::kSeparator:
        in_word = false;
        break;
    }
  }
  return words;
}

}  // namespace qbank

