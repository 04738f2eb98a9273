#pragma once
// Recognises files that are not text at all (compressed data, archives, documents, programs) from their first
// bytes, so a file passed by mistake gets an error that says what it is instead of an encoding error.

#include <string>
#include <string_view>

namespace qbank::internal {

// What a binary file is and how to get text out of it.
struct BinaryKind {
  std::string_view what;  // "gzip-compressed data", "a zip archive (.zip, .apkg, .docx, .xlsx)", ...; "" when none.
  std::string_view fix;      // What to do first ("decompress it first").
  std::string_view example;  // The command that does it, with FILE for the file name ("gunzip -k FILE").
};

// Returns the kind of binary file that starts with head (the first bytes of a file); what is "" for text.
BinaryKind binary_kind(std::string_view head);

// Returns "<what>, not <expected>: <fix>" for a file that binary_kind recognised, the fix naming the file
// (or, for stdin "-", only what to do).
std::string binary_file_message(const BinaryKind& kind, const std::string& file, std::string_view expected);

}  // namespace qbank::internal
