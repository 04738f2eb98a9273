// Pair verification and blocking keys for dedup.
#include <xxhash.h>

#include <algorithm>

#include "dedup/features.hpp"
#include "dedup/form_endings.hpp"
#include "dedup/lexical_plurals.hpp"
#include "base/utf8.hpp"

namespace qbank::internal {
namespace {

// True when every byte is ASCII.
bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}


// Flags of tokens that only ever match themselves.
constexpr std::uint16_t kExactOnly = kNumber | kSymbol | kKeyword | kFiller | kNegation;

// True when two content words are one word with a one-letter typo (both long); a listed plural that is a word
// of its own and its singular are two words ("logistics" / "logistic").
bool typo_match(const DedupToken& ta, const DedupToken& tb, const Vocab& v, const DedupOptions& opt,
                std::string_view lang) {
  if (!opt.typos || ((ta.flags | tb.flags) & kExactOnly)) return false;
  std::string_view wa = v.str(ta.word);
  std::string_view wb = v.str(tb.word);
  std::size_t la = wa.size(), lb = wb.size();
  if (std::min(la, lb) < kTypoMinLength || (la > lb ? la - lb : lb - la) > 4) return false;
  if (la == lb + 1 && wa.starts_with(wb) && lexical_plural(wa, lang)) return false;
  if (lb == la + 1 && wb.starts_with(wa) && lexical_plural(wb, lang)) return false;
  if (wa.compare(0, 2, wb, 0, 2) != 0 && wa.compare(la - 2, 2, wb, lb - 2, 2) != 0) return false;
  std::u32string ua = utf8::decode(wa), ub = utf8::decode(wb);
  // A first letter added or changed makes another word ("synchronous" / "asynchronous"), not a typo.
  return std::min(ua.size(), ub.size()) >= kTypoMinLength && ua[0] == ub[0] && within_one_edit(ua, ub);
}

// True when two tokens are forms of one word: the same word, equal stems whose endings are inflections, or an
// ending alternation of the language (endings, nullptr when it has none).
bool same_lemma(const DedupToken& ta, const DedupToken& tb, const Vocab& v, const FormEndings* endings) {
  if ((ta.flags ^ tb.flags) & kNegation) return false;
  if (ta.stem == tb.stem && (ta.word == tb.word || (ta.flags & kNegation))) return true;
  if ((ta.flags | tb.flags) & kExactOnly) return false;
  if (ta.stem == tb.stem && is_synonym_stem(v.str(ta.stem))) return true;  // "benefits" / "advantages".
  std::string_view a = v.str(ta.word), b = v.str(tb.word);
  constexpr std::size_t kBaseBytes = 6;  // Slavic forms share a base of three Cyrillic letters (two bytes each).
  bool cyrillic = !a.empty() && (static_cast<unsigned char>(a[0]) == 0xD0 || static_cast<unsigned char>(a[0]) == 0xD1);
  if (cyrillic)  // Russian and Ukrainian: the endings decide, whatever the stemmer made of them ("-ит" / "-ов").
    return a.size() >= kBaseBytes && b.size() >= kBaseBytes && a.compare(0, kBaseBytes, b, 0, kBaseBytes) == 0 &&
           slavic_forms(a, b);
  return (ta.stem == tb.stem && inflectional_pair(a, b, v.str(ta.stem))) || suffixed_plural(a, b) ||
         (endings && alternate_forms(a, b, *endings));
}

// Weight of a token in the similarity score.
double weight_of(Role r) {
  switch (r) {
    case Role::kSignificant: return 1.0;
    case Role::kCommon: return 0.5;
    case Role::kIgnorable: return 0.3;
    case Role::kOptional: return 0.2;
  }
  return 1.0;
}

// Returns a "no" verdict with its reason.
MatchVerdict no(std::string why) { return {false, 0.0, std::move(why)}; }

// Pairs tokens of a with tokens of b (partner: by token of a, its token of b or -1; used: by token of b):
// the same word first, then other forms of one lemma, then typos.
void pair_tokens(FeatureView a, FeatureView b, const Vocab& v, const DedupOptions& opt, std::vector<int>& partner,
                 std::vector<bool>& used, std::string* evidence) {
  partner.assign(a.tokens.size(), -1);
  used.assign(b.tokens.size(), false);
  auto pass = [&](auto&& match, const char* how) {
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
      if (partner[i] >= 0) continue;
      for (std::size_t j = 0; j < b.tokens.size(); ++j)
        if (!used[j] && match(a.tokens[i], b.tokens[j])) {
          partner[i] = static_cast<int>(j), used[j] = true;
          if (evidence && how) *evidence += std::string(how) + " " + v.text(a.tokens[i].word) + "~" + v.text(b.tokens[j].word) + "; ";
          break;
        }
    }
  };
  // A compound written as one word on one side and as two neighbours on the other ("برنامهنویسی" / "برنامه نویسی",
  // "ویبسائٹ" / "ویب سائٹ"), or a name and its version number ("ES6" / "ES 6"): the one word pairs with both,
  // before the halves pair elsewhere. Only texts with different numbers of words can differ so.
  if (a.tokens.size() != b.tokens.size()) {
    auto splits = [&](const DedupToken& whole, const DedupToken& first, const DedupToken& second, FeatureView other) {
      std::string_view w = v.str(whole.word), p = v.str(first.word), q = v.str(second.word);
      constexpr std::uint16_t kNotName = kSymbol | kFiller | kNegation;  // Flags no name or version carries.
      bool version = (whole.flags & kNumber) && (second.flags & kNumber) && !(first.flags & kNumber) &&
                     !((whole.flags | first.flags | second.flags) & kNotName) && !q.empty() &&
                     q.front() >= '0' && q.front() <= '9';
      if (!version && ((whole.flags | first.flags | second.flags) & kExactOnly)) return false;
      for (const auto& t : other.tokens)
        if (t.word == whole.word) return false;  // The word itself is there to pair with.
      return p.size() >= 2 && (q.size() >= 2 || version) && w.size() == p.size() + q.size() && w.starts_with(p) &&
             w.ends_with(q);
    };
    auto note = [&](std::size_t i, std::size_t j, bool halves_in_a) {
      if (!evidence) return;
      *evidence += "compound " + v.text(a.tokens[i].word) + (halves_in_a ? " " + v.text(a.tokens[i + 1].word) : "") + "~" +
                   v.text(b.tokens[j].word) + (halves_in_a ? "" : " " + v.text(b.tokens[j + 1].word)) + "; ";
    };
    for (std::size_t i = 0; i < a.tokens.size(); ++i)
      for (std::size_t j = 0; partner[i] < 0 && j + 1 < b.tokens.size(); ++j)
        if (!used[j] && !used[j + 1] && splits(a.tokens[i], b.tokens[j], b.tokens[j + 1], b)) {
          partner[i] = static_cast<int>(j), used[j] = used[j + 1] = true;
          note(i, j, false);
        }
    for (std::size_t j = 0; j < b.tokens.size(); ++j)
      for (std::size_t i = 0; !used[j] && i + 1 < a.tokens.size(); ++i)
        if (partner[i] < 0 && partner[i + 1] < 0 && splits(b.tokens[j], a.tokens[i], a.tokens[i + 1], a)) {
          partner[i] = partner[i + 1] = static_cast<int>(j), used[j] = true;
          note(i, j, true);
        }
  }
  pass([](const DedupToken& x, const DedupToken& y) { return x.word == y.word && ((x.flags ^ y.flags) & kNegation) == 0; },
       nullptr);
  const FormEndings* endings = form_endings(v.str(a.f.lang));
  pass([&](const DedupToken& x, const DedupToken& y) { return same_lemma(x, y, v, endings); }, "inflection");
  if (a.f.bare != b.f.bare)  // One side typed without marks: a word matches its form with marks ("watek" / "wątek").
    pass([&](const DedupToken& x, const DedupToken& y) {
      if (((x.flags ^ y.flags) & kNegation) || ((x.flags | y.flags) & (kNumber | kSymbol | kKeyword))) return false;
      std::string_view wx = v.str(x.word), wy = v.str(y.word);
      if (is_ascii(wx) == is_ascii(wy) && is_ascii(wx)) return false;
      std::string bx = without_marks(wx), by = without_marks(wy);
      if (bx == by || keyboard_spelling(wx) == by || keyboard_spelling(wy) == bx) return true;  // "ü" / "ue".
      std::string sx = without_marks(v.str(x.stem)), sy = without_marks(v.str(y.stem));
      return sx == sy && inflectional_pair(bx, by, sx);
    }, "without marks");
  pass([&](const DedupToken& x, const DedupToken& y) {
    return x.role != Role::kOptional && y.role != Role::kOptional && typo_match(x, y, v, opt, v.str(a.f.lang));
  }, "typo");
}

