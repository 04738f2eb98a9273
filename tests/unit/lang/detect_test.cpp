// Tests for language detection: unit cases, agreement with the gold seeds, and a labelled corpus set.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "lang/lang_internal.hpp"
#include "qbank/lang.hpp"
#include "test_helpers.hpp"

namespace {

// Appends the UTF-8 encoding of a code point (for \u escapes).
void append_utf8(std::string& out, unsigned cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Reads the string value of a top-level field from one JSON object line; "" for null or absent.
std::string json_field(const std::string& line, const std::string& name) {
  std::size_t k = line.find("\"" + name + "\": ");
  if (k == std::string::npos || line[k + name.size() + 4] != '"') return "";
  std::string out;
  for (std::size_t i = k + name.size() + 5; i < line.size() && line[i] != '"'; ++i) {
    if (line[i] != '\\') {
      out.push_back(line[i]);
      continue;
    }
    char e = line[++i];
    if (e == 'n') out.push_back('\n');
    else if (e == 't') out.push_back('\t');
    else if (e == 'u') {
      unsigned cp = static_cast<unsigned>(std::stoul(line.substr(i + 1, 4), nullptr, 16));
      i += 4;
      if (cp >= 0xD800 && cp < 0xDC00 && line.compare(i + 1, 2, "\\u") == 0) {
        unsigned lo = static_cast<unsigned>(std::stoul(line.substr(i + 3, 4), nullptr, 16));
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        i += 6;
      }
      append_utf8(out, cp);
    } else out.push_back(e);
  }
  return out;
}

// Splits a file into lines without their line endings.
std::vector<std::string> lines_of(const std::string& data) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < data.size()) {
    std::size_t nl = data.find('\n', start);
    std::string line = data.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    out.push_back(line);
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return out;
}

// Removes the spans between open and close (both included), e.g. HTML tags or code spans.
std::string drop_spans(const std::string& s, char open, char close) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    std::size_t end = s[i] == open ? s.find(close, i + 1) : std::string::npos;
    if (end == std::string::npos) out.push_back(s[i]);
    else i = end;
  }
  return out;
}

// Turns markdown links "[text](url)" into their text.
std::string unlink(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ']' && i + 1 < s.size() && s[i + 1] == '(') {
      std::size_t end = s.find(')', i);
      if (end != std::string::npos) {
        i = end;
        continue;
      }
    }
    if (s[i] != '[' && s[i] != '*' && s[i] != '!') out.push_back(s[i]);
  }
  return out;
}

// A question-like markdown line: its cleaned text and the kind of structure it sits in.
struct Candidate {
  std::string text;
  std::string kind;  // "hhh", "bullet", "link-bullet>>"...: heading level, or bullet kind and depth.
};

// Returns the candidate of a bullet, numbered item or heading line, or an empty text otherwise.
Candidate question_like(const std::string& line) {
  std::size_t i = line.find_first_not_of(' ');
  if (i == std::string::npos) return {};
  std::size_t body = std::string::npos;
  std::string kind;
  if ((line[i] == '*' || line[i] == '-' || line[i] == '+') && line.compare(i + 1, 1, " ") == 0) {
    body = i + 2;
    kind = line.compare(body, 1, "[") == 0 ? "link-bullet" : "bullet";
    kind.append(i / 2, '>');  // One '>' per nesting level.
  }
  if (line[i] == '#' && i == 0) {
    std::size_t h = line.find_first_not_of('#');
    if (h >= 2 && h != std::string::npos && line[h] == ' ') {
      body = h + 1;
      kind = std::string(h, 'h');  // "hh", "hhh"...: one letter per heading level.
    }
  }
  if (body == std::string::npos) return {};
  std::string t = unlink(drop_spans(drop_spans(line.substr(body), '<', '>'), '`', '`'));
  std::size_t digits = t.find_first_not_of("0123456789 ");
  if (digits != std::string::npos && digits > 0 && t[digits] == '.') t = t.substr(digits + 1);
  while (!t.empty() && t.back() == ' ') t.pop_back();
  return {t, kind};
}

