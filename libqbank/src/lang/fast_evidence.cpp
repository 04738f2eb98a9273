// gather_fast_evidence(): gather_evidence() in one decoding pass over UTF-8 through the code point table. Every
// rule mirrors lang_evidence.cpp; a text with anything the table does not cover is left to that reference code.
#include <array>

#include "lang/fast_evidence.hpp"
#include "base/utf8.hpp"

namespace qbank::internal {
namespace {

// The script of a tabulated code point (kNone for 0, the "no neighbour" value).
inline Script script_at(const CodePointInfo* tab, char32_t c) {
  const CodePointInfo* e = lookup_code_point(tab, c);
  return e == nullptr ? Script::kNone : e->script;
}

// True for CJK characters tokenised apart from alphabetic letters (Han and kana).
inline bool is_cjk(const CodePointInfo* e) { return e->script == Script::kHan || e->script == Script::kKana; }
inline bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool is_latin(const CodePointInfo* e) { return e->script == Script::kLatin; }

// True when s[i] opens a URL ("http://", "https://", "www.").
bool url_at(std::string_view s, std::size_t i) {
  std::string_view r = s.substr(i);
  return r.substr(0, 7) == "http://" || r.substr(0, 8) == "https://" || r.substr(0, 4) == "www.";
}

// Returns the end of the markup span at s[i] (code span, tag, URL), or i; as skip_markup() on code points.
std::size_t skip_markup(std::string_view s, std::size_t i) {
  if (s[i] == '`') {
    std::size_t ticks = i;
    while (ticks < s.size() && s[ticks] == '`') ++ticks;
    std::size_t close = s.find(s.substr(i, ticks - i), ticks);
    return close == std::string_view::npos ? s.size() : close + (ticks - i);
  }
  if (s[i] == '<' && i + 1 < s.size()) {
    std::size_t k = i + 1;
    char32_t next = utf8::next_inline(s, k);
    if (next == '/' || script_at(lang_code_point_table(), next) == Script::kLatin) {
      std::size_t j = i;
      for (std::size_t n = 0; n < kMaxTagLength && j < s.size(); ++n) {
        if (s[j] == '>') return j + 1;
        utf8::next_inline(s, j);
      }
    }
  }
  if (url_at(s, i)) {
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != ')' && s[j] != '\t') ++j;
    return j;
  }
  return i;
}

}  // namespace

bool may_hold_markup(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '`' || c == '<') return true;
    if (c == 'h' && text.substr(i, 4) == "http") return true;
    if (c == 'w' && text.substr(i, 4) == "www.") return true;
  }
  return false;
}

namespace {

// Blanks code spans, tags and URLs when the text may hold any; returns the text to gather from.
std::string_view strip_markup(std::string_view text, std::string& buf) {
  if (!may_hold_markup(text)) return text;
  buf.clear();
  for (std::size_t i = 0; i < text.size();) {
    std::size_t end = skip_markup(text, i);
    if (end > i) {
      buf.push_back(' ');
      i = end;
      continue;
    }
    std::size_t start = i;
    utf8::next_inline(text, i);
    buf.append(text.substr(start, i - start));
  }
  return buf;
}

// True when every byte of s is ASCII.
bool is_ascii(std::string_view s) {
  unsigned char any = 0;
  for (char c : s) any |= static_cast<unsigned char>(c);
  return any < 0x80;
}

// Decodes s into ev.cps with a sentinel entry at the end; false when a code point is outside the table or
// may not be handled by the fast evidence (marks, U+FFFD).
bool decode_all(std::string_view s, FastEvidence& ev) {
  const CodePointInfo* tab = lang_code_point_table();
  ev.cps.resize(s.size() + 1);
  FastEvidence::Cp* out = ev.cps.data();
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t at = i;
    char32_t c = utf8::next_inline(s, i);
    const CodePointInfo* e = c < kTableLowEnd ? tab + c : lookup_code_point(tab, c);
    if (e == nullptr || !e->evidence_ok) return false;
    out[n++] = {c, static_cast<std::uint32_t>(at), e};
  }
  out[n] = {0, static_cast<std::uint32_t>(s.size()), tab};
  ev.cps.resize(n + 1);
  return true;
}

