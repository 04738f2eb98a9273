// Page furniture (titles, authors, dates, navigation, counters) and topic cleanup.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include <utf8proc.h>

#include "base/byte_scan.hpp"
#include "normalize/question_cues.hpp"
#include "normalize/text/lines.hpp"
#include "normalize/text/words.hpp"

namespace qbank::internal::txt {
namespace {

// Words that say "interview" in a title.
constexpr std::array<std::string_view, 10> kInterview = {
    "interview", "собеседован", "співбесід", "entrevista", "vorstellungsgespräch", "面试", "entretien",
    "colloquio", "bewerbungsgespräch", "面接"};

// Words that say "questions" in a title.
constexpr std::array<std::string_view, 10> kQuestions = {"question", "вопрос", "питан", "запитан",
                                                         "pregunta", "frage", "题", "questõ", "domand",
                                                         "q&a"};

// Openings of navigation, sharing and comment widgets (lowercase, whole words).
constexpr std::array<std::string_view, 18> kNavigation = {
    "sign in", "sign up", "log in", "subscribe", "read more", "back to top", "next post",
    "previous post", "recommended ", "related ", "copyright", "©", "all rights reserved",
    "table of contents", "leave a comment", "rate this", "click here", "share this"};

// Whole lines that are navigation or widget titles.
constexpr std::array<std::string_view, 22> kNavigationLines = {
    "comments", "discussion", "contents", "share", "menu", "home", "tags", "related posts", "navigation",
    "feedback", "advertisement", "sponsored", "реклама", "anzeige", "werbung", "publicidad", "publicité",
    "pubblicità", "reklama", "广告", "広告", "광고"};

// Openings of author lines.
constexpr std::array<std::string_view, 8> kAuthor = {"written by", "posted by", "published by", "author:",
                                                     "автор:", "autor:", "by ", "作者"};

// Openings of date lines.
constexpr std::array<std::string_view, 8> kDate = {"last updated", "updated on", "updated:", "published on",
                                                   "posted on", "обновлено", "опубликовано", "actualizado"};

// Counter words after a number ("0 followers", "12 comments").
constexpr std::array<std::string_view, 8> kCounters = {"followers", "comments", "likes", "views",
                                                       "shares", "reactions", "replies", "votes"};

// True when lower starts with prefix at a word boundary.
inline bool starts_word(std::string_view lower, std::string_view prefix) {
  if (lower.size() < prefix.size() || lower[0] != prefix[0] || lower.substr(0, prefix.size()) != prefix) return false;
  if (lower.size() == prefix.size() || prefix.back() == ' ' || prefix.back() == ':') return true;
  unsigned char next = static_cast<unsigned char>(lower[prefix.size()]);
  return !std::isalnum(next) && next < 0x80;
}

// A list of needles searched for in one pass over a text.
class Needles {
 public:
  // Groups a list of needles (string literals of two bytes or more) by first byte and marks their first two bytes.
  template <std::size_t N>
  explicit Needles(const std::array<std::string_view, N>& words) {
    for (auto w : words) {
      auto b = static_cast<unsigned char>(w[0]);
      if (by_first_[b].empty()) firsts_.push_back(w[0]);
      by_first_[b].push_back(w);
      unsigned pair = pair_of(w.data());
      pairs_[pair / 64] |= std::uint64_t{1} << (pair % 64);
    }
  }

  // True when text contains any of the needles.
  bool any_in(std::string_view text) const {
    std::size_t i = 0;
    for (; i + 16 <= text.size(); i += 16) {  // Sixteen bytes at a time: only where a needle may start.
      scan::Block x = scan::load16(text.data() + i);
      unsigned starts = 0;
      for (char f : firsts_) starts |= scan::eq_mask(x, f);
      for (; starts != 0; starts &= starts - 1)
        if (at(text, i + static_cast<std::size_t>(scan::first_bit(starts)))) return true;
    }
    for (; i < text.size(); ++i)
      if (at(text, i)) return true;
    return false;
  }