// True when the text ends with a question mark (ASCII or full-width).
bool ends_with_question_mark(const std::string& t) {
  return (!t.empty() && t.back() == '?') || (t.size() >= 3 && t.compare(t.size() - 3, 3, "\xEF\xBC\x9F") == 0);
}

// Keeps headings, and the bullets of the structures that carry questions: those where at least a quarter
// of the lines end with a question mark (answer bullets, reference links and choices rarely do).
std::vector<std::string> question_lines(const std::vector<Candidate>& all) {
  std::map<std::string, std::pair<std::size_t, std::size_t>> kinds;  // kind -> (questions, lines)
  for (const auto& c : all) {
    kinds[c.kind].first += ends_with_question_mark(c.text);
    ++kinds[c.kind].second;
  }
  std::vector<std::string> out;
  for (const auto& c : all)
    if (c.kind[0] == 'h' || kinds[c.kind].first * 4 >= kinds[c.kind].second) out.push_back(c.text);
  return out;
}

// True when the text has enough natural-language letters to be a question rather than code or a name.
bool is_natural(const std::string& t) {
  std::size_t letters = 0, words = 0, wide = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    auto b = static_cast<unsigned char>(t[i]);
    bool letter = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0xC0;
    if (b >= 0xE3 && b <= 0xE9) ++wide;  // CJK ideographs and kana.
    if (letter) ++letters;
    if (letter && !in_word) ++words;
    in_word = letter || (b >= 0x80 && b < 0xC0) || (in_word && (b == '\'' || b == '-'));
  }
  return (letters >= 6 && words >= 2) || wide >= 3;
}

// Agreement counters.
struct Tally {
  std::size_t agree = 0;
  std::size_t total = 0;
  double rate() const { return total == 0 ? 1.0 : static_cast<double>(agree) / static_cast<double>(total); }
};

}  // namespace

TEST_CASE("detect_language: scripts, letters, function words and the prior") {
  CHECK(qbank::detect_language("Что такое list comprehension") == "ru");
  CHECK(qbank::detect_language("What is a closure?", "ru") == "en");
  CHECK(qbank::detect_language("What is the __dict__ attribute of an object in Python?", "ru") == "en");
  CHECK(qbank::detect_language("Що таке замикання і навіщо воно потрібне?") == "uk");
  CHECK(qbank::detect_language("Объясните разницу между процессом и потоком") == "ru");
  CHECK(qbank::detect_language("¿Qué es el Virtual DOM?") == "es");
  CHECK(qbank::detect_language("Was ist der Unterschied zwischen let und var?") == "de");
  CHECK(qbank::detect_language("Qu'est-ce que le DOM et comment fonctionne-t-il ?") == "fr");
  CHECK(qbank::detect_language("js垃圾回收的方式有哪些？") == "zh");
  CHECK(qbank::detect_language("クロージャとは何ですか") == "ja");
  CHECK(qbank::detect_language("클로저란 무엇입니까?") == "ko");
  CHECK(qbank::detect_language("==") == "und");
  CHECK(qbank::detect_language("") == "und");
  CHECK(qbank::detect_language("   42 % 7 ") == "und");
}

TEST_CASE("detect_language: languages beyond the seeds (Vietnamese, Romanian, Czech, Indonesian, Finnish, Serbian)") {
  CHECK(qbank::detect_language("Sự khác biệt giữa tiến trình và luồng là gì?") == "vi");
  CHECK(qbank::detect_language("Giải thích cơ chế thu gom rác trong Java.") == "vi");
  CHECK(qbank::detect_language("Care este diferența dintre un proces și un fir de execuție?") == "ro");
  CHECK(qbank::detect_language("Jaký je rozdíl mezi procesem a vláknem?") == "cs");
  CHECK(qbank::detect_language("Apa perbedaan antara proses dan thread?") == "id");
  CHECK(qbank::detect_language("Mikä on prosessin ja säikeen ero?") == "fi");
  CHECK(qbank::detect_language("Шта је индекс базе података?") == "sr");
  // The languages of the seeds and the corpus keep their answers.
  CHECK(qbank::detect_language("¿Cómo funciona GIL por dentro?") == "es");
  CHECK(qbank::detect_language("Какво е затваряне?") == "bg");
  CHECK(qbank::detect_language("Что такое замыкание?") == "ru");
}

