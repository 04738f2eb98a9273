// Question-likeness of a text: question marks, question words ("what", "как", "cómo") and Han markers.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "base/byte_scan.hpp"
#include "normalize/text/lines.hpp"
#include "normalize/text/words.hpp"
#include "base/utf8.hpp"

namespace qbank::internal::txt {
namespace {

// Words that start a question or a task, in the languages qbank meets most (lowercase).
const WordSet& question_starters() {
  static const WordSet words = {
      // English
      "what", "what's", "whats", "how", "how's", "why", "when", "where", "which", "who", "whom", "whose",
      "is", "are", "do", "does", "did", "can", "could", "should", "would", "will", "have", "has", "was",
      "were", "explain", "describe", "define", "compare", "contrast", "list", "name", "write", "implement",
      "give", "tell", "discuss", "distinguish", "differentiate", "difference", "differences", "mention",
      "outline", "create", "design", "find", "calculate", "convert", "evaluate", "identify", "briefly",
      "suggest", "talk", "consider", "fix", "solve", "purpose", "summarize", "demonstrate", "illustrate",
      "predict", "reverse", "sort", "build", "provide", "elaborate", "state", "whats", "in", "if", "walk",
      "show", "imagine", "suppose", "share", "recall", "assume", "choose", "prove", "analyze", "analyse",
      "justify",
      // Russian / Ukrainian
      "что", "чем", "как", "какой", "какая", "какое", "какие", "каким", "какими", "каков", "какова",
      "каковы", "какую", "каких", "каком", "какому", "кем", "кому", "чего", "почему", "зачем", "когда", "где",
      "кто", "сколько", "можно", "может", "расскажи",
      "расскажите", "объясни", "объясните", "опиши", "опишите", "назови", "назовите", "напиши",
      "напишите", "приведи", "приведите", "разница", "отличие", "чему", "перечисли", "перечислите",
      "реализуйте", "реализуй", "в", "для", "есть", "що", "як", "який", "яка", "яке", "які", "чому",
      "навіщо", "коли", "де", "хто", "скільки", "поясніть", "опишіть", "назвіть", "напишіть", "чим",
      // Spanish / Portuguese / Italian / French
      "qué", "que", "cómo", "como", "cuál", "cuáles", "cuándo", "cuando", "dónde", "donde", "por", "quién",
      "explica", "explique", "describe", "define", "diferencia", "diferencias", "menciona", "escribe",
      "para", "cuántos", "cuántas", "qual", "quais", "quando", "onde", "descreva", "cosa", "che", "come",
      "perché", "quale", "quali", "dove", "spiega", "descrivi", "quel", "quelle", "quels", "quelles",
      "comment", "pourquoi", "quand", "où", "qui", "expliquez", "décrivez", "citez", "différence",
      "qu'est-ce",
      // German
      "was", "wie", "warum", "wann", "wo", "welche", "welcher", "welches", "wer", "weshalb", "wieso",
      "erkläre", "erklären", "erklären sie", "beschreibe", "beschreiben", "nenne", "nennen",
      "unterschied", "ist", "sind", "kann", "können", "gibt",
      // Dutch, Swedish, Norwegian, Danish
      "wat", "hoe", "waarom", "wanneer", "welke", "beschrijf", "vad", "hur", "varför", "vilken", "vilka",
      "hva", "hvordan", "hvorfor", "hvilken", "hvilke", "forklar", "beskriv",
      // Polish, Czech, Slovak
      "co", "jak", "dlaczego", "czym", "jakie", "jaki", "jaka", "wyjaśnij", "opisz", "proč", "jaký", "jaké",
      "vysvětlete", "popište", "prečo", "aký", "vysvetlite",
      // Turkish, Indonesian, Malay, Finnish, Hungarian, Romanian
      "nasıl", "neden", "hangi", "açıklayınız", "açıklayın", "apa", "apakah", "bagaimana", "mengapa", "kenapa",
      "jelaskan", "sebutkan", "terangkan", "mikä", "mitä", "miksi", "miten", "selitä", "miért", "hogyan",
      "melyik", "cum", "explicați", "descrieți",
      // Greek, Arabic, Persian, Hindi
      "τι", "πώς", "πως", "γιατί", "ποια", "ποιο", "ποιος", "εξηγήστε", "ما", "ماذا", "كيف", "لماذا", "متى",
      "أين", "هل", "اشرح", "عرف", "اذكر", "قارن", "وضح", "چرا", "چگونه", "آیا", "کدام", "کجا", "क्या",
      "क्यों", "कैसे", "कब", "कहाँ", "कौन", "समझाइए",
      // Polish, beyond the words above
      "czy", "czego", "czemu", "jakich", "kiedy", "gdzie", "kto", "ile", "wymień", "opowiedz", "podaj",
      "porównaj", "napisz", "omów", "zadaj", "różnica"};
  return words;
}

// Han substrings that mark a question in Chinese.
constexpr std::array<std::string_view, 12> kHanQuestion = {"什么", "怎么", "如何", "为什么", "哪", "吗",
                                                           "是否", "区别", "多少", "请", "简述", "说说"};

// Where Japanese, Korean and Thai ask with particles and question words, often without a question mark
// ("GIL คืออะไร", "インデックスとは", "캐시는 왜 필요한가", "인덱스를 설명해 주세요"): the endings and the openings
// that mark a question, Korean requests ("…해 주세요", "…하시오") among them as Chinese "请" is.
constexpr std::array<std::string_view, 24> kParticleEndings = {
    "とは", "ですか", "ますか", "でしょうか", "인가요", "나요", "까요", "습니까", "인가", "한가", "는가", "은가", "주세요", "하시오",
    "무엇", "อะไร", "อย่างไร", "ไหม", "หรือไม่", "เท่าไร", "ที่ไหน", "เมื่อไร", "ใคร", "ได้ไหม"};
constexpr std::array<std::string_view, 14> kParticleOpenings = {
    "なぜ", "どう", "どの", "どこ", "いつ", "무엇", "왜", "어떻게", "언제", "어디", "어떤", "ทำไม", "อธิบาย", "อะไร"};

// ASCII letters and digits lowercased; 0 for every other byte.
constexpr std::array<char, 128> kAsciiWord = [] {
  std::array<char, 128> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = static_cast<char>(c);
  for (int c = 'a'; c <= 'z'; ++c) t[c] = static_cast<char>(c), t[c - 32] = static_cast<char>(c);
  return t;
}();

// Returns the bytes of the first word of text (letters, inner apostrophes and hyphens) after any non-letters.
std::string_view first_word(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = i;
    if (is_letter(next_cp(text, j))) break;
    i = j;
  }
  std::size_t end = i;
  while (end < text.size()) {
    std::size_t j = end;
    char32_t c = next_cp(text, j);
    if (!is_letter(c) && !(end > i && (c == '\'' || c == U'\u2019' || c == '-'))) break;
    end = j;
  }
  return text.substr(i, end - i);
}

// True when text holds a byte from 0x80 up (read eight bytes at a time).
bool has_high_byte(std::string_view t) {
  std::size_t i = 0;
  for (; i + 8 <= t.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, t.data() + i, 8);
    if (w & 0x8080808080808080ull) return true;
  }
  for (; i < t.size(); ++i)
    if (static_cast<unsigned char>(t[i]) >= 0x80) return true;
  return false;
}

