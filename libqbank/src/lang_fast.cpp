// The fast path of language detection: the same evidence as gather_evidence(), gathered in one pass over the
// UTF-8 text through the code point table, scored with flat arrays, and CLD2 asked only when it could change
// the winner. Texts outside the table (CJK, marks, invalid bytes...) go to the reference path.
#include <algorithm>
#include <array>
#include <limits>
#include <unordered_map>

#include "lang_internal.hpp"
#include "qbank/lang.hpp"

namespace qbank {
namespace {

constexpr double kSlack = 1e-9;  // Rounding allowance when proving that CLD2 cannot change the winner.

// A stop word's profiles (bit per profile index) and its weight 1 / spread.
struct StopEntry {
  std::uint32_t profiles = 0;
  double weight = 0;
};

// A profile's data arranged for scoring: templates by first byte, letters with their table index and spread.
struct ProfileIndex {
  std::array<std::vector<const std::string*>, 256> templates;  // Longest first within a bucket, as in the profile.
  std::vector<std::pair<int, int>> letters;                   // (distinguishing index, letter_spread), in order.
};

// Profile indices in code order (the order std::map gives the reference scorer), the stop word index and
// the per-profile scoring data.
struct Index {
  std::vector<std::size_t> by_code;
  std::unordered_map<std::string_view, StopEntry> stop;
  std::vector<ProfileIndex> profiles;
};

const Index& index() {
  static const Index idx = [] {
    Index out;
    const auto& profiles = language_profiles();
    const auto& letters = distinguishing_letters();
    for (std::size_t i = 0; i < profiles.size(); ++i) out.by_code.push_back(i);
    std::sort(out.by_code.begin(), out.by_code.end(),
              [&](std::size_t a, std::size_t b) { return profiles[a].code < profiles[b].code; });
    out.profiles.resize(profiles.size());
    for (std::size_t i = 0; i < profiles.size() && i < 32; ++i) {
      for (const auto& w : profiles[i].stop) {
        StopEntry& e = out.stop[w];
        e.profiles |= 1u << i;
        e.weight = 1.0 / stop_word_spread(w);
      }
      for (const auto& t : profiles[i].templates)
        if (!t.empty()) out.profiles[i].templates[static_cast<unsigned char>(t[0])].push_back(&t);
      for (char32_t c : profiles[i].letters) {
        auto at = std::find(letters.begin(), letters.end(), c);
        out.profiles[i].letters.emplace_back(static_cast<int>(at - letters.begin()), letter_spread(c));
      }
    }
    return out;
  }();
  return idx;
}

// True when the folded text opens with the template, followed by a word boundary (as in lang.cpp).
bool opens_with(std::string_view text, const std::string& tmpl) {
  if (tmpl.empty() || text.substr(0, tmpl.size()) != tmpl) return false;
  return text.size() == tmpl.size() || text[tmpl.size()] == ' ' || tmpl.back() == '\'' ||
         static_cast<unsigned char>(tmpl.back()) >= 0xE3;
}

// Scores of the candidate languages, kept sorted by code like the reference's std::map (no allocation).
struct Scores {
  std::array<std::pair<std::string_view, double>, 32> v;
  std::size_t n = 0;