TEST_CASE("detect_language: the prior decides only when the text does not") {
  CHECK(qbank::detect_language("Virtual DOM", "es") == "es");
  CHECK(qbank::detect_language("Virtual DOM", "ru") == "en");
  CHECK(qbank::detect_language("Кортежи", "uk") == "uk");
  CHECK(qbank::detect_language("Кортежи", "ru") == "ru");
  CHECK(qbank::detect_language("Explain event delegation and when you would use it", "es") == "en");
  CHECK(qbank::detect_language("useEffect()", "") == "en");
  auto g = qbank::detect_language_detailed("What does the yield keyword do in Python?");
  CHECK(g.lang == "en");
  CHECK(g.script == "latin");
  CHECK(g.reliable);
  auto weak = qbank::detect_language_detailed("Sockets", "en");  // Decided by the prior, not the text.
  CHECK(weak.lang == "en");
  CHECK_FALSE(weak.reliable);
}

TEST_CASE("language data: stop words and templates come from the embedded data files") {
  CHECK(qbank::internal::is_stop_word("the", "en"));
  CHECK(qbank::internal::is_stop_word("что", "ru"));
  CHECK_FALSE(qbank::internal::is_stop_word("closure", "en"));
  CHECK_FALSE(qbank::internal::is_stop_word("the", "xx"));
  CHECK(qbank::internal::match_question_template("что такое замыкание", "ru") == std::string("что такое").size());
  CHECK(qbank::internal::match_question_template("¿qué es react?", "es") == std::string("¿qué es").size());
  CHECK(qbank::internal::match_question_template("whatever", "en") == 0);
  auto langs = qbank::internal::known_languages();
  for (const char* code : {"en", "ru", "uk", "es", "de", "fr", "zh"})
    CHECK(std::find(langs.begin(), langs.end(), code) != langs.end());
  CHECK_FALSE(qbank::internal::question_templates("en").empty());
}

TEST_CASE("detect_language: agreement with the gold seeds is at least 99%") {
  namespace fs = std::filesystem;
  Tally all;
  for (const auto& entry : fs::directory_iterator(qbank_test::shared_dir() + "/gold/seeds")) {
    std::vector<std::string> texts, gold;
    for (const auto& line : lines_of(qbank_test::slurp(entry.path().string()))) {
      if (line.empty()) continue;
      texts.push_back(json_field(line, "text"));
      gold.push_back(json_field(line, "lang"));
    }
    auto start = std::chrono::steady_clock::now();
    std::string prior = qbank::dominant_language(texts);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("gold %-40s %zu texts detected in %.3f s (%.0f texts/s)\n", entry.path().filename().c_str(),
                texts.size(), secs, static_cast<double>(texts.size()) / secs);
    Tally file;
    for (std::size_t i = 0; i < texts.size(); ++i) {
      std::string got = qbank::detect_language(texts[i], prior);
      bool ok = gold[i].empty() || got == gold[i];
      if (!ok) std::printf("  gold miss [%s→%s] %s\n", gold[i].c_str(), got.c_str(), texts[i].c_str());
      file.agree += ok;
      ++file.total;
    }
    std::printf("gold %-40s prior=%s agreement %zu/%zu = %.2f%%\n", entry.path().filename().c_str(),
                prior.c_str(), file.agree, file.total, 100 * file.rate());
    all.agree += file.agree;
    all.total += file.total;
  }
  std::printf("gold total agreement %zu/%zu = %.2f%%\n", all.agree, all.total, 100 * all.rate());
  REQUIRE(all.total > 1000);
  CHECK(all.rate() >= 0.99);
}