// True for the chunk cps[a, b) that looks like code or an identifier, as is_code_chunk() in lang_evidence.cpp.
bool is_code_chunk(const FastEvidence::Cp* cp, std::size_t a, std::size_t b, const CodePointInfo* nul) {
  static const auto kCodeChars = [] {
    std::array<bool, 128> t{};
    for (char x : std::string_view("_=;{}[]<>$\\|#@^~")) t[static_cast<unsigned char>(x)] = true;
    return t;
  }();
  for (std::size_t k = a; k < b; ++k) {
    char32_t x = cp[k].c;
    if (x < 128 && kCodeChars[x]) return true;
    char32_t prev = k > a ? cp[k - 1].c : 0, next = k + 1 < b ? cp[k + 1].c : 0;
    const CodePointInfo* pe = k > a ? cp[k - 1].e : nul;
    const CodePointInfo* ne = k + 1 < b ? cp[k + 1].e : nul;
    bool prev_latin = is_latin(pe), next_latin = is_latin(ne);
    bool prev_alnum = prev_latin || is_digit(prev), next_alnum = next_latin || is_digit(next);
    if ((x == U'.' || x == U'(' || x == U':') && prev_alnum && next != 0 && next != U' ' &&
        (next_alnum || next == U')' || next == U':'))
      return true;
    const CodePointInfo* e = cp[k].e;
    if (e->script == Script::kLatin && prev_alnum && e->upper && pe->lower) return true;
    if (is_digit(x) && (prev_latin || next_latin)) return true;
  }
  return false;
}

// Adds the natural words of the chunk cps[a, b) to the evidence, as add_chunk_words() does.
void add_chunk_words(std::size_t a, std::size_t b, FastEvidence& ev) {
  const FastEvidence::Cp* cp = ev.cps.data();
  std::size_t i = a;
  while (i < b) {
    if (cp[i].e->script == Script::kNone) {
      if (is_inverted_mark(cp[i].c) && cp[i].e->letter_index >= 0)
        ++ev.letters[static_cast<std::size_t>(cp[i].e->letter_index)], ev.any_letter = true;
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < b && (cp[j].e->script != Script::kNone ||
                     (is_apostrophe(cp[j].c) && j + 1 < b && cp[j + 1].e->script != Script::kNone &&
                      !is_cjk(cp[j + 1].e))))
      ++j;
    bool acronym = j - i >= 2;
    for (std::size_t k = i; k < j && acronym; ++k) acronym = cp[k].e->script == Script::kLatin && cp[k].e->upper;
    if (acronym) {
      ev.latin_code = true;
    } else {
      for (std::size_t k = i; k < j; ++k) {
        const CodePointInfo* e = cp[k].e;
        if (e->letter_index >= 0) ++ev.letters[static_cast<std::size_t>(e->letter_index)], ev.any_letter = true;
        if (e->script == Script::kKana && e->lower_is_kana) ++ev.kana;
      }
      ev.natural_words.emplace_back(cp[i].off, cp[j].off);
      ev.natural_cps.emplace_back(static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j));
    }
    i = j;
  }
}

// The state of fold_fast() over the natural words joined by spaces.
struct FoldState {
  bool space = false, latin = false, cyrillic = false;

  // Folds one code point (its bytes in raw) onto out; false when the reference fold is needed.
  bool step(const CodePointInfo* e, std::string_view raw, std::string& out) {
    if (!e->fold_ok) return false;
    if (e->fold_kind == CodePointInfo::kDrop) return true;
    if (e->fold_kind == CodePointInfo::kSpace) {
      space = !out.empty();
      latin = cyrillic = false;
      return true;
    }
    if (space) out.push_back(' ');
    space = false;
    if (e->fold_self) out.append(raw);
    else if (e->fold_len == 1) out.push_back(e->fold[0]);
    else out.append(e->fold, e->fold_len);
    if (!e->fold_word) {
      latin = cyrillic = false;
      return true;
    }
    latin = latin || e->fold_latin;
    cyrillic = cyrillic || e->fold_cyrillic;
    return !(latin && cyrillic);  // A mixed word: the reference code repairs it.
  }
};

