// lower_text_to() agrees with lowering one code point at a time, whatever the alignment of Cyrillic or Hangul runs.
#include <catch2/catch.hpp>

#include <string>

#include "base/utf8.hpp"
#include "normalize/text/words.hpp"

namespace {

// Lowers text one code point at a time with to_lower_cp (invalid bytes as U+FFFD).
std::string lower_each(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) qbank::internal::utf8::append(out, qbank::internal::txt::to_lower_cp(qbank::internal::utf8::next(text, i)));
  return out;
}

}  // namespace

TEST_CASE("lower_text_to lowers Cyrillic, Hangul and ASCII runs at every offset as each code point alone") {
  std::string letters;  // Every code point from U+0400 to U+047F, and ASCII capitals between them.
  for (char32_t c = 0x400; c < 0x480; ++c) {
    qbank::internal::utf8::append(letters, c);
    if (c % 7 == 0) letters += (c % 2 ? "Q" : " z");
  }
  std::vector<std::string> texts = {letters, "Что такое MRO? Разница между LIST и tuple", "ЁЖИК ёжик Ѐ ѐ Џ џ Ѡ ѡ",
                                    "Привет\xD0", "Привет\xD0 мир", "При\x80вет мир и ещё", "Пр\xD1\xA0ивет мир и ещё раз",
                                    "«Что» такое — это", "고유값(eigen VALUE)와 고유벡터 — 설명해주세요", "什么是闭包？Closure 如何使用",
                                    "\xED\x9E\xA3\xED\xA0\x80 surrogate \xED\x9F\xBF", "emoji \xF0\x9F\x98\x80 Ж \xE2\x80\xA8 x",
                                    "\xE0\xA4\x95 \xE0\x80\x80 overlong", "잘림\xEA\xB0", "\xEA\xB0\x80\xEA\xB0 cut"};
  for (const auto& base : std::vector<std::string>(texts))
    for (std::size_t pad = 1; pad < 17; ++pad) texts.push_back(std::string(pad, 'A') + base), texts.push_back(base.substr(pad % base.size()));
  for (const auto& t : texts) {
    INFO("text: " << t);
    std::string buf(t.size() * 3 + 4, '\0');
    std::size_t n = qbank::internal::txt::lower_text_to(t, buf.data(), buf.size());
    REQUIRE(n <= buf.size());
    CHECK(buf.substr(0, n) == lower_each(t));
  }
}