TEST_CASE("detect_language: agreement on corpus files of known language is at least 97%") {
  const std::vector<std::pair<std::string, std::string>> files = {
      {"h5bp-fe-en.md", "en"},        {"h5bp-fe-ru.md", "ru"},          {"h5bp-fe-es.md", "es"},
      {"h5bp-fe-uk.md", "uk"},        {"h5bp-fe-zh.md", "zh"},          {"lydiahallie-js-quiz-zh.md", "zh"},
      {"midudev-react-es.md", "es"},  {"yakimka-python-ru.md", "ru"},   {"haizlin-fe-js-zh.md", "zh"}};
  Tally all;
  for (const auto& [name, lang] : files) {
    std::vector<Candidate> candidates;
    bool fenced = false;
    for (const auto& line : lines_of(qbank_test::slurp(qbank_test::shared_dir() + "/corpus/raw/" + name))) {
      std::size_t indent = line.find_first_not_of(' ');
      if (indent != std::string::npos && line.compare(indent, 3, "```") == 0) {
        fenced = !fenced;
        continue;
      }
      Candidate c = fenced ? Candidate{} : question_like(line);
      if (is_natural(c.text)) candidates.push_back(c);
    }
    std::vector<std::string> texts = question_lines(candidates);
    std::string prior = qbank::dominant_language(texts);
    Tally file;
    for (const auto& t : texts) {
      std::string got = qbank::detect_language(t, prior);
      if (got != lang) std::printf("  corpus miss [%s→%s] %s\n", lang.c_str(), got.c_str(), t.c_str());
      file.agree += got == lang;
      ++file.total;
    }
    std::printf("corpus %-28s (%s, prior=%s) agreement %zu/%zu = %.2f%%\n", name.c_str(), lang.c_str(),
                prior.c_str(), file.agree, file.total, 100 * file.rate());
    CHECK(prior == lang);
    CHECK(file.total >= 20);
    all.agree += file.agree;
    all.total += file.total;
  }
  std::printf("corpus total agreement %zu/%zu = %.2f%%\n", all.agree, all.total, 100 * all.rate());
  CHECK(all.rate() >= 0.97);
}

TEST_CASE("detect_language: Korean with English terms is Korean (Hangul words carry their particles)") {
  CHECK(qbank::detect_language("Thread-safe에 대해 설명해주세요. (hint: critical section)") == "ko");
  CHECK(qbank::detect_language("Association Rule의 Support, Confidence, Lift에 대해 설명해주세요.") == "ko");
  CHECK(qbank::detect_language("What is the difference between Cost Function and 손실 함수?") == "en");
}

TEST_CASE("detect_language: Persian and Urdu by their own letters and words, Arabic otherwise") {
  CHECK(qbank::detect_language("تفاوت لیست و تاپل چیست؟") == "fa");
  CHECK(qbank::detect_language("دکوراتور در پایتون چیست؟") == "fa");
  CHECK(qbank::detect_language("لسٹ اور ٹپل میں کیا فرق ہے؟") == "ur");
  CHECK(qbank::detect_language("ما هو الفرق بين TCP و UDP؟") == "ar");
  CHECK(qbank::detect_language("اشرح مفهوم تعدد الأشكال.") == "ar");
}

TEST_CASE("detect_language: more European languages by their own letters and function words") {
  CHECK(qbank::detect_language("Mi a különbség a folyamat és a szál között?") == "hu");
  CHECK(qbank::detect_language("Aký je rozdiel medzi procesom a vláknom?") == "sk");
  CHECK(qbank::detect_language("Koja je razlika između procesa i dretve?") == "hr");
  CHECK(qbank::detect_language("Quina és la diferència entre un procés i un fil?") == "ca");
  CHECK(qbank::detect_language("Hvad er forskellen mellem en proces og en tråd?") == "da");
  CHECK(qbank::detect_language("Hva er forskjellen mellom en prosess og en tråd?") == "no");
  CHECK(qbank::detect_language("Koks skirtumas tarp proceso ir gijos?") == "lt");
  CHECK(qbank::detect_language("Kāda ir atšķirība starp procesu un pavedienu?") == "lv");
  CHECK(qbank::detect_language("Mis vahe on protsessil ja lõimel?") == "et");
  CHECK(qbank::detect_language("Якая розніца паміж працэсам і патокам?") == "be");
  CHECK(qbank::detect_language("Proses və axın arasındakı fərq nədir?") == "az");
  CHECK(qbank::detect_language("Kakšna je razlika med procesom in nitjo?") == "sl");
  CHECK(qbank::detect_language("Zakaj se listje jeseni obarva rumeno?") == "sl");
  // Languages that share letters with these keep their own answers.
  CHECK(qbank::detect_language("Jaký je rozdíl mezi procesem a vláknem?") == "cs");
  CHECK(qbank::detect_language("Vad är skillnaden mellan en process och en tråd?") == "sv");
  CHECK(qbank::detect_language("Süreç ve iş parçacığı arasındaki fark nedir?") == "tr");
  CHECK(qbank::detect_language("Яка різниця між процесом і потоком?") == "uk");
}

