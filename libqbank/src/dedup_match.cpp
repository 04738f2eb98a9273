// Pair verification and blocking keys for dedup.
#include <xxhash.h>

#include <algorithm>

#include "dedup_internal.hpp"
#include "utf8.hpp"

namespace qbank::detail {
namespace {

// True when every byte is ASCII.
bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Optimal-string-alignment distance, stopping early once it exceeds 1.
bool within_one_edit(const std::u32string& a, const std::u32string& b) {
  std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > 1) return false;
  std::size_t i = 0;
  while (i < n && i < m && a[i] == b[i]) ++i;
  if (i == n && i == m) return true;
  auto rest_equal = [&](std::size_t ia, std::size_t ib) {
    return std::u32string_view(a).substr(ia) == std::u32string_view(b).substr(ib);
  };
  if (n == m) {
    if (rest_equal(i + 1, i + 1)) return true;  // substitution
    return i + 1 < n && a[i] == b[i + 1] && a[i + 1] == b[i] && rest_equal(i + 2, i + 2);  // transposition
  }
  return n > m ? rest_equal(i + 1, i) : rest_equal(i, i + 1);  // deletion / insertion
}

// True when two content words are forms of one word: an inflection (non-Latin scripts) or a typo (7+ letters).
bool fuzzy_match(const DedupToken& a, const DedupToken& b, const DedupOptions& opt, std::string& how) {
  if (a.number || b.number || a.symbol || b.symbol) return false;
  std::u32string sa = utf8::decode(a.stem), sb = utf8::decode(b.stem);
  if (!is_ascii(a.stem) && !is_ascii(b.stem)) {
    std::size_t cp = 0;
    while (cp < sa.size() && cp < sb.size() && sa[cp] == sb[cp]) ++cp;
    std::size_t longest = std::max(sa.size(), sb.size());
    if (std::min(sa.size(), sb.size()) >= 5 && cp >= 4 && longest - cp <= 2) {
      how = "inflection";
      return true;
    }
  }
  if (!opt.typos) return false;
  std::u32string wa = utf8::decode(a.word), wb = utf8::decode(b.word);
  if (std::min(wa.size(), wb.size()) >= 7 && within_one_edit(wa, wb)) {
    how = "typo";
    return true;
  }
  return false;
}

// The role of a token when it finds no partner.
enum class Role { kSignificant, kIgnorable, kOptional };

// Classifies a token as significant, ignorable (common/context word) or optional (gloss, trailing context).
Role role_of(const DedupToken& t, const WordWeights& w) {
  if (t.gloss) return Role::kOptional;
  if (t.number || t.symbol) return Role::kSignificant;
  if (w.ignorable(t.stem)) return t.trailing ? Role::kOptional : Role::kIgnorable;
  return Role::kSignificant;
}

// Weight of a token in the similarity score.
double weight_of(Role r) { return r == Role::kSignificant ? 1.0 : (r == Role::kIgnorable ? 0.3 : 0.2); }

// Counts significant tokens.
std::size_t significant_count(const DedupFeatures& f, const WordWeights& w) {
  return static_cast<std::size_t>(std::count_if(f.tokens.begin(), f.tokens.end(),
                                                [&](const DedupToken& t) { return role_of(t, w) == Role::kSignificant; }));
}

// Returns a "no" verdict with its reason.
MatchVerdict no(std::string why) { return {false, 0.0, std::move(why)}; }

}  // namespace

