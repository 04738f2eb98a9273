// Languages named by a script that one language mostly writes.
#include "lang/script_blocks.hpp"

#include <array>

#include "base/utf8.hpp"
#include "fold/unicode.hpp"

namespace qbank::internal {
namespace {

// A Unicode block and the language that mostly writes it.
struct Block {
  char32_t first;
  char32_t last;
  std::string_view lang;
};

// The blocks, in code point order.
constexpr std::array<Block, 16> kBlocks = {{
    {0x0780, 0x07BF, "dv"},  // Thaana
    {0x0A00, 0x0A7F, "pa"},  // Gurmukhi
    {0x0A80, 0x0AFF, "gu"},  // Gujarati
    {0x0B00, 0x0B7F, "or"},  // Oriya
    {0x0C00, 0x0C7F, "te"},  // Telugu
    {0x0C80, 0x0CFF, "kn"},  // Kannada
    {0x0D00, 0x0D7F, "ml"},  // Malayalam
    {0x0D80, 0x0DFF, "si"},  // Sinhala
    {0x0E80, 0x0EFF, "lo"},  // Lao
    {0x0F00, 0x0FFF, "bo"},  // Tibetan
    {0x1000, 0x109F, "my"},  // Myanmar
    {0x1200, 0x139F, "am"},  // Ethiopic and its supplement
    {0x1780, 0x17FF, "km"},  // Khmer
    {0x1800, 0x18AF, "mn"},  // Mongolian
    {0x2D80, 0x2DDF, "am"},  // Ethiopic extended
    {0xAB00, 0xAB2F, "am"},  // Ethiopic extended-A
}};

}  // namespace

std::string_view block_language(std::string_view text) {
  std::array<std::size_t, kBlocks.size()> counts{};
  std::size_t letters = 0;
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = utf8::next(text, i);
    if (script_of(c) == Script::kNone) continue;
    ++letters;
    for (std::size_t b = 0; b < kBlocks.size() && c >= kBlocks[b].first; ++b)
      if (c <= kBlocks[b].last) ++counts[b];
  }
  for (std::size_t b = 0; b < kBlocks.size(); ++b)
    if (counts[b] * 2 > letters) return kBlocks[b].lang;
  return "";
}

}  // namespace qbank::internal
