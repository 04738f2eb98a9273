// Tests for clean_text: text it takes as already clean is cleaned the same by the full pass.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "normalize/reader.hpp"

TEST_CASE("clean_text: the already-clean check agrees with the full cleaning pass") {
  // A leading control character forces the full pass, which drops it like any leading space.
  const std::vector<std::string> pool = {
      "a", "Z", " ", "  ", "\\", "\\_", "\t", "\x01", "\x7f", "?", "\xc2\xa0", "\xc2\xa9", "\xc3\xa9", "\xcc\x81",
      "\xce\xb1", "\xd0\x96", "\xd1\x8f", "\xd2\x90", "\xe2\x80\x8b", "\xe2\x80\x94", "\xe3\x80\x80", "\xe3\x81\x82",
      "\xe4\xb8\xad", "\xea\xb0\x80", "\xed\x95\x9c", "\xed\xa0\x80", "\xef\xbb\xbf", "\xef\xbc\x81", "\xf0\x9f\x98\x80",
      "\xe1\x85\xa1", "\xff", "\xd0", "word", "longer words here"};
  std::mt19937 rng(7);
  for (int round = 0; round < 40000; ++round) {
    std::string s;
    int len = static_cast<int>(rng() % 24);
    for (int i = 0; i < len; ++i) s += pool[rng() % pool.size()];
    INFO("text: " << s);
    std::string fast = qbank::internal::clean_text(s);
    REQUIRE(fast == qbank::internal::clean_text("\x01" + s));
  }
}

TEST_CASE("strip_controls_in_place removes C0 (but tab and line ends), DEL and C1, wherever they are") {
  auto stripped = [](std::string s) {
    qbank::internal::strip_controls_in_place(s);
    return s;
  };
  CHECK(stripped("") == "");
  CHECK(stripped("plain text, \xc2\xa9 and \xc2\xb0 kept") == "plain text, \xc2\xa9 and \xc2\xb0 kept");
  CHECK(stripped("a\tb\nc\r\nd") == "a\tb\nc\r\nd");
  CHECK(stripped("\x1b[31mred\x1b[0m") == "[31mred[0m");
  CHECK(stripped("bell\x07 del\x7f nel\xc2\x85 csi\xc2\x9b end") == "bell del nel csi end");
  CHECK(stripped("\x01\x02\x03") == "");
  // Past sixteen bytes, at every position, a control is found and the bytes around it kept.
  std::string base = "0123456789abcdefghijklmnopqrstuvwxyz\xc2\xa9\xc2\xa9";
  for (std::size_t at = 0; at <= base.size(); ++at) {
    if (at < base.size() && (static_cast<unsigned char>(base[at]) & 0xC0) == 0x80) continue;  // Inside a character.
    for (std::string control : {"\x1b", "\x7f", "\xc2\x80"}) {
      std::string s = base;
      s.insert(at, control);
      CHECK(stripped(s) == base);
    }
  }
}