 private:
  // The two bytes at p as one number.
  static unsigned pair_of(const char* p) {
    return static_cast<unsigned>(static_cast<unsigned char>(p[0])) << 8 | static_cast<unsigned char>(p[1]);
  }

  // True when a needle starts at text[i].
  bool at(std::string_view text, std::size_t i) const {
    if (i + 1 >= text.size()) return false;
    unsigned pair = pair_of(text.data() + i);
    if ((pairs_[pair / 64] >> (pair % 64) & 1) == 0) return false;
    for (std::string_view w : by_first_[static_cast<unsigned char>(text[i])])
      if (text.size() - i >= w.size() && text[i + 1] == w[1] &&
          std::char_traits<char>::compare(text.data() + i + 2, w.data() + 2, w.size() - 2) == 0)
        return true;
    return false;
  }

  std::vector<std::string_view> by_first_[256];  // The needles starting with each byte.
  std::vector<char> firsts_;                     // The bytes some needle starts with.
  std::uint64_t pairs_[65536 / 64] = {};         // One bit for each pair of bytes some needle starts with.
};

// The needles of kInterview.
const Needles kInterviewNeedles(kInterview);

// The needles of kQuestions.
const Needles kQuestionsNeedles(kQuestions);

// Phrases that name questions and answers in a title.
constexpr std::array<std::string_view, 4> kPairs = {"q&a", "questions and answers", "questions & answers",
                                                    "вопросы и ответы"};

// The needles of kPairs.
const Needles kPairsNeedles(kPairs);

// True for a day-month-year written in digits ("15/03/2024", "2.1.2023", "10-09-24").
bool numeric_date(std::string_view w) {
  int parts = 0, digits = 0;
  char sep = 0;
  for (char c : w) {
    if (c >= '0' && c <= '9') {
      if (++digits > 4) return false;
      continue;
    }
    if ((c != '/' && c != '.' && c != '-') || digits == 0 || (sep != 0 && c != sep)) return false;
    sep = c;
    ++parts;
    digits = 0;
  }
  return parts == 2 && digits >= 2;
}

// True when a space-separated token of text is a numeric date ("15/03/2024").
bool has_numeric_date(std::string_view text) {
  for (std::size_t from = 0; from < text.size();) {
    std::size_t sp = std::min(text.find(' ', from), text.size());
    if (numeric_date(text.substr(from, sp - from))) return true;
    from = sp + 1;
  }
  return false;
}

// True when every phrase of kPairs holds a word of kQuestions (furniture_reason looks for kPairs only then).
constexpr bool pairs_hold_questions() {
  for (auto p : kPairs) {
    bool held = false;
    for (auto q : kQuestions) held = held || p.find(q) != std::string_view::npos;
    if (!held) return false;
  }
  return true;
}
static_assert(pairs_hold_questions());

// True for a line that looks like a date ("Sat Apr 10 2021", "2021-04-10", "10 April 2021").
bool is_date_line(std::string_view lower, const std::array<std::string_view, 7>& words, std::size_t count) {
  static constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                               "jul", "aug", "sep", "oct", "nov", "dec"};
  static constexpr std::array<std::string_view, 9> kLong = {"january", "february", "march", "april", "june",
                                                            "july", "august", "september", "october"};
  if (count > 6) return false;
  bool year = false, month = false;
  for (std::size_t k = 0; k < count; ++k) {
    std::string_view w = words[k];
    if (w.size() == 4 && (w.substr(0, 2) == "19" || w.substr(0, 2) == "20") &&
        w.find_first_not_of("0123456789") == std::string_view::npos)
      year = true;
    month = month || (!w.empty() && (in_list(kMonths, w) || in_list(kLong, w))) || w == "november" ||
            w == "december";
  }
  if (year && month) return true;
  return lower.size() >= 10 && lower[4] == '-' && lower[7] == '-' &&
         std::isdigit(static_cast<unsigned char>(lower[0])) && std::isdigit(static_cast<unsigned char>(lower[5]));
}

}  // namespace