// Describes where an optional word sits, for evidence.
const char* place_of(const DedupToken& t) {
  if (t.flags & (kGloss | kFiller)) return "in parentheses";
  if (t.flags & kTrailing) return "trailing context";
  return "context word";
}

// Describes a required word, for evidence.
const char* kind_of(const DedupToken& t) {
  if (t.flags & kNegation) return "negation ";
  if (t.flags & kKeyword) return "keyword ";
  if (t.flags & kNumber) return "number ";
  if (t.flags & kSymbol) return "operator ";
  return "";
}

// True when a word of one side misspells a frame word that only the other side's frame holds ("Waht is X?" /
// "What is X?").
bool frame_slip(const DedupToken& t, const DedupFeatures& own, const DedupFeatures& other) {
  if (t.frame_typo == 0) return false;
  std::uint64_t bit = std::uint64_t{1} << (t.frame_typo - 1);
  return (other.frame_words & bit) && !(own.frame_words & bit);
}

}  // namespace

MatchVerdict verify(FeatureView va, FeatureView vb, const Vocab& v, const DedupOptions& opt, bool explain) {
  const DedupFeatures& a = va.f;
  const DedupFeatures& b = vb.f;
  if (a.lang != b.lang) return no("different languages");
  if (a.code_hash && b.code_hash && a.code_hash != b.code_hash) return no("different attached code");
  if ((a.code_hash == 0) != (b.code_hash == 0) && (a.code_dependent || b.code_dependent))
    return no("the question refers to code that only one side has");
  if (a.chunks_hash != b.chunks_hash) return no("different code-like chunks");
  if ((a.form == 'd') != (b.form == 'd')) return no("only one side compares two things");
  if (a.form && b.form && a.form != b.form) return no("different forms of question (what / which / why / how ...)");
  if (a.folded_hash == b.folded_hash) return {true, 1.0, "identical after folding"};
  if (opposed_particles(a.particles, b.particles)) return no("opposite particles (on / off, ein / aus)");
  std::string evidence;
  thread_local std::vector<bool> used;    // Reused between calls: verify runs once per candidate pair.
  thread_local std::vector<int> partner;
  pair_tokens(va, vb, v, opt, partner, used, explain ? &evidence : nullptr);
  bool both_significant = a.significant > 0 && b.significant > 0;
  // Words one side may leave out: a gloss, a trailing context, a context word. Each side's are collected.
  std::string left_out[2];
  bool leaves_out[2] = {false, false};
  auto unmatched = [&](const DedupToken& t, int side) -> bool {  // False: the word must have had a partner.
    if (t.role == Role::kOptional || (t.role == Role::kIgnorable && both_significant)) {
      leaves_out[side] = true;
      if (explain) {
        std::string& out = left_out[side];
        out.append("'").append(v.str(t.word)).append("' (").append(place_of(t)).append(") ");
      }
      return true;
    }
    return false;
  };
  double matched = 0, total = 0;
  // Where both sides have directional words, every matched word (but a gloss or a trailing context) keeps its
  // place among them; a word before one side's first directional word may stand where the other side puts it
  // or in the place opposite to that first word ("X to Y": X is where "from X" is; "Migrate from X" keeps
  // "Migrate" where "Migrate X" has it).
  bool directed = a.marker != 0 && b.marker != 0;
  std::uint16_t before_a = directed ? place_after(directional_class(v.str(a.marker)) == 't' ? 'f' : 't', 1) : 0;
  std::uint16_t before_b = directed ? place_after(directional_class(v.str(b.marker)) == 't' ? 'f' : 't', 1) : 0;
  auto same_place = [&](const DedupToken& t, const DedupToken& u) {  // A word before every direction fits both.
    std::uint16_t p = t.flags & kPlace, q = u.flags & kPlace;
    return p == q || (p == 0 && q == before_a) || (q == 0 && p == before_b);
  };
  std::string matched_words;
  for (std::size_t i = 0; i < va.tokens.size(); ++i) {
    const DedupToken& t = va.tokens[i];
    double wt = (t.flags & kFiller) ? 0.0 : weight_of(t.role);
    total += wt;
    if (partner[i] >= 0) {
      matched += wt;
      if (explain && wt > 0) matched_words += (matched_words.empty() ? "" : ", ") + v.text(t.word);
      const DedupToken& u = vb.tokens[static_cast<std::size_t>(partner[i])];
      bool optional = t.role == Role::kOptional || u.role == Role::kOptional;  // A gloss or context has no place.
      if (directed && !optional && !same_place(t, u))
        return no("'" + v.text(t.word) + "' moved across a directional word ('" + v.text(a.marker) + "' ...)");
    } else if (((t.flags & kKeyword) && (b.dropped_words & word_bit(v.str(t.word)))) || frame_slip(t, a, b)) {
      matched += wt;  // A keyword "BY" and a plain "by" in a text without case, or "teh" and "the": one word.
    } else if (!unmatched(t, 0)) {
      return no(std::string(kind_of(t)) + "'" + v.text(t.word) + "' only in A");
    }
  }
  for (std::size_t j = 0; j < vb.tokens.size(); ++j) {
    const DedupToken& t = vb.tokens[j];
    double wt = (t.flags & kFiller) ? 0.0 : weight_of(t.role);
    total += wt;
    if (used[j] || ((t.flags & kKeyword) && (a.dropped_words & word_bit(v.str(t.word)))) || frame_slip(t, b, a))
      matched += wt;
    else if (!unmatched(t, 1)) return no(std::string(kind_of(t)) + "'" + v.text(t.word) + "' only in B");
  }
  // Two words that trade places ("X to Y" / "Y to X", "listeyi sözlüğe" / "sözlüğü listeye", "文字列を数値に" /
  // "数値を文字列に") say who does what to whom: outside a comparison, two texts with the same structure words
  // keep the order of the words each side must carry. A gloss, a context word, a trailing context or a negation
  // may move, and another frame may order them otherwise ("Architektur von Kubernetes" / "Kubernetes-Architektur").
  // Where both sides have directional words, the places among them decide instead ("from X to Y" / "to Y from X").
  if (a.form != 'd' && !directed && a.frame_words == b.frame_words) {
    int last = -1;
    std::size_t last_i = 0;
    for (std::size_t i = 0; i < va.tokens.size(); ++i) {
      const DedupToken& t = va.tokens[i];
      if (partner[i] < 0 || (t.flags & (kGloss | kFiller | kTrailing | kNegation)) || t.role == Role::kOptional ||
          t.role == Role::kIgnorable)
        continue;
      const DedupToken& u = vb.tokens[static_cast<std::size_t>(partner[i])];
      if ((u.flags & (kGloss | kFiller | kTrailing)) || u.role == Role::kOptional || u.role == Role::kIgnorable) continue;
      if (partner[i] < last)
        return no("'" + v.text(va.tokens[last_i].word) + "' and '" + v.text(t.word) + "' trade places");
      last = partner[i], last_i = i;
    }
  }
  // The first context slot ("in X") and the first parenthesis are one place: when both sides fill it, they
  // must fill it with the same words ("work in Scala in Python" is not "work in Python").
  auto first_of = [](std::span<const DedupToken> toks, std::uint16_t flag) -> int {
    for (std::size_t k = 0; k < toks.size(); ++k)
      if ((toks[k].flags & flag) && !(toks[k].flags & kFiller)) return static_cast<int>(k);
    return -1;
  };
  int ca = first_of(va.tokens, kTrailing), cb = first_of(vb.tokens, kTrailing);
  if (ca >= 0 && cb >= 0 && partner[static_cast<std::size_t>(ca)] != cb)
    return no("different contexts in one place: '" + v.text(va.tokens[static_cast<std::size_t>(ca)].word) +
              "' / '" + v.text(vb.tokens[static_cast<std::size_t>(cb)].word) + "'");
  if (first_of(va.tokens, kFirstParen) >= 0 && first_of(vb.tokens, kFirstParen) >= 0) {
    for (std::size_t i = 0; i < va.tokens.size(); ++i) {
      const DedupToken& t = va.tokens[i];
      if (!(t.flags & kFirstParen) || (t.flags & kFiller)) continue;
      if (partner[i] < 0 || !(vb.tokens[static_cast<std::size_t>(partner[i])].flags & kFirstParen))
        return no("different parentheses: '" + v.text(t.word) + "' is not in B's");
    }
    for (std::size_t j = 0; j < vb.tokens.size(); ++j) {
      const DedupToken& t = vb.tokens[j];
      if ((t.flags & kFirstParen) && !(t.flags & kFiller) && !used[j])
        return no("different parentheses: '" + v.text(t.word) + "' is not in A's");
    }
  }
  if (leaves_out[0] && leaves_out[1])
    return no("both sides carry something the other lacks: A " + left_out[0] + "/ B " + left_out[1]);
  if (total == 0 || matched == 0) return no("no content words to compare");
  double score = matched / total;
  if (score < 0.5) return no("too little in common");
  if (!explain) return {true, score, {}};
  std::string why = "matched " + (matched_words.empty() ? std::string("nothing but stop words") : matched_words);
  if (!evidence.empty()) why += "; " + evidence.substr(0, evidence.size() - 2);
  if (leaves_out[0]) why += "; left out A's " + left_out[0] + "(B lacks it)";
  if (leaves_out[1]) why += "; left out B's " + left_out[1] + "(A lacks it)";
  if (a.form == 'd') why += "; both compare the same two things";
  if (a.lang_from_text || b.lang_from_text)
    why += "; compared in " + v.text(a.lang) + ", the language of " +
           (a.lang_from_text && b.lang_from_text ? "both texts" : a.lang_from_text ? "A's text" : "B's text") +
           " (its record says en)";
  return {true, score, why};
}

