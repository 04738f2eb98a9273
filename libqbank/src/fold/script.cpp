// Scripts of code points and the Latin/Cyrillic look-alike tables.
#include <utf8proc.h>

#include <array>
#include <utility>

#include "fold/fold_internal.hpp"

namespace qbank::internal {
namespace {

// One range of code points that belongs to a script.
struct ScriptRange {
  char32_t first;
  char32_t last;
  Script script;
};

// Script ranges, sorted by first code point.
constexpr std::array<ScriptRange, 40> kRanges{{
    {0x0041, 0x005A, Script::kLatin},      {0x0061, 0x007A, Script::kLatin},
    {0x00AA, 0x00AA, Script::kLatin},      {0x00BA, 0x00BA, Script::kLatin},
    {0x00C0, 0x00D6, Script::kLatin},      {0x00D8, 0x00F6, Script::kLatin},
    {0x00F8, 0x024F, Script::kLatin},      {0x0250, 0x02AF, Script::kLatin},
    {0x0370, 0x03FF, Script::kGreek},      {0x0400, 0x052F, Script::kCyrillic},
    {0x0531, 0x058F, Script::kArmenian},   {0x0590, 0x05FF, Script::kHebrew},
    {0x0600, 0x06FF, Script::kArabic},     {0x0750, 0x077F, Script::kArabic},
    {0x08A0, 0x08FF, Script::kArabic},     {0x0900, 0x097F, Script::kDevanagari},
    {0x0980, 0x09FF, Script::kBengali},    {0x0B80, 0x0BFF, Script::kTamil},
    {0x0E00, 0x0E7F, Script::kThai},       {0x10A0, 0x10FF, Script::kGeorgian},
    {0x1100, 0x11FF, Script::kHangul},     {0x1C80, 0x1C8F, Script::kCyrillic},
    {0x1E00, 0x1EFF, Script::kLatin},      {0x1F00, 0x1FFF, Script::kGreek},
    {0x2C60, 0x2C7F, Script::kLatin},      {0x2DE0, 0x2DFF, Script::kCyrillic},
    {0x3040, 0x309F, Script::kKana},       {0x30A0, 0x30FF, Script::kKana},
    {0x3130, 0x318F, Script::kHangul},     {0x31F0, 0x31FF, Script::kKana},
    {0x3400, 0x4DBF, Script::kHan},        {0x4E00, 0x9FFF, Script::kHan},
    {0xA640, 0xA69F, Script::kCyrillic},   {0xA720, 0xA7FF, Script::kLatin},
    {0xAC00, 0xD7AF, Script::kHangul},     {0xF900, 0xFAFF, Script::kHan},
    {0xFB50, 0xFDFF, Script::kArabic},     {0xFE70, 0xFEFF, Script::kArabic},
    {0xFF66, 0xFF9F, Script::kKana},       {0x20000, 0x3134F, Script::kHan},
}};

// A Latin letter, its Cyrillic look-alike, and whether Cyrillic words use it (so Latin→Cyrillic is safe).
struct Lookalike {
  char32_t latin;
  char32_t cyrillic;
  bool common;
};

// Latin letters paired with their Cyrillic look-alikes.
constexpr std::array<Lookalike, 30> kLookalikes{{
    {U'A', 0x0410, true},  {U'B', 0x0412, true},  {U'C', 0x0421, true},  {U'E', 0x0415, true},
    {U'H', 0x041D, true},  {U'I', 0x0406, true},  {U'K', 0x041A, true},  {U'M', 0x041C, true},
    {U'O', 0x041E, true},  {U'P', 0x0420, true},  {U'T', 0x0422, true},  {U'X', 0x0425, true},
    {U'Y', 0x0423, true},  {U'a', 0x0430, true},  {U'c', 0x0441, true},  {U'e', 0x0435, true},
    {U'i', 0x0456, true},  {U'o', 0x043E, true},  {U'p', 0x0440, true},  {U'x', 0x0445, true},
    {U'y', 0x0443, true},  {U'k', 0x043A, true},  {U'J', 0x0408, false}, {U'S', 0x0405, false},
    {U'j', 0x0458, false}, {U's', 0x0455, false}, {U'h', 0x04BB, false}, {U'd', 0x0501, false},
    {U'q', 0x051B, false}, {U'w', 0x051D, false},
}};

// The names of the scripts, indexed by the enum value.
constexpr std::array<std::string_view, 16> kScriptNames{
    "", "latin", "cyrillic", "greek", "armenian", "hebrew", "arabic", "devanagari", "bengali",
    "tamil", "thai", "georgian", "hangul", "kana", "han", "other"};

}  // namespace

Script script_of(char32_t c) {
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? Script::kLatin : Script::kNone;
  if (c >= 0x0400 && c <= 0x04FF) return Script::kCyrillic;
  if (c >= 0x4E00 && c <= 0x9FFF) return Script::kHan;
  for (const auto& r : kRanges) {
    if (c < r.first) break;
    if (c <= r.last) return r.script;
  }
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  bool letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
  return letter ? Script::kOtherLetter : Script::kNone;
}

std::string_view script_name(Script s) { return kScriptNames[static_cast<std::size_t>(s)]; }

Script script_from_name(std::string_view name) {
  for (std::size_t i = 1; i < kScriptNames.size(); ++i)
    if (kScriptNames[i] == name) return static_cast<Script>(i);
  return Script::kNone;
}

bool is_cjk_ideograph(char32_t c) {
  Script s = script_of(c);
  return s == Script::kHan || s == Script::kKana;
}

char32_t latin_to_cyrillic(char32_t c) {
  for (const auto& l : kLookalikes)
    if (l.latin == c && l.common) return l.cyrillic;
  return 0;
}

char32_t cyrillic_to_latin(char32_t c) {
  for (const auto& l : kLookalikes)
    if (l.cyrillic == c) return l.latin;
  return 0;
}

bool is_mark(char32_t c) {
  if (c < 0x300) return false;
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME;
}

}  // namespace qbank::internal
