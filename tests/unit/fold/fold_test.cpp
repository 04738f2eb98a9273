// Tests for folding: examples, entities, look-alikes, mixed-script repair, and the idempotence and
// NFC/NFD properties over every line of the shared seeds and corpus.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "fold/fold_internal.hpp"
#include "qbank/fold.hpp"
#include "test_helpers.hpp"

namespace {

// Returns every non-empty line of the shared seeds and corpus files.
std::vector<std::string> shared_lines() {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  for (const char* dir : {"/seeds", "/corpus/raw"}) {
    for (const auto& entry : fs::directory_iterator(qbank_test::shared_dir() + dir)) {
      std::string data = qbank_test::slurp(entry.path().string());
      std::size_t start = 0;
      while (start < data.size()) {
        std::size_t nl = data.find('\n', start);
        if (nl == std::string::npos) nl = data.size();
        if (nl > start) out.push_back(data.substr(start, nl - start));
        start = nl + 1;
      }
    }
  }
  return out;
}

// Hand-made inputs that stress the folding rules.
const std::vector<std::string> kTricky = {
    "&amp;lt;b&amp;gt; bold",        "\\\\_x",          "a\\\\",        "&amp\\;",          "\\&amp;",
    "\xEF\xBC\x86\xEF\xBD\x81\xEF\xBD\x8D\xEF\xBD\x90\xEF\xBC\x9B",  // full-width "&amp;"
    "&#0; &#xD800; &#99999999; &bogus; &;", "Ёжик Ё",          "Straße STRASSE", "ǅ ǈ ǋ",
    "Cоздается wоrd PHPшный Dockerа", "Со CO Сo", "x\xCC\x81\xCD\x85", "\xE1\xBE\x80 \xCE\x90",
    "\xFF\xFE bad \xC3", "tab\there\r\nnew", "\xE2\x80\x8B\xEF\xBB\xBFzero-width",
};

}  // namespace

TEST_CASE("fold: documented examples") {
  CHECK(qbank::fold("  What is the \\_\\_dict__ ATTRIBUTE? ") == "what is the __dict__ attribute?");
  CHECK(qbank::fold("Что   такое\tЁЛКА") == "что такое елка");
  CHECK(qbank::fold("non\xE2\x80\x91" "breaking\xC2\xA0space") == "non-breaking space");
  CHECK(qbank::fold("it\xE2\x80\x99s \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x94 dash") == "it's \"quoted\" - dash");
  CHECK(qbank::fold("\xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\xA3") == "abc");  // Full-width letters (NFKC).
  CHECK(qbank::fold("Stra\xC3\x9F" "e") == "strasse");                   // Full case folding.
  CHECK(qbank::fold("") == "");
  CHECK(qbank::fold(" \t\n ") == "");
}

TEST_CASE("fold: HTML entities are decoded, markdown escapes removed") {
  CHECK(qbank::fold("a &amp; b &lt;div&gt; it&#39;s&nbsp;ok") == "a & b <div> it's ok");
  CHECK(qbank::fold("&quot;x&quot; &#x2019;y&rsquo; caf&eacute; &mdash;") == "\"x\" 'y' café -");
  CHECK(qbank::fold("&amp;lt;b&amp;gt;") == "<b>");  // Double-escaped markup.
  CHECK(qbank::fold("AT&T &unknown; & ;") == "at&t &unknown; & ;");
  CHECK(qbank::fold("\\*not emphasis\\* \\# \\[x\\]") == "*not emphasis* # [x]");
  CHECK(qbank::internal::decode_html_entities("&lt;p&gt; &Eacute;t&eacute; &#128512;") == "<p> \xC3\x89t\xC3\xA9 \xF0\x9F\x98\x80");
  CHECK(qbank::internal::decode_html_entities("&#0; &#xD800;") == "\xEF\xBF\xBD \xEF\xBF\xBD");
}

