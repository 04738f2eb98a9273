// libFuzzer harness: records parsed from the fuzz input, written in every export format.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz_records.hpp"
#include "qbank/export.hpp"

namespace {

// Every text format export_to_string() writes.
constexpr qbank::ExportFormat kTextFormats[] = {
    qbank::ExportFormat::kCsv,  qbank::ExportFormat::kTsv,       qbank::ExportFormat::kAnki,
    qbank::ExportFormat::kMarkdown, qbank::ExportFormat::kGift, qbank::ExportFormat::kMoodleXml,
    qbank::ExportFormat::kJson, qbank::ExportFormat::kJsonl};

// Builds export options from the flag byte, so every switch gets exercised.
qbank::ExportOptions options_from(std::uint8_t flags) {
  qbank::ExportOptions o;
  o.bom = flags & 1;
  o.crlf = flags & 2;
  o.raw = flags & 4;
  o.subdecks = flags & 8;
  o.reversed = flags & 16;
  o.pretty = flags & 32;
  if (flags & 64) o.tag_separator = ';';
  if (flags & 128) o.columns = {"id", "text", "answer", "tags", "topic", "lang", "code", "choices", "source", "notes"};
  return o;
}

// Stops the run when a writer refuses records that the parser accepted.
void require_ok(const qbank::Status& s, const char* format) {
  if (s.ok()) return;
  std::fprintf(stderr, "export %s failed: %s\n", format, s.to_string().c_str());
  std::abort();
}

}  // namespace

// Exports the records of one input in every text format, and as .apkg when the flag byte asks for it.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  qbank::ExportOptions opt = options_from(data[0]);
  bool apkg = (data[1] & 7) == 0;
  std::string_view bytes(reinterpret_cast<const char*>(data) + 2, size - 2);
  auto records = qbank::fuzz::records_from_bytes(bytes, 32);
  for (auto format : kTextFormats) {
    opt.format = format;
    auto text = qbank::export_to_string(records, opt);
    require_ok(text.status(), qbank::export_format_name(format));
  }
  if (apkg && records.size() <= 8) {
    opt.format = qbank::ExportFormat::kApkg;
    std::string path = "/tmp/qbank-fuzz-export-" + std::to_string(::getpid()) + ".apkg";
    require_ok(qbank::export_to_file(records, opt, path), "apkg");
    ::unlink(path.c_str());
  }
  return 0;
}