// Folds the natural words joined by spaces into ev.folded, as fold_fast(natural) does.
bool fold_natural(FastEvidence& ev) {
  const CodePointInfo* tab = lang_code_point_table();
  const FastEvidence::Cp* cp = ev.cps.data();
  ev.folded.clear();
  FoldState st;
  for (std::size_t w = 0; w < ev.natural_cps.size(); ++w) {
    if (w > 0 && !st.step(tab + ' ', " ", ev.folded)) return false;
    for (std::size_t k = ev.natural_cps[w].first; k < ev.natural_cps[w].second; ++k)
      if (!st.step(cp[k].e, ev.source.substr(cp[k].off, cp[k + 1].off - cp[k].off), ev.folded)) return false;
  }
  return true;
}

// Returns the script of the folded word f[start, end) (word_script_of_counts) and counts its letters, as
// make_word() does.
Script word_script(std::string_view f, std::size_t start, std::size_t end, std::size_t& letters) {
  const CodePointInfo* tab = lang_code_point_table();
  Script first = Script::kNone;
  bool mixed = false;
  letters = 0;
  for (std::size_t i = start; i < end;) {
    char32_t c = utf8::next_inline(f, i);
    const CodePointInfo* e = c < kTableLowEnd ? tab + c : lookup_code_point(tab, c);
    if (e == nullptr || e->script == Script::kNone) continue;
    if (letters++ == 0) first = e->script;
    else mixed = mixed || e->script != first;
  }
  if (!mixed) return first;
  std::size_t counts[16] = {};
  for (std::size_t i = start; i < end;) {
    char32_t c = utf8::next_inline(f, i);
    const CodePointInfo* e = c < kTableLowEnd ? tab + c : lookup_code_point(tab, c);
    if (e != nullptr && e->script != Script::kNone) ++counts[static_cast<std::size_t>(e->script)];
  }
  return word_script_of_counts(counts);
}

// Splits the folded text into words with their majority script, as make_word() does.
void split_words(FastEvidence& ev) {
  std::string_view f = ev.folded;
  std::size_t start = 0;
  while (start < f.size()) {
    std::size_t end = f.find(' ', start);
    if (end == std::string_view::npos) end = f.size();
    if (end > start) {
      std::size_t letters = 0;
      Script script = word_script(f, start, end, letters);
      ev.words.push_back({start, end - start, script, letters});
    }
    start = end + 1;
  }
}

}  // namespace

void clear_evidence(FastEvidence& ev) {
  ev.natural_words.clear();
  ev.natural_cps.clear();
  ev.words.clear();
  ev.folded.clear();
  if (ev.any_letter || ev.letters.empty()) ev.letters.assign(distinguishing_letters().size(), 0);
  ev.any_letter = false;
  ev.latin_code = false;
  ev.kana = 0;
  ev.word_scripts = 0;
  ev.scripts_known = false;
}

bool gather_fast_evidence(std::string_view text, FastEvidence& ev) {
  clear_evidence(ev);
  ev.source = strip_markup(text, ev.stripped);
  if (is_ascii(ev.source) && gather_ascii_evidence(ev.source, ev)) return true;
  if (!decode_all(ev.source, ev)) return false;
  const FastEvidence::Cp* cp = ev.cps.data();
  const CodePointInfo* nul = lang_code_point_table();
  std::size_t n = ev.cps.size() - 1;
  for (std::size_t i = 0; i < n;) {
    while (i < n && is_evidence_separator(cp[i].c)) ++i;
    if (i == n) break;
    std::size_t j = i + 1;
    bool cjk = is_cjk(cp[i].e);  // CJK characters and alphabetic letters form separate chunks.
    while (j < n && !is_evidence_separator(cp[j].c) && is_cjk(cp[j].e) == cjk) ++j;
    if (is_code_chunk(cp, i, j, nul)) {
      for (std::size_t k = i; k < j; ++k)
        if (cp[k].e->script == Script::kLatin) ev.latin_code = true;
    } else {
      add_chunk_words(i, j, ev);
    }
    i = j;
  }
  if (!fold_natural(ev)) return false;
  split_words(ev);
  return true;
}

}  // namespace qbank::internal
