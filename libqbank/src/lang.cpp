// Language identification: script evidence first, then distinguishing letters, then the prior.
#include "qbank/lang.hpp"

#include "utf8.hpp"

namespace qbank {

std::string detect_language(std::string_view text, std::string_view prior) {
  std::size_t latin = 0, cyrillic = 0, han = 0, kana = 0, hangul = 0;
  bool ukrainian = false;
  for (char32_t c : utf8::decode(text)) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++latin;
    else if (c >= 0x0400 && c <= 0x04FF) {
      ++cyrillic;
      if (c == 0x0456 || c == 0x0457 || c == 0x0454 || c == 0x0491) ukrainian = true;
    } else if (c >= 0x4E00 && c <= 0x9FFF) ++han;
    else if (c >= 0x3040 && c <= 0x30FF) ++kana;
    else if (c >= 0xAC00 && c <= 0xD7AF) ++hangul;
  }
  if (kana > 0) return "ja";
  if (hangul > 0) return "ko";
  if (han > 0) return "zh";
  if (cyrillic > 0) return ukrainian ? "uk" : "ru";
  if (latin > 0) return prior.empty() || prior == "ru" || prior == "uk" || prior == "zh" ? "en" : std::string(prior);
  return "und";
}

}  // namespace qbank
