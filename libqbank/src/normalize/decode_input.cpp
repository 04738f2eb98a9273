// Input decoding: BOMs (UTF-8, UTF-16, UTF-32), legacy encodings through glibc iconv, UTF-8 validation.
#include <iconv.h>

#include <cerrno>
#include <cctype>
#include <string>

#include "fold/fold_internal.hpp"
#include "normalize/reader.hpp"
#include "qbank/fold.hpp"

namespace qbank::internal {
namespace {

// A byte-order mark and the encoding it announces.
struct Bom {
  std::string_view bytes;
  const char* encoding;
};

// Longest first, so UTF-32LE is not mistaken for UTF-16LE.
constexpr Bom kBoms[] = {
    {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE"}, {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
    {"\xEF\xBB\xBF", "UTF-8"}, {"\xFF\xFE", "UTF-16LE"}, {"\xFE\xFF", "UTF-16BE"},
};

// Spellings of names glibc does not know, mapped to ones it does.
struct Alias {
  const char* name;
  const char* iconv_name;
};

constexpr Alias kAliases[] = {
    {"latin1", "ISO-8859-1"}, {"latin-1", "ISO-8859-1"}, {"l1", "ISO-8859-1"}, {"win1251", "CP1251"},
    {"windows1251", "CP1251"}, {"win-1251", "CP1251"}, {"cp-1251", "CP1251"}, {"sjis", "SHIFT_JIS"},
};

// Returns the lowercase form of an encoding name.
std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// True when the name means UTF-8.
bool is_utf8_name(std::string_view name) {
  std::string n = lower(name);
  return n.empty() || n == "utf-8" || n == "utf8";
}

// Maps a user's encoding name to the name handed to iconv.
std::string iconv_name(std::string_view name) {
  std::string n = lower(name);
  for (const auto& a : kAliases)
    if (n == a.name) return a.iconv_name;
  return n;
}

// Checks that iconv knows how to convert from the named encoding.
Status check_encoding(std::string_view name) {
  if (is_utf8_name(name)) return Status::Ok();
  std::string n = iconv_name(name);
  if (n.find('/') != std::string::npos) return Status::InvalidArgument("unknown encoding '" + std::string(name) + "'");
  iconv_t cd = iconv_open("UTF-8", n.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1))
    return Status::InvalidArgument("unknown encoding '" + std::string(name) +
                                   "' (try cp1251, latin1, gb18030, koi8-r, utf-16le, ...)");
  iconv_close(cd);
  return Status::Ok();
}

// Converts bytes from an encoding to UTF-8; skipped is how many bytes before them the input had (a BOM),
// so error offsets count from the start of the file.
Result<std::string> convert(std::string_view bytes, const std::string& from, std::size_t skipped,
                            const std::string& file) {
  iconv_t cd = iconv_open("UTF-8", iconv_name(from).c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return Status::InvalidArgument("unknown encoding '" + from + "'");
  std::string out(bytes.size() * 2 + 16, '\0');
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size(), done = 0;
  while (in_left > 0) {
    char* dst = out.data() + done;
    std::size_t dst_left = out.size() - done;
    std::size_t rc = iconv(cd, &in, &in_left, &dst, &dst_left);
    done = out.size() - dst_left;
    if (rc != static_cast<std::size_t>(-1)) continue;
    if (errno == E2BIG) {
      out.resize(out.size() * 2);
      continue;
    }
    iconv_close(cd);
    std::size_t offset = skipped + bytes.size() - in_left;
    std::int64_t line = 1;
    for (std::size_t i = 0; i < done; ++i) line += out[i] == '\n';
    return Status::DataError(file + ":" + std::to_string(line) + ": invalid " + from + " at byte offset " +
                             std::to_string(offset) + (errno == EINVAL ? " (truncated character)" : ""));
  }
  iconv_close(cd);
  out.resize(done);
  if (out.rfind("\xEF\xBB\xBF", 0) == 0) out.erase(0, 3);
  return out;
}

// Guesses UTF-16 without a BOM from the zero bytes of mostly-ASCII text; returns nullptr when it is not.
const char* sniff_utf16(std::string_view bytes) {
  std::size_t n = std::min<std::size_t>(bytes.size(), 512) & ~std::size_t{1};
  if (n < 4) return nullptr;
  std::size_t even = 0, odd = 0;
  for (std::size_t i = 0; i < n; i += 2) even += bytes[i] == '\0', odd += bytes[i + 1] == '\0';
  std::size_t pairs = n / 2;
  if (odd * 10 >= pairs * 4 && even * 20 < pairs) return "UTF-16LE";
  if (even * 10 >= pairs * 4 && odd * 20 < pairs) return "UTF-16BE";
  return nullptr;
}

// Returns the data error for invalid UTF-8 at offset bad of bytes (skipped bytes came before them).
Status invalid_utf8(std::string_view bytes, std::size_t bad, std::size_t skipped, const std::string& file) {
  std::int64_t line = 1;
  for (std::size_t i = 0; i < bad; ++i) line += bytes[i] == '\n';
  return Status::DataError(file + ":" + std::to_string(line) + ": invalid UTF-8 at byte offset " +
                           std::to_string(bad + skipped) + " (use --encoding to name a legacy encoding)");
}

// Validates UTF-8 in place: returns the bytes themselves, or the error naming the first bad byte.
Result<std::string_view> check_utf8(std::string_view bytes, std::size_t skipped, const std::string& file) {
  std::size_t bad = find_invalid_utf8(bytes);
  if (bad == std::string_view::npos) return bytes;
  return invalid_utf8(bytes, bad, skipped, file);
}

// Transcodes into storage and returns a view of it.
Result<std::string_view> convert_into(std::string_view bytes, const std::string& from, std::size_t skipped,
                                      const std::string& file, std::string& storage) {
  auto text = convert(bytes, from, skipped, file);
  if (!text.ok()) return text.status();
  storage = std::move(*text);
  return std::string_view(storage);
}

}  // namespace

Result<std::string_view> decode_input(std::string_view bytes, const NormalizeOptions& options, std::string& storage) {
  if (Status s = check_encoding(options.encoding); !s.ok()) return s;
  for (const auto& bom : kBoms) {
    if (bytes.substr(0, bom.bytes.size()) != bom.bytes) continue;
    std::string_view rest = bytes.substr(bom.bytes.size());
    if (std::string_view(bom.encoding) == "UTF-8") return check_utf8(rest, bom.bytes.size(), options.file);
    return convert_into(rest, bom.encoding, bom.bytes.size(), options.file, storage);
  }
  if (!is_utf8_name(options.encoding)) return convert_into(bytes, options.encoding, 0, options.file, storage);
  if (const char* utf16 = sniff_utf16(bytes)) return convert_into(bytes, utf16, 0, options.file, storage);
  return check_utf8(bytes, 0, options.file);
}

}  // namespace qbank::internal