TEST_CASE("detect_language: a very long text is judged by its beginning") {
  std::string text = "Что такое замыкание и зачем оно нужно? ";
  while (text.size() < 70 * 1024) text += "Что такое замыкание и зачем оно нужно? ";
  std::string tail(200 * 1024, 'x');
  for (std::size_t i = 0; i < tail.size(); i += 6) tail[i] = ' ';
  CHECK(qbank::detect_language(text + "What is the difference? " + tail) == qbank::detect_language(text));
  CHECK(qbank::detect_language(text) == "ru");
}

TEST_CASE("detect_language: Swahili and Malay by words no other profile lists") {
  CHECK(qbank::detect_language("Kuna tofauti gani kati ya mchakato na uzi?") == "sw");
  CHECK(qbank::detect_language("Apakah perbezaan antara proses dan benang?") == "ms");
  CHECK(qbank::detect_language("Apa perbedaan antara proses dan thread?") == "id");
  CHECK(qbank::detect_language("Je možné použít Python?") != "sw");
}

TEST_CASE("detect_language: Icelandic by þ and ð and its question words; Urdu and Kazakh by their past forms") {
  CHECK(qbank::detect_language("Hvað heitir lengsta á landsins?") == "is");
  CHECK(qbank::detect_language("Hver skrifaði þessa bók?") == "is");
  CHECK(qbank::detect_language("Hvenær var skólinn stofnaður?") == "is");
  CHECK(qbank::detect_language("تقسیم بنگال کب ہوئی اور کب منسوخ ہوئی؟") == "ur");
  CHECK(qbank::detect_language("Бұл кітапты кім жазды?") == "kk");
  CHECK(qbank::detect_language("¿Qué es un proceso?") == "es");
}

TEST_CASE("detect_language: a script one language writes names it when no profile covers the script") {
  CHECK(qbank::detect_language("የኢትዮጵያ ዋና ከተማ የትኛው ናት?") == "am");
  CHECK(qbank::detect_language("ಕನ್ನಡ ಭಾಷೆ ಎಂದರೇನು?") == "kn");
  CHECK(qbank::detect_language_detailed("ምንድን ነው?").lang == "am");
  CHECK(qbank::detect_language("123 456") == "und");
}

TEST_CASE("detect_language: Mongolian by ө, ү and its question words; Russian with ы and э stays Russian") {
  CHECK(qbank::detect_language("Хүннү гүрнийг хэдэн онд байгуулсан бэ?") == "mn");
  CHECK(qbank::detect_language("Монгол улсын нийслэл хаана байдаг вэ?") == "mn");
  CHECK(qbank::detect_language("Объясните разницу между процессом и потоком.") == "ru");
  CHECK(qbank::detect_language("Что вы знаете об этом языке?") == "ru");
}

TEST_CASE("detect_language: an inverted question or exclamation mark counts for Spanish, on both paths") {
  for (const char* t : {"¿Funciona en Linux?", "¡Funciona en Linux!"}) {
    CHECK(qbank::detect_language(t) == "es");
    CHECK(qbank::detect_language_detailed(t).lang == "es");
  }
  CHECK(qbank::detect_language("Funciona en Linux?") != "es");  // the same words without the mark stay undecided
}

TEST_CASE("detect_language: Vietnamese with only grave-accented vowels and its stop words is Vietnamese") {
  CHECK(qbank::detect_language("là gì?") == "vi");
  CHECK(qbank::detect_language("JVM là gì?") == "vi");
  CHECK(qbank::detect_language("Perché la città è così bella?") == "it");
}

