// The CLD2 wrapper: the library's only contact with compact_lang_det.h.
#include <cstdio>  // compact_lang_det.h uses FILE without including it.

#include <compact_lang_det.h>
#include <encodings.h>

#include <algorithm>
#include <climits>

#include "lang/lang_internal.hpp"
#include "base/utf8.hpp"

namespace qbank::internal {
namespace {

// Maps CLD2's code ("zh-Hant", "iw") to an ISO 639-1 code, or "" when it is not a two-letter language.
std::string iso_code(const char* cld_code) {
  std::string code = cld_code == nullptr ? "" : cld_code;
  code = code.substr(0, code.find('-'));
  if (code == "iw") return "he";
  if (code == "in") return "id";
  if (code == "jw") return "jv";
  if (code.size() != 2 || code == "un") return "";
  return code;
}

}  // namespace

namespace {

// Asks CLD2 about text, with its UTF-8 validation scan or without it (for text known to be valid).
Cld2Guess ask_cld2(std::string_view text, bool check_utf8) {
  Cld2Guess g;
  if (text.empty() || text.size() > static_cast<std::size_t>(INT_MAX)) return g;
  CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language language3[3];
  int percent3[3] = {0, 0, 0};
  double scores3[3] = {0, 0, 0};
  int text_bytes = 0;
  bool reliable = false;
  int valid_prefix = 0;
  const char* data = text.data();
  int size = static_cast<int>(text.size());
  CLD2::Language top =
      check_utf8 ? CLD2::ExtDetectLanguageSummaryCheckUTF8(data, size, true, &hints, 0, language3, percent3, scores3,
                                                            nullptr, &text_bytes, &reliable, &valid_prefix)
                 : CLD2::ExtDetectLanguageSummary(data, size, true, &hints, 0, language3, percent3, scores3, nullptr,
                                                  &text_bytes, &reliable);
  g.lang = iso_code(CLD2::LanguageCode(top));
  g.percent = percent3[0];
  g.text_bytes = text_bytes;
  g.reliable = reliable && !g.lang.empty();
  return g;
}

}  // namespace

Cld2Guess cld2_guess_valid(std::string_view text) { return ask_cld2(text, false); }

bool is_foreign_word(std::string_view word, Script script) {
  const CodePointInfo* tab = code_point_table();  // Its scripts are script_of's, looked up without a search.
  bool letter = false;
  for (std::size_t i = 0; i < word.size();) {
    if (auto b = static_cast<unsigned char>(word[i]); b < 0x80) {  // ASCII: the table's own entry.
      Script s = tab[b].script;
      if (s == script) return false;
      letter = letter || s != Script::kNone;
      ++i;
      continue;
    }
    char32_t c = utf8::next_inline(word, i);
    const CodePointInfo* e = lookup_code_point(tab, c);
    Script s = e != nullptr ? e->script : script_of(c);
    if (s == script) return false;
    letter = letter || s != Script::kNone;
  }
  return letter;
}

void cld2_script_text(std::string_view natural, Script script, std::string& out) {
  out.clear();
  for (std::size_t pos = 0; pos < natural.size();) {
    std::size_t end = std::min(natural.find(' ', pos), natural.size());
    std::string_view word = natural.substr(pos, end - pos);
    if (!is_foreign_word(word, script)) {
      if (!out.empty()) out.push_back(' ');
      out.append(word);
    }
    pos = end + 1;
  }
}

Cld2Guess cld2_guess(std::string_view text) { return ask_cld2(text, true); }

}  // namespace qbank::internal
