// Pair verification and blocking keys for dedup.
#include <xxhash.h>

#include <algorithm>

#include "dedup/features.hpp"
#include "base/utf8.hpp"

namespace qbank::internal {
namespace {

// True when every byte is ASCII.
bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// True when two code point strings are at most one edit apart (substitution, insertion, deletion, swap).
bool within_one_edit(const std::u32string& a, const std::u32string& b) {
  std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > 1) return false;
  std::size_t i = 0;
  while (i < n && i < m && a[i] == b[i]) ++i;
  auto rest_equal = [&](std::size_t ia, std::size_t ib) {
    return std::u32string_view(a).substr(std::min(ia, n)) == std::u32string_view(b).substr(std::min(ib, m));
  };
  if (n == m) {
    if (i == n || rest_equal(i + 1, i + 1)) return true;
    return i + 1 < n && a[i] == b[i + 1] && a[i + 1] == b[i] && rest_equal(i + 2, i + 2);
  }
  return n > m ? rest_equal(i + 1, i) : rest_equal(i, i + 1);
}

// The minimum length, in code points, of a word that may carry a typo.
constexpr std::size_t kTypoMinLength = 8;

// True when two content words are forms of one word: an inflection (non-Latin scripts) or a typo in a long word.
bool fuzzy_match(const DedupToken& ta, const DedupToken& tb, const Vocab& v, const DedupOptions& opt, const char*& how) {
  if ((ta.flags | tb.flags) & (kNumber | kSymbol)) return false;
  std::string_view a = v.str(ta.stem);
  std::string_view b = v.str(tb.stem);
  if (!a.empty() && !b.empty() && a[0] == b[0] && !is_ascii(a) && !is_ascii(b)) {
    std::u32string sa = utf8::decode(a), sb = utf8::decode(b);
    std::size_t cp = 0;
    while (cp < sa.size() && cp < sb.size() && sa[cp] == sb[cp]) ++cp;
    if (std::min(sa.size(), sb.size()) >= 5 && cp >= 4 && std::max(sa.size(), sb.size()) - cp <= 2) {
      how = "inflection";
      return true;
    }
  }
  if (!opt.typos) return false;
  std::string_view wa = v.str(ta.word);
  std::string_view wb = v.str(tb.word);
  std::size_t la = wa.size(), lb = wb.size();
  if (std::min(la, lb) < kTypoMinLength || (la > lb ? la - lb : lb - la) > 4) return false;
  if (wa.compare(0, 2, wb, 0, 2) != 0 && wa.compare(la - 2, 2, wb, lb - 2, 2) != 0) return false;
  std::u32string ua = utf8::decode(wa), ub = utf8::decode(wb);
  if (std::min(ua.size(), ub.size()) >= kTypoMinLength && within_one_edit(ua, ub)) {
    how = "typo";
    return true;
  }
  return false;
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

// Pairs tokens of a with tokens of b: exact stems first, then fuzzy forms.
std::vector<int> pair_tokens(FeatureView a, FeatureView b, const Vocab& v, const DedupOptions& opt,
                             std::vector<bool>& used, std::string* evidence) {
  std::vector<int> partner(a.tokens.size(), -1);
  used.assign(b.tokens.size(), false);
  for (std::size_t i = 0; i < a.tokens.size(); ++i)
    for (std::size_t j = 0; j < b.tokens.size(); ++j)
      if (!used[j] && a.tokens[i].stem == b.tokens[j].stem) {
        partner[i] = static_cast<int>(j), used[j] = true;
        break;
      }
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    if (partner[i] >= 0 || a.tokens[i].role == Role::kOptional) continue;
    const char* how = nullptr;
    for (std::size_t j = 0; j < b.tokens.size() && partner[i] < 0; ++j)
      if (!used[j] && fuzzy_match(a.tokens[i], b.tokens[j], v, opt, how)) {
        partner[i] = static_cast<int>(j), used[j] = true;
        if (evidence) *evidence += std::string(how) + " " + v.text(a.tokens[i].word) + "~" + v.text(b.tokens[j].word) + "; ";
      }
  }
  return partner;
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
  if (a.form && b.form && a.form != b.form) return no("different forms of question (what / which / why / how ...)");
  if (a.folded_hash == b.folded_hash) return {true, 1.0, "identical after folding"};
  std::string evidence;
  std::vector<bool> used;
  std::vector<int> partner = pair_tokens(va, vb, v, opt, used, explain ? &evidence : nullptr);
  bool both_significant = a.significant > 0 && b.significant > 0;
  auto tolerated = [&](const DedupToken& t) {
    if (t.role == Role::kOptional || (t.role == Role::kIgnorable && both_significant)) {
      if (explain) evidence += "ignored " + v.text(t.word) + "; ";
      return true;
    }
    return false;
  };
  double matched = 0, total = 0;
  bool same_marker = a.marker != 0 && a.marker == b.marker;
  for (std::size_t i = 0; i < va.tokens.size(); ++i) {
    const DedupToken& t = va.tokens[i];
    double wt = weight_of(t.role);
    total += wt;
    if (partner[i] >= 0) {
      matched += wt;
      if (same_marker && ((t.flags ^ vb.tokens[static_cast<std::size_t>(partner[i])].flags) & kAfterMarker))
        return no("'" + v.text(t.word) + "' moved across '" + v.text(a.marker) + "'");
    } else if (!tolerated(t)) {
      return no("'" + v.text(t.word) + "' only in A");
    }
  }
  for (std::size_t j = 0; j < vb.tokens.size(); ++j) {
    double wt = weight_of(vb.tokens[j].role);
    total += wt;
    if (used[j]) matched += wt;
    else if (!tolerated(vb.tokens[j])) return no("'" + v.text(vb.tokens[j].word) + "' only in B");
  }
  if (total == 0) return no("no content words to compare");
  double score = matched / total;
  if (score < 0.5) return no("too little in common");
  return {true, score, evidence.empty() ? "same content words" : evidence};
}

std::uint64_t blocking_part_hash(std::string_view stem) {
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
    std::string_view w = v.str(t.word);
    if (w.size() > longest_len || (w.size() == longest_len && longest && w < v.str(longest->word)))
      longest = &t, longest_len = w.size();
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
  if (letters < kTypoMinLength) return;
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

}  // namespace

void block_keys(FeatureView f, const FeatureTable& table, const DedupOptions& opt, std::vector<std::uint64_t>& out,
                KeyScratch& scratch) {
  std::vector<std::uint64_t>& parts = scratch.parts;
  parts.clear();
  for (const auto& t : f.tokens) {
    bool weak = t.role == Role::kIgnorable || t.role == Role::kCommon;
    if (t.role == Role::kOptional || (f.f.significant > 0 && weak)) continue;
    parts.push_back(table.part_hash[t.stem]);
  }
  std::sort(parts.begin(), parts.end());
  parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
  std::uint64_t seed = f.f.lang * 0x9E3779B97F4A7C15ull ^ f.f.chunks_hash;
  std::size_t first = out.size();
  std::uint64_t key = XXH3_64bits_withSeed(parts.data(), parts.size() * sizeof(std::uint64_t), seed);
  out.push_back(key);
  if (f.f.code_hash) out.push_back(key ^ f.f.code_hash);
  const DedupToken* longest = opt.typos ? longest_word(f, table.vocab) : nullptr;
  if (!longest) return;
  typo_keys(table.vocab.str(longest->word), table.part_hash[longest->stem], seed, scratch, out);
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
  out.erase(std::unique(out.begin() + static_cast<std::ptrdiff_t>(first), out.end()), out.end());
}

}  // namespace qbank::internal
