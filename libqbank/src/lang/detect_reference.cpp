// Language identification: the dominant script, then stop words, question templates, distinguishing
// letters, CLD2 and the prior, weighed together for the languages written in that script.
#include "qbank/lang.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <utility>

#include "lang/lang_internal.hpp"
#include "lang/script_blocks.hpp"

namespace qbank::internal {

std::string_view script_language(Script s) {
  switch (s) {
    case Script::kGreek: return "el";
    case Script::kArmenian: return "hy";
    case Script::kHebrew: return "he";
    case Script::kArabic: return "ar";
    case Script::kDevanagari: return "hi";
    case Script::kBengali: return "bn";
    case Script::kTamil: return "ta";
    case Script::kThai: return "th";
    case Script::kGeorgian: return "ka";
    case Script::kHangul: return "ko";
    case Script::kKana: return "ja";
    case Script::kHan: return "zh";
    case Script::kLatin: return "en";
    case Script::kCyrillic: return "ru";
    default: return "";
  }
}

std::string normalize_prior(std::string_view prior) {
  std::string p;
  for (char c : prior.substr(0, prior.find_first_of("-_")))
    p.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  return p.size() == 2 && p != "un" ? p : "";
}

namespace {

// Scores the function words of the text (stop words, template) for one language.
double frame_score(const TextEvidence& ev, const LanguageProfile& p) {
  double score = 0;
  for (const auto& w : ev.words)
    if (w.script == p.script && p.stop.count(w.folded) > 0) score += 1.0 / stop_word_spread(w.folded);
  for (const auto& t : p.templates)
    if (opens_with(ev.folded, t)) {
      score += kTemplateWeight;
      break;
    }
  return score;
}

// Scores the text evidence (stop words, template, letters) for one language.
double text_score(const TextEvidence& ev, const LanguageProfile& p) {
  double score = frame_score(ev, p);
  for (char32_t c : p.letters) {
    auto it = ev.letters.find(c);
    if (it != ev.letters.end()) score += kLetterWeight * it->second / letter_spread(c);
  }
  return score;
}

// Scores the candidate languages of the script on the text's own evidence: stop words, template,
// letters and CLD2 (whose weight grows with the number of words up to kCld2FullWords).
std::map<std::string, double> evidence_scores(const TextEvidence& ev, Script script, const Cld2Guess& cld) {
  std::map<std::string, double> scores;
  for (const auto& p : language_profiles())
    if (p.script == script) scores[p.code] = text_score(ev, p);
  if (!cld.lang.empty()) {
    double words = static_cast<double>(ev.words.size());
    double length = std::min(1.0, words / kCld2FullWords);
    bool strong = cld.reliable && cld.percent >= 80 && words >= kCld2FullWords;
    // The guessed language's alphabet holds the text's letters, and CLD2's default answer has the function words.
    const LanguageProfile* guessed = find_profile(cld.lang);
    bool writable = true;
    if (guessed != nullptr && guessed->script == script) {
      for (const auto& [c, n] : ev.letters) writable = writable && !alphabet_lacks(*guessed, c);
      double own = frame_score(ev, *guessed);
      if (cld.lang == kCld2Default)
        for (const auto& p : language_profiles())
          if (p.script == script) writable = writable && own + 1e-9 >= frame_score(ev, p);
    }
    if (writable && (scores.count(cld.lang) > 0 || strong))
      scores[cld.lang] += cld.reliable ? kCld2Reliable * length * cld.percent / 100.0 : kCld2Unreliable;
  }
  return scores;
}

// Returns the best and the runner-up score of a score map (0 when missing), and the best language.
std::pair<std::string, std::pair<double, double>> top_two(const std::map<std::string, double>& scores) {
  std::string best;
  double first = 0, second = 0;
  for (const auto& [lang, score] : scores) {  // Ordered by code, so ties resolve the same way every time.
    if (best.empty() || score > first) {
      second = best.empty() ? second : first;
      first = score;
      best = lang;
    } else if (score > second) {
      second = score;
    }
  }
  return {best, {first, second}};
}

}  // namespace

}  // namespace qbank::internal

namespace qbank {

LanguageGuess detect_language_detailed(std::string_view text, std::string_view prior) {
  text = internal::detection_prefix(text);
  LanguageGuess g;
  internal::TextEvidence ev = internal::gather_evidence(text);
  std::string fallback, p = internal::normalize_prior(prior);
  if (ev.natural.empty() && !p.empty()) {  // Numbers, acronyms, code: the document's language.
    g.lang = p;
    return g;
  }
  internal::Script script = dominant_script(ev);
  g.script = std::string(internal::script_name(script));
  if (script == internal::Script::kNone || script == internal::Script::kOtherLetter) {
    if (std::string_view own = internal::block_language(text); !own.empty()) g.lang = std::string(own);
    return g;
  }
  bool cjk = script == internal::Script::kHan || script == internal::Script::kKana;  // Script alone decides CJK: no CLD2.
  internal::Cld2Guess cld;
  if (!ev.natural.empty() && !cjk) {
    std::string asked;
    cld2_script_text(ev.natural, script, asked);
    cld = internal::cld2_guess(asked);
  }
  std::map<std::string, double> evidence = internal::evidence_scores(ev, script, cld);
  auto [text_best, text_scores] = internal::top_two(evidence);
  std::map<std::string, double> scores = evidence;
  fallback = internal::script_language(script);
  if (!fallback.empty()) scores[fallback] += internal::kDefaultWeight;
  if (!p.empty() && scores.count(p) > 0) scores[p] += internal::kPriorWeight;
  auto [best, top] = internal::top_two(scores);
  if (best.empty()) return g;
  g.lang = best;
  g.score = top.first;
  g.margin = top.first - top.second;
  // Reliable: the text alone picks the same language, clearly ahead (or its script has one language).
  bool single = evidence.size() <= 1 && !ev.words.empty();
  g.reliable = single || (text_best == best && text_scores.first - text_scores.second >= internal::kPriorWeight);
  return g;
}

}  // namespace qbank