namespace {

// Mail header names ("From:", "Subject:") in a few languages, lowercase.
constexpr std::array<std::string_view, 24> kMailHeaders = {
    "from", "to", "cc", "bcc", "date", "sent", "subject", "reply-to", "от", "кому", "тема", "дата", "від",
    "von", "an", "betreff", "datum", "de", "à", "objet", "para", "asunto", "assunto", "oggetto"};

// True for a mail header line ("From: Olena <o@x.ua>", "Subject: Re: …"): a header name, a colon, a value.
bool is_mail_header(std::string_view lower) {
  std::size_t colon = lower.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 12 || colon + 2 >= lower.size() ||
      lower[colon + 1] != ' ')
    return false;
  return in_list(kMailHeaders, lower.substr(0, colon));
}

}  // namespace

namespace {

// True for a line of document markup that sets an attribute and says nothing: a block attribute alone in
// brackets ("[qanda]", "[source,python]", "[NOTE]") or an attribute entry (":toc:", ":icons: font").
bool is_markup_attribute(std::string_view t) {
  auto name_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-' || c == '.' || c == '#' ||
           c == ',' || c == '=' || c == '"';
  };
  if (t.size() >= 3 && t.size() <= 64 && t.front() == '[' && t.back() == ']') {
    // AsciiDoc's block names and admonitions; other bracketed words ("[Databases]") may be headings.
    static constexpr std::string_view kBlocks[] = {
        "qanda", "source", "listing", "literal", "quote", "verse", "example", "sidebar", "abstract", "partintro",
        "glossary", "bibliography", "appendix", "horizontal", "pass", "comment", "NOTE", "TIP", "IMPORTANT",
        "WARNING", "CAUTION", "discrete", "float", "normal", "subs"};
    std::string_view inner = t.substr(1, t.size() - 2);
    if (!std::all_of(inner.begin(), inner.end(), name_char)) return false;
    if (inner.front() == '#' || inner.front() == '.' || inner.find_first_of(",=") != std::string_view::npos) return true;
    return std::find(std::begin(kBlocks), std::end(kBlocks), inner) != std::end(kBlocks);
  }
  if (t.size() < 3 || t.front() != ':') return false;
  std::size_t close = t.find(':', 1);
  if (close == std::string_view::npos || close < 2 || (close + 1 < t.size() && t[close + 1] != ' ')) return false;
  // A value of a few plain words; an emoji code before a sentence (":bar_chart: There are …") is no attribute.
  std::string_view value = trim(t.substr(close + 1));
  if (count_words(value) > 6 || value.find_first_of("*&<[`") != std::string_view::npos) return false;
  return std::all_of(t.begin() + 1, t.begin() + static_cast<long>(close), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-' || c == '!';
  });
}

}  // namespace

