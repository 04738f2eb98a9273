#pragma once
// Consonant skeletons of Latin and Cyrillic words, so a loanword written in Cyrillic ("промис", "колбэк")
// meets the Latin word it was taken from ("promise", "callback").

#include <string>
#include <string_view>

namespace qbank::internal {

// The script a skeleton was taken from.
enum class SkeletonScript : unsigned char { kNone, kLatin, kCyrillic };

// The consonant skeleton of a folded Latin or Cyrillic word: its consonants mapped to one Latin letter per
// sound ("ck", "k", "q", "к" -> 'k'; "sh", "ш" -> 'x'; a "c" before e/i/y, "ц" -> 's'; "w", "в" -> 'v'; a glide
// after a vowel, "й" -> 'y', but "ай" is English "i"), other vowels and signs dropped, doubled letters written once, after an English plural "s" or a common Russian or
// Ukrainian case ending is cut. Empty when the word mixes scripts, holds a digit or other character, or the
// skeleton has fewer than min_consonants letters. script receives the word's script.
std::string consonant_skeleton(std::string_view folded, std::size_t min_consonants, SkeletonScript& script);

}  // namespace qbank::internal
