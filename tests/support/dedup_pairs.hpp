#pragma once
// Helpers for dedup tests that compare two texts of one language.

#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>

#include "qbank/dedup.hpp"
#include "qbank/lang.hpp"

namespace qbank_test {

// Builds a record of the text in the given language, with one source at the given line.
inline qbank::Question lang_record(const std::string& text, const std::string& lang, std::int64_t line) {
  qbank::Question q;
  q.text = text;
  q.lang = lang;
  q.sources.push_back({"pair.txt", line, text, "text", std::nullopt, {}});
  q.id = qbank::compute_id(q);
  return q;
}

// True when dedup puts the two texts of one language into one record.
inline bool merged_in(const std::string& a, const std::string& b, const std::string& lang) {
  auto res = qbank::dedup({lang_record(a, lang, 1), lang_record(b, lang, 2)});
  REQUIRE(res.ok());
  return res->records.size() == 1;
}

}  // namespace qbank_test
