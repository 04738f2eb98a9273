// Binary file signatures: the magic bytes of compressed data, archives, documents and programs.
#include "base/binary_signature.hpp"

namespace qbank::internal {
namespace {

// One signature: the bytes a file starts with, and what it then is.
struct Signature {
  std::string_view magic;
  BinaryKind kind;
};

using namespace std::string_view_literals;

// Every signature; none of them can start a text file (each holds control bytes, or is a format's own header).
constexpr Signature kSignatures[] = {
    {"\x1F\x8B"sv, {"gzip-compressed data", "decompress it first", "gunzip -k FILE"}},
    {"PK\x03\x04"sv, {"a zip archive (.zip, .apkg, .docx, .xlsx)", "extract the text from it first", "unzip FILE"}},
    {"PK\x05\x06"sv, {"an empty zip archive", "extract the text from it first", "unzip FILE"}},
    {"BZh"sv, {"bzip2-compressed data", "decompress it first", "bunzip2 -k FILE"}},
    {"\xFD" "7zXZ\x00"sv, {"xz-compressed data", "decompress it first", "unxz -k FILE"}},
    {"\x28\xB5\x2F\xFD"sv, {"zstd-compressed data", "decompress it first", "unzstd FILE"}},
    {"7z\xBC\xAF\x27\x1C"sv, {"a 7-Zip archive", "extract the text from it first", "7z x FILE"}},
    {"%PDF-"sv, {"a PDF document", "extract its text first", "pdftotext FILE"}},
    {"SQLite format 3\x00"sv, {"an SQLite database", "export its rows first", "sqlite3 -json FILE 'select …'"}},
    {"\x7F" "ELF"sv, {"an executable program", "name the question file instead", ""}},
};

}  // namespace

BinaryKind binary_kind(std::string_view head) {
  for (const auto& s : kSignatures) {
    if (head.substr(0, s.magic.size()) != s.magic) continue;
    // bzip2: "BZh", a block size digit and the block magic "1AY&SY", so a text starting "BZh" is not taken.
    if (s.magic == "BZh"sv && (head.size() < 10 || head[3] < '1' || head[3] > '9' || head.substr(4, 6) != "1AY&SY"))
      continue;
    return s.kind;
  }
  return {};
}

std::string binary_file_message(const BinaryKind& kind, const std::string& file, std::string_view expected) {
  std::string message = std::string(kind.what) + ", not " + std::string(expected) + ": " + std::string(kind.fix);
  if (file.empty() || file == "-" || kind.example.empty()) return message;
  std::string example(kind.example);
  for (std::size_t at = example.find("FILE"); at != std::string::npos; at = example.find("FILE", at + file.size()))
    example.replace(at, 4, file);
  return message + ", e.g. " + example;
}

}  // namespace qbank::internal