// True when text holds one of kHanQuestion (each starts with a byte from 0xE4 to 0xE8).
bool holds_han_question(std::string_view t) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (i + 16 <= t.size()) {  // Sixteen bytes at a time up to the next byte from 0xE4 to 0xE8.
      unsigned lead = scan::high_range_mask(scan::load16(t.data() + i), 0xE4, 0xE8);
      if (lead == 0) {
        i += 15;
        continue;
      }
      i += static_cast<std::size_t>(scan::first_bit(lead));
    }
    auto b = static_cast<unsigned char>(t[i]);
    if (b < 0xE4 || b > 0xE8) continue;
    for (auto h : kHanQuestion)
      if (h[0] == t[i] && t.substr(i, h.size()) == h) return true;
  }
  return false;
}

// True when the trimmed text t ends with one of kParticleEndings (before closing punctuation) or opens with one
// of kParticleOpenings; only the ends are read, so a long text costs no more than a short one.
bool particle_question(std::string_view t) {
  while (!t.empty() && (t.back() == '.' || t.back() == ':' || t.back() == ' ')) t.remove_suffix(1);
  if (t.size() >= 3 && (t.substr(t.size() - 3) == "\xE3\x80\x82" || t.substr(t.size() - 3) == "\xEF\xBC\x9A"))
    t.remove_suffix(3);  // "。", "："
  if (t.size() < 3) return false;
  // Every marker is three-byte characters: compare a text's last (first) character with each marker's before
  // comparing whole markers.
  auto key = [](std::string_view s) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(s[0])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(s[1])) << 8 | static_cast<unsigned char>(s[2]);
  };
  static const auto keys = [&] {
    std::pair<std::array<std::uint32_t, kParticleEndings.size()>, std::array<std::uint32_t, kParticleOpenings.size()>> k;
    for (std::size_t i = 0; i < kParticleEndings.size(); ++i) k.first[i] = key(kParticleEndings[i].substr(kParticleEndings[i].size() - 3));
    for (std::size_t i = 0; i < kParticleOpenings.size(); ++i) k.second[i] = key(kParticleOpenings[i]);
    return k;
  }();
  std::uint32_t last = key(t.substr(t.size() - 3)), first = key(t);
  for (std::size_t i = 0; i < kParticleEndings.size(); ++i)
    if (keys.first[i] == last && t.ends_with(kParticleEndings[i])) return true;
  for (std::size_t i = 0; i < kParticleOpenings.size(); ++i)
    if (keys.second[i] == first && t.starts_with(kParticleOpenings[i])) return true;
  return false;
}