MatchVerdict verify(const DedupFeatures& a, const DedupFeatures& b, const WordWeights& w, const DedupOptions& opt) {
  if (a.lang != b.lang) return no("different languages (" + a.lang + " / " + b.lang + ")");
  if (!a.code_key.empty() && !b.code_key.empty() && a.code_key != b.code_key) return no("different attached code");
  if (a.chunks != b.chunks) return no("different code-like chunks");
  if (a.folded == b.folded) return {true, 1.0, "identical after folding"};
  std::vector<int> partner(a.tokens.size(), -1);
  std::vector<bool> used(b.tokens.size(), false);
  std::string evidence;
  for (std::size_t i = 0; i < a.tokens.size(); ++i)
    for (std::size_t j = 0; j < b.tokens.size() && partner[i] < 0; ++j)
      if (!used[j] && a.tokens[i].stem == b.tokens[j].stem) partner[i] = static_cast<int>(j), used[j] = true;
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    std::string how;
    for (std::size_t j = 0; j < b.tokens.size() && partner[i] < 0; ++j)
      if (!used[j] && fuzzy_match(a.tokens[i], b.tokens[j], opt, how)) {
        partner[i] = static_cast<int>(j), used[j] = true;
        evidence += how + " " + a.tokens[i].word + "~" + b.tokens[j].word + "; ";
      }
  }
  bool both_significant = significant_count(a, w) > 0 && significant_count(b, w) > 0;
  double matched = 0, total = 0;
  auto check_unmatched = [&](const DedupToken& t, const char* side) -> std::string {
    Role r = role_of(t, w);
    if (r == Role::kOptional || (r == Role::kIgnorable && both_significant)) {
      evidence += std::string("ignored ") + t.word + "; ";
      return "";
    }
    return std::string("'") + t.word + "' only in " + side;
  };
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    double wt = weight_of(role_of(a.tokens[i], w));
    total += wt;
    if (partner[i] >= 0) {
      matched += wt;
      if (!a.marker.empty() && a.marker == b.marker &&
          a.tokens[i].after_marker != b.tokens[static_cast<std::size_t>(partner[i])].after_marker)
        return no("'" + a.tokens[i].word + "' moved across '" + a.marker + "'");
    } else if (auto why = check_unmatched(a.tokens[i], "A"); !why.empty()) {
      return no(why);
    }
  }
  for (std::size_t j = 0; j < b.tokens.size(); ++j) {
    double wt = weight_of(role_of(b.tokens[j], w));
    total += wt;
    if (used[j]) matched += wt;
    else if (auto why = check_unmatched(b.tokens[j], "B"); !why.empty()) return no(why);
  }
  if (total == 0) return no("no content words to compare");
  double score = matched / total;
  if (score < 0.5) return no("too little in common");
  return {true, score, evidence.empty() ? "same content words" : evidence};
}

std::vector<std::uint64_t> block_keys(const DedupFeatures& f, const WordWeights& w, const DedupOptions& opt) {
  std::vector<std::string> parts;
  bool any_significant = significant_count(f, w) > 0;
  for (const auto& t : f.tokens) {
    Role r = role_of(t, w);
    if (r == Role::kOptional || (any_significant && r == Role::kIgnorable)) continue;
    std::u32string s = utf8::decode(t.stem);
    parts.push_back(is_ascii(t.stem) ? t.stem : utf8::encode(std::u32string_view(s).substr(0, 4)));
  }
  std::sort(parts.begin(), parts.end());
  parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
  std::string base = f.lang + '\x1f';
  for (const auto& c : f.chunks) base += c + '\x1e';
  auto key_of = [&](const std::vector<std::string>& ps) {
    std::string k = base;
    for (const auto& p : ps) k += p + '\x1d';
    return XXH3_64bits(k.data(), k.size());
  };
  std::vector<std::uint64_t> keys{key_of(parts)};
  if (!f.code_key.empty()) {  // A code-specific key keeps template questions with code in small buckets.
    std::string k = std::to_string(keys[0]) + '\x1f' + f.code_key;
    keys.push_back(XXH3_64bits(k.data(), k.size()));
  }
  if (!opt.typos) return keys;
  for (const auto& t : f.tokens) {  // Typo-tolerant variants: one long word reduced to an anchor and a length.
    std::u32string word = utf8::decode(t.word);
    if (word.size() < 7 || t.number || t.symbol || role_of(t, w) != Role::kSignificant) continue;
    std::u32string s = utf8::decode(t.stem);
    std::string own = is_ascii(t.stem) ? t.stem : utf8::encode(std::u32string_view(s).substr(0, 4));
    for (std::size_t len : {word.size(), word.size() + 1}) {
      for (int anchor = 0; anchor < 2; ++anchor) {
        std::vector<std::string> ps;
        for (const auto& p : parts)
          if (p != own) ps.push_back(p);
        std::u32string a = anchor == 0 ? word.substr(0, 2) : word.substr(word.size() - 2);
        ps.push_back(std::string(anchor == 0 ? "^" : "$") + utf8::encode(a) + "|" + std::to_string(len));
        std::sort(ps.begin(), ps.end());
        keys.push_back(key_of(ps));
      }
    }
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

}  // namespace qbank::detail
