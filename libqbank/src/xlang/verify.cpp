// Decides whether two analysed records of different languages ask the same question, with evidence.
#include <algorithm>
#include <cstdio>
#include <string>

#include "xlang/analysis.hpp"
#include "xlang/glossary.hpp"
#include "xlang/transliteration.hpp"

namespace qbank::internal {
namespace {

// The name of a question form for evidence.
const char* form_name(char f) {
  switch (f) {
    case 'w': return "what";
    case 'h': return "how";
    case 'y': return "why";
    case 'n': return "when";
    case 'r': return "where";
    case 'l': return "which";
    case 'o': return "who";
    case 'q': return "how many";
    case 'd': return "difference";
    default: return "none";
  }
}

// True when two question forms ask the same: equal, what / which, which languages split differently
// (Russian "Какие преимущества…?" is English "What are the advantages…?"), or who / which, which some
// languages ask with one pronoun (Greek "Ποιος έγραψε…?" is English "Who wrote…?"); who never asks what.
bool same_form(char x, char y) {
  if (x == 'o' || y == 'o') return x == y || x == 'l' || y == 'l';
  auto norm = [](char f) { return f == 'l' ? 'w' : f; };
  return norm(x) == norm(y);
}

// True when two plain words, one written with marks, are one word without them ("perú" / "peru"), kMinBare
// letters or longer.
bool bare_match(const XUnit& x, const XUnit& y) {
  if (x.bare.empty() && y.bare.empty()) return false;
  const std::string& a = x.bare.empty() ? x.text : x.bare;
  const std::string& b = y.bare.empty() ? y.text : y.bare;
  return a.size() >= kMinBare && a == b;
}

// True when two plain words have one skeleton; a katakana or hangul word's is compared coarsely ("フランス" /
// "france").
bool skeleton_match(const XUnit& x, const XUnit& y) {
  if (x.skeleton.empty() || y.skeleton.empty()) return false;
  if (x.script != SkeletonScript::kSyllabic && y.script != SkeletonScript::kSyllabic) return x.skeleton == y.skeleton;
  return x.coarse.size() >= kMinSyllabicSkeleton && x.coarse == y.coarse;
}

// True when the two units may stand for each other.
bool unit_match(const XUnit& x, const XUnit& y) {
  if (x.kind != y.kind) {
    // A Latin-script word written the same as a glossary term on the other side ("API" / "API").
    return (x.kind == XUnit::kConcept && y.kind == XUnit::kWord && x.text == y.text) ||
           (y.kind == XUnit::kConcept && x.kind == XUnit::kWord && x.text == y.text);
  }
  switch (x.kind) {
    case XUnit::kConcept:
      return std::any_of(x.concepts.begin(), x.concepts.end(), [&](std::uint16_t c) {
        return std::find(y.concepts.begin(), y.concepts.end(), c) != y.concepts.end();
      });
    case XUnit::kWord:
      return x.text == y.text || (!x.stem.empty() && x.stem == y.stem) ||
             skeleton_match(x, y) || bare_match(x, y);
    default:
      return x.text == y.text;
  }
}

// Returns the first unit of a that no unit of b stands for, or nullptr; sides of a directional word must
// agree when both texts have one.
const XUnit* unmatched(const XAnalysis& a, const XAnalysis& b) {
  bool sides = a.split && b.split;
  for (const XUnit& x : a.units) {
    bool found = std::any_of(b.units.begin(), b.units.end(),
                             [&](const XUnit& y) { return (!sides || x.after == y.after) && unit_match(x, y); });
    if (!found) return &x;
  }
  return nullptr;
}

// Returns the first hash of xs found in neither of the sorted sets ys and zs, or nullptr.
const std::uint64_t* missing(const std::vector<std::uint64_t>& xs, const std::vector<std::uint64_t>& ys,
                             const std::vector<std::uint64_t>& zs) {
  for (const auto& x : xs)
    if (!std::binary_search(ys.begin(), ys.end(), x) && !std::binary_search(zs.begin(), zs.end(), x)) return &x;
  return nullptr;
}

// The Jaccard index of two sorted sets of hashes.
double jaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  if (a.empty() && b.empty()) return 1.0;
  std::size_t i = 0, j = 0, both = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) ++both, ++i, ++j;
    else if (a[i] < b[j]) ++i;
    else ++j;
  }
  return static_cast<double>(both) / static_cast<double>(a.size() + b.size() - both);
}

// Describes a unit for evidence.
std::string describe(const XUnit& u) {
  if (u.kind != XUnit::kConcept) return "'" + u.text + "'";
  const Glossary& g = Glossary::get();
  std::string s = "'" + u.text + "'=";
  for (std::size_t k = 0; k < u.concepts.size(); ++k) s += (k ? "|" : "") + g.concept_name(u.concepts[k]);
  return s;
}

}  // namespace

LinkVerdict verify_link(const XAnalysis& a, const XAnalysis& b, double code_overlap, bool explain) {
  LinkVerdict v;
  auto fail = [&](std::string why) {
    if (explain) v.evidence = std::move(why);
    return v;
  };
  if (a.has_code != b.has_code) return fail("code on one side only");
  if (!a.has_code && !same_form(a.form, b.form))
    return fail(std::string("forms differ: ") + form_name(a.form) + " / " + form_name(b.form));
  double score = 1.0;
  std::string code_evidence;
  if (a.has_code) {
    if (a.code_hash != b.code_hash) {
      score = jaccard(a.code_tokens, b.code_tokens);
      if (score < code_overlap) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "code differs (shared tokens %.2f)", score);
        return fail(buf);
      }
      if (explain) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "; code shares %.2f of its tokens", score);
        code_evidence = buf;
      }
    } else if (explain) {
      code_evidence = "; same code";
    }
  }
  if (a.has_code) {
    // With code on both sides the code is the question; the texts must not name different identifiers.
    if (missing(a.text_anchors, b.text_ascii, b.code_tokens) || missing(b.text_anchors, a.text_ascii, a.code_tokens))
      return fail("the texts name different identifiers" + code_evidence);
    v.linked = true;
    v.score = score;
    if (explain) v.evidence = "code question" + code_evidence + "; identifiers of the texts agree";
    return v;
  }
  if (a.units.empty() && b.units.empty() && a.form == 0) return fail("no content");
  if (const XUnit* x = unmatched(a, b)) return fail("unaccounted on the first side: " + describe(*x));
  if (const XUnit* y = unmatched(b, a)) return fail("unaccounted on the second side: " + describe(*y));
  v.linked = true;
  v.score = score;
  if (explain) {
    std::string s = std::string("form ") + form_name(a.form);
    for (const XUnit& x : a.units) {
      auto it = std::find_if(b.units.begin(), b.units.end(), [&](const XUnit& y) { return unit_match(x, y); });
      s += "; " + describe(x) + " ~ " + (it == b.units.end() ? std::string("?") : describe(*it));
    }
    v.evidence = s + code_evidence;
  }
  return v;
}

}  // namespace qbank::internal
