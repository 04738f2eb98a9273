#pragma once
// Internal UTF-8 decoding and encoding helpers shared by the library's text code.

#include <cstddef>
#include <string>
#include <string_view>

namespace qbank::utf8 {

// The code point used in place of an invalid byte sequence.
inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes one code point at bytes[i], advancing i; invalid sequences yield kReplacement and advance by one.
char32_t next(std::string_view bytes, std::size_t& i);

// Decodes a whole string, replacing invalid sequences with kReplacement.
std::u32string decode(std::string_view bytes);

// Appends the UTF-8 encoding of one code point.
void append(std::string& out, char32_t c);

// Encodes a sequence of code points as UTF-8.
std::string encode(std::u32string_view cps);

// Returns the byte offset of the first invalid sequence, or npos when the bytes are valid UTF-8.
std::size_t find_invalid(std::string_view bytes);

}  // namespace qbank::utf8
