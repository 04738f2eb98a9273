// The fast path of language detection: the same evidence as gather_evidence(), gathered in one pass over the
// UTF-8 text through the code point table, scored with flat tables, and CLD2 asked only when it could change
// the winner (its answers memoized). Texts outside the table (marks, invalid bytes...) go to the reference path.
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <limits>

#include "lang_fast_evidence.hpp"
#include "lang_scores.hpp"
#include "qbank/lang.hpp"

namespace qbank {
namespace {

constexpr double kSlack = 1e-9;  // Rounding allowance when proving that CLD2 cannot change the winner.
constexpr std::size_t kMaxProfiles = 32;  // Profiles beyond this many are never scored by the fast path.

// Hashes a short byte string (XXH3, low bits).
inline std::uint32_t hash_bytes(std::string_view s) { return static_cast<std::uint32_t>(XXH3_64bits(s.data(), s.size())); }


// A template and the profile that owns it.
struct TemplateRef {
  std::size_t profile;
  const std::string* text;
};

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

  // Returns the entry of a folded word, or nullptr.
  const StopEntry* find_stop(std::string_view w) const {
    std::size_t mask = stop.size() - 1;
    for (std::size_t i = hash_bytes(w) & mask;; i = (i + 1) & mask) {
      if (stop[i].word.empty()) return nullptr;
      if (stop[i].word == w) return &stop[i];
    }
  }
};

// Inserts or finds a stop word's entry.
StopEntry& stop_slot(std::vector<StopEntry>& table, std::string_view w) {
  std::size_t mask = table.size() - 1;
  std::size_t i = hash_bytes(w) & mask;
  while (!table[i].word.empty() && table[i].word != w) i = (i + 1) & mask;
  table[i].word = w;
  return table[i];
}

const Index& index() {
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
    for (std::size_t i = 0; i < profiles.size() && i < kMaxProfiles; ++i) {
      for (const auto& w : profiles[i].stop) {
        if (w.empty()) continue;
        StopEntry& e = stop_slot(out.stop, w);
        e.profiles |= 1u << i;
        e.weight = 1.0 / stop_word_spread(w);
      }
      for (const auto& t : profiles[i].templates) {
        if (t.size() >= 2) out.templates[template_bucket(t)].push_back({i, &t});
        else if (!t.empty()) out.short_templates.push_back({i, &t});
      }
      for (char32_t c : profiles[i].letters) {
        auto at = std::find(letters.begin(), letters.end(), c);
        out.letters[i].emplace_back(static_cast<int>(at - letters.begin()), letter_spread(c));
      }
    }
    return out;
  }();
  return idx;
}

// True when the folded text opens with the template, followed by a word boundary (as in lang.cpp).
inline bool opens_with(std::string_view text, const std::string& tmpl) {
  if (text.size() < tmpl.size() || text.compare(0, tmpl.size(), tmpl) != 0) return false;
  return text.size() == tmpl.size() || text[tmpl.size()] == ' ' || tmpl.back() == '\'' ||
         static_cast<unsigned char>(tmpl.back()) >= 0xE3;
}

// Returns the profiles (bit per index) with a template that the folded text opens with.
std::uint32_t template_profiles(std::string_view folded, const Index& idx) {
  std::uint32_t mask = 0;
  auto check = [&](const std::vector<TemplateRef>& refs) {
    for (const auto& r : refs)
      if (!(mask >> r.profile & 1u) && opens_with(folded, *r.text)) mask |= 1u << r.profile;
  };
  if (folded.size() >= 2) check(idx.templates[template_bucket(folded)]);
  check(idx.short_templates);
  return mask;
}

// The profiles of each script: a bit per profile index, and the indices in code order.
struct ScriptProfiles {
  std::uint32_t mask = 0;
  std::vector<std::size_t> by_code;
  std::vector<Code> codes;  // The codes of by_code.
};

const std::array<ScriptProfiles, 16>& script_profiles() {
  static const auto table = [] {
    std::array<ScriptProfiles, 16> out;
    const auto& profiles = language_profiles();
    for (std::size_t pi : index().by_code) {
      auto s = static_cast<std::size_t>(profiles[pi].script);
      if (s >= out.size()) continue;
      if (pi < kMaxProfiles) out[s].mask |= 1u << pi;
      out[s].by_code.push_back(pi);
      out[s].codes.emplace_back(profiles[pi].code);
    }
    return out;
  }();
  return table;
}

// Text scores (stop words, template, letters) of every profile of the script, summed in the reference's order.
void text_scores(const FastEvidence& ev, Script script, Scores& scores) {
  const Index& idx = index();
  const ScriptProfiles& sp = script_profiles()[static_cast<std::size_t>(script) & 15u];
  std::uint32_t in_script = sp.mask;
  double acc[kMaxProfiles];
  for (std::size_t pi : sp.by_code)
    if (pi < kMaxProfiles) acc[pi] = 0.0;
  for (const auto& w : ev.words) {
    if (w.script != script) continue;
    const StopEntry* e = w.stop_known ? w.stop : idx.find_stop(ev.word(w));
    if (e == nullptr) continue;
    for (std::uint32_t m = e->profiles & in_script; m != 0; m &= m - 1) acc[__builtin_ctz(m)] += e->weight;
  }
  std::uint32_t tmpl = template_profiles(ev.folded, idx) & in_script;
  for (std::size_t k = 0; k < sp.by_code.size(); ++k) {
    std::size_t pi = sp.by_code[k];
    double score = pi < kMaxProfiles ? acc[pi] : 0.0;
    if (tmpl >> pi & 1u) score += kTemplateWeight;
    if (ev.any_letter)
      for (const auto& [li, spread] : idx.letters[pi]) {
        int n = li < static_cast<int>(ev.letters.size()) ? ev.letters[static_cast<std::size_t>(li)] : 0;
        if (n > 0) score += kLetterWeight * n / spread;
      }
    scores.v[scores.n++] = {sp.codes[k], score};  // Visited in code order: the list stays sorted.
  }
}

