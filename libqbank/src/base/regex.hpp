#pragma once
// Internal helpers shared by filter, tag and merge: compiling RE2 patterns with errors that quote RE2.

#include <re2/re2.h>

#include <memory>
#include <string>
#include <string_view>

#include "qbank/status.hpp"

namespace qbank::internal {

// Compiles an RE2 pattern (UTF-8, errors not logged); a bad pattern yields InvalidArgument naming what
// ("--match", "rules.json: rule 3") and quoting RE2's message.
Result<std::unique_ptr<RE2>> compile_regex(const std::string& pattern, std::string_view what);

// The RE2 options every qbank pattern is compiled with.
RE2::Options regex_options();

// Lowercases one ASCII character, leaving other bytes alone.
inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace qbank::internal