TEST_CASE("fold and repair_mixed_script: Latin/Cyrillic look-alikes inside words") {
  CHECK(qbank::fold("Cоздается") == "создается");  // Latin C in a Cyrillic word.
  CHECK(qbank::fold("wоrd") == "word");            // Cyrillic о in a Latin word.
  std::vector<std::string> notes;
  CHECK(qbank::internal::repair_mixed_script("Cоздается объект", &notes) == "Создается объект");
  REQUIRE(notes.size() == 1);
  CHECK(notes[0] == "mixed-script: C\xE2\x86\x92\xD0\xA1 in 'C\xD0\xBE\xD0\xB7\xD0\xB4\xD0\xB0\xD0\xB5\xD1\x82\xD1\x81\xD1\x8F'");
  notes.clear();
  CHECK(qbank::internal::repair_mixed_script("Тип дaнных", &notes) == "Тип данных");  // Latin a inside.
  CHECK(notes.size() == 1);
  notes.clear();
  // Terms with an affix in the other script, words without look-alikes and clean text stay as they are.
  for (const char* kept : {"PHPшный", "Dockerа", "JSONом", "Что такое list comprehension", "Mixed-скрипт"}) {
    CHECK(qbank::internal::repair_mixed_script(kept, &notes) == kept);
  }
  CHECK(notes.empty());
  CHECK(qbank::internal::repair_mixed_script("Cо", nullptr) == "Cо");        // A tie with no context is left alone.
  CHECK(qbank::internal::repair_mixed_script("Cо мной", nullptr) == "Со мной");  // A tie follows the other words.
}

TEST_CASE("fold: invalid UTF-8 becomes U+FFFD and never breaks the output") {
  CHECK(qbank::fold("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
  std::mt19937 rng(42);
  for (int n = 0; n < 2000; ++n) {
    std::string s(static_cast<std::size_t>(rng() % 24), '\0');
    for (auto& c : s) c = static_cast<char>(rng() % 256);
    std::string f = qbank::fold(s);
    CHECK(qbank::is_valid_utf8(f));
    CHECK(qbank::fold(f) == f);
  }
}

TEST_CASE("fold: idempotent and equal for NFC and NFD input over the shared data") {
  std::vector<std::string> lines = shared_lines();
  lines.insert(lines.end(), kTricky.begin(), kTricky.end());
  REQUIRE(lines.size() > 10000);
  auto start = std::chrono::steady_clock::now();
  std::size_t bytes = 0;
  for (const auto& line : lines) bytes += qbank::fold(line).size();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("fold: %zu lines in %.3f s = %.0f lines/s (%zu bytes out)\n", lines.size(), secs,
              static_cast<double>(lines.size()) / secs, bytes);
  std::size_t not_idempotent = 0, nfd_differs = 0, changed_by_nfd = 0;
  for (const auto& line : lines) {
    std::string f = qbank::fold(line);
    if (qbank::fold(f) != f) {
      ++not_idempotent;
      std::printf("  not idempotent: %s\n", line.c_str());
    }
    std::string nfd = qbank::internal::to_nfd(line);
    changed_by_nfd += nfd != qbank::internal::to_nfc(line);
    if (qbank::fold(nfd) != qbank::fold(qbank::internal::to_nfc(line))) {
      ++nfd_differs;
      std::printf("  NFC/NFD differ: %s\n", line.c_str());
    }
  }
  std::printf("fold: %zu lines, %zu not idempotent, %zu differ between NFC and NFD (%zu lines change under NFD)\n",
              lines.size(), not_idempotent, nfd_differs, changed_by_nfd);
  CHECK(not_idempotent == 0);
  CHECK(nfd_differs == 0);
  CHECK(changed_by_nfd > 100);  // The property is exercised on real decomposable text.
}

TEST_CASE("fold: the plain-ASCII fast path agrees with the full Unicode pipeline") {
  std::size_t ascii = 0, differ = 0;
  for (const auto& line : shared_lines()) {
    bool plain = line.find_first_of("&\\") == std::string::npos &&
                 std::all_of(line.begin(), line.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (!plain) continue;
    ++ascii;
    // A zero-width space is dropped by folding but sends the text through the full pipeline.
    differ += qbank::fold(line) != qbank::fold(line + "\xE2\x80\x8B");
  }
  std::printf("fold: %zu plain ASCII lines, %zu differ from the full pipeline\n", ascii, differ);
  CHECK(ascii > 1000);
  CHECK(differ == 0);
}

TEST_CASE("fold: Hangul syllables fold as the reference pipeline folds them, alone and inside words") {
  for (char32_t c = 0xABF0; c <= 0xD7FF; ++c) {
    std::string ch;
    ch.push_back(static_cast<char>(0xE0 | (c >> 12)));
    ch.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    ch.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    for (const std::string& t : {ch, "Ab" + ch + "c", "\xD0\x96" + ch, ch + " \xE4\xB8\xAD" + ch}) {
      INFO("U+" << std::hex << static_cast<unsigned>(c));
      REQUIRE(qbank::fold(t) == qbank::internal::fold_reference(t));
    }
  }
}
