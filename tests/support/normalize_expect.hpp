#pragma once
// Helpers for the format-reader tests: run normalize with an explicit format and compare records.

#include <catch2/catch.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "qbank/normalize.hpp"

namespace qbank_test {

// What a test expects of one record.
struct Expect {
  std::int64_t line;
  std::string text;
  std::optional<std::string> topic = std::nullopt;
  std::optional<std::string> answer = std::nullopt;
  std::optional<std::string> code = std::nullopt;
};

// Normalizes bytes as the given format; columns is the --column mapping.
inline qbank::Result<qbank::NormalizeResult> run_format(const std::string& bytes, qbank::InputFormat format,
                                                        std::map<std::string, std::string> columns = {},
                                                        const std::string& file = "in") {
  qbank::NormalizeOptions o;
  o.format = format;
  o.file = file;
  o.columns = std::move(columns);
  return qbank::normalize(bytes, o);
}

// Checks every record against the expected line, text, topic, answer and code, in order.
inline void check_records(const qbank::NormalizeResult& r, const std::vector<Expect>& want) {
  REQUIRE(r.records.size() == want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    INFO("record " << i << ": " << r.records[i].text);
    CHECK(r.records[i].sources.at(0).line == want[i].line);
    CHECK(r.records[i].text == want[i].text);
    CHECK(r.records[i].topic == want[i].topic);
    CHECK(r.records[i].answer == want[i].answer);
    CHECK(r.records[i].code == want[i].code);
  }
}

// True when some rejected line has the reason.
inline bool rejected_with(const qbank::NormalizeResult& r, const std::string& reason) {
  for (const auto& x : r.rejected)
    if (x.reason.find(reason) != std::string::npos) return true;
  return false;
}

// The texts of the records, in order.
inline std::vector<std::string> texts(const qbank::NormalizeResult& r) {
  std::vector<std::string> out;
  for (const auto& q : r.records) out.push_back(q.text);
  return out;
}

// The answers of the records, in order ("" for none).
inline std::vector<std::string> answers(const qbank::NormalizeResult& r) {
  std::vector<std::string> out;
  for (const auto& q : r.records) out.push_back(q.answer.value_or(""));
  return out;
}

// The reason a line was rejected, or "" when it was not.
// The question texts of a result, in order.
inline std::vector<std::string> texts_of(const qbank::NormalizeResult& r) {
  std::vector<std::string> out;
  for (const auto& q : r.records) out.push_back(q.text);
  return out;
}

inline std::string reason_of(const qbank::NormalizeResult& r, std::int64_t line) {
  for (const auto& x : r.rejected)
    if (x.line == line) return x.reason;
  return "";
}

}  // namespace qbank_test
