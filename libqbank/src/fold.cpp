// Text folding and UTF-8 helpers built on utf8proc.
#include "qbank/fold.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

#include "utf8.hpp"

namespace qbank {
namespace {

// Maps a code point that has a common look-alike to its plain ASCII form, or returns it unchanged.
char32_t unify_lookalike(char32_t c) {
  switch (c) {
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
    case 0xFE63: case 0xFF0D:
      return U'-';
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4: case 0x0060:
      return U'\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      return U'"';
    case 0x00A0: case 0x2007: case 0x202F: case 0x3000: case 0x0009: case 0x000A: case 0x000D:
      return U' ';
    case 0x0451: return 0x0435;  // ё -> е
    case 0x0401: return 0x0415;  // Ё -> Е
    default:
      if (c >= 0x2000 && c <= 0x200A) return U' ';
      return c;
  }
}

// True for code points that carry no visible content and are dropped when folding.
bool is_invisible(char32_t c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

// True for ASCII punctuation that markdown lets a writer escape with a backslash.
bool is_md_escapable(char32_t c) {
  return c < 0x80 && std::string_view("\\`*_{}[]()#+-.!<>|~\"'$%&,/:;=?@^").find(static_cast<char>(c)) !=
                         std::string_view::npos;
}

// Applies NFKC and full case folding through utf8proc.
std::string nfkc_casefold(const std::string& s) {
  utf8proc_uint8_t* out = nullptr;
  auto opts = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
                                             UTF8PROC_CASEFOLD);
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                    static_cast<utf8proc_ssize_t>(s.size()), &out, opts);
  if (n < 0) return s;
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> guard(out, &std::free);
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

}  // namespace

std::string fold(std::string_view text) {
  std::u32string cps = utf8::decode(text);
  std::string pre;
  pre.reserve(text.size());
  for (std::size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    if (c == U'\\' && i + 1 < cps.size() && is_md_escapable(cps[i + 1])) continue;
    if (is_invisible(c)) continue;
    utf8::append(pre, unify_lookalike(c));
  }
  std::string folded = nfkc_casefold(pre);
  // Folding can produce new look-alikes (e.g. full-width forms); unify again and collapse spaces.
  std::string out;
  out.reserve(folded.size());
  bool space = false;
  for (char32_t c : utf8::decode(folded)) {
    c = unify_lookalike(c);
    if (c == U' ' || (c < 0x20) || c == 0x7F) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    utf8::append(out, c);
  }
  return out;
}

bool is_valid_utf8(std::string_view bytes) { return find_invalid_utf8(bytes) == std::string_view::npos; }

std::size_t find_invalid_utf8(std::string_view bytes) { return utf8::find_invalid(bytes); }

std::string to_nfc(std::string_view text) {
  std::string clean = utf8::encode(utf8::decode(text));
  utf8proc_uint8_t* out = nullptr;
  auto opts = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(clean.data()),
                                    static_cast<utf8proc_ssize_t>(clean.size()), &out, opts);
  if (n < 0) return clean;
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> guard(out, &std::free);
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

}  // namespace qbank
