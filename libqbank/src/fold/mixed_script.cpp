// Repair of words that mix Latin and Cyrillic look-alike letters ("Cоздается" with a Latin C).
#include <optional>

#include "fold/fold_internal.hpp"
#include "qbank/fold.hpp"
#include "base/utf8.hpp"

namespace qbank::internal {
namespace {

// Latin and Cyrillic counts: letters of one word, or words of a text.
struct WordMix {
  std::size_t latin = 0;
  std::size_t cyrillic = 0;
};

// True for code points that continue a word: letters of any script and combining marks.
bool in_word(char32_t c) { return script_of(c) != Script::kNone || is_mark(c); }

// Counts the Latin and Cyrillic letters of cps[b, e).
WordMix count_mix(const std::u32string& cps, std::size_t b, std::size_t e) {
  WordMix m;
  for (std::size_t k = b; k < e; ++k) {
    Script s = script_of(cps[k]);
    if (s == Script::kLatin) ++m.latin;
    else if (s == Script::kCyrillic) ++m.cyrillic;
  }
  return m;
}

// Counts the words of the text by their majority script (Latin or Cyrillic), a measure that repairs
// never change, so folding stays idempotent. Tie words count for neither script.
WordMix count_context(const std::u32string& cps) {
  WordMix ctx;
  std::size_t i = 0;
  while (i < cps.size()) {
    if (!in_word(cps[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < cps.size() && in_word(cps[j])) ++j;
    WordMix m = count_mix(cps, i, j);
    if (m.latin > m.cyrillic) ++ctx.latin;
    else if (m.cyrillic > m.latin) ++ctx.cyrillic;
    i = j;
  }
  return ctx;
}

// True when the letters of script `minority` in cps[b, e) form a run of two or more letters at either
// end of the word (a term with an affix such as "PHPшный"), which is left alone.
bool is_affix_run(const std::u32string& cps, std::size_t b, std::size_t e, Script minority) {
  std::size_t lead = b, trail = e;
  while (lead < e && (script_of(cps[lead]) == minority || is_mark(cps[lead]))) ++lead;
  while (trail > b && (script_of(cps[trail - 1]) == minority || is_mark(cps[trail - 1]))) --trail;
  WordMix inner = count_mix(cps, lead, trail);
  std::size_t inner_minority = minority == Script::kLatin ? inner.latin : inner.cyrillic;
  if (inner_minority > 0) return false;
  WordMix head = count_mix(cps, b, lead), tail = count_mix(cps, trail, e);
  std::size_t h = minority == Script::kLatin ? head.latin : head.cyrillic;
  std::size_t t = minority == Script::kLatin ? tail.latin : tail.cyrillic;
  return h >= 2 || t >= 2 || (minority == Script::kCyrillic && t >= 1);
}

// Decides which script a mixed word is repaired towards, or kNone to leave it as it is; a tie between
// the scripts follows the other words of the text (counted once per text into ctx, on demand).
Script target_script(const std::u32string& cps, std::size_t b, std::size_t e, std::optional<WordMix>& ctx_cache) {
  WordMix m = count_mix(cps, b, e);
  if (m.latin == 0 || m.cyrillic == 0) return Script::kNone;
  Script target = m.cyrillic > m.latin ? Script::kCyrillic : Script::kLatin;
  if (m.cyrillic == m.latin) {
    if (!ctx_cache) ctx_cache = count_context(cps);
    const WordMix& ctx = *ctx_cache;
    if (ctx.cyrillic == ctx.latin) return Script::kNone;
    target = ctx.cyrillic > ctx.latin ? Script::kCyrillic : Script::kLatin;
  }
  Script minority = target == Script::kCyrillic ? Script::kLatin : Script::kCyrillic;
  for (std::size_t k = b; k < e; ++k) {
    if (script_of(cps[k]) != minority) continue;
    char32_t mapped = minority == Script::kLatin ? latin_to_cyrillic(cps[k]) : cyrillic_to_latin(cps[k]);
    if (mapped == 0) return Script::kNone;
  }
  return is_affix_run(cps, b, e, minority) ? Script::kNone : target;
}

// Repairs cps[b, e) towards the target script and returns the note describing the change.
std::string repair_word(std::u32string& cps, std::size_t b, std::size_t e, Script target) {
  std::string original = utf8::encode(std::u32string_view(cps).substr(b, e - b));
  std::string changes;
  Script minority = target == Script::kCyrillic ? Script::kLatin : Script::kCyrillic;
  for (std::size_t k = b; k < e; ++k) {
    if (script_of(cps[k]) != minority) continue;
    char32_t mapped = minority == Script::kLatin ? latin_to_cyrillic(cps[k]) : cyrillic_to_latin(cps[k]);
    if (!changes.empty()) changes += ", ";
    utf8::append(changes, cps[k]);
    changes += "\xE2\x86\x92";  // →
    utf8::append(changes, mapped);
    cps[k] = mapped;
  }
  return "mixed-script: " + changes + " in '" + original + "'";
}

}  // namespace

void repair_mixed_words(std::u32string& cps, std::vector<std::string>* notes) {
  std::optional<WordMix> ctx;
  std::size_t i = 0;
  while (i < cps.size()) {
    if (!in_word(cps[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < cps.size() && in_word(cps[j])) ++j;
    Script target = target_script(cps, i, j, ctx);
    if (target != Script::kNone) {
      std::string note = repair_word(cps, i, j, target);
      if (notes != nullptr) notes->push_back(std::move(note));
    }
    i = j;
  }
}

std::string repair_mixed_script(std::string_view text, std::vector<std::string>* notes) {
  std::u32string cps = internal::utf8::decode(text);
  internal::repair_mixed_words(cps, notes);
  return internal::utf8::encode(cps);
}

}  // namespace qbank::internal

