// libFuzzer harness: the JSONL record parser, with a round-trip check on every usable record.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "qbank/io.hpp"

// Parses one line; a usable record must serialize to JSON that parses back to the same JSON.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view json(reinterpret_cast<const char*>(data), size);
  qbank::RecordItem item = qbank::parse_record(json, "fuzz.jsonl", 1);
  for (const auto& p : item.problems) (void)p.to_string();
  if (!item.usable()) return 0;
  std::string once = qbank::to_json(item.record);
  qbank::RecordItem again = qbank::parse_record(once, "fuzz.jsonl", 1);
  if (!again.usable() || qbank::to_json(again.record) != once) {
    std::fprintf(stderr, "round trip changed the record:\n%s\n", once.c_str());
    std::abort();
  }
  return 0;
}
