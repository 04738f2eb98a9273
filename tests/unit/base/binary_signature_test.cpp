// Tests for base/binary_signature.hpp: compressed data, archives and documents are recognised from their first
// bytes, text never is, and the message names the file in its example command.
#include <catch2/catch.hpp>

#include <string>

#include "base/binary_signature.hpp"

using qbank::internal::binary_file_message;
using qbank::internal::binary_kind;
using namespace std::string_literals;

TEST_CASE("binary_kind recognises compressed data, archives, documents and programs") {
  CHECK(binary_kind("\x1F\x8B\x08\x00"s).what == "gzip-compressed data");
  CHECK(binary_kind("PK\x03\x04\x14\x00"s).what.find("zip archive") != std::string_view::npos);
  CHECK(binary_kind("BZh91AY&SY\x01"s).what == "bzip2-compressed data");
  CHECK(binary_kind("\xFD" "7zXZ\x00\x00"s).what == "xz-compressed data");
  CHECK(binary_kind("\x28\xB5\x2F\xFD\x00"s).what == "zstd-compressed data");
  CHECK(binary_kind("%PDF-1.7\n"s).what == "a PDF document");
  CHECK(binary_kind("SQLite format 3\x00\x10"s).what == "an SQLite database");
}

TEST_CASE("binary_kind takes no text for binary data, even text that starts like a signature") {
  CHECK(binary_kind("").what.empty());
  CHECK(binary_kind("1. What is a mutex?\n").what.empty());
  CHECK(binary_kind("PK is a primary key?\n").what.empty());
  CHECK(binary_kind("BZh is not bzip2\n").what.empty());
  CHECK(binary_kind("BZh9").what.empty());
  CHECK(binary_kind("\xEF\xBB\xBF{\"id\":\"q1\"}").what.empty());
  CHECK(binary_kind("\xFF\xFE" "1\x00.\x00"s).what.empty());
}

TEST_CASE("binary_file_message says what the file is and how to get its text") {
  auto gz = binary_kind("\x1F\x8B"s);
  CHECK(binary_file_message(gz, "in/bank.jsonl.gz", "JSONL records") ==
        "gzip-compressed data, not JSONL records: decompress it first, e.g. gunzip -k in/bank.jsonl.gz");
  CHECK(binary_file_message(gz, "-", "text") == "gzip-compressed data, not text: decompress it first");
}