TEST_CASE("detect_language: letters shared by several alphabets count for each; Urdu writes the Persian letters too") {
  for (const char* t : {"Kedy je vhodné použiť indexy?", "کمپیوٹر کی یادداشت کیا ہوتی ہے؟"}) {
    INFO(t);
    std::string want = t[0] == 'K' ? "sk" : "ur";
    CHECK(qbank::detect_language(t) == want);
    CHECK(qbank::detect_language_detailed(t).lang == want);
  }
}

TEST_CASE("detect_language: CLD2's guess counts only for a language whose alphabet writes the text's letters") {
  // English terms lead CLD2 to English; ı is no English letter, so the Turkish frame decides.
  for (const char* t : {"Optimistic Locking vs Pessimistic Locking farkı nedir?"}) {
    INFO(t);
    CHECK(qbank::detect_language(t) == "tr");
    CHECK(qbank::detect_language_detailed(t).lang == "tr");
  }
  CHECK(qbank::detect_language("What is the Café pattern in distributed systems?") == "en");
}

TEST_CASE("detect_language: Latin terms without a function word are names in another script's sentence") {
  for (const char* t : {"Garbage Collection과 Reference Counting은 무엇인가요?", "Объясните Event Loop, Call Stack, Task Queue?"}) {
    INFO(t);
    std::string want = t[0] == 'G' ? "ko" : "ru";
    CHECK(qbank::detect_language(t) == want);
    CHECK(qbank::detect_language_detailed(t).lang == want);
  }
  // A Latin frame with a function word keeps the Latin language.
  CHECK(qbank::detect_language("What does привет mean?") == "en");
  CHECK(qbank::detect_language("How do you say 감사합니다 in English?") == "en");
}

TEST_CASE("detect_language: CLD2's default answer (English) counts only where English has the function words") {
  CHECK(qbank::detect_language("Analysez la structure du texte?") == "fr");
  CHECK(qbank::detect_language_detailed("Analysez la structure du texte?").lang == "fr");
  CHECK(qbank::detect_language("O programa diz \"access denied\". O que significa?") != "en");
  CHECK(qbank::detect_language("Describe the function of the document?") == "en");
  CHECK(qbank::detect_language("Angular or React?") == "en");
}

TEST_CASE("detect_language: a text without words (numbers, acronyms, code) takes the document's language") {
  CHECK(qbank::detect_language("3, 9, 27, 81, ?", "de") == "de");
  CHECK(qbank::detect_language("HTTP/2", "pl") == "pl");
  CHECK(qbank::detect_language_detailed("HTTP/2", "pl").lang == "pl");
  CHECK(qbank::detect_language("3, 9, 27, 81, ?") == "und");  // no document language: undetermined
  CHECK(qbank::detect_language("Was ist HTTP/2?", "pl") == "de");  // words decide over the document
}

TEST_CASE("detect_language: the verb 'do' of French and Dutch questions is a function word") {
  CHECK(qbank::detect_language("Que fait strlen ?") == "fr");  // "que" alone is also Spanish and Portuguese
  CHECK(qbank::detect_language_detailed("Que fait strlen ?").lang == "fr");
  CHECK(qbank::detect_language("Wat doet git stash?") == "nl");
}

TEST_CASE("detect_language: Afrikaans, Estonian and Slovenian profiles hold their common function words") {
  CHECK(qbank::detect_language("Wat is die doel van 'n vasslot?") == "af");
  CHECK(qbank::detect_language("Milleks on Git vajalik?", "et") == "et");  // "on" is Estonian "is" too
  CHECK(qbank::detect_language("Wat is het doel van een slot?") == "nl");
}

TEST_CASE("detect_language: the verb 'mean' and the openings of short questions are function words") {
  CHECK(qbank::detect_language("Was bedeutet SOLID?") == "de");
  CHECK(qbank::detect_language("Que signifie idempotent ?") == "fr");
  CHECK(qbank::detect_language("O que retorna fopen?") == "pt");  // Spanish asks "¿Qué …?", never "O que"
  CHECK(qbank::detect_language("Mit jelent a SOLID?") == "hu");
  CHECK(qbank::detect_language("Idempotent ne demek?") == "tr");
  CHECK(qbank::detect_language("¿Qué significa idempotente?") == "es");
  CHECK(qbank::detect_language("What does SOLID mean?") == "en");
}
