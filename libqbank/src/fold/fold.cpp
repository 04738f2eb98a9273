// Text folding and UTF-8 helpers built on utf8proc.
#include "qbank/fold.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

#include "base/byte_scan.hpp"
#include "fold/fold_one_pass.hpp"
#include "fold/fold_internal.hpp"
#include "base/utf8.hpp"

namespace qbank::internal {
namespace {

// The most passes fold makes while a pass still changes the text (entities inside entities...).
constexpr int kMaxFoldPasses = 4;

// Maps a code point that has a common look-alike to its plain form, or returns it unchanged.
char32_t unify_lookalike(char32_t c) {
  switch (c) {
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
    case 0xFE58: case 0xFE63: case 0xFF0D: case 0x2043:
      return U'-';
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4: case 0x0060:
    case 0x02B9: case 0x02BC: case 0x02C8: case 0xFF07: case 0x2035:
      return U'\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
    case 0x2036: case 0xFF02: case 0x301D: case 0x301E:
      return U'"';
    case 0x00A0: case 0x2007: case 0x202F: case 0x205F: case 0x3000: case 0x0009: case 0x000A:
    case 0x000B: case 0x000C: case 0x000D: case 0x0085: case 0x2028: case 0x2029: case 0x1680:
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
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F || c == 0x2060 ||
         c == 0xFEFF || c == 0x00AD || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// Runs a utf8proc mapping with the given options; returns the input unchanged if utf8proc fails.
std::string utf8proc_apply(const std::string& s, int options) {
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                    static_cast<utf8proc_ssize_t>(s.size()), &out,
                                    static_cast<utf8proc_option_t>(options));
  if (n < 0) return s;
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> guard(out, &std::free);
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

// Decodes entities, drops markdown escapes and invisible characters, and unifies look-alikes.
std::string clean_markup(std::string_view text) {
  std::u32string cps = utf8::decode(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    if (c == U'\\' && i + 1 < cps.size() && is_md_escapable(cps[i + 1])) continue;
    if (c == U'&') {
      char32_t decoded = 0;
      std::size_t len = decode_entity(cps, i, decoded);
      if (len > 0) {
        c = decoded;
        i += len - 1;
      }
    }
    if (is_invisible(c)) continue;
    utf8::append(out, unify_lookalike(c));
  }
  return out;
}

// Unifies look-alikes that case folding produced, collapses whitespace and repairs mixed-script words.
std::string finish(const std::string& folded) {
  std::u32string cps;
  cps.reserve(folded.size());
  bool space = false;
  for (char32_t c : utf8::decode(folded)) {
    c = unify_lookalike(c);
    if (c == U' ' || c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || is_invisible(c)) {
      space = !cps.empty();
      continue;
    }
    if (space) cps.push_back(U' ');
    space = false;
    cps.push_back(c);
  }
  repair_mixed_words(cps, nullptr);
  return utf8::encode(cps);
}

// One folding pass: markup, NFKC with case folding, then look-alikes, spaces and mixed scripts.
std::string fold_pass(std::string_view text) {
  return finish(utf8proc_apply(clean_markup(text), UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
                                                       UTF8PROC_CASEFOLD));
}

// True when plain ASCII folding gives the same result as the full pipeline: no markup, no non-ASCII.
bool is_plain_ascii(std::string_view text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80 || c == '&' || c == '\\') return false;
  return true;
}

// Folds plain ASCII text: lowercase, backtick as apostrophe, controls and whitespace collapsed.
std::string fold_ascii(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c <= ' ' || c == 0x7F) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c == '`' ? '\'' : (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
  }
  return out;
}

}  // namespace

}  // namespace qbank::internal

namespace qbank {

std::string fold(std::string_view text) {
  if (internal::is_plain_ascii(text)) return internal::fold_ascii(text);
  std::string out;
  if (internal::fold_simple(text, out) || internal::fold_fast(text, out)) return out;
  return internal::fold_reference(text);
}

}  // namespace qbank

namespace qbank::internal {

std::string fold_reference(std::string_view text) {
  std::string out = fold_pass(text);
  // A pass can reveal new markup ("&amp;lt;" → "&lt;"); repeat until the text is stable.
  for (int pass = 1; pass < kMaxFoldPasses && out.find_first_of("&\\") != std::string::npos; ++pass) {
    std::string again = fold_pass(out);
    if (again == out) break;
    out = std::move(again);
  }
  return out;
}

std::string decode_html_entities(std::string_view text) {
  std::u32string cps = internal::utf8::decode(text);
  std::u32string out;
  out.reserve(cps.size());
  for (std::size_t i = 0; i < cps.size(); ++i) {
    char32_t decoded = 0;
    std::size_t len = internal::decode_entity(cps, i, decoded);
    out.push_back(len > 0 ? decoded : cps[i]);
    if (len > 0) i += len - 1;
  }
  return internal::utf8::encode(out);
}

std::size_t find_invalid_utf8(std::string_view bytes) {
  const char* d = bytes.data();
  const std::size_t n = bytes.size();
  auto cont = [d](std::size_t k) { return (static_cast<unsigned char>(d[k]) & 0xC0) == 0x80; };
  for (std::size_t i = 0; i < n;) {
    if (i + 16 <= n) {  // Skips ASCII and well-formed two- and three-byte characters sixteen bytes at a time.
      internal::scan::Block x = internal::scan::load16(d + i);
      unsigned high = internal::scan::high_mask(x);
      unsigned end = high == 0 ? 16u : internal::scan::utf8_run_end(internal::scan::utf8_masks(x, high), 0, 0);
      if (end > 0) {
        i += end;
        continue;
      }
    }
    auto b = static_cast<unsigned char>(d[i]);
    if (b < 0x80) {
      ++i;
    } else if (b >= 0xC2 && b <= 0xDF && i + 1 < n && cont(i + 1)) {
      i += 2;
    } else if (b >= 0xE1 && b <= 0xEF && b != 0xED && i + 2 < n && cont(i + 1) && cont(i + 2)) {
      i += 3;  // Three bytes that can be neither overlong nor a surrogate.
    } else {
      std::size_t next = i;  // A copy whose address may escape, so that i can stay in a register.
      if (internal::utf8::next(bytes, next) == internal::utf8::kReplacement) return i;  // U+FFFD itself took the branch above.
      i = next;
    }
  }
  return std::string_view::npos;
}

std::string to_nfc(std::string_view text) {
  return internal::utf8proc_apply(internal::utf8::encode(internal::utf8::decode(text)), UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

std::string to_nfd(std::string_view text) {
  return internal::utf8proc_apply(internal::utf8::encode(internal::utf8::decode(text)), UTF8PROC_STABLE | UTF8PROC_DECOMPOSE);
}

}  // namespace qbank::internal

namespace qbank {

bool is_valid_utf8(std::string_view bytes) { return internal::find_invalid_utf8(bytes) == std::string_view::npos; }

}  // namespace qbank

