// Per-record dedup features: content tokens with their roles, hashes of code and code-like chunks.
#include <xxhash.h>

#include <algorithm>

#include "dedup/features.hpp"
#include "qbank/fold.hpp"
#include "tokenize/tokenize_internal.hpp"
#include "tokenize/tokenize_internal.hpp"

namespace qbank::internal {
namespace {

// Hashes the code without whitespace and semicolons, so layout and optional semicolons do not matter.
std::uint64_t code_hash_of(const std::optional<std::string>& code) {
  if (!code) return 0;
  std::string key;
  for (char c : *code)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ';') key.push_back(c);
  return key.empty() ? 0 : XXH3_64bits(key.data(), key.size()) | 1;
}

// Byte classes for spotting code-like chunks.
enum ChunkClass : std::uint8_t { kBracket = 1, kQuote = 2, kInner = 4, kTrailPunct = 8 };

// The ChunkClass bits of every byte.
struct ChunkClasses {
  std::uint8_t of[256] = {};
  ChunkClasses() {
    for (unsigned char c : std::string_view("[]{}")) of[c] |= kBracket;
    for (unsigned char c : std::string_view("'\"")) of[c] |= kQuote;
    for (unsigned char c : std::string_view("0123456789,[]{}")) of[c] |= kInner;
    for (unsigned char c : std::string_view(".,?!;:")) of[c] |= kTrailPunct;
  }
};

// True when a whitespace-delimited chunk looks like code: brackets, or quotes around non-words.
bool is_code_like(std::string_view chunk, const ChunkClasses& cls) {
  std::uint8_t seen = 0;
  for (char c : chunk) seen |= cls.of[static_cast<unsigned char>(c)];
  return (seen & kBracket) || ((seen & kQuote) && (seen & kInner));
}

// Hashes the sorted code-like chunks of a folded text (trailing sentence punctuation removed); 0 if none.
std::uint64_t chunks_hash_of(std::string_view folded) {
  static const ChunkClasses cls;
  thread_local std::vector<std::string_view> chunks;
  chunks.clear();
  std::size_t i = 0;
  while (i < folded.size()) {
    std::size_t j = folded.find(' ', i);
    if (j == std::string_view::npos) j = folded.size();
    std::string_view chunk = folded.substr(i, j - i);
    while (!chunk.empty() && (cls.of[static_cast<unsigned char>(chunk.back())] & kTrailPunct)) chunk.remove_suffix(1);
    if (is_code_like(chunk, cls)) chunks.push_back(chunk);
    i = j + 1;
  }
  if (chunks.empty()) return 0;
  std::sort(chunks.begin(), chunks.end());
  std::string key;
  for (auto c : chunks) key.append(c).push_back('\x1e');
  return XXH3_64bits(key.data(), key.size()) | 1;
}

// A conservative stem for Latin-script words: only plural and possessive endings are removed, so derived
// words that mean something else ("host"/"hosting", "poll"/"polling") stay apart.
std::string light_stem(std::string_view w) {
  std::string s(w);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, "'s") == 0) s.resize(s.size() - 2);
  if (s.size() > 4 && s.compare(s.size() - 3, 3, "ies") == 0) return s.substr(0, s.size() - 3) + "y";
  if (s.size() > 4 && (s.compare(s.size() - 4, 4, "sses") == 0 || s.compare(s.size() - 4, 4, "shes") == 0 ||
                       s.compare(s.size() - 4, 4, "ches") == 0 || s.compare(s.size() - 4, 4, "xes") == 0))
    return s.substr(0, s.size() - 2);
  if (s.size() > 3 && s.back() == 's' && s[s.size() - 2] != 's' && s[s.size() - 2] != 'u' && s[s.size() - 2] != 'i')
    s.pop_back();
  return s;
}