std::string_view furniture_reason(std::string_view text) {
  text = trim(text);
  if (!text.empty() && (text.front() == '[' || text.front() == ':') && is_markup_attribute(text)) return "metadata";
  std::size_t spaces = 0;
  for (char c : text) spaces += c == ' ';
  if (spaces > 40 || text.size() > 400) return {};
  char buffer[3 * 400];  // Lowercasing at most triples a byte (an invalid one becomes U+FFFD).
  std::string_view lower(buffer, lower_text_to(text, buffer, sizeof buffer));
  if (lower.empty()) return {};
  if (is_mail_header(lower)) return "mail header";
  char32_t last = last_char(lower);
  bool question = is_question_mark(last);
  std::array<std::string_view, 7> words;  // The first words (all of them when there are at most 6).
  std::size_t word_count = 0;               // The words, counted up to 16 (every test below asks for fewer).
  bool split = false;                       // True once words and word_count are filled.
  auto count = [&]() {  // Splits the words the first time a test needs them.
    if (!split)
      for_each_word_while(lower, [&](std::string_view w) {
        if (word_count < words.size()) words[word_count] = w;
        return ++word_count < 16;
      });
    split = true;
    return word_count;
  };
  // Every phrase of kPairs holds a word of kQuestions, so a text without those holds none of kPairs.
  bool asks_about_questions = !question && kQuestionsNeedles.any_in(lower);
  if (asks_about_questions && count() <= 15 && kInterviewNeedles.any_in(lower)) return "title";
  if (asks_about_questions && kPairsNeedles.any_in(lower)) return "title";
  for (auto a : kAuthor)
    if (starts_word(lower, a) && count() <= 6 && (a != "by " || count() <= 4)) return "author";
  for (auto d : kDate)
    if (starts_word(lower, d)) return "date";
  // A date line holds a year ("19xx", "20xx") or starts with a digit.
  bool digit = std::isdigit(static_cast<unsigned char>(lower[0])) != 0;
  bool year_digit = lower.find('1') != std::string_view::npos || lower.find('2') != std::string_view::npos;
  if ((digit || year_digit) && count() <= 6 && is_date_line(lower, words, word_count))
    return "date";
  if (!question && has_numeric_date(lower) && count() <= 10) return "date";  // "Posted by x | 02/01/2023 09:14"
  if (!question)
    for (auto n : kNavigation)
      if (starts_word(lower, n) && count() <= 6) return "navigation";
  for (auto n : kNavigationLines)
    if (lower == n) return "navigation";
  if (digit && count() == 2)
    for (auto c : kCounters)
      if (words[1] == c) return "navigation";
  return {};
}

std::string clean_topic(std::string_view heading) {
  std::string_view t = trim(heading);
  std::string_view topic;
  std::int64_t n = 0;
  if (parse_section_view(t, topic, n)) t = topic;
  return clean_parsed_topic(t);
}

namespace {

// True for a code point that draws an icon: an "other symbol" (emoji, pictographs), a variation selector or a
// zero-width joiner.
bool icon_cp(char32_t c) {
  if (c < 0x80) return false;
  if (c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F)) return true;
  return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_SO;
}

// Removes icons and ":shortcode:" emoji from both ends of a heading ("📈 Statistics", ":rocket: Deploy").
std::string_view strip_icons(std::string_view t) {
  for (bool changed = true; changed;) {
    changed = false;
    t = trim(t);
    std::size_t k = 0;
    if (!t.empty() && static_cast<unsigned char>(t[0]) >= 0x80 && icon_cp(next_cp(t, k))) {
      t.remove_prefix(k);
      changed = true;
      continue;
    }
    std::size_t back = t.size();
    while (back > 0 && (static_cast<unsigned char>(t[back - 1]) & 0xC0) == 0x80) --back;
    if (back > 0 && back < t.size() + 1 && static_cast<unsigned char>(t[back - 1]) >= 0xC0) {
      std::size_t at = back - 1;
      std::size_t j = at;
      if (icon_cp(next_cp(t, j)) && j == t.size()) {
        t.remove_suffix(t.size() - at);
        changed = true;
        continue;
      }
    }
    auto shortcode = [](std::string_view s) {
      if (s.size() < 3 || s.front() != ':' || s.back() != ':') return false;
      for (char c : s.substr(1, s.size() - 2))
        if (!(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) ||
              c == '_' || c == '+' || c == '-'))
          return false;
      return true;
    };
    if (std::size_t sp = t.find(' '); sp != std::string_view::npos && shortcode(t.substr(0, sp))) {
      t.remove_prefix(sp + 1);
      changed = true;
    } else if (std::size_t sp2 = t.rfind(' '); sp2 != std::string_view::npos && shortcode(t.substr(sp2 + 1))) {
      t.remove_suffix(t.size() - sp2);
      changed = true;
    }
  }
  return t;
}

}  // namespace

