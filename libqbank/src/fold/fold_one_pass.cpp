// A one-pass fold for the common scripts, equal to qbank::fold (checked by tests), falling back to it.
#include "fold/fold_one_pass.hpp"

#include "base/byte_scan.hpp"
#include "fold/fold_internal.hpp"
#include "qbank/fold.hpp"
#include "base/utf8.hpp"

namespace qbank::internal {
namespace {

// What the fast path does with one code point.
enum class Kind { kFallback, kSpace, kDrop, kLatin, kCyrillic, kOther };

// The result of mapping one code point: its kind and the folded code point (0 for none).
struct Mapped {
  Kind kind;
  char32_t c;
};

// Maps an ASCII character as fold does: lowercase, backtick as apostrophe, controls as space.
constexpr Mapped map_ascii(char32_t c) {
  if (c <= 0x20 || c == 0x7F) return {Kind::kSpace, 0};
  if (c == '&' || c == '\\') return {Kind::kFallback, 0};
  if (c >= 'A' && c <= 'Z') return {Kind::kLatin, c + 0x20};
  if (c >= 'a' && c <= 'z') return {Kind::kLatin, c};
  return {Kind::kOther, c == '`' ? U'\'' : c};
}

// map_ascii for every ASCII byte, computed once.
struct AsciiTable {
  Mapped entry[128];
  constexpr AsciiTable() : entry() {
    for (char32_t c = 0; c < 128; ++c) entry[c] = map_ascii(c);
  }
};
constexpr AsciiTable kAscii;

// What the one-pass fold does with an ASCII byte: copy it (mapped), copy a Latin letter, or a space.
enum AsciiRole : unsigned char { kCopy, kLetter, kBlank, kSpecial };

// The role of an ASCII byte and the byte it folds to.
struct AsciiFold {
  AsciiRole role;
  char c;
};

// AsciiFold for every ASCII byte, from map_ascii.
struct AsciiFoldTable {
  AsciiFold entry[128];
  constexpr AsciiFoldTable() : entry() {
    for (char32_t c = 0; c < 128; ++c) {
      Mapped m = map_ascii(c);
      AsciiRole role = m.kind == Kind::kLatin ? kLetter : m.kind == Kind::kOther ? kCopy
                       : m.kind == Kind::kSpace ? kBlank : kSpecial;
      entry[c] = {role, static_cast<char>(m.c)};
    }
  }
};
constexpr AsciiFoldTable kAsciiFold;

// Maps Latin-1 and Cyrillic code points whose folding is a plain lowercase.
Mapped map_letters(char32_t c) {
  if (c >= 0x80 && c <= 0xA0) return {Kind::kSpace, 0};
  if (c == 0xAB || c == 0xBB) return {Kind::kOther, U'"'};
  if (c == 0xAD) return {Kind::kDrop, 0};
  if (c == 0xA1 || c == 0xBF || c == 0xD7 || c == 0xF7) return {Kind::kOther, c};
  if ((c >= 0xC0 && c <= 0xDE) && c != 0xD7) return {Kind::kLatin, c + 0x20};
  if (c >= 0xE0 && c <= 0xFF && c != 0xF7) return {Kind::kLatin, c};
  if (c == 0x401 || c == 0x451) return {Kind::kCyrillic, 0x435};  // ё -> е
  if (c >= 0x410 && c <= 0x42F) return {Kind::kCyrillic, c + 0x20};
  if (c >= 0x430 && c <= 0x44F) return {Kind::kCyrillic, c};
  if (c == 0x404 || c == 0x406 || c == 0x407 || c == 0x40E) return {Kind::kCyrillic, c + 0x50};
  if (c == 0x454 || c == 0x456 || c == 0x457 || c == 0x45E || c == 0x491) return {Kind::kCyrillic, c};
  if (c == 0x490) return {Kind::kCyrillic, 0x491};
  return {Kind::kFallback, 0};
}

// Maps punctuation, spaces and East Asian characters that fold maps one to one.
Mapped map_other(char32_t c) {
  if (c >= 0x4E00 && c <= 0x9FFF) return {Kind::kOther, c};  // CJK ideographs, the most frequent case here.
  if ((c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000) return {Kind::kSpace, 0};
  if ((c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF) return {Kind::kDrop, 0};
  if (c >= 0x2010 && c <= 0x2015) return {Kind::kOther, U'-'};
  if (c >= 0x2018 && c <= 0x201B) return {Kind::kOther, U'\''};
  if (c >= 0x201C && c <= 0x201F) return {Kind::kOther, U'"'};
  if (c == 0x2026) return {Kind::kOther, c};  // Written as "...", its compatibility form.
  if (c == 0x2022 || c == 0x3001 || c == 0x3002 || (c >= 0x3008 && c <= 0x3011)) return {Kind::kOther, c};
  if ((c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC) return {Kind::kOther, c};
  if ((c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3))
    return {Kind::kOther, c};
  if (c >= 0xFF01 && c <= 0xFF5E && c != 0xFF06 && c != 0xFF3C) return map_ascii(c - 0xFEE0);
  return {Kind::kFallback, 0};
}

// Maps one code point for the fast path.
Mapped map_char(char32_t c) {
  if (c < 0x80) return kAscii.entry[c];
  if (c < 0x2000) return map_letters(c);
  return map_other(c);
}

// The running state of the one-pass fold.
struct FoldState {
  char* start;            // The start of the output.
  char* o;                // Where the next output byte goes.
  bool space = false;     // A space is due before the next character.
  bool latin = false;     // The current word has a Latin letter.
  bool cyrillic = false;  // The current word has a Cyrillic letter.
};

// Folds the plain ASCII bytes that start the sixteen at p in one step: those before the first control, '&',
// '\\', DEL or non-ASCII byte and before the second of two spaces, none when the first is a space. Returns how
// many it folded, or -1 when a Latin letter joins a Cyrillic word (the text needs the fuller path).
inline int fold_block(const char* p, FoldState& st) {
  scan::Block x = scan::load16(p);
  unsigned spaces = scan::eq_mask(x, ' ');
  unsigned odd = scan::below_or_eq_mask(x, 0x20, '&', '\\', 0x7F) | (spaces & (spaces << 1)) | (spaces & 1);
  unsigned k = odd != 0 ? static_cast<unsigned>(scan::first_bit(odd)) : 16u;
  if (k == 0) return 0;
  unsigned keep = (1u << k) - 1;
  spaces &= keep;
  unsigned letters = scan::letter_mask(x) & keep;
  unsigned first_word = spaces != 0 ? (spaces & (0u - spaces)) - 1 : keep;  // The bytes before the first space.
  if (st.cyrillic && (letters & first_word) != 0) return -1;
  *st.o = ' ';  // Overwritten below unless a space is due.
  st.o += st.space;
  scan::store_folded(st.o, x);
  unsigned trailing = (spaces >> (k - 1)) & 1u;  // A last space is due before the next character.
  st.o += k - trailing;
  if (spaces == 0) {
    st.latin = st.latin || letters != 0;
  } else {
    unsigned last_word = keep & ~((2u << (31 - __builtin_clz(spaces))) - 1);  // The bytes after the last space.
    st.latin = (letters & last_word) != 0;
    st.cyrillic = false;
  }
  st.space = trailing != 0;
  return static_cast<int>(k);
}

// Folds a basic Cyrillic letter (U+0410-U+044F, lowercased), a CJK ideograph (U+4E00-U+9FFF, kept) or a
// Hangul syllable (U+AC00-U+D7A3, kept) at text[i] without decoding it, advancing i; returns false, leaving
// everything as it was, for anything else.
inline bool fold_common_letter(std::string_view text, std::size_t& i, FoldState& st) {
  const auto* d = reinterpret_cast<const unsigned char*>(text.data()) + i;
  std::size_t left = text.size() - i;
  unsigned b0 = d[0];
  if ((b0 == 0xD0 || b0 == 0xD1) && left >= 2) {
    unsigned b1 = d[1];
    if (b0 == 0xD0 ? b1 < 0x90 || b1 > 0xBF : b1 < 0x80 || b1 > 0x8F) return false;
    if (b0 == 0xD0 && b1 < 0xB0) b0 = b1 < 0xA0 ? 0xD0 : 0xD1, b1 = b1 < 0xA0 ? b1 + 0x20 : b1 - 0x20;  // Capitals.
    *st.o = ' ';  // Overwritten below unless a space is due.
    st.o += st.space;
    st.o[0] = static_cast<char>(b0), st.o[1] = static_cast<char>(b1);
    st.o += 2;
    st.space = false;
    st.cyrillic = true;
    i += 2;
    return true;
  }
  if (b0 < 0xE4 || b0 > 0xED || left < 3 || (d[1] & 0xC0) != 0x80 || (d[2] & 0xC0) != 0x80) return false;
  if (b0 == 0xE4 && d[1] < 0xB8) return false;  // Below U+4E00.
  if (b0 == 0xEA && d[1] < 0xB0) return false;  // Above U+9FFF, below U+AC00.
  if (b0 == 0xED && (d[1] > 0x9E || (d[1] == 0x9E && d[2] > 0xA3))) return false;  // Above U+D7A3.
  *st.o = ' ';
  st.o += st.space;
  st.o[0] = static_cast<char>(d[0]), st.o[1] = static_cast<char>(d[1]), st.o[2] = static_cast<char>(d[2]);
  st.o += 3;
  st.space = false;
  i += 3;
  return true;
}

// Folds the character at text[i], advancing i; returns false when the text needs the fuller path.
inline bool fold_char(std::string_view text, std::size_t& i, FoldState& st) {
  auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) {  // The common case, without the general steps.
    const AsciiFold f = kAsciiFold.entry[b];
    ++i;
    if (f.role <= kLetter) {
      if (f.role == kLetter) {
        if (st.cyrillic) return false;
        st.latin = true;
      }
      *st.o = ' ';  // Overwritten below unless a space is due.
      st.o += st.space;
      st.space = false;
      *st.o++ = f.c;
      return true;
    }
    if (f.role == kBlank) {
      st.space = st.o != st.start;
      st.latin = st.cyrillic = false;
      return true;
    }
    // fold drops a markdown escape's backslash; any other backslash and '&' take the full path.
    return b == '\\' && i < text.size() && is_md_escapable(static_cast<unsigned char>(text[i]));
  }
  if (fold_common_letter(text, i, st)) return !(st.latin && st.cyrillic);
  std::size_t next = i;  // A copy whose address may escape, so that i can stay in a register.
  char32_t c = utf8::next_inline(text, next);
  i = next;
  Mapped m = c >= 0x410 && c <= 0x44F ? Mapped{Kind::kCyrillic, c < 0x430 ? c + 0x20 : c} : map_char(c);
  if (m.kind == Kind::kFallback) return false;
  if (m.kind == Kind::kDrop) return true;
  if (m.kind == Kind::kSpace) {
    st.space = st.o != st.start;
    st.latin = st.cyrillic = false;
    return true;
  }
  st.latin = st.latin || m.kind == Kind::kLatin;
  st.cyrillic = st.cyrillic || m.kind == Kind::kCyrillic;
  if (st.latin && st.cyrillic) return false;  // fold repairs words that mix the two scripts.
  if (st.space) *st.o++ = ' ';
  st.space = false;
  if (c == 0x2026) {
    for (int k = 0; k < 3; ++k) *st.o++ = '.';
  } else {
    st.o += utf8::encode_to(m.c, st.o);
  }
  return true;
}

}  // namespace

std::size_t fold_simple(std::string_view text, char* out) {
  FoldState st{out, out};
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    if (i + 16 <= n) {
      int k = fold_block(text.data() + i, st);
      if (k < 0) return std::string_view::npos;
      if (k > 0) {
        i += static_cast<std::size_t>(k);
        continue;
      }
    }
    do {  // One character, then those that follow up to the next ASCII byte other than a space.
      if (!fold_char(text, i, st)) return std::string_view::npos;
    } while (i < n && (static_cast<unsigned char>(text[i]) >= 0x80 || text[i] == ' '));
  }
  return static_cast<std::size_t>(st.o - st.start);
}

bool fold_simple(std::string_view text, std::string& out) {
  out.resize(text.size() + 4);  // No character folds to more bytes than it has; a space replaces a space run.
  std::size_t n = fold_simple(text, out.data());
  if (n == std::string_view::npos) return false;
  out.resize(n);
  return true;
}

void fold_into(std::string_view text, std::string& out) {
  if (!fold_simple(text, out) && !fold_fast(text, out)) out = fold_reference(text);
}

}  // namespace qbank::internal
