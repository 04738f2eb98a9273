// Tests for is_nfc_stable: every code point it accepts is checked against utf8proc's own normalization data.
#include <catch2/catch.hpp>

#include <utf8proc.h>

#include <string>
#include <vector>

#include "base/utf8.hpp"
#include "fold/fold_internal.hpp"
#include "fold/unicode.hpp"

namespace {

// Marks every code point that appears after the first one in some code point's canonical decomposition: the
// characters NFC may compose with what comes before them (combining marks, Hangul vowels and final consonants).
std::vector<bool> composes_with_previous() {
  std::vector<bool> out(0x110000, false);
  for (utf8proc_int32_t c = 0; c < 0x110000; ++c) {
    utf8proc_int32_t buf[32];
    int last = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(c, buf, 32, UTF8PROC_DECOMPOSE, &last);
    for (utf8proc_ssize_t k = 1; k < n; ++k) out[static_cast<std::size_t>(buf[k])] = true;
  }
  return out;
}

}  // namespace

TEST_CASE("is_nfc_stable: every accepted code point is unchanged by NFC in any context") {
  const std::vector<bool> second = composes_with_previous();
  std::size_t accepted = 0;
  for (char32_t c = 0; c < 0x110000; ++c) {
    if (!qbank::internal::is_nfc_stable(c)) continue;
    ++accepted;
    INFO("code point " << static_cast<unsigned>(c));
    REQUIRE(!(c >= 0xD800 && c <= 0xDFFF));
    REQUIRE(c != qbank::internal::utf8::kReplacement);
    REQUIRE(utf8proc_get_property(static_cast<utf8proc_int32_t>(c))->combining_class == 0);
    REQUIRE(!second[c]);
    std::string s;
    qbank::internal::utf8::append(s, c);
    REQUIRE(qbank::internal::to_nfc(s) == s);
  }
  CHECK(accepted > 40000);  // The ranges cover the common scripts, CJK ideographs and Hangul syllables.
}

TEST_CASE("is_nfc_stable: characters NFC changes or composes are rejected") {
  using qbank::internal::is_nfc_stable;
  CHECK(!is_nfc_stable(0x0301));   // Combining acute accent.
  CHECK(!is_nfc_stable(0x1161));   // Hangul vowel, composes with a leading consonant.
  CHECK(!is_nfc_stable(0x212B));   // Angstrom sign, a singleton decomposition.
  CHECK(!is_nfc_stable(0x3099));   // Combining kana voiced sound mark.
  CHECK(!is_nfc_stable(0xFFFD));   // Stands for invalid bytes.
  CHECK(is_nfc_stable(0xAC00));    // Hangul syllable.
  CHECK(is_nfc_stable(U'q'));
}
