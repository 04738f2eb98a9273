#pragma once
// Turns fuzz bytes into question records for the harnesses that need records (export, dedup).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "qbank/io.hpp"

namespace qbank::fuzz {

// Parses each line as a JSONL record; a line that is not a usable record becomes the text of a minimal one.
inline std::vector<Question> records_from_bytes(std::string_view bytes, std::size_t max_records) {
  std::vector<Question> out;
  std::int64_t line_no = 0;
  while (!bytes.empty() && out.size() < max_records) {
    std::size_t nl = bytes.find('\n');
    std::string_view line = bytes.substr(0, nl);
    bytes.remove_prefix(nl == std::string_view::npos ? bytes.size() : nl + 1);
    ++line_no;
    RecordItem item = parse_record(line, "fuzz.jsonl", line_no);
    if (!item.usable()) {
      std::string json = "{\"text\":";
      append_json_string(json, line);
      json += ",\"sources\":[{\"file\":\"fuzz.txt\",\"line\":" + std::to_string(line_no) + ",\"raw\":\"\"}]}";
      item = parse_record(json, "fuzz.jsonl", line_no);
    }
    if (item.usable()) out.push_back(std::move(item.record));
  }
  return out;
}

}  // namespace qbank::fuzz
