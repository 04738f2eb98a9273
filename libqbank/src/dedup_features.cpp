// Per-record dedup features: content tokens with their roles, code-like chunks, code key, blocking keys.
#include <xxhash.h>

#include <algorithm>
#include <set>

#include "dedup_internal.hpp"
#include "qbank/fold.hpp"
#include "qbank/tokenize.hpp"

namespace qbank::detail {
namespace {

// Removes whitespace and semicolons so code layout and optional semicolons do not matter.
std::string code_key_of(const std::optional<std::string>& code) {
  std::string out;
  if (!code) return out;
  for (char c : *code)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ';') out.push_back(c);
  return out;
}

// True when a whitespace-delimited chunk looks like code: brackets, or quotes around non-words.
bool is_code_like(std::string_view chunk) {
  bool bracket = chunk.find_first_of("[]{}") != std::string_view::npos;
  bool quote = chunk.find_first_of("'\"") != std::string_view::npos;
  bool inner = chunk.find_first_of("0123456789,[]{}") != std::string_view::npos;
  return bracket || (quote && inner);
}

// Collects the code-like chunks of a folded text, trailing sentence punctuation removed, sorted.
std::vector<std::string> code_chunks(std::string_view folded) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < folded.size()) {
    std::size_t j = folded.find(' ', i);
    if (j == std::string_view::npos) j = folded.size();
    std::string_view chunk = folded.substr(i, j - i);
    while (!chunk.empty() && std::string_view(".,?!;:").find(chunk.back()) != std::string_view::npos)
      chunk.remove_suffix(1);
    if (is_code_like(chunk)) out.emplace_back(chunk);
    i = j + 1;
  }
  std::sort(out.begin(), out.end());
  return out;
}

// True when a token contains an ASCII digit.
bool has_digit(std::string_view s) { return s.find_first_of("0123456789") != std::string_view::npos; }

// Appends the tokens of one segment; in_parens marks a parenthesised group.
void add_segment(std::string_view segment, const std::string& lang, bool in_parens, DedupFeatures& f,
                 std::vector<std::string>& words, bool& after_marker) {
  std::vector<Token> toks = tokenize(segment, lang);
  std::size_t first = f.tokens.size();
  for (auto& t : toks) {
    if (!t.symbol) words.push_back(t.text);
    if (!in_parens && f.marker.empty() && is_directional(t.text)) {
      f.marker = t.text;
      after_marker = true;
      continue;
    }
    if (t.stop && !t.symbol && !has_digit(t.text)) continue;
    DedupToken d;
    d.number = has_digit(t.text);
    d.symbol = t.symbol;
    d.stem = d.number || d.symbol ? t.text : t.stem;
    d.word = std::move(t.text);
    d.after_marker = after_marker;
    f.tokens.push_back(std::move(d));
  }
  if (in_parens && f.tokens.size() - first <= 2)
    for (std::size_t k = first; k < f.tokens.size(); ++k) f.tokens[k].gloss = true;
}

// Marks the last content token as trailing when a context preposition precedes it.
void mark_trailing(const std::vector<std::string>& words, DedupFeatures& f) {
  if (words.size() < 3 || f.tokens.empty()) return;
  DedupToken& last = f.tokens.back();
  if (last.gloss || last.word != words.back()) return;
  if (is_context_preposition(words[words.size() - 2])) last.trailing = true;
}

}  // namespace

DedupFeatures extract_features(const Question& q) {
  DedupFeatures f;
  f.lang = q.lang;
  f.folded = fold(q.text);
  f.code_key = code_key_of(q.code);
  f.chunks = code_chunks(f.folded);
  std::vector<std::string> words;
  bool after_marker = false;
  std::string_view text = f.folded;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t open = text.find('(', i);
    std::size_t close = open == std::string_view::npos ? open : text.find(')', open);
    if (close == std::string_view::npos) {
      add_segment(text.substr(i), f.lang, false, f, words, after_marker);
      break;
    }
    add_segment(text.substr(i, open - i), f.lang, false, f, words, after_marker);
    add_segment(text.substr(open + 1, close - open - 1), f.lang, true, f, words, after_marker);
    i = close + 1;
  }
  mark_trailing(words, f);
  return f;
}

WordWeights count_weights(const std::vector<DedupFeatures>& features, const DedupOptions& options) {
  WordWeights w;
  w.records = features.size();
  w.common_fraction = options.common_fraction;
  w.use_frequency = features.size() >= options.min_records_for_frequency;
  if (!w.use_frequency) return w;
  std::vector<const std::string*> seen;
  for (const auto& f : features) {
    seen.clear();
    for (const auto& t : f.tokens) {
      if (t.symbol || t.number) continue;
      if (std::find_if(seen.begin(), seen.end(), [&](const std::string* s) { return *s == t.stem; }) != seen.end())
        continue;
      seen.push_back(&t.stem);
      ++w.df[t.stem];
    }
  }
  return w;
}

}  // namespace qbank::detail