namespace {

// Removes a leading CJK chapter or section number ("第3章", "第二节", "第1部") and the space after it.
std::string_view strip_cjk_chapter(std::string_view t) {
  if (t.substr(0, 3) != "第") return t;
  constexpr std::string_view kNumerals = "一二三四五六七八九十百";  // three bytes each
  auto numeral = [&](std::size_t at) {
    std::size_t k = t.size() >= at + 3 ? kNumerals.find(t.substr(at, 3)) : std::string_view::npos;
    return k != std::string_view::npos && k % 3 == 0;
  };
  std::size_t i = 3;
  while (i < t.size() && ((t[i] >= '0' && t[i] <= '9') || numeral(i))) i += t[i] >= '0' && t[i] <= '9' ? 1 : 3;
  if (i == 3) return t;
  constexpr std::string_view kUnits[] = {"章", "节", "節", "部", "篇", "课", "課", "回", "講", "讲"};
  bool unit = false;
  for (auto u : kUnits)
    if (!unit && t.substr(i, u.size()) == u) i += u.size(), unit = true;
  if (!unit) return t;
  std::string_view rest = t.substr(i);
  while (true) {
    if (rest.substr(0, 3) == "\xE3\x80\x80" || rest.substr(0, 3) == "\xEF\xBC\x9A") rest.remove_prefix(3);
    else if (!rest.empty() && (rest[0] == ' ' || rest[0] == ':' || rest[0] == '.')) rest.remove_prefix(1);
    else break;
  }
  return rest.empty() ? t : rest;
}

}  // namespace

namespace {

// Words that label a numbered part of a document ("Tema 1:", "Ronde 2:", "פרק א' –", "المحور الأول:").
constexpr std::array<std::string_view, 87> kPartLabels = {
    "หมวดที่", "บทที่", "ส่วนที่", "ภาคที่",
    "part", "section", "chapter", "unit", "module", "lesson", "round", "tema", "ronde", "módulo", "modulo",
    "modul", "lección", "leçon", "lezione", "lição", "урок", "тема", "модуль", "розділ", "частина", "bölüm",
    "kısım", "ünite", "rozdział", "część", "dział", "kapitola", "oddíl", "část", "phần", "chương", "bài",
    "פרק", "חלק", "יחידה", "भाग", "खंड", "अध्याय", "इकाई", "المحور", "الفصل", "القسم", "الجزء", "الوحدة",
    "μέρος", "κεφάλαιο", "ενότητα", "deel", "hoofdstuk", "onderdeel", "del", "avsnitt", "osa", "luku", "bab",
    "bagian", "parte", "sección", "capítulo", "partie", "chapitre", "باب", "حصہ", "ክፍል", "ምዕራፍ", "бөлім",
    "тарау", "бүлэг", "хэсэг", "peatükk", "kafli", "hluti", "fejezet", "rész", "časť", "kapitola", "nodaļa",
    "daļa", "kabanata", "bahagi", "فصل", "بخش"};

// Ordinal words that number a part ("المحور الأول", "Part One").
constexpr std::array<std::string_view, 16> kOrdinalWords = {
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "one", "two", "three", "four", "five",
    "first", "second", "third", "fourth", "fifth"};

// Case-folds a short text (whole Unicode, for labels in any script).
std::string casefold_word(std::string_view w) {
  utf8proc_uint8_t* out = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(w.data()), static_cast<utf8proc_ssize_t>(w.size()),
                        &out, static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE));
  std::string folded = n >= 0 ? std::string(reinterpret_cast<char*>(out), static_cast<std::size_t>(n)) : std::string(w);
  std::free(out);
  return folded;
}

