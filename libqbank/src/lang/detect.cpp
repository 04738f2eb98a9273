// The fast path of language detection: the same evidence as gather_evidence(), gathered in one pass over the
// UTF-8 text through the code point table (or from memoized chunks), scored with flat tables (lang_decide.cpp).
// Texts outside the table (marks, invalid bytes...) go to the reference path.
#include <algorithm>
#include <array>

#include "lang/fast_index.hpp"
#include "lang/script_blocks.hpp"
#include "qbank/lang.hpp"

namespace qbank::internal {
namespace {

// Inserts or finds a stop word's entry.
StopEntry& stop_slot(std::vector<StopEntry>& table, std::string_view w) {
  std::size_t mask = table.size() - 1;
  std::size_t i = hash_bytes(w) & mask;
  while (!table[i].word.empty() && table[i].word != w) i = (i + 1) & mask;
  table[i].word = w;
  return table[i];
}

}  // namespace

const Index& lang_index() {
  static const Index idx = [] {
    Index out;
    const auto& profiles = language_profiles();
    const auto& letters = distinguishing_letters();
    for (std::size_t i = 0; i < profiles.size(); ++i) out.by_code.push_back(i);
    std::sort(out.by_code.begin(), out.by_code.end(),
              [&](std::size_t a, std::size_t b) { return profiles[a].code < profiles[b].code; });
    std::size_t words = 0;
    for (const auto& p : profiles) words += p.stop.size();
    std::size_t size = 64;
    while (size < words * 2) size *= 2;
    out.stop.resize(size);
    out.letters.resize(profiles.size());
    out.letter_masks.assign(profiles.size(), 0);
    out.letter_profiles.assign(letters.size(), 0);
    out.letters_fit = letters.size() <= 64;
    for (std::size_t i = 0; i < profiles.size() && i < kMaxProfiles; ++i) {
      for (const auto& w : profiles[i].stop) {
        if (w.empty()) continue;
        StopEntry& e = stop_slot(out.stop, w);
        e.profiles |= std::uint64_t{1} << i;
        e.weight = 1.0 / stop_word_spread(w);
      }
      for (const auto& t : profiles[i].templates) {
        std::uint64_t head = head_bytes(t), mask = head_bytes(std::string(std::min<std::size_t>(t.size(), 8), '\xFF'));
        if (t.size() >= 2) out.templates[template_bucket(t)].push_back({i, &t, head, mask});
        else if (!t.empty()) out.short_templates.push_back({i, &t, head, mask});
      }
      for (char32_t c : profiles[i].letters) {
        auto at = std::find(letters.begin(), letters.end(), c);
        auto li = static_cast<int>(at - letters.begin());
        out.letters[i].emplace_back(li, letter_spread(c));
        out.letter_masks[i] |= li < 64 ? std::uint64_t{1} << li : ~std::uint64_t{0};
        if (li >= 0 && static_cast<std::size_t>(li) < letters.size()) out.letter_profiles[static_cast<std::size_t>(li)] |= std::uint64_t{1} << i;
      }
    }
    return out;
  }();
  return idx;
}


std::uint64_t template_profiles(std::string_view folded, const Index& idx) {
  std::uint64_t mask = 0;
  std::uint64_t head = head_bytes(folded);  // Rules out most templates without comparing their text.
  auto check = [&](const std::vector<TemplateRef>& refs) {
    for (const auto& r : refs)
      if ((head & r.head_mask) == r.head && !(mask >> r.profile & 1u) && opens_with(folded, *r.text))
        mask |= std::uint64_t{1} << r.profile;
  };
  if (folded.size() >= 2) check(idx.templates[template_bucket(folded)]);
  check(idx.short_templates);
  return mask;
}

namespace {

// The number of slots of the per-thread cache of the reference path.
constexpr std::size_t kCacheSlots = 1 << 12;

}  // namespace

const StopEntry* find_stop_word(std::string_view folded_word) { return lang_index().find_stop(folded_word); }

bool detect_language_fast(std::string_view text, std::string_view prior, std::string& lang) {
  thread_local FastEvidence ev;
  if (!gather_chunked_evidence(text, ev) && !gather_fast_evidence(text, ev)) return false;
  lang.assign(decide_language(ev, prior));
  return true;
}

}  // namespace qbank::internal

namespace qbank {

std::string detect_language(std::string_view text, std::string_view prior) {
  text = internal::detection_prefix(text);
  std::string lang;
  if (internal::detect_language_fast(text, prior, lang)) {
    if (lang == "und")
      if (std::string_view own = internal::block_language(text); !own.empty()) lang.assign(own);
    return lang;
  }
  // A direct-mapped cache of recent texts that needed the reference path (lists repeat questions).
  struct Slot {
    std::string key;
    std::string lang;
  };
  thread_local std::vector<Slot> cache(internal::kCacheSlots);
  thread_local std::string key;
  key.assign(prior).push_back('\x1f');
  key.append(text);
  Slot& slot = cache[internal::hash_bytes(key) & (internal::kCacheSlots - 1)];
  if (!slot.lang.empty() && slot.key == key) return slot.lang;
  lang = detect_language_detailed(text, prior).lang;
  slot.key = key;
  slot.lang = lang;
  return lang;
}

}  // namespace qbank

namespace qbank::internal {

}  // namespace qbank::internal