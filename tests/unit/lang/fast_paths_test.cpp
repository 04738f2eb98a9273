// The fast paths of normalize agree with the reference code: language detection and folding through the
// code point table, and piece-by-piece normalization of large files.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "base/utf8.hpp"
#include "lang/fast_evidence.hpp"
#include "qbank/fold.hpp"
#include "qbank/io.hpp"
#include "qbank/lang.hpp"
#include "qbank/normalize.hpp"
#include "test_helpers.hpp"

namespace {

// Every non-blank line of the seed documents, plus texts that probe the edges of the fast paths.
std::vector<std::string> sample_texts() {
  std::vector<std::string> texts = {
      "What is a closure?", "Что такое list comprehension", "Cоздается ли объект?", "wоrd with a Cyrillic о",
      "Как работает `yield` в Python?", "See https://example.com/a?b for <b>details</b>", "HTML, CSS and JS",
      "¿Qué es un decorador?", "Was ist der Unterschied zwischen Straße und Strasse?", "İstanbul ılık",
      "Що таке м'ясо і ґанок?", "Ёлка и ещё", "Cafe\xCC\x81 au lait", "useState vs useEffect in React",
      "什么是闭包？", "クロージャとは何ですか", "Qu'est-ce que l'héritage ?", "  spaced \t out\u00A0text ",
      "It’s a “quoted” — dashed ‑ text", "\\_\\_dict\\_\\_ &amp; &lt;tags&gt;", "ΑΒΓ Ελληνικά", "x\xC2\xADy",
      "PHPшный код", "a1b2 c3", "json.dumps(obj) and os.path", "ǅemal", "ﬁle ﬂow", "½ and ²",
      "什么是closure？", "如何使用Django ORM？", "ｶﾀｶﾅ と ひらがな", "Ｆｕｌｌ　ｗｉｄｔｈ？", "React的useState是什么",
      // Plain ASCII, which has a byte-level path of its own: apostrophes, acronyms, code chunks, controls.
      "What's the GIL?", "don't 'quote' me", "rock'n'roll l'objet qu'est-ce", "ABC'DEF and A'B", "HTML CSS JS",
      "a.b x:y f(x) A1 b2c v1.2 end.", "getX setY iOS macOS", "Tab\tseparated\rline\nbreak", std::string("nul\0byte", 8),
      "  ", "''", "'a' 'B' '", "@decorator $var #tag ~x ^y |z", "www.example.com and http://x.y", "<b>x</b> `code` y",
      // Hangul: syllables, a syllable that composes with a following jamo, compatibility and half-width jamo.
      "고유값이 무엇인가요?", "Pull Request를 보내주세요.", "GitHub 외에 GitBook으로", "\xEA\xB0\x80\xE1\x86\xA8 받침",
      "\xE1\x84\x80\xE1\x85\xA1 조합", "ㄱㄴㄷ 자모", "\xEF\xBE\xA1 반각", "한국어와 Русский 혼합", "ＲＥＳＴ 한글",
  };
  for (const char* name : {"000_8610885679031a39.txt", "001_e22965f9a153005a.txt", "002_f3dc565bbc183a57.txt",
                           "003_a6da03a49ec0e45a.txt", "004_eaa1c4dad0818846.txt",
                           "../corpus/real/raw/ai-tech-interview-ko.md"}) {
    std::ifstream in(std::string(QBANK_SHARED_DIR) + "/seeds/" + name);
    std::string line;
    while (std::getline(in, line))
      if (line.find_first_not_of(" \t\r") != std::string::npos) texts.push_back(line);
  }
  return texts;
}

// A large plain list: counted sections of numbered, bulleted and prefixed questions in three languages.
std::string large_list(std::size_t bytes) {
  const char* en[] = {"What is a %s?", "How does %s work in practice?", "Explain the %s pattern."};
  const char* ru[] = {"Что такое %s?", "Как работает %s?", "Зачем нужен %s?"};
  const char* es[] = {"¿Qué es %s?", "¿Cómo funciona %s?", "Explica %s."};
  std::string out;
  char buf[256];
  for (int part = 1; out.size() < bytes; ++part) {
    out += "Part " + std::to_string(part) + ": Topic " + std::to_string(part) + " (9 questions)\n\n";
    for (int k = 1; k <= 9; ++k) {
      const char** set = k % 3 == 0 ? en : k % 3 == 1 ? ru : es;
      std::string term = "term" + std::to_string(part * 10 + k);
      std::snprintf(buf, sizeof buf, set[(part + k) % 3], term.c_str());
      if (part % 3 == 0) out += std::to_string(k) + ". " + buf + "\n";
      else if (part % 3 == 1) out += "  \xE2\x80\xA2 " + std::string(buf) + "\n";
      else out += std::string("Q: ") + buf + "\nA: An answer about " + term + ".\n\n";
    }
    out += "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("fast language detection and folding agree with the reference code") {
  std::size_t fast = 0, checked = 0;
  for (const auto& t : sample_texts()) {
    CHECK(qbank::fold(t) == qbank::internal::fold_reference(t));
    for (const char* prior : {"", "en", "ru", "uk", "es", "zh"}) {
      std::string expected = qbank::detect_language_detailed(t, prior).lang;
      INFO("text: " << t << " prior: " << prior);
      CHECK(qbank::detect_language(t, prior) == expected);
      CHECK(qbank::detect_language(t, prior) == expected);  // Second call: from the cache.
      std::string lang;
      if (qbank::internal::detect_language_fast(t, prior, lang)) {
        ++fast;
        CHECK(lang == expected);
      }
      ++checked;
    }
  }
  CHECK(fast * 2 > checked);  // The fast path covers most real lines.
}

// True when two evidences hold the same words, folded text, natural words, letters and flags.
bool same_evidence(const qbank::internal::FastEvidence& a, const qbank::internal::FastEvidence& b) {
  if (a.folded != b.folded || a.words.size() != b.words.size() || a.natural_words != b.natural_words ||
      a.any_letter != b.any_letter || a.latin_code != b.latin_code || a.kana != b.kana)
    return false;
  for (std::size_t i = 0; i < a.words.size(); ++i)
    if (a.words[i].begin != b.words[i].begin || a.words[i].size != b.words[i].size ||
        a.words[i].script != b.words[i].script || a.words[i].letters != b.words[i].letters)
      return false;
  for (std::size_t i = 0; i < std::max(a.letters.size(), b.letters.size()); ++i) {
    int x = i < a.letters.size() ? a.letters[i] : 0, y = i < b.letters.size() ? b.letters[i] : 0;
    if (x != y) return false;
  }
  return true;
}

TEST_CASE("chunked language evidence equals the evidence gathered in one pass") {
  std::vector<std::string> texts = sample_texts();
  std::size_t base = texts.size();
  for (std::size_t i = 0; i + 2 < base; i += 3)  // Chunks met again in other texts come from the cache.
    texts.push_back(texts[i] + " " + texts[i + 2] + "\u3000" + texts[i + 1]);
  // Two-byte characters and no-break spaces on both sides of a sixteen-byte boundary, and ill-formed bytes.
  for (std::size_t pad = 12; pad <= 17; ++pad)
    for (std::string tail : {"\xC2\xA0word", "\xD0\x9F\xD1\x80\xD0\xB8 \xD0\xB2\xD0\xB5\xD1\x82", "\xC2\xBFqu\xC3\xA9?",
                             "\xD0", "\xD0 x", "\x80" "abc", "\xC2", "\xC3\xA9\xC3", "x\xE2\x80\xA8y", "\xEA\xB0\x80\xEA"})
      texts.push_back(std::string(pad, 'a') + tail), texts.push_back("Что " + std::string(pad, 'b') + tail + " что");
  std::size_t chunked = 0;
  for (int round = 0; round < 2; ++round)
    for (const auto& t : texts) {
      qbank::internal::FastEvidence whole, parts;
      bool fast = qbank::internal::gather_fast_evidence(t, whole);
      if (!qbank::internal::gather_chunked_evidence(t, parts)) continue;
      ++chunked;
      INFO("text: " << t);
      REQUIRE(fast);  // The chunked path never succeeds where the one-pass path fails.
      CHECK(same_evidence(whole, parts));
    }
  CHECK(chunked * 2 > texts.size() * 2);  // Most texts take the chunked path.
}

TEST_CASE("the one-word ASCII evidence equals the byte pass, and declines other chunks") {
  std::size_t taken = 0;
  for (const char* w : {"A", "a", "AB", "Ab", "aB", "abC", "What", "what?", "Zafabuka?!.,", "abc;", "a'b", "abc.d",
                        "abc(", "x1", "?", "", "IS?", "Is", "don't", "abc)", "word.?", "tab\t"}) {
    qbank::internal::FastEvidence one, pass;
    qbank::internal::clear_evidence(one);
    qbank::internal::clear_evidence(pass);
    INFO("chunk: " << w);
    REQUIRE(qbank::internal::gather_ascii_evidence(w, pass));
    std::string folded = "stale";
    bool direct = qbank::internal::fold_ascii_word(w, folded);  // The chunk cache's shortcut for the same chunks.
    if (!qbank::internal::gather_ascii_word(w, one)) {
      CHECK_FALSE(direct);
      continue;
    }
    ++taken;
    CHECK(same_evidence(one, pass));
    CHECK(direct == !one.any_letter);
    if (direct) CHECK(folded == one.folded);
  }
  std::string folded;
  CHECK_FALSE(qbank::internal::fold_ascii_word("caf\xC3\xA9", folded));  // Non-ASCII bytes are never one ASCII word.
  CHECK_FALSE(qbank::internal::fold_ascii_word("isEmpty", folded));
  CHECK(taken == 8);  // A, a, Ab, What, what?, Zafabuka?!.,, Is and word.?; the rest is code, an acronym...
}

TEST_CASE("CLD2 is asked about the words of the text's script: foreign-script words are left out") {
  using qbank::internal::Script;
  std::string out;
  qbank::internal::cld2_script_text("Как преобразовать Spenispioplai в Drabaskikla", Script::kCyrillic, out);
  CHECK(out == "Как преобразовать в");
  qbank::internal::cld2_script_text("Как работает Kagemitai внутри", Script::kCyrillic, out);
  CHECK(out == "Как работает внутри");
  // Mixed-script words (a Latin letter inside a Cyrillic word) and words without letters stay.
  qbank::internal::cld2_script_text("Чтo такое 42 и C++?", Script::kCyrillic, out);
  CHECK(out == "Чтo такое 42 и");
  qbank::internal::cld2_script_text("What is Привет in Python", Script::kLatin, out);
  CHECK(out == "What is in Python");
  qbank::internal::cld2_script_text("What is a closure", Script::kLatin, out);
  CHECK(out == "What is a closure");
  // The answer is the same whichever identifiers surround the wording.
  std::string a = qbank::detect_language("Как преобразовать Spenispioplai в Drabaskikla");
  std::string b = qbank::detect_language("Как преобразовать Kouruplonai в Trifamiotre");
  CHECK(a == "ru");
  CHECK(b == "ru");
}

TEST_CASE("CJK unified ideographs fold to themselves, as the shared table entry assumes") {
  for (char32_t c = qbank::internal::kTableHanFirst; c <= qbank::internal::kTableHanLast; ++c) {
    std::string s;
    s.push_back(static_cast<char>(0xE0 | (c >> 12)));
    s.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    s.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    if (qbank::internal::fold_reference(s) != s) FAIL("U+" << std::hex << static_cast<unsigned>(c) << " changes when folded");
  }
}

TEST_CASE("Hangul syllables fold to themselves, as the shared table entry assumes") {
  for (char32_t c = qbank::internal::kTableHangulFirst; c <= qbank::internal::kTableHangulLast; ++c) {
    std::string s;
    s.push_back(static_cast<char>(0xE0 | (c >> 12)));
    s.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    s.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    if (qbank::internal::fold_reference(s) != s) FAIL("U+" << std::hex << static_cast<unsigned>(c) << " changes when folded");
    std::string_view view(s);
    std::size_t i = 0;
    if (qbank::internal::script_of(qbank::internal::utf8::next(view, i)) != qbank::internal::Script::kHangul)
      FAIL("U+" << std::hex << static_cast<unsigned>(c) << " is not Hangul");
  }
}

TEST_CASE("normalize_file_pieces gives the records of normalize_file in several pieces") {
  std::string path = std::string(QBANK_BINARY_DIR) + "/normalize_pieces_input.txt";
  {
    std::ofstream out(path, std::ios::binary);
    out << large_list(9u << 20);
  }
  qbank::NormalizeOptions opt;
  auto whole = qbank::normalize_file(path, opt);
  REQUIRE(whole.ok());
  std::vector<std::string> pieces_json, whole_json;
  for (const auto& q : whole->records) whole_json.push_back(qbank::to_json(q));
  int pieces = 0;
  std::size_t rejected = 0;
  qbank::Status st = qbank::normalize_file_pieces(path, opt, [&](qbank::NormalizeResult& res) {
    ++pieces;
    rejected += res.rejected.size();
    for (const auto& q : res.records) pieces_json.push_back(qbank::to_json(q));
    return qbank::Status::Ok();
  });
  std::remove(path.c_str());
  REQUIRE(st.ok());
  CHECK(pieces > 1);
  CHECK(rejected == whole->rejected.size());
  REQUIRE(pieces_json.size() == whole_json.size());
  for (std::size_t i = 0; i < whole_json.size(); ++i) REQUIRE(pieces_json[i] == whole_json[i]);
}

TEST_CASE("the words of the language data fold alike through fold() and the reference fold") {
  // The profiles fold their stop words, templates and suffixes with fold(); they must equal the reference fold.
  std::size_t words = 0;
  for (const auto& file : qbank::internal::lang_data::embedded_files()) {
    std::string section;
    std::istringstream in(std::string(file.data, file.size));
    for (std::string line; std::getline(in, line);) {
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
      line.erase(0, line.find_first_not_of(' '));
      if (line.empty() || line[0] == '#') continue;
      if (line[0] == '[') {
        section = line;
        continue;
      }
      std::vector<std::string> items;
      if (section == "[templates]") {
        items.push_back(line);
      } else if (section == "[stop]" || section == "[suffixes]") {
        std::istringstream ws(line);
        for (std::string w; ws >> w;) items.push_back(w);
      }
      for (const auto& w : items) {
        INFO(file.code << " " << section << ": " << w);
        CHECK(qbank::fold(w) == qbank::internal::fold_reference(w));
        ++words;
      }
    }
  }
  CHECK(words > 1000);
}

TEST_CASE("CLD2's script text leaves out the words of other scripts, ASCII ones included") {
  using qbank::internal::Script;
  CHECK(qbank::internal::is_foreign_word("Python", Script::kCyrillic));
  CHECK_FALSE(qbank::internal::is_foreign_word("Python", Script::kLatin));
  CHECK_FALSE(qbank::internal::is_foreign_word("2024", Script::kCyrillic));   // No letter: kept.
  CHECK_FALSE(qbank::internal::is_foreign_word("x\xD0\xB0", Script::kCyrillic));  // "xа": a Cyrillic letter.
  CHECK(qbank::internal::is_foreign_word("42nd", Script::kHangul));
  std::string out;
  qbank::internal::cld2_script_text("Как работает Spring внутри 2", Script::kCyrillic, out);
  CHECK(out == "Как работает внутри 2");
}