  double& at(std::string_view code) {
    std::size_t i = 0;
    while (i < n && v[i].first < code) ++i;
    if (i < n && v[i].first == code) return v[i].second;
    if (n == v.size()) return v[n - 1].second;  // Never reached: fewer languages than slots.
    for (std::size_t k = n; k > i; --k) v[k] = v[k - 1];
    v[i] = {code, 0.0};
    ++n;
    return v[i].second;
  }
  bool has(std::string_view code) const {
    for (std::size_t i = 0; i < n; ++i)
      if (v[i].first == code) return true;
    return false;
  }
};

// The reference's top_two: the first strictly best entry in code order, its score and the best other score.
std::size_t best_of(const Scores& s, double& first, double& other) {
  std::size_t best = s.n;
  first = 0;
  other = -std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i < s.n; ++i) {
    if (best == s.n || s.v[i].second > first) {
      if (best != s.n) other = std::max(other, first);
      first = s.v[i].second;
      best = i;
    } else {
      other = std::max(other, s.v[i].second);
    }
  }
  return best;
}

// Text scores (stop words, template, letters) of every profile of the script, summed in the reference's order.
void text_scores(const FastEvidence& ev, Script script, Scores& scores) {
  const auto& profiles = language_profiles();
  const Index& idx = index();
  thread_local std::vector<const StopEntry*> stops;
  stops.clear();
  for (const auto& w : ev.words) {
    auto it = idx.stop.find(ev.word(w));
    stops.push_back(it == idx.stop.end() ? nullptr : &it->second);
  }
  unsigned char first = ev.folded.empty() ? 0 : static_cast<unsigned char>(ev.folded[0]);
  for (std::size_t pi : idx.by_code) {
    const LanguageProfile& p = profiles[pi];
    if (p.script != script) continue;
    const ProfileIndex& px = idx.profiles[pi];
    double score = 0;
    for (std::size_t k = 0; k < ev.words.size(); ++k)
      if (ev.words[k].script == p.script && stops[k] != nullptr && pi < 32 && (stops[k]->profiles >> pi & 1u))
        score += stops[k]->weight;
    for (const std::string* t : px.templates[first])
      if (opens_with(ev.folded, *t)) {
        score += kTemplateWeight;
        break;
      }
    for (const auto& [li, spread] : px.letters) {
      int n = li < static_cast<int>(ev.letters.size()) ? ev.letters[static_cast<std::size_t>(li)] : 0;
      if (n > 0) score += kLetterWeight * n / spread;
    }
    scores.at(p.code) = score;
  }
}

// Adds the fallback and the prior as the reference does, after the evidence.
void add_defaults(Scores& s, Script script, const std::string& prior) {
  std::string_view fallback = script_language(script);
  if (!fallback.empty()) s.at(fallback) += kDefaultWeight;
  if (!prior.empty() && s.has(prior)) s.at(prior) += kPriorWeight;
}

// Decides the language from the evidence, asking CLD2 only when its largest possible say could matter.
std::string decide(const FastEvidence& ev, std::string_view prior_text) {
  Script script = dominant_script(ev);
  if (script == Script::kNone || script == Script::kOtherLetter) return "und";
  bool cjk = script == Script::kHan || script == Script::kKana;  // Script alone decides CJK: no CLD2.
  std::string prior = normalize_prior(prior_text);
  Scores text;
  text_scores(ev, script, text);
  double words = static_cast<double>(ev.words.size());
  double length = std::min(1.0, words / kCld2FullWords);
  double cld_max = ev.natural.empty() || cjk ? 0.0 : std::max(kCld2Reliable * length, kCld2Unreliable);
  Scores final_scores = text;
  add_defaults(final_scores, script, prior);
  double first = 0, other = 0;
  std::size_t best = best_of(final_scores, first, other);
  if (best == final_scores.n) return "und";
  // CLD2 adds at most cld_max to one language; a language without a profile can join only when CLD2 is
  // strong (enough words), and then it also gets the prior's weight when the prior names it.
  bool newcomer = words >= kCld2FullWords;
  double newcomer_max = cld_max + (!prior.empty() && !final_scores.has(prior) ? kPriorWeight : 0.0);
  bool settled = cld_max == 0.0 ||
                 (first - other > cld_max + kSlack && (!newcomer || first > newcomer_max + kSlack));
  if (settled) return std::string(final_scores.v[best].first);
  Cld2Guess cld = cld2_guess(ev.natural);
  Scores with_cld = text;
  if (!cld.lang.empty()) {
    bool strong = cld.reliable && cld.percent >= 80 && words >= kCld2FullWords;
    if (with_cld.has(cld.lang) || strong)
      with_cld.at(cld.lang) += cld.reliable ? kCld2Reliable * length * cld.percent / 100.0 : kCld2Unreliable;
  }
  add_defaults(with_cld, script, prior);
  best = best_of(with_cld, first, other);
  return best == with_cld.n ? "und" : std::string(with_cld.v[best].first);
}

// The number of slots of the per-thread cache of detect_language.
constexpr std::size_t kCacheSlots = 1 << 14;

}  // namespace

bool detect_language_fast(std::string_view text, std::string_view prior, std::string& lang) {
  thread_local FastEvidence ev;
  if (!gather_fast_evidence(text, ev)) return false;
  lang = decide(ev, prior);
  return true;
}

std::string detect_language(std::string_view text, std::string_view prior) {
  // A direct-mapped cache of recent texts (lists repeat questions across sections and files).
  struct Slot {
    std::string key;
    std::string lang;
  };
  thread_local std::vector<Slot> cache(kCacheSlots);
  thread_local std::string key;
  key.assign(prior).push_back('\x1f');
  key.append(text);
  Slot& slot = cache[std::hash<std::string_view>()(key) % kCacheSlots];
  if (!slot.lang.empty() && slot.key == key) return slot.lang;
  std::string lang;
  if (!detect_language_fast(text, prior, lang)) lang = detect_language_detailed(text, prior).lang;
  slot.key = key;
  slot.lang = lang;
  return lang;
}

}  // namespace qbank