std::uint64_t blocking_part_hash(std::string_view stem) {
  std::string bare;  // A word typed without its marks meets the word with them ("watek" / "wątek").
  if (!is_ascii(stem)) {
    bare = without_marks(stem);
    stem = bare;
  }
  std::string collapsed;  // An umlaut typed as a digraph meets the bare vowel too ("schluessel" / "schlüssel").
  for (std::size_t i = 0; i + 1 < stem.size(); ++i)
    if (stem[i + 1] == 'e' && (stem[i] == 'a' || stem[i] == 'o' || stem[i] == 'u')) {
      collapsed.reserve(stem.size());
      for (std::size_t k = 0; k < stem.size(); ++k)
        if (!(k > 0 && stem[k] == 'e' && (stem[k - 1] == 'a' || stem[k - 1] == 'o' || stem[k - 1] == 'u'))) collapsed.push_back(stem[k]);
      stem = collapsed;
      break;
    }
  std::size_t end = stem.size();
  if (!is_ascii(stem)) {
    end = 0;
    for (int k = 0; k < 4 && end < stem.size(); ++k) utf8::next(stem, end);
  }
  return XXH3_64bits(stem.data(), end);
}

namespace {

// Picks the longest significant word (ties: the smaller word), the one typo-tolerant keys vary.
const DedupToken* longest_word(FeatureView f, const Vocab& v) {
  const DedupToken* longest = nullptr;
  std::size_t longest_len = 0;
  for (const auto& t : f.tokens) {
    bool weak = t.role == Role::kIgnorable || t.role == Role::kCommon;
    if (t.role == Role::kOptional || (f.f.significant > 0 && weak)) continue;
    if ((t.flags & (kNumber | kSymbol)) || t.role != Role::kSignificant) continue;
    std::string_view w = v.str(t.word);  // Measured in letters, so an accent dropped keeps the choice.
    std::size_t len = static_cast<std::size_t>(
        std::count_if(w.begin(), w.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
    if (len > longest_len || (len == longest_len && longest && w < v.str(longest->word))) longest = &t, longest_len = len;
  }
  return longest;
}

// Appends the typo-tolerant keys: the parts without the longest word's, with each one-letter deletion of
// that word (and the word itself).
void typo_keys(std::string_view word, std::uint64_t own, std::uint64_t seed, KeyScratch& scratch,
               std::vector<std::uint64_t>& out) {
  std::vector<std::uint64_t>& parts = scratch.parts;
  std::vector<std::size_t>& bounds = scratch.bounds;  // Code point boundaries in the word.
  bounds.assign(1, 0);
  for (std::size_t i = 0; i < word.size();) {
    utf8::next(word, i);
    bounds.push_back(i);
  }
  std::size_t letters = bounds.size() - 1;
  if (letters < kTypoMinLength || letters > kTypoMaxLength) return;
  auto it = std::find(parts.begin(), parts.end(), own);
  if (it != parts.end()) parts.erase(it);
  std::uint64_t base = XXH3_64bits_withSeed(parts.data(), parts.size() * sizeof(std::uint64_t), seed ^ 0x7E7E7E7E7E7E7E7Eull);
  std::string& variant = scratch.variant;
  for (std::size_t d = 0; d <= letters; ++d) {
    std::size_t cut = d < letters ? bounds[d] : word.size();
    std::size_t resume = d < letters ? bounds[d + 1] : word.size();
    variant.assign(word, 0, cut).append(word, resume, std::string::npos);
    out.push_back(XXH3_64bits_withSeed(variant.data(), variant.size(), base));
  }
}

// True when a token goes into the blocking key of a record with that many significant tokens.
bool blocks(const DedupToken& t, std::uint32_t significant) {
  bool weak = t.role == Role::kIgnorable || t.role == Role::kCommon;
  if (t.role == Role::kOptional || (significant > 0 && weak)) return false;
  if (t.flags & kKeyword) return false;  // "GROUP BY" must meet "group by", whose "by" is no token.
  return t.frame_typo == 0;              // "Waht is X?" must meet "What is X?", whose "what" is no token.
}

// Appends the key of the words without a plural suffix written on to them, so a plural meets its singular
// ("भाषाएँ" / "भाषा") in the scripts without a stemmer; a record with no such word gets none. Kept out of line: the
// common record has no such word, and block_keys() stays as small as it was.
[[gnu::noinline]] void plural_base_key(FeatureView f, std::string_view lang, const FeatureTable& table, std::uint64_t seed,
                                       std::vector<std::uint64_t>& base_parts, std::vector<std::uint64_t>& out) {
  base_parts.clear();
  bool cut = false;
  for (const auto& t : f.tokens) {
    if (!blocks(t, f.f.significant)) continue;
    std::string_view base = plural_base(table.vocab.str(t.word));
    cut |= !base.empty();
    base_parts.push_back(base.empty() ? table.part_hash[t.stem] : blocking_part_hash(word_stem(base, lang)));
  }
  if (!cut) return;
  std::sort(base_parts.begin(), base_parts.end());
  base_parts.erase(std::unique(base_parts.begin(), base_parts.end()), base_parts.end());
  out.push_back(XXH3_64bits_withSeed(base_parts.data(), base_parts.size() * sizeof(std::uint64_t), seed));
}

}  // namespace

void block_keys(FeatureView f, std::string_view lang, const FeatureTable& table, const DedupOptions& opt,
                std::vector<std::uint64_t>& out, KeyScratch& scratch) {
  std::vector<std::uint64_t>& parts = scratch.parts;
  parts.clear();
  for (const auto& t : f.tokens)
    if (blocks(t, f.f.significant)) parts.push_back(table.part_hash[t.stem]);
  std::sort(parts.begin(), parts.end());
  parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
  std::uint64_t seed = f.f.lang * 0x9E3779B97F4A7C15ull ^ f.f.chunks_hash;
  std::size_t first = out.size();
  std::uint64_t key = XXH3_64bits_withSeed(parts.data(), parts.size() * sizeof(std::uint64_t), seed);
  out.push_back(key);
  // The blocked words written together, so a compound meets its two halves ("ویبسائٹ" / "ویب سائٹ").
  std::string& joined = scratch.joined;
  joined.clear();
  for (const auto& t : f.tokens)
    if (blocks(t, f.f.significant)) joined.append(table.vocab.str(t.word));
  out.push_back(XXH3_64bits_withSeed(joined.data(), joined.size(), seed ^ 0x10F7ED10F7ED10F7ull));
  if (f.f.code_hash) out.push_back(key ^ f.f.code_hash);
  // The key of the words read as their lemma forms, so a form meets its lemma ("funções" / "função").
  if (const FormEndings* endings = form_endings(lang)) {
    bool rewritten = false;
    std::vector<std::uint64_t>& lemma_parts = scratch.lemma_parts;
    lemma_parts.clear();
    for (const auto& t : f.tokens) {
      if (!blocks(t, f.f.significant)) continue;
      std::string lemma = lemma_form(table.vocab.str(t.word), *endings);
      rewritten |= !lemma.empty();
      lemma_parts.push_back(lemma.empty() ? table.part_hash[t.stem] : blocking_part_hash(word_stem(lemma, lang)));
    }
    if (rewritten) {
      std::sort(lemma_parts.begin(), lemma_parts.end());
      lemma_parts.erase(std::unique(lemma_parts.begin(), lemma_parts.end()), lemma_parts.end());
      out.push_back(XXH3_64bits_withSeed(lemma_parts.data(), lemma_parts.size() * sizeof(std::uint64_t), seed));
    }
  }
  plural_base_key(f, lang, table, seed, scratch.base_parts, out);
  const DedupToken* longest = opt.typos ? longest_word(f, table.vocab) : nullptr;
  if (!longest) return;
  typo_keys(table.vocab.str(longest->word), table.part_hash[longest->stem], seed, scratch, out);
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
  out.erase(std::unique(out.begin() + static_cast<std::ptrdiff_t>(first), out.end()), out.end());
}

}  // namespace qbank::internal
