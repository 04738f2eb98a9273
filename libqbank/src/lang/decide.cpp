// The fast detector's decision: text scores from the flat tables, the script's default language and the
// document's prior added as the reference does, and CLD2 asked (memoized) only when it could change the winner.
#include <algorithm>
#include <array>
#include <limits>

#include "lang/fast_index.hpp"
#include "lang/scores.hpp"
#include "qbank/lang.hpp"

namespace qbank::internal {
namespace {

constexpr double kSlack = 1e-9;  // Rounding allowance when proving that CLD2 cannot change the winner.

// The profiles of each script: a bit per profile index, and the indices in code order.
struct ScriptProfiles {
  std::uint64_t mask = 0;
  std::vector<std::size_t> by_code;
  std::vector<Code> codes;  // The codes of by_code.
  int fallback = -1;        // The index in codes of the script's default language, -1 when it has no profile.
  std::array<std::uint8_t, kMaxProfiles> at{};  // The index in codes of each profile index of mask.
  std::uint64_t unmasked = 0;  // A bit per index in codes whose profile index is kMaxProfiles or more.
};

const std::array<ScriptProfiles, 16>& script_profiles() {
  static const auto table = [] {
    std::array<ScriptProfiles, 16> out;
    const auto& profiles = language_profiles();
    for (std::size_t pi : lang_index().by_code) {
      auto s = static_cast<std::size_t>(profiles[pi].script);
      if (s >= out.size()) continue;
      std::size_t k = out[s].codes.size();
      if (pi < kMaxProfiles) {
        out[s].mask |= std::uint64_t{1} << pi;
        out[s].at[pi] = static_cast<std::uint8_t>(k);
      } else if (k < 64) {
        out[s].unmasked |= std::uint64_t{1} << k;
      }
      out[s].by_code.push_back(pi);
      out[s].codes.emplace_back(profiles[pi].code);
      if (profiles[pi].code == script_language(profiles[pi].script))
        out[s].fallback = static_cast<int>(out[s].codes.size()) - 1;
    }
    return out;
  }();
  return table;
}

// Text scores (stop words, template, letters) of every profile of the script, summed in the reference's order;
// frames gets the stop-word and template part of each.
// One score per entry of sp.codes, in that order, into scores; returns a bit per entry that may be other than
// zero (the profiles with a stop word, the template or a letter of the text), and writes only those entries
// (the others are zero; zero_unscored writes them). Scripts of more than 64 profiles get every bit.
std::uint64_t text_scores(const FastEvidence& ev, const ScriptProfiles& sp, Script script, double* scores,
                          double* frames) {
  const Index& idx = lang_index();
  std::uint64_t in_script = sp.mask;
  std::uint64_t stopped = 0;  // The profiles a stop word of the text scored; acc holds their sums.
  double acc[kMaxProfiles];
  for (const auto& w : ev.words) {
    if (w.script != script) continue;
    const StopEntry* e = w.stop_known ? w.stop : idx.find_stop(ev.word(w));
    if (e == nullptr) continue;
    for (std::uint64_t m = e->profiles & in_script; m != 0; m &= m - 1) {
      auto pi = static_cast<unsigned>(__builtin_ctzll(m));
      if (!(stopped >> pi & 1u)) acc[pi] = 0.0;
      stopped |= std::uint64_t{1} << pi;
      acc[pi] += e->weight;
    }
  }
  std::uint64_t tmpl = template_profiles(ev.folded, idx) & in_script;
  std::uint64_t letters = 0;  // A bit per distinguishing index the text holds (all bits when they do not fit).
  std::uint64_t lettered = 0;  // The profiles listing one of them.
  if (ev.any_letter && idx.letters_fit) {
    for (std::size_t li = 0; li < ev.letters.size() && li < 64; ++li) letters |= std::uint64_t{ev.letters[li] != 0} << li;
    for (std::uint64_t m = letters; m != 0; m &= m - 1) lettered |= idx.letter_profiles[__builtin_ctzll(m)];
  } else if (ev.any_letter) {
    letters = ~std::uint64_t{0};
    lettered = in_script;
  }
  std::size_t n = sp.by_code.size();
  std::uint64_t live = sp.unmasked;  // Entries to score: by index in codes.
  for (std::uint64_t m = (stopped | tmpl | lettered) & in_script; m != 0; m &= m - 1)
    live |= std::uint64_t{1} << sp.at[static_cast<std::size_t>(__builtin_ctzll(m))];
  if (n > 64) live = ~std::uint64_t{0};
  auto score_of = [&](std::size_t k) {
    std::size_t pi = sp.by_code[k];
    double score = pi < kMaxProfiles && (stopped >> pi & 1u) ? acc[pi] : 0.0;
    if (pi < kMaxProfiles && (tmpl >> pi & 1u)) score += kTemplateWeight;
    frames[k] = score;
    if (idx.letter_masks[pi] & letters)  // Only profiles listing one of the text's letters.
      for (const auto& [li, spread] : idx.letters[pi]) {
        int c = li < static_cast<int>(ev.letters.size()) ? ev.letters[static_cast<std::size_t>(li)] : 0;
        if (c > 0) score += kLetterWeight * c / spread;
      }
    scores[k] = score;
  };
  if (n > 64) {
    for (std::size_t k = 0; k < n; ++k) score_of(k);
  } else {
    for (std::uint64_t m = live; m != 0; m &= m - 1) score_of(static_cast<std::size_t>(__builtin_ctzll(m)));  // Others stay zero.
  }
  return live;
}

// Zeroes the scores and frames of the entries text_scores left unwritten (those not in live).
void zero_unscored(const ScriptProfiles& sp, std::uint64_t live, double* scores, double* frames) {
  std::size_t n = sp.by_code.size();
  if (n > 64) return;  // text_scores wrote every entry.
  for (std::size_t k = 0; k < n; ++k)
    if (!(live >> k & 1u)) scores[k] = frames[k] = 0.0;
}

// The text scores as a Scores list (sp.codes is in code order, so the list is sorted).
Scores to_scores(const ScriptProfiles& sp, const double* text) {
  Scores s;
  for (std::size_t k = 0; k < sp.codes.size(); ++k) s.v[s.n++] = {sp.codes[k], text[k]};
  return s;
}

// The index in sp.codes of the prior, or -1 (the last answer is kept: documents give every record one prior).
int prior_index(const ScriptProfiles& sp, const Code& prior) {
  if (prior.text.empty()) return -1;
  thread_local const ScriptProfiles* last_sp = nullptr;
  thread_local std::string last_prior;
  thread_local int last = -1;
  if (&sp == last_sp && prior.text == last_prior) return last;
  last = -1;
  for (std::size_t k = 0; k < sp.codes.size() && last < 0; ++k)
    if (sp.codes[k] == prior) last = static_cast<int>(k);
  last_sp = &sp;
  last_prior.assign(prior.text);
  return last;
}

// Adds the fallback and the prior as the reference does, after the evidence.
void add_defaults(Scores& s, Script script, const Code& prior) {
  std::string_view fallback = script_language(script);
  if (!fallback.empty()) s.at(Code(fallback)) += kDefaultWeight;
  if (!prior.text.empty() && s.has(prior)) s.at(prior) += kPriorWeight;
}

// The index of no entry of sp.codes.
constexpr std::size_t kNoEntry = ~std::size_t{0};

// best_index over the text scores of a script whose default language has a profile, with bonus added to entry
// kc (CLD2's, or kNoEntry), then the default weight to the fallback and the prior's to entry pk (or kNoEntry), in
// the order the reference adds them; returns the winner's index or kNoEntry. One pass over the entries that can
// matter: those with evidence, the fallback, kc, pk and the first two zeros (a later zero only raises other to
// zero, which the second already did).
std::size_t flat_winner(const ScriptProfiles& sp, const double* text, std::uint64_t live, std::size_t pk,
                        std::size_t kc, double bonus, double& first, double& other) {
  std::size_t n = std::min(sp.codes.size(), kMaxCandidates);
  auto fb = static_cast<std::size_t>(sp.fallback);
  std::uint64_t all = n >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << n) - 1;
  std::uint64_t visit = live | std::uint64_t{1} << fb | (pk < n ? std::uint64_t{1} << pk : 0) |
                        (kc < n ? std::uint64_t{1} << kc : 0);
  std::uint64_t zeros = all & ~visit;
  visit |= zeros & (0 - zeros);
  zeros &= zeros - 1;
  visit = (visit | (zeros & (0 - zeros))) & all;
  std::size_t best = kNoEntry;
  first = 0;
  other = -std::numeric_limits<double>::infinity();
  for (std::uint64_t m = visit; m != 0; m &= m - 1) {
    auto k = static_cast<std::size_t>(__builtin_ctzll(m));
    double v = live >> k & 1u ? text[k] : 0.0;  // Entries without evidence were left unwritten.
    if (k == kc) v += bonus;
    if (k == fb) v += kDefaultWeight;
    if (k == pk) v += kPriorWeight;
    if (best == kNoEntry || v > first) {
      if (best != kNoEntry) other = std::max(other, first);
      first = v;
      best = k;
    } else {
      other = std::max(other, v);
    }
  }
  return best;
}

// The winner with the fallback and the prior added, as add_defaults and best_of give it; first and other
// get the best and the best other score, and listed tells whether the prior is among the candidates.
std::string_view winner_with_defaults(const ScriptProfiles& sp, const double* text, std::uint64_t live, Script script,
                                      const Code& prior, double& first, double& other, bool& listed) {
  if (sp.fallback < 0) {  // The default language joins the candidates: the general path (text fully written).
    Scores final_scores = to_scores(sp, text);
    add_defaults(final_scores, script, prior);
    std::size_t best = best_of(final_scores, first, other);
    listed = final_scores.has(prior);
    return best == final_scores.n ? std::string_view() : final_scores.v[best].first.text;
  }
  auto pk = static_cast<std::size_t>(prior_index(sp, prior));  // npos-like when there is none.
  listed = pk < std::min(sp.codes.size(), kMaxCandidates);
  std::size_t best = flat_winner(sp, text, live, pk, kNoEntry, 0.0, first, other);
  return best == kNoEntry ? std::string_view() : sp.codes[best].text;
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
  thread_local std::string natural;  // cld2_script_text over the natural words, which hold no spaces.
  natural.clear();
  for (const auto& [b, e] : ev.natural_words) {
    std::string_view word = ev.source.substr(b, e - b);
    if (is_foreign_word(word, script)) continue;
    if (!natural.empty()) natural.push_back(' ');
    natural.append(word);
  }
  Slot& slot = cache[hash_bytes(natural) & (kSlots - 1)];
  if (slot.used && slot.key == natural) return slot.guess;
  slot.guess = cld2_guess_valid(natural);
  slot.key = natural;
  slot.used = true;
  return slot.guess;
}

// True when the profile's alphabet lacks one of the distinguishing letters the evidence holds (alphabet_lacks).
bool lacks_text_letter(const FastEvidence& ev, std::size_t profile) {
  static const std::vector<std::vector<std::size_t>> lacks = [] {  // Per profile: the indices it lacks.
    const auto& profiles = language_profiles();
    const auto& letters = distinguishing_letters();
    std::vector<std::vector<std::size_t>> out(profiles.size());
    for (std::size_t pi = 0; pi < profiles.size(); ++pi)
      for (std::size_t li = 0; li < letters.size(); ++li)
        if (alphabet_lacks(profiles[pi], letters[li])) out[pi].push_back(li);
    return out;
  }();
  if (!ev.any_letter) return false;
  for (std::size_t li : lacks[profile])
    if (li < ev.letters.size() && ev.letters[li] != 0) return true;
  return false;
}

// The script dominant_script() gives when every word with letters is of one alphabetic script (not Han, kana
// or a script without profiles), read from word_scripts; kNone when that does not hold or is not known.
Script one_script(const FastEvidence& ev) {
  constexpr std::uint32_t kNoneBit = 1u << static_cast<unsigned>(Script::kNone);
  constexpr std::uint32_t kMixedBits = 1u << static_cast<unsigned>(Script::kHan) |
                                       1u << static_cast<unsigned>(Script::kKana) |
                                       1u << static_cast<unsigned>(Script::kOtherLetter);
  std::uint32_t m = ev.word_scripts & ~kNoneBit;
  if (!ev.scripts_known || m == 0 || (m & (m - 1)) != 0 || (m & kMixedBits) != 0) return Script::kNone;
  return static_cast<Script>(__builtin_ctz(m));
}

// Decides the language from the evidence, asking CLD2 only when its largest possible say could matter.
std::string_view decide(const FastEvidence& ev, std::string_view prior_text) {
  thread_local std::string last_text, last_prior;  // Documents give every record the same prior.
  if (prior_text != last_text) {
    last_text.assign(prior_text);
    last_prior = normalize_prior(prior_text);
  }
  if (!ev.has_natural() && !last_prior.empty()) return last_prior;  // Numbers, acronyms, code: the document's.
  Script script = one_script(ev);
  if (script == Script::kNone) script = dominant_script(ev);
  if (script == Script::kNone || script == Script::kOtherLetter) return "und";
  bool cjk = script == Script::kHan || script == Script::kKana;  // Script alone decides CJK: no CLD2.
  Code prior(last_prior);
  const ScriptProfiles& sp = script_profiles()[static_cast<std::size_t>(script) & 15u];
  double text[kMaxCandidates];
  double frames[kMaxCandidates];
  std::uint64_t live = text_scores(ev, sp, script, text, frames);
  if (sp.fallback < 0) zero_unscored(sp, live, text, frames);
  double words = static_cast<double>(ev.words.size());
  double length = std::min(1.0, words / kCld2FullWords);
  double cld_max = !ev.has_natural() || cjk ? 0.0 : std::max(kCld2Reliable * length, kCld2Unreliable);
  double first = 0, other = 0;
  bool listed = false;
  std::string_view winner = winner_with_defaults(sp, text, live, script, prior, first, other, listed);
  if (winner.empty()) return "und";
  // CLD2 adds at most cld_max to one language; a language without a profile can join only when CLD2 is
  // strong (enough words), and then it also gets the prior's weight when the prior names it.
  bool newcomer = words >= kCld2FullWords;
  double newcomer_max = cld_max + (!prior.text.empty() && !listed ? kPriorWeight : 0.0);
  bool settled = cld_max == 0.0 ||
                 (first - other > cld_max + kSlack && (!newcomer || first > newcomer_max + kSlack));
  if (settled) return winner;
  if (sp.fallback >= 0) zero_unscored(sp, live, text, frames);
  thread_local Cld2Guess cld;
  cld = cld2_memo(ev, script);
  bool add = false;          // True when CLD2's language gets its weight.
  std::size_t kc = kNoEntry;  // Its index in sp.codes.
  double bonus = 0;
  if (!cld.lang.empty()) {
    bool strong = cld.reliable && cld.percent >= 80 && words >= kCld2FullWords;
    Code lang(cld.lang);
    // The guessed language's alphabet holds the text's letters, and CLD2's default answer has the function words.
    bool writable = true;
    double top_frame = 0;
    for (std::size_t k = 0; k < sp.codes.size(); ++k) top_frame = std::max(top_frame, frames[k]);
    for (std::size_t k = 0; k < sp.codes.size(); ++k)
      if (sp.codes[k] == lang) {
        kc = k;
        writable = !lacks_text_letter(ev, sp.by_code[k]) &&
                   (cld.lang != kCld2Default || frames[k] + kSlack >= top_frame);
        break;
      }
    add = writable && (kc != kNoEntry || strong);
    bonus = cld.reliable ? kCld2Reliable * length * cld.percent / 100.0 : kCld2Unreliable;
  }
  if (sp.fallback >= 0 && (!add || kc != kNoEntry)) {  // No newcomer: the flat scores serve.
    std::size_t best = flat_winner(sp, text, live, static_cast<std::size_t>(prior_index(sp, prior)), add ? kc : kNoEntry, bonus, first, other);
    return best == kNoEntry ? "und" : sp.codes[best].text;
  }
  Scores with_cld = to_scores(sp, text);
  if (add) with_cld.at(Code(cld.lang)) += bonus;
  add_defaults(with_cld, script, prior);
  std::size_t best = best_of(with_cld, first, other);
  return best == with_cld.n ? "und" : with_cld.v[best].first.text;
}

}  // namespace

std::string_view decide_language(const FastEvidence& ev, std::string_view prior_text) { return decide(ev, prior_text); }

}  // namespace qbank::internal