// Adds the fallback and the prior as the reference does, after the evidence.
void add_defaults(Scores& s, Script script, const Code& prior) {
  std::string_view fallback = script_language(script);
  if (!fallback.empty()) s.at(Code(fallback)) += kDefaultWeight;
  if (!prior.text.empty() && s.has(prior)) s.at(prior) += kPriorWeight;
}

// CLD2's guess on the natural words of the evidence in the script (cld2_script_text), memoized per thread
// (lists repeat their questions, and their wording around the identifiers even more).
Cld2Guess cld2_memo(const FastEvidence& ev, Script script) {
  struct Slot {
    std::string key;
    Cld2Guess guess;
    bool used = false;
  };
  constexpr std::size_t kSlots = 1 << 12;
  thread_local std::vector<Slot> cache(kSlots);
  thread_local std::string all, natural;
  ev.natural(all);
  cld2_script_text(all, script, natural);
  Slot& slot = cache[hash_bytes(natural) & (kSlots - 1)];
  if (slot.used && slot.key == natural) return slot.guess;
  slot.guess = cld2_guess_valid(natural);
  slot.key = natural;
  slot.used = true;
  return slot.guess;
}

// Decides the language from the evidence, asking CLD2 only when its largest possible say could matter.
std::string_view decide(const FastEvidence& ev, std::string_view prior_text) {
  Script script = dominant_script(ev);
  if (script == Script::kNone || script == Script::kOtherLetter) return "und";
  bool cjk = script == Script::kHan || script == Script::kKana;  // Script alone decides CJK: no CLD2.
  thread_local std::string last_text, last_prior;  // Documents give every record the same prior.
  if (prior_text != last_text) {
    last_text.assign(prior_text);
    last_prior = normalize_prior(prior_text);
  }
  Code prior(last_prior);
  Scores text;
  text_scores(ev, script, text);
  double words = static_cast<double>(ev.words.size());
  double length = std::min(1.0, words / kCld2FullWords);
  double cld_max = !ev.has_natural() || cjk ? 0.0 : std::max(kCld2Reliable * length, kCld2Unreliable);
  Scores final_scores = text;
  add_defaults(final_scores, script, prior);
  double first = 0, other = 0;
  std::size_t best = best_of(final_scores, first, other);
  if (best == final_scores.n) return "und";
  // CLD2 adds at most cld_max to one language; a language without a profile can join only when CLD2 is
  // strong (enough words), and then it also gets the prior's weight when the prior names it.
  bool newcomer = words >= kCld2FullWords;
  double newcomer_max = cld_max + (!prior.text.empty() && !final_scores.has(prior) ? kPriorWeight : 0.0);
  bool settled = cld_max == 0.0 ||
                 (first - other > cld_max + kSlack && (!newcomer || first > newcomer_max + kSlack));
  if (settled) return final_scores.v[best].first.text;
  thread_local Cld2Guess cld;
  cld = cld2_memo(ev, script);
  Scores& with_cld = text;
  if (!cld.lang.empty()) {
    bool strong = cld.reliable && cld.percent >= 80 && words >= kCld2FullWords;
    Code lang(cld.lang);
    if (with_cld.has(lang) || strong)
      with_cld.at(lang) += cld.reliable ? kCld2Reliable * length * cld.percent / 100.0 : kCld2Unreliable;
  }
  add_defaults(with_cld, script, prior);
  best = best_of(with_cld, first, other);
  return best == with_cld.n ? "und" : with_cld.v[best].first.text;
}

// The number of slots of the per-thread cache of the reference path.
constexpr std::size_t kCacheSlots = 1 << 12;

}  // namespace

const StopEntry* find_stop_word(std::string_view folded_word) { return index().find_stop(folded_word); }

bool detect_language_fast(std::string_view text, std::string_view prior, std::string& lang) {
  thread_local FastEvidence ev;
  if (!gather_chunked_evidence(text, ev) && !gather_fast_evidence(text, ev)) return false;
  lang.assign(decide(ev, prior));
  return true;
}

std::string detect_language(std::string_view text, std::string_view prior) {
  std::string lang;
  if (detect_language_fast(text, prior, lang)) return lang;
  // A direct-mapped cache of recent texts that needed the reference path (lists repeat questions).
  struct Slot {
    std::string key;
    std::string lang;
  };
  thread_local std::vector<Slot> cache(kCacheSlots);
  thread_local std::string key;
  key.assign(prior).push_back('\x1f');
  key.append(text);
  Slot& slot = cache[hash_bytes(key) & (kCacheSlots - 1)];
  if (!slot.lang.empty() && slot.key == key) return slot.lang;
  lang = detect_language_detailed(text, prior).lang;
  slot.key = key;
  slot.lang = lang;
  return lang;
}

}  // namespace qbank
