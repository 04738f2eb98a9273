// gather_fast_evidence(): gather_evidence() in one pass over UTF-8 through the code point table. Every rule
// mirrors lang_evidence.cpp; a text with anything the table does not cover is left to that reference code.
#include <array>

#include "lang_internal.hpp"
#include "utf8.hpp"

namespace qbank {
namespace {

// The longest HTML tag skipped as markup, in code points (as in lang_evidence.cpp).
constexpr std::size_t kMaxTagLength = 200;

// Decodes one code point: ASCII inline, the rest through the strict decoder.
inline char32_t decode(std::string_view s, std::size_t& i) {
  auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return ++i, b;
  return utf8::next(s, i);
}

// The script of a tabulated code point (kNone for 0, the "no neighbour" value).
inline Script script_at(const CodePointInfo* tab, char32_t c) {
  const CodePointInfo* e = lookup_code_point(tab, c);
  return e == nullptr ? Script::kNone : e->script;
}

bool is_apostrophe(char32_t c) { return c == U'\'' || c == 0x2019 || c == 0x02BC; }
bool is_separator(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0 || (c >= 0x3000 && c <= 0x303F) ||
         (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
         (c >= 0xFF5B && c <= 0xFF65);
}

// True for CJK characters tokenised apart from alphabetic letters (Han and kana).
bool is_cjk(const CodePointInfo* e) { return e->script == Script::kHan || e->script == Script::kKana; }
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

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
    char32_t next = decode(s, k);
    if (next == '/' || script_at(code_point_table(), next) == Script::kLatin) {
      std::size_t j = i;
      for (std::size_t n = 0; n < kMaxTagLength && j < s.size(); ++n) {
        if (s[j] == '>') return j + 1;
        decode(s, j);
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

// Blanks code spans, tags and URLs when the text may hold any; returns the text to gather from.
std::string_view strip_markup(std::string_view text, std::string& buf) {
  if (text.find_first_of("`<") == std::string_view::npos && text.find("http") == std::string_view::npos &&
      text.find("www.") == std::string_view::npos)
    return text;
  buf.clear();
  for (std::size_t i = 0; i < text.size();) {
    std::size_t end = skip_markup(text, i);
    if (end > i) {
      buf.push_back(' ');
      i = end;
      continue;
    }
    std::size_t start = i;
    decode(text, i);
    buf.append(text.substr(start, i - start));
  }
  return buf;
}

// True for a chunk that looks like code or an identifier, as is_code_chunk() in lang_evidence.cpp.
bool is_code_chunk(const std::vector<char32_t>& c) {
  const CodePointInfo* tab = code_point_table();
  static const auto kCodeChars = [] {
    std::array<bool, 128> t{};
    for (char x : std::string_view("_=;{}[]<>$\\|#@^~")) t[static_cast<unsigned char>(x)] = true;
    return t;
  }();
  for (std::size_t k = 0; k < c.size(); ++k) {
    char32_t x = c[k];
    char32_t prev = k > 0 ? c[k - 1] : 0, next = k + 1 < c.size() ? c[k + 1] : 0;
    bool prev_latin = script_at(tab, prev) == Script::kLatin, next_latin = script_at(tab, next) == Script::kLatin;
    bool prev_alnum = prev_latin || is_digit(prev), next_alnum = next_latin || is_digit(next);
    if (x < 128 && kCodeChars[x]) return true;
    if ((x == U'.' || x == U'(' || x == U':') && prev_alnum && next != 0 && next != U' ' &&
        (next_alnum || next == U')' || next == U':'))
      return true;
    const CodePointInfo* e = lookup_code_point(tab, x);
    if (e->script == Script::kLatin && prev_alnum && e->upper && lookup_code_point(tab, prev)->lower) return true;
    if (is_digit(x) && (prev_latin || next_latin)) return true;
  }
  return false;
}

// Adds the natural words of the chunk to the evidence, as add_chunk_words() does.
void add_chunk_words(std::string_view s, FastEvidence& ev) {
  const CodePointInfo* tab = code_point_table();
  const auto& c = ev.chunk;
  std::size_t i = 0;
  while (i < c.size()) {
    if (lookup_code_point(tab, c[i])->script == Script::kNone) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < c.size() && (lookup_code_point(tab, c[j])->script != Script::kNone ||
                            (is_apostrophe(c[j]) && j + 1 < c.size() && script_at(tab, c[j + 1]) != Script::kNone &&
                             !is_cjk(lookup_code_point(tab, c[j + 1])))))
      ++j;
    bool acronym = j - i >= 2;
    for (std::size_t k = i; k < j && acronym; ++k) {
      const CodePointInfo* e = lookup_code_point(tab, c[k]);
      acronym = e->script == Script::kLatin && e->upper;
    }
    if (acronym) {
      ev.latin_code = true;
    } else {
      for (std::size_t k = i; k < j; ++k) {
        const CodePointInfo* e = lookup_code_point(tab, c[k]);
        if (e->letter_index >= 0) ++ev.letters[static_cast<std::size_t>(e->letter_index)];
        if (e->script == Script::kKana && e->lower_is_kana) ++ev.kana;
      }
      if (!ev.natural.empty()) ev.natural.push_back(' ');
      ev.natural.append(s.substr(ev.offsets[i], ev.offsets[j] - ev.offsets[i]));
    }
    i = j;
  }
}

// Splits the folded text into words with their majority script, as make_word() does.
void split_words(FastEvidence& ev) {
  const CodePointInfo* tab = code_point_table();
  std::string_view f = ev.folded;
  std::size_t start = 0;
  while (start < f.size()) {
    std::size_t end = f.find(' ', start);
    if (end == std::string_view::npos) end = f.size();
    if (end > start) {
      std::size_t counts[16] = {};
      std::size_t letters = 0;
      for (std::size_t i = start; i < end;) {
        const CodePointInfo* e = lookup_code_point(tab, decode(f, i));
        if (e != nullptr && e->script != Script::kNone) ++counts[static_cast<std::size_t>(e->script)], ++letters;
      }
      std::size_t best = 0;
      for (std::size_t s = 1; s < 16; ++s)
        if (counts[s] > counts[best]) best = s;
      ev.words.push_back({start, end - start, static_cast<Script>(best), letters});
    }
    start = end + 1;
  }
}

}  // namespace

bool gather_fast_evidence(std::string_view text, FastEvidence& ev) {
  ev.natural.clear();
  ev.words.clear();
  ev.letters.assign(distinguishing_letters().size(), 0);
  ev.latin_code = false;
  ev.kana = 0;
  std::string_view s = strip_markup(text, ev.stripped);
  const CodePointInfo* tab = code_point_table();
  std::size_t i = 0;
  while (i < s.size()) {
    ev.chunk.clear();
    ev.offsets.clear();
    while (i < s.size()) {
      std::size_t at = i;
      char32_t c = decode(s, i);
      const CodePointInfo* e = lookup_code_point(tab, c);
      if (e == nullptr || !e->evidence_ok) return false;
      if (is_separator(c)) {
        if (!ev.chunk.empty()) {
          i = at;
          break;
        }
        continue;
      }
      if (!ev.chunk.empty() && is_cjk(e) != is_cjk(lookup_code_point(tab, ev.chunk.back()))) {
        i = at;  // CJK characters and alphabetic letters form separate chunks.
        break;
      }
      ev.chunk.push_back(c);
      ev.offsets.push_back(at);
    }
    if (ev.chunk.empty()) break;
    ev.offsets.push_back(i);
    if (is_code_chunk(ev.chunk)) {
      for (char32_t c : ev.chunk)
        if (lookup_code_point(tab, c)->script == Script::kLatin) ev.latin_code = true;
    } else {
      add_chunk_words(s, ev);
    }
  }
  if (!fold_fast(ev.natural, ev.folded)) return false;
  split_words(ev);
  return true;
}

}  // namespace qbank
