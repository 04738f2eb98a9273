// HTML character references: named entities, accented-letter entities and numeric references.
#include <utf8proc.h>

#include <array>
#include <string_view>

#include "fold/fold_internal.hpp"

namespace qbank::internal {
namespace {

// A named entity and the code point it stands for.
struct NamedEntity {
  std::u32string_view name;
  char32_t value;
};

// Named entities found in scraped question lists (accented letters are composed separately).
constexpr std::array<NamedEntity, 62> kNamed{{
    {U"amp", U'&'},     {U"AMP", U'&'},     {U"lt", U'<'},       {U"LT", U'<'},      {U"gt", U'>'},
    {U"GT", U'>'},      {U"quot", U'"'},    {U"QUOT", U'"'},     {U"apos", U'\''},   {U"nbsp", 0xA0},
    {U"ensp", 0x2002},  {U"emsp", 0x2003},  {U"thinsp", 0x2009}, {U"ndash", 0x2013}, {U"mdash", 0x2014},
    {U"minus", 0x2212}, {U"hellip", 0x2026}, {U"laquo", 0xAB},   {U"raquo", 0xBB},   {U"lsquo", 0x2018},
    {U"rsquo", 0x2019}, {U"ldquo", 0x201C}, {U"rdquo", 0x201D},  {U"sbquo", 0x201A}, {U"bdquo", 0x201E},
    {U"bull", 0x2022},  {U"middot", 0xB7},  {U"copy", 0xA9},     {U"reg", 0xAE},     {U"trade", 0x2122},
    {U"deg", 0xB0},     {U"plusmn", 0xB1},  {U"times", 0xD7},    {U"divide", 0xF7},  {U"para", 0xB6},
    {U"sect", 0xA7},    {U"shy", 0xAD},     {U"zwj", 0x200D},    {U"zwnj", 0x200C},  {U"lrm", 0x200E},
    {U"rlm", 0x200F},   {U"euro", 0x20AC},  {U"pound", 0xA3},    {U"yen", 0xA5},     {U"cent", 0xA2},
    {U"larr", 0x2190},  {U"rarr", 0x2192},  {U"uarr", 0x2191},   {U"darr", 0x2193},  {U"harr", 0x2194},
    {U"le", 0x2264},    {U"ge", 0x2265},    {U"ne", 0x2260},     {U"infin", 0x221E}, {U"szlig", 0xDF},
    {U"aelig", 0xE6},   {U"AElig", 0xC6},   {U"oslash", 0xF8},   {U"Oslash", 0xD8},  {U"eth", 0xF0},
    {U"thorn", 0xFE},   {U"iexcl", 0xA1},
}};

// An accent suffix of entity names ("eacute") and the combining mark it adds.
struct Accent {
  std::u32string_view suffix;
  char32_t mark;
};

// The accents that HTML entity names spell out.
constexpr std::array<Accent, 7> kAccents{{{U"grave", 0x0300}, {U"acute", 0x0301}, {U"circ", 0x0302},
                                          {U"tilde", 0x0303}, {U"uml", 0x0308},   {U"ring", 0x030A},
                                          {U"cedil", 0x0327}}};

// Decodes an accented-letter entity name ("eacute" → é), or returns 0.
char32_t accented_letter(std::u32string_view name) {
  if (name.size() < 4 || !((name[0] | 0x20) >= 'a' && (name[0] | 0x20) <= 'z')) return 0;
  for (const auto& a : kAccents) {
    if (name.substr(1) != a.suffix) continue;
    utf8proc_int32_t composed = 0;
    auto base = static_cast<utf8proc_int32_t>(name[0]);
    utf8proc_int32_t buf[2] = {base, static_cast<utf8proc_int32_t>(a.mark)};
    utf8proc_ssize_t n = utf8proc_normalize_utf32(buf, 2, static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE));
    if (n == 1) composed = buf[0];
    return static_cast<char32_t>(composed);
  }
  return 0;
}

// Decodes the digits of a numeric reference ("#39", "#x27"), or returns 0 when they are not a number.
char32_t numeric_reference(std::u32string_view body) {
  bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
  std::size_t start = hex ? 2 : 1;
  if (body.size() <= start || body.size() - start > 8) return 0;
  std::uint32_t v = 0;
  for (std::size_t k = start; k < body.size(); ++k) {
    char32_t d = body[k];
    std::uint32_t digit = 0;
    if (d >= '0' && d <= '9') digit = d - '0';
    else if (hex && (d | 0x20) >= 'a' && (d | 0x20) <= 'f') digit = (d | 0x20) - 'a' + 10;
    else return 0;
    v = v * (hex ? 16 : 10) + digit;
  }
  if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0xFFFD;
  return static_cast<char32_t>(v);
}

}  // namespace

std::size_t decode_entity(std::u32string_view s, std::size_t i, char32_t& out) {
  if (i >= s.size() || s[i] != U'&') return 0;
  std::size_t end = i + 1;
  while (end < s.size() && end - i <= 10 && s[end] != U';') {
    char32_t c = s[end];
    if (!(c == '#' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))) return 0;
    ++end;
  }
  if (end >= s.size() || s[end] != U';' || end == i + 1) return 0;
  std::u32string_view body = s.substr(i + 1, end - i - 1);
  char32_t v = 0;
  if (body[0] == U'#') {
    v = numeric_reference(body);
  } else {
    for (const auto& e : kNamed)
      if (e.name == body) v = e.value;
    if (v == 0) v = accented_letter(body);
  }
  if (v == 0) return 0;
  out = v;
  return end - i + 1;
}

}  // namespace qbank::internal
