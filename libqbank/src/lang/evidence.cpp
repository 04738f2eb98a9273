// Gathers language evidence from a text: natural-language words apart from code, URLs and acronyms.
#include <utf8proc.h>

#include "lang/lang_internal.hpp"
#include "qbank/fold.hpp"
#include "base/utf8.hpp"

namespace qbank::internal {
namespace {

// True for a code point that continues a word: a letter or a combining mark.
bool is_letter_or_mark(char32_t c) { return script_of(c) != Script::kNone || is_mark(c); }

// Returns the end of a span that starts at s[i] and should be skipped (code span, URL, HTML tag), or i.
std::size_t skip_markup(std::u32string_view s, std::size_t i) {
  if (s[i] == U'`') {
    std::size_t ticks = i;
    while (ticks < s.size() && s[ticks] == U'`') ++ticks;
    std::u32string fence(ticks - i, U'`');
    std::size_t close = s.find(fence, ticks);
    return close == std::u32string_view::npos ? s.size() : close + fence.size();
  }
  if (s[i] == U'<' && i + 1 < s.size() && (s[i + 1] == U'/' || script_of(s[i + 1]) == Script::kLatin)) {
    std::size_t close = s.substr(i, kMaxTagLength).find(U'>');  // Bounded: no quadratic scans.
    if (close != std::u32string_view::npos) return i + close + 1;
  }
  if (s.substr(i, 7) == U"http://" || s.substr(i, 8) == U"https://" || s.substr(i, 4) == U"www.") {
    std::size_t j = i;
    while (j < s.size() && s[j] != U' ' && s[j] != U')' && s[j] != U'\t') ++j;
    return j;
  }
  return i;
}

// Removes code spans, HTML tags and URLs, leaving spaces in their place.
std::u32string strip_markup(std::string_view text) {
  std::u32string s = utf8::decode(text), out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t end = skip_markup(s, i);
    if (end > i) {
      out.push_back(U' ');
      i = end;
    } else {
      out.push_back(s[i++]);
    }
  }
  return out;
}

// True for spaces and CJK punctuation, which separate chunks (Chinese text has no spaces around terms).
bool is_separator(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0 || (c >= 0x3000 && c <= 0x303F) ||
         (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
         (c >= 0xFF5B && c <= 0xFF65);
}

// True for a chunk that looks like code or an identifier (json.dumps, useState,
// __init__, pop3, @decorator, a=b) rather than a natural-language word.
bool is_code_chunk(std::u32string_view c) {
  for (std::size_t k = 0; k < c.size(); ++k) {
    char32_t x = c[k];
    char32_t prev = k > 0 ? c[k - 1] : 0, next = k + 1 < c.size() ? c[k + 1] : 0;
    bool prev_alnum = script_of(prev) == Script::kLatin || (prev >= '0' && prev <= '9');
    bool next_alnum = script_of(next) == Script::kLatin || (next >= '0' && next <= '9');
    if (std::u32string_view(U"_=;{}[]<>$\\|#@^~").find(x) != std::u32string_view::npos) return true;
    if ((x == U'.' || x == U'(' || x == U':') && prev_alnum && next != 0 && next != U' ' &&
        (next_alnum || next == U')' || next == U':')) return true;
    if (script_of(x) == Script::kLatin && prev_alnum && utf8proc_isupper(static_cast<utf8proc_int32_t>(x)) &&
        utf8proc_islower(static_cast<utf8proc_int32_t>(prev))) return true;
    if (x >= '0' && x <= '9' && (script_of(prev) == Script::kLatin || script_of(next) == Script::kLatin))
      return true;
  }
  return false;
}

// True for a word of two or more Latin capitals (HTML, CSS, GIL), which says nothing about language.
bool is_acronym(std::u32string_view w) {
  if (w.size() < 2) return false;
  for (char32_t c : w)
    if (script_of(c) != Script::kLatin || !utf8proc_isupper(static_cast<utf8proc_int32_t>(c))) return false;
  return true;
}

// True when the two code points belong to one word run (CJK characters do not join alphabetic letters).
bool same_run(char32_t a, char32_t b) {
  if (is_mark(b)) return true;
  return is_cjk_ideograph(a) == is_cjk_ideograph(b);
}

// Adds the letters of one natural word to the evidence counts.
void count_letters(std::u32string_view w, TextEvidence& ev) {
  for (std::size_t k = 0; k < w.size(); ++k) {
    char32_t c = w[k];
    if (is_apostrophe(c)) c = U'\'';
    else c = static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
    ++ev.letters[c];
    if (script_of(c) == Script::kKana) ++ev.kana;
  }
}

// Appends the natural words of one chunk to the evidence, setting aside acronyms.
void add_chunk_words(std::u32string_view chunk, TextEvidence& ev) {
  std::size_t i = 0;
  while (i < chunk.size()) {
    if (!is_letter_or_mark(chunk[i])) {
      if (is_inverted_mark(chunk[i])) ++ev.letters[chunk[i]];
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < chunk.size() && ((is_letter_or_mark(chunk[j]) && same_run(chunk[j - 1], chunk[j])) ||
                                (is_apostrophe(chunk[j]) && j + 1 < chunk.size() &&
                                 script_of(chunk[j + 1]) != Script::kNone && !is_cjk_ideograph(chunk[j + 1]))))
      ++j;
    std::u32string_view w = chunk.substr(i, j - i);
    if (is_acronym(w)) {
      ev.latin_code = true;
    } else {
      count_letters(w, ev);
      if (!ev.natural.empty()) ev.natural.push_back(' ');
      ev.natural += utf8::encode(w);
    }
    i = j;
  }
}

// Returns a folded word with its script (word_script_of_counts) and its number of letters.
EvidenceWord make_word(std::string_view folded) {
  std::size_t counts[16] = {};
  std::size_t letters = 0;
  for (std::size_t i = 0; i < folded.size();) {
    Script s = script_of(utf8::next(folded, i));
    if (s == Script::kNone) continue;
    ++counts[static_cast<std::size_t>(s)];
    ++letters;
  }
  return {std::string(folded), word_script_of_counts(counts), letters};
}

}  // namespace

TextEvidence gather_evidence(std::string_view text) {
  TextEvidence ev;
  std::u32string s = strip_markup(text);
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_separator(s[i])) ++i;
    std::size_t j = i;
    while (j < s.size() && !is_separator(s[j]) && (j == i || is_cjk_ideograph(s[j]) == is_cjk_ideograph(s[j - 1])))
      ++j;
    std::u32string_view chunk = std::u32string_view(s).substr(i, j - i);
    if (is_code_chunk(chunk)) {
      for (char32_t c : chunk)
        if (script_of(c) == Script::kLatin) ev.latin_code = true;
    } else {
      add_chunk_words(chunk, ev);
    }
    i = j;
  }
  ev.folded = fold(ev.natural);
  std::string_view f = ev.folded;
  while (!f.empty()) {
    std::size_t sp = f.find(' ');
    std::string_view w = f.substr(0, sp);
    if (!w.empty()) ev.words.push_back(make_word(w));
    f = sp == std::string_view::npos ? std::string_view() : f.substr(sp + 1);
  }
  return ev;
}

}  // namespace qbank::internal