// True when every byte is ASCII.
bool ascii_only(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// True when a token contains an ASCII digit.
bool has_digit(std::string_view s) {
  for (char c : s)
    if (c >= '0' && c <= '9') return true;
  return false;
}

// The count of non-symbol words seen so far and the last two of them (all mark_trailing() needs).
struct LastWords {
  std::size_t count = 0;
  std::string before_last, last;
  // Records the next word.
  void push(const std::string& w) {
    ++count;
    before_last.swap(last);
    last.assign(w);
  }
};

// Appends the tokens of one segment; in_parens marks a parenthesised group.
void add_segment(std::string_view segment, const std::string& lang, bool in_parens, RawFeatures& f, LastWords& words) {
  std::vector<Token> toks = tokenize(segment, lang, Stemming::kNonAsciiContent);
  std::size_t first = f.tokens.size();
  for (auto& t : toks) {
    if (!t.symbol) words.push(t.text);
    if (!in_parens && f.form == 0) f.form = question_form(t.text);
    if (!in_parens && f.marker.empty() && is_directional(t.text)) {
      f.marker = t.text;
      continue;
    }
    bool number = has_digit(t.text);
    if (t.stop && !t.symbol && !number) continue;
    RawToken r;
    r.flags = static_cast<std::uint8_t>((number ? kNumber : 0) | (t.symbol ? kSymbol : 0) |
                                        (f.marker.empty() ? 0 : kAfterMarker));
    r.stem = number || t.symbol ? t.text : (ascii_only(t.text) ? light_stem(t.text) : std::move(t.stem));
    r.word = std::move(t.text);
    f.tokens.push_back(std::move(r));
  }
  bool sub_question = segment.find('?') != std::string_view::npos;  // "(When are POST and GET used?)"
  if (in_parens && !sub_question && f.tokens.size() - first <= 2)
    for (std::size_t k = first; k < f.tokens.size(); ++k) f.tokens[k].flags |= kGloss;
}

// Marks the last content token as trailing when a context preposition precedes it.
void mark_trailing(const LastWords& words, RawFeatures& f) {
  if (words.count < 3 || f.tokens.empty()) return;
  RawToken& last = f.tokens.back();
  if ((last.flags & kGloss) || last.word != words.last) return;
  if (is_context_preposition(words.before_last)) last.flags |= kTrailing;
}

}  // namespace

RawFeatures extract_features(const Question& q) {
  RawFeatures f;
  std::string folded = fold(q.text);
  f.folded_hash = XXH3_64bits(folded.data(), folded.size());
  f.code_hash = code_hash_of(q.code);
  f.chunks_hash = chunks_hash_of(folded);
  f.code_dependent = refers_to_code(folded);
  LastWords words;
  std::string_view text = folded;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t open = text.find('(', i);
    std::size_t close = open == std::string_view::npos ? open : text.find(')', open);
    if (close == std::string_view::npos) {
      add_segment(text.substr(i), q.lang, false, f, words);
      break;
    }
    add_segment(text.substr(i, open - i), q.lang, false, f, words);
    add_segment(text.substr(open + 1, close - open - 1), q.lang, true, f, words);
    i = close + 1;
  }
  mark_trailing(words, f);
  return f;
}

void intern_features(RawFeatures&& raw, const std::string& lang, FeatureTable& table) {
  DedupFeatures f;
  f.lang = table.vocab.intern(lang);
  f.folded_hash = raw.folded_hash;
  f.code_hash = raw.code_hash;
  f.chunks_hash = raw.chunks_hash;
  f.code_dependent = raw.code_dependent;
  f.form = raw.form;
  f.marker = raw.marker.empty() ? 0 : table.vocab.intern(raw.marker);
  f.first_token = static_cast<std::uint32_t>(table.tokens.size());
  f.token_count = static_cast<std::uint32_t>(raw.tokens.size());
  for (auto& t : raw.tokens)
    table.tokens.push_back({table.vocab.intern(t.stem), table.vocab.intern(t.word), t.flags, Role::kSignificant});
  table.records.push_back(f);
}

void assign_roles(FeatureTable& table, const DedupOptions& opt) {
  const Vocab& vocab = table.vocab;
  std::vector<std::uint32_t> df(vocab.size(), 0);
  bool use_freq = table.records.size() >= opt.min_records_for_frequency;
  if (use_freq) {
    std::vector<std::uint32_t> last_seen(vocab.size(), UINT32_MAX);  // The last record that counted a stem.
    for (std::size_t r = 0; r < table.records.size(); ++r)
      for (const auto& t : table.view(r).tokens)
        if (!(t.flags & (kNumber | kSymbol)) && last_seen[t.stem] != r) {
          last_seen[t.stem] = static_cast<std::uint32_t>(r);
          ++df[t.stem];
        }
  }
  double limit = opt.common_fraction * static_cast<double>(table.records.size());
  std::vector<std::int8_t> kind(vocab.size(), -1);  // -1 unknown, 0 plain, 1 context word, 2 common.
  table.part_hash.assign(vocab.size(), 0);
  for (auto& f : table.records) {
    f.significant = 0;
    for (std::size_t k = f.first_token; k < f.first_token + f.token_count; ++k) {
      DedupToken& t = table.tokens[k];
      if (kind[t.stem] < 0) {
        kind[t.stem] = is_context_word(vocab.str(t.stem)) ? 1 : (use_freq && df[t.stem] > limit ? 2 : 0);
        table.part_hash[t.stem] = blocking_part_hash(vocab.str(t.stem));
      }
      if (t.flags & kGloss) t.role = Role::kOptional;
      else if (t.flags & (kNumber | kSymbol)) t.role = Role::kSignificant;
      else if (kind[t.stem] == 1) t.role = (t.flags & kTrailing) ? Role::kOptional : Role::kIgnorable;
      else if (kind[t.stem] == 2) t.role = Role::kCommon;
      else t.role = Role::kSignificant;
      if (t.role == Role::kSignificant) ++f.significant;
    }
  }
}

}  // namespace qbank::internal