// True when the trimmed text t starts with "¿".
bool starts_inverted(std::string_view t) { return t.size() >= 2 && t[0] == '\xC2' && t[1] == '\xBF'; }

}  // namespace

bool starts_with_question_word(std::string_view text) {
  const WordSet& starters = question_starters();
  std::size_t i = 0, n = text.size();
  while (i < n) {  // Skip to the first letter.
    std::size_t j = i;
    if (is_letter(next_cp(text, j))) break;
    i = j;
  }
  constexpr std::size_t kRoom = 64;
  std::size_t limit = std::min(starters.longest(), kRoom - 4);
  char lower[kRoom];
  std::size_t len = 0;
  for (std::size_t k = i; k < n;) {  // Lowercase the word; a word longer than every starter is none.
    auto b = static_cast<unsigned char>(text[k]);
    if (b < 0x80) {  // ASCII fast path.
      char l = kAsciiWord[b];
      if (l == 0 && !(k > i && (b == '\'' || b == '-'))) break;
      if (len == limit) return false;
      lower[len++] = l != 0 ? l : static_cast<char>(b);
      ++k;
      continue;
    }
    std::size_t j = k;
    char32_t c = next_cp(text, j);
    if (!is_letter(c) && !(k > i && c == U'\u2019')) break;
    // Lowercasing leaves code points from U+0500 on alone: a word starting above every starter is none.
    if (k == i && c >= 0x500 && c > starters.highest_start()) return false;
    if (len + (j - k) > limit) return false;
    len += put_lower(c, text.data() + k, j - k, lower + len);
    k = j;
  }
  return len > 0 && starters.contains(std::string_view(lower, len));
}

std::string first_word_lower(std::string_view text) { return lower_text(first_word(text)); }

int question_score(std::string_view text) {
  char32_t last = last_char(text);
  bool high = has_high_byte(text);  // Without such bytes there is no "？", "¿" or Han.
  int score = 0;
  if (is_question_mark(last) || (last == ';' && high && greek_question(text))) score = 3;
  else if (text.find('?') != std::string_view::npos || (high && has_wide_question_mark(text)))
    score = 2;
  std::string_view t = trim(text);
  if (high && starts_inverted(t)) return score + 3;
  if (starts_with_question_word(t)) score += 2;
  if (high && (holds_han_question(t) || particle_question(t))) return score + 2;
  return score;
}

bool is_question_like(std::string_view text) {
  // Each piece of evidence scores 2 or more: the first one found decides.
  if (text.find('?') != std::string_view::npos) return true;
  std::string_view t = trim(text);
  if (starts_with_question_word(t)) return true;
  if (!has_high_byte(t)) return false;  // Without such bytes there is no "？", "¿" or Han.
  return has_wide_question_mark(text) || starts_inverted(t) || holds_han_question(t) || greek_question(t) ||
         particle_question(t);
}

bool is_question_like(std::string_view text, bool starter) {
  if (starter || text.find('?') != std::string_view::npos) return true;
  std::string_view t = trim(text);
  if (!has_high_byte(t)) return false;
  return has_wide_question_mark(text) || starts_inverted(t) || holds_han_question(t) || greek_question(t) ||
         particle_question(t);
}

}  // namespace qbank::internal::txt
