#pragma once
// Consonant skeletons of Latin and Cyrillic words, so a loanword written in Cyrillic ("промис", "колбэк")
// meets the Latin word it was taken from ("promise", "callback"); coarse skeletons of katakana and hangul words,
// so a name written in them ("フランス", "프랑스") meets its Latin spelling ("France").

#include <string>
#include <string_view>

namespace qbank::internal {

// The script a skeleton was taken from.
enum class SkeletonScript : unsigned char { kNone, kLatin, kCyrillic, kSyllabic };

// The consonant skeleton of a folded Latin or Cyrillic word: its consonants mapped to one Latin letter per
// sound ("ck", "k", "q", "к" -> 'k'; "sh", "ш" -> 'x'; a "c" before e/i/y, "ц" -> 's'; "w", "в" -> 'v'; a glide
// after a vowel, "й" -> 'y', but "ай" is English "i"), other vowels and signs dropped, doubled letters written once, after an English plural "s" or a common Russian or
// Ukrainian case ending is cut. Empty when the word mixes scripts, holds a digit or other character, or the
// skeleton has fewer than min_consonants letters. script receives the word's script.
std::string consonant_skeleton(std::string_view folded, std::size_t min_consonants, SkeletonScript& script);

// A consonant skeleton with the sounds that katakana and hangul do not tell apart merged: p/b/f/v -> 'p',
// t/d -> 't', k/g -> 'k', s/z/j/sh/ch -> 's', l/r -> 'r'; the glides y and w dropped, the g of "ng" dropped;
// a repeated letter written once ("france" and "フランス" both "prns").
std::string coarse_skeleton(std::string_view skeleton);

// The coarse skeleton (see coarse_skeleton()) of a word written in katakana alone or in hangul alone, read by its
// standard romanization (Hepburn for kana, the Revised Romanization's consonants for hangul); empty when the word
// holds another character or the skeleton has fewer than kMinSyllabicSkeleton letters. script receives kSyllabic
// when a skeleton is returned.
std::string syllabic_skeleton(std::string_view word, SkeletonScript& script);

// The fewest coarse skeleton letters a katakana or hangul word needs to be matched by its skeleton.
inline constexpr std::size_t kMinSyllabicSkeleton = 4;

}  // namespace qbank::internal
