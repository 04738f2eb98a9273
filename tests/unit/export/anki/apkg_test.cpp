// Tests of the .apkg writer (qbank::export_apkg) and its SHA-1 and HTML-stripping helpers.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>

#include "export/writers.hpp"
#include "qbank/export.hpp"
#include "test_helpers.hpp"

using namespace qbank;
namespace fs = std::filesystem;

namespace {

// A scratch folder removed at the end of the test.
struct Scratch {
  fs::path dir;
  Scratch() {
    dir = fs::temp_directory_path() / ("qbank_apkg_" + std::to_string(::getpid()));
    fs::create_directories(dir);
  }
  ~Scratch() { fs::remove_all(dir); }
  std::string operator/(const std::string& name) const { return (dir / name).string(); }
};

// A few records with topics, answers and code.
std::vector<Question> sample() {
  std::vector<Question> out;
  for (int i = 0; i < 5; ++i) {
    Question q;
    std::string n = std::to_string(i);
    q.id = std::string(16, '0').replace(15, 1, n).insert(0, "q");
    q.text = std::string("Question <").append(n).append("> & \"more\"");
    if (i % 2) q.answer = std::string("Answer\n").append(n);
    if (i == 3) q.code = "int x = 1;";
    q.topic = i < 3 ? std::optional<std::string>("Net") : std::nullopt;
    q.tags = {std::string("t").append(n)};
    q.sources.push_back({});
    out.push_back(q);
  }
  return out;
}

}  // namespace

TEST_CASE("SHA-1 matches the FIPS test vectors") {
  CHECK(internal::sha1_hex("") == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  CHECK(internal::sha1_hex("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d");
  CHECK(internal::sha1_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  CHECK(internal::sha1_hex(std::string(1000000, 'a')) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
  CHECK(internal::sha1_hex(std::string(55, 'x')).size() == 40);  // Padding edge: 55 and 56 bytes.
  CHECK(internal::sha1_hex(std::string(56, 'x')) != internal::sha1_hex(std::string(55, 'x')));
}

TEST_CASE("Anki field stripping removes tags and decodes entities") {
  CHECK(internal::anki_strip_html("a<br>b &lt;c&gt; &amp;&quot;&#9;&#x41;&#128512;") == "ab <c> &\"\tA\xF0\x9F\x98\x80");
  CHECK(internal::anki_strip_html("x < y & z") == "x < y & z");
  CHECK(internal::anki_strip_html("&#0; &#xD800; &bogus;") == "&#0; &#xD800; &bogus;");
}

TEST_CASE("apkg is a zip, reproducible, and refuses stdout and directories") {
  Scratch tmp;
  ExportOptions o;
  o.format = ExportFormat::kApkg;
  o.subdecks = true;
  o.reversed = true;
  auto records = sample();
  REQUIRE(export_apkg(records, o, tmp / "a.apkg").ok());
  REQUIRE(export_to_file(records, o, tmp / "b.apkg").ok());
  std::string a = qbank_test::slurp(tmp / "a.apkg"), b = qbank_test::slurp(tmp / "b.apkg");
  CHECK(a.rfind("PK\x03\x04", 0) == 0);
  CHECK(a == b);
  o.timestamp += 86400;
  REQUIRE(export_apkg(records, o, tmp / "c.apkg").ok());
  CHECK(qbank_test::slurp(tmp / "c.apkg") != a);
  CHECK(export_to_file(records, o, "-").code() == StatusCode::kInvalidArgument);
  CHECK(export_apkg(records, o, tmp.dir.string()).code() == StatusCode::kInvalidArgument);
  CHECK(export_apkg(records, o, tmp / "missing/x.apkg").code() == StatusCode::kIoError);
  o.timestamp = 5;
  CHECK(export_apkg(records, o, tmp / "d.apkg").code() == StatusCode::kInvalidArgument);
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(tmp.dir)) files += e.is_regular_file();
  CHECK(files == 3);  // No temporary files left behind by any run.
}

TEST_CASE("apkg of an empty bank and of odd records still works") {
  Scratch tmp;
  ExportOptions o;
  CHECK(export_apkg({}, o, tmp / "empty.apkg").ok());
  Question odd;
  odd.text = std::string("\x1f field separator \0 and \xff", 26);
  odd.topic = "::";
  o.subdecks = true;
  o.deck = "A::B";
  CHECK(export_apkg({odd, odd}, o, tmp / "odd.apkg").ok());
}