// True for a token that numbers a part: digits, a Roman numeral, one letter of any script (with an optional
// geresh or apostrophe: "א'"), or an ordinal word; trailing ".", ")" and ":" are ignored.
bool part_number(std::string_view w) {
  while (!w.empty() && (w.back() == '.' || w.back() == ')' || w.back() == ':')) w.remove_suffix(1);
  if (w.empty()) return false;
  if (w.find_first_not_of("0123456789") == std::string_view::npos) return true;
  if (w.size() <= 6 && w.find_first_not_of("IVXLC") == std::string_view::npos) return true;
  if (w.back() == '\'') w.remove_suffix(1);
  else if (w.size() > 2 && w.substr(w.size() - 2) == "׳") w.remove_suffix(2);
  std::size_t k = 0;
  char32_t c = next_cp(w, k);
  if (k == w.size() && c >= 0x80 && is_letter(c)) return true;
  std::string folded = casefold_word(w);
  return std::find(kOrdinalWords.begin(), kOrdinalWords.end(), folded) != kOrdinalWords.end();
}

// Removes the number of a document part from a heading: "II. Backups", "Α. Γενικά", "[1과목] 설계",
// "Tema 1: La Constitución", "פרק א' – חוקי התנועה", "المحور الأول: المفاهيم"; returns t when there is none.
std::string_view strip_part_number(std::string_view t) {
  t = trim(t);
  auto after = [&](std::size_t at) { return trim(t.substr(at)); };
  std::size_t sp = t.find(' ');
  if (sp == std::string_view::npos) return t;
  std::string_view first = t.substr(0, sp);
  // "II. Backups", "Α. Γενικά": a Roman numeral or a non-ASCII letter, then '.' or ')'.
  if (first.size() >= 2 && (first.back() == '.' || first.back() == ')')) {
    std::string_view n = first.substr(0, first.size() - 1);
    std::size_t k = 0;
    char32_t c = next_cp(n, k);
    bool roman = n.size() <= 6 && n.find_first_not_of("IVXLC") == std::string_view::npos;
    if ((roman || (k == n.size() && c >= 0x80 && is_letter(c))) && !after(sp).empty()) return after(sp);
  }
  // "[1과목] 설계", "【第1部】 …": a bracketed tag holding a digit.
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"[", "]"}, {"【", "】"}}) {
    if (t.substr(0, open.size()) != open) continue;
    std::size_t end = t.find(close);
    if (end == std::string_view::npos || end > 24) continue;
    std::string_view tag = t.substr(open.size(), end - open.size());
    if (tag.find_first_of("0123456789") != std::string_view::npos && !after(end + close.size()).empty())
      return after(end + close.size());
  }
  // "Tema 1: X", "Ronde 1: X", "פרק א' – X": a part label, its number, then ':' or a dash.
  if (std::find(kPartLabels.begin(), kPartLabels.end(), casefold_word(first)) == kPartLabels.end()) return t;
  std::string_view rest = after(sp);
  std::size_t sp2 = rest.find(' ');
  std::string_view number = rest.substr(0, sp2);
  if (!part_number(number)) return t;
  std::string_view tail = sp2 == std::string_view::npos ? std::string_view() : trim(rest.substr(sp2));
  bool colon = number.back() == ':' || number.back() == '.' ||
               number.find_first_not_of("0123456789") == std::string_view::npos;  // "หมวดที่ 1 …": digits suffice
  if (!colon) {
    for (std::string_view dash : {"–", "—", "-", ":"})
      if (tail.substr(0, dash.size()) == dash) {
        tail = trim(tail.substr(dash.size()));
        colon = true;
        break;
      }
  }
  return colon && !tail.empty() ? tail : t;
}

// Removes a part label in parentheses at the end of a heading: "Tarih (1-бөлім)", "History (Part 2)";
// returns t when there is none.
std::string_view strip_part_suffix(std::string_view t) {
  t = trim(t);
  if (t.empty() || t.back() != ')') return t;
  std::size_t open = t.rfind('(');
  if (open == std::string_view::npos || open == 0) return t;
  std::string_view inside = t.substr(open + 1, t.size() - open - 2);
  std::size_t cut = inside.find_first_of(" -");
  if (cut == std::string_view::npos) return t;
  std::string_view a = inside.substr(0, cut), b = trim(inside.substr(cut + 1));
  auto label = [](std::string_view w) {
    return std::find(kPartLabels.begin(), kPartLabels.end(), casefold_word(w)) != kPartLabels.end();
  };
  if (!((label(a) && part_number(b)) || (part_number(a) && label(b)))) return t;
  std::string_view head = trim(t.substr(0, open));
  return head.empty() ? t : head;
}

