// The fast language detector's shared tables: the stop-word table, the templates and the distinguishing letters
// of every profile, built once from the language data; and the decision made from fast evidence.
#pragma once

#include <xxhash.h>

#include <array>
#include <bit>
#include <cstring>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lang/fast_evidence.hpp"

namespace qbank::internal {

inline constexpr std::size_t kMaxProfiles = 64;  // Profiles beyond this many are never scored by the fast path.

// Hashes a short byte string (XXH3, low bits).
inline std::uint32_t hash_bytes(std::string_view s) { return static_cast<std::uint32_t>(XXH3_64bits(s.data(), s.size())); }

// A template and the profile that owns it.
struct TemplateRef {
  std::size_t profile;
  const std::string* text;
  std::uint64_t head = 0;       // The first (up to) eight bytes of the template, little-endian.
  std::uint64_t head_mask = 0;  // The bits of head that the template's bytes fill.
};

// The first (up to) eight bytes of s as a little-endian number, zero-padded.
inline std::uint64_t head_bytes(std::string_view s) {
  std::uint64_t v = 0;
  if constexpr (std::endian::native == std::endian::little)
    if (s.size() >= 8) {
      std::memcpy(&v, s.data(), 8);
      return v;
    }
  for (std::size_t i = 0; i < s.size() && i < 8; ++i) v |= std::uint64_t{static_cast<unsigned char>(s[i])} << (8 * i);
  return v;
}

// The bucket of templates that a folded text of two or more bytes may open with.
inline std::size_t template_bucket(std::string_view s) {
  return (static_cast<unsigned char>(s[0]) * 31u + static_cast<unsigned char>(s[1])) & 1023u;
}

// Profile indices in code order (the order std::map gives the reference scorer), the stop word table, the
// templates by their first two bytes and the distinguishing letters of each profile.
struct Index {
  std::vector<std::size_t> by_code;
  std::vector<StopEntry> stop;  // Power-of-two size; empty words mark free slots.
  std::array<std::vector<TemplateRef>, 1024> templates;
  std::vector<TemplateRef> short_templates;  // Templates of one byte.
  std::vector<std::vector<std::pair<int, int>>> letters;  // (distinguishing index, letter_spread), in order.
  std::vector<std::uint64_t> letter_masks;  // Per profile: a bit per distinguishing index it lists (all when 64+).
  std::vector<std::uint64_t> letter_profiles;  // Per distinguishing index: a bit per profile (below 64) listing it.
  bool letters_fit = true;                  // True when every distinguishing index is below 64.

  // Returns the entry of a folded word, or nullptr.
  const StopEntry* find_stop(std::string_view w) const {
    std::size_t mask = stop.size() - 1;
    for (std::size_t i = hash_bytes(w) & mask;; i = (i + 1) & mask) {
      if (stop[i].word.empty()) return nullptr;
      if (stop[i].word == w) return &stop[i];
    }
  }
};

// The tables, built on first use.
const Index& lang_index();

// Returns the profiles (bit per index) with a template that the folded text opens with.
std::uint64_t template_profiles(std::string_view folded, const Index& idx);

// Decides the language from fast evidence and the document's prior (a language code or ""), asking CLD2 only
// when its largest possible say could change the winner; "und" when the text has no language.
std::string_view decide_language(const FastEvidence& ev, std::string_view prior_text);

}  // namespace qbank::internal
