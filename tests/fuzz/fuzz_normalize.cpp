// libFuzzer harness: normalize() on arbitrary bytes, the first byte choosing the input format.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "qbank/normalize.hpp"

namespace {

// The formats a fuzz input may ask for, with a file name that matches each (auto detects from it).
struct FormatCase {
  qbank::InputFormat format;  // The format forced on normalize().
  const char* file;           // The name recorded in sources and used by detection.
};

constexpr FormatCase kCases[] = {
    {qbank::InputFormat::kAuto, "fuzz.txt"},     {qbank::InputFormat::kText, "fuzz.txt"},
    {qbank::InputFormat::kMarkdown, "fuzz.md"},  {qbank::InputFormat::kHtml, "fuzz.html"},
    {qbank::InputFormat::kCsv, "fuzz.csv"},      {qbank::InputFormat::kTsv, "fuzz.tsv"},
    {qbank::InputFormat::kJson, "fuzz.json"},    {qbank::InputFormat::kJsonl, "fuzz.jsonl"},
    {qbank::InputFormat::kGift, "fuzz.gift"},    {qbank::InputFormat::kQuiz, "fuzz.quiz"},
    {qbank::InputFormat::kYaml, "fuzz.yaml"},    {qbank::InputFormat::kAuto, "fuzz.md"},
    {qbank::InputFormat::kMoodleXml, "fuzz.xml"}, {qbank::InputFormat::kToml, "fuzz.toml"},
    {qbank::InputFormat::kXml, "fuzz.xml"},
};

}  // namespace

// Normalizes one input; any crash, hang, leak or undefined behaviour is a finding.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const FormatCase& c = kCases[data[0] % (sizeof kCases / sizeof kCases[0])];
  qbank::NormalizeOptions options;
  options.format = c.format;
  options.file = c.file;
  if (data[0] & 0x80) options.lang = "en";  // Also exercise the forced-language path.
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  auto result = qbank::normalize(bytes, options);
  (void)result;
  return 0;
}