// Removes a short bracketed mark after a section's name, such as a level or status ("Rendering [middle+]",
// "Graphs [WIP]"): at most two words inside square brackets, with the name before them.
std::string_view strip_bracket_mark(std::string_view t) {
  t = trim(t);
  if (t.size() < 4 || t.back() != ']') return t;
  std::size_t open = t.rfind('[');
  if (open == std::string_view::npos || open == 0 || t[open - 1] != ' ') return t;
  std::string_view inside = trim(t.substr(open + 1, t.size() - open - 2));
  if (inside.empty() || inside.size() > 24 || count_words(inside) > 2 ||
      inside.find_first_of("[]()") != std::string_view::npos)
    return t;
  std::string_view head = trim(t.substr(0, open));
  return head.empty() ? t : head;
}

}  // namespace

std::string clean_parsed_topic(std::string_view topic) {
  topic = strip_icons(topic);
  static constexpr std::array<std::string_view, 14> kLabels = {
      "part", "section", "chapter", "часть", "раздел", "глава", "teil", "abschnitt", "kapitel", "parte",
      "sección", "capítulo", "partie", "chapitre"};
  static constexpr std::size_t kLongest = longest(kLabels);
  std::string_view t = strip_bracket_mark(strip_part_suffix(strip_part_number(strip_decoration(topic))));
  if (Marker m = parse_marker(t); (m.kind == MarkerKind::kNumber || m.kind == MarkerKind::kLetter) &&
                                  !m.content.empty())
    t = m.content;  // "8. Transport", "B. Networks": the section's number is not its name
  t = strip_cjk_chapter(t);  // "第3章　練習問題"
  std::string unnumbered = strip_list_number(t);  // "二、CSS", "3 - Networks"
  if (unnumbered.size() < trim(t).size()) t = unnumbered;
  std::array<std::string_view, 2> words;  // The first two words.
  std::size_t count = 0;
  for_each_word(t, [&](std::string_view w) {
    if (count < words.size()) words[count] = w;
    ++count;
  });
  if (count >= 3 && words[0].size() <= kLongest) {  // Lowercasing keeps a word's length.
    char lower[3 * kLongest];
    std::string_view first(lower, lower_text_to(words[0], lower, sizeof lower));
    bool label = false;
    for (auto l : kLabels) label = label || first == l;
    std::string_view num = words[1];
    bool numeric = !num.empty() && (std::isdigit(static_cast<unsigned char>(num[0])) ||
                                    num.find_first_not_of("IVXLivxl") == std::string_view::npos);
    // A part label in any language: a Roman numeral or capital letter and one word, set off by a separator
    // ("I dalis. OSI modelis", "Osa II: Verkot").
    auto roman = [](std::string_view w) {  // A Roman numeral or a capital letter ("Bahagian A: Senarai").
      return !w.empty() && ((w.size() <= 6 && w.find_first_not_of("IVXLC") == std::string_view::npos) ||
                            (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z'));
    };
    auto plain_word = [](std::string_view w) {
      for (char c : w)
        if (std::isdigit(static_cast<unsigned char>(c)) || c == '_') return false;
      return !w.empty();
    };
    bool part_label = (roman(words[0]) && plain_word(words[1]) && !roman(words[1])) ||
                      (plain_word(words[0]) && !roman(words[0]) && roman(words[1]));
    if (label && numeric) num = words[1];
    else if (part_label) num = words[1];
    else num = {};
    if (!num.empty()) {
      std::size_t after = static_cast<std::size_t>(num.data() + num.size() - t.data());
      std::string_view rest = t.substr(after);
      std::size_t k = 0;
      while (k < rest.size() && rest[k] == ' ') ++k;
      bool separated = k < rest.size() && (std::string_view(":.-)").find(rest[k]) != std::string_view::npos ||
                                           rest.substr(k, 3) == "–" || rest.substr(k, 3) == "—");
      if (label && numeric) separated = true;
      if (separated) {
        while (k < rest.size() && std::string_view(" :.-)").find(rest[k]) != std::string_view::npos) ++k;
        if (rest.substr(k, 3) == "–" || rest.substr(k, 3) == "—") k += 3;
        if (!trim(rest.substr(k)).empty()) t = trim(rest.substr(k));
      }
    }
  }
  while (!t.empty() && (t.back() == ':' || t.back() == ' ')) t.remove_suffix(1);
  if (t.size() >= 3 && t.substr(t.size() - 3) == "：") t.remove_suffix(3);
  return std::string(trim(t));
}

namespace {

// Openings of paragraphs that sign off a post (lowercase).
constexpr std::array<std::string_view, 54> kSignOffs = {
    "thanks for", "thank you", "thanks!", "happy coding", "good luck", "hope this", "hope you", "i hope",
    "follow me", "that's all", "that’s all", "спасибо", "удачи", "надеюсь", "gracias", "danke", "merci",
    "bonne chance", "buena suerte", "谢谢", "感谢", "希望", "viel erfolg", "boa sorte", "buona fortuna",
    "powodzenia", "veel succes", "lycka till", "başarılar", "iyi şanslar", "успіхів", "удачі", "дякую",
    "祝你好运", "祝大家", "頑張", "화이팅", "chúc các", "chúc bạn", "semoga berhasil", "semoga sukses",
    "بالتوفيق", "والله ولي التوفيق", "בהצלחה", "शुभकामना", "ขอให้โชคดี", "καλή επιτυχία", "კარგი იღბალი",
    "hodně štěstí", "obrigado", "grazie", "dziękuję", "teşekkürler", "cảm ơn"};

// True for a byte some sign-off opening starts with.
constexpr std::array<bool, 256> kSignOffFirst = [] {
  std::array<bool, 256> first{};
  for (std::string_view s : kSignOffs) first[static_cast<unsigned char>(s[0])] = true;
  return first;
}();

// Words a sign-off stays under.
constexpr std::size_t kSignOffWords = 40;

}  // namespace

bool is_sign_off(std::string_view text) {
  text = trim(text);
  // Lowering writes at least one byte for each byte it reads and decodes a character from its own bytes only,
  // so the head of the text up to a character boundary past the longest opening, lowered, starts as the whole
  // text lowered does: a text whose head opens no sign-off is not one, whatever follows.
  constexpr std::size_t kNeed = longest(kSignOffs);
  std::size_t cut = std::min(text.size(), kNeed);
  while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
  char head[3 * kNeed + 9];  // cut is at most kNeed + 3 bytes on a valid text; a longer head is lowered whole.
  std::size_t n = lower_text_to(text.substr(0, cut), head, sizeof head);
  if (n <= sizeof head) {
    std::string_view lowered(head, n);
    if (lowered.empty() || !kSignOffFirst[static_cast<unsigned char>(lowered[0])] ||
        std::none_of(kSignOffs.begin(), kSignOffs.end(), [&](std::string_view s) {
          return lowered.size() >= s.size() && lowered[1] == s[1] && lowered.starts_with(s);
        }))
      return false;
  }
  std::string lower = lower_text(text);
  char32_t last = last_char(lower);
  if (is_question_mark(last) || count_words(lower) > kSignOffWords) return false;
  return std::any_of(kSignOffs.begin(), kSignOffs.end(),
                     [&](std::string_view s) { return lower.compare(0, s.size(), s) == 0; });
}

}  // namespace qbank::internal::txt
