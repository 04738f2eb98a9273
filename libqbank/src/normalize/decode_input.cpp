// Input decoding: BOMs (UTF-8, UTF-16, UTF-32), legacy encodings through glibc iconv, UTF-8 validation.
#include <iconv.h>
#include <uchardet/uchardet.h>

#include <algorithm>
#include <cerrno>
#include <cctype>
#include <string>

#include "base/binary_signature.hpp"
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

// The fewest non-ASCII bytes from which a detected encoding is trusted.
constexpr std::size_t kMinDetectBytes = 8;

// Returns the value of name="value" / name='value' / name=value at the start of s, lowercased.
std::string attribute_value(std::string_view s) {
  std::size_t i = s.find_first_not_of(" \t");
  if (i == std::string_view::npos) return "";
  char quote = s[i] == '"' || s[i] == '\'' ? s[i] : '\0';
  if (quote) ++i;
  std::size_t end = i;
  while (end < s.size() && end - i < 40 &&
         (quote ? s[end] != quote : std::string_view(" \t;\"'>/").find(s[end]) == std::string_view::npos))
    ++end;
  return lower(s.substr(i, end - i));
}

// Returns the encoding the document declares in its first bytes: an XML declaration's encoding, an HTML
// <meta charset> or the charset of a <meta http-equiv="Content-Type">; "" when it declares none.
std::string declared_encoding(std::string_view bytes) {
  std::string head = lower(bytes.substr(0, 4096));
  if (head.rfind("<?xml", 0) == 0) {
    std::size_t end = head.find("?>");
    std::size_t enc = head.find("encoding=");
    if (enc != std::string::npos && enc < end) return attribute_value(std::string_view(head).substr(enc + 9));
  }
  for (std::size_t meta = head.find("<meta"); meta != std::string::npos; meta = head.find("<meta", meta + 5)) {
    std::size_t end = std::min(head.find('>', meta), head.size());
    std::string_view tag = std::string_view(head).substr(meta, end - meta);
    std::size_t cs = tag.find("charset=");
    if (cs == std::string_view::npos) continue;
    // <meta charset="x"> and the charset=x inside content="text/html; charset=x" both end the same way.
    if (std::string v = attribute_value(tag.substr(cs + 8)); !v.empty()) return v;
  }
  return "";
}

// True when decoded text holds control characters that no text file has (C0 other than tab, line and page
// breaks, and C1), a sign that the encoding is wrong.
bool has_stray_controls(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') return true;
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0) return true;
  }
  return false;
}

// Returns the encoding uchardet finds for bytes that are not UTF-8, or "" when it is not confident: too few
// non-ASCII bytes, no answer, or an answer that does not decode the whole input into clean text.
std::string detect_encoding(std::string_view bytes, const std::string& file) {
  std::size_t high = 0;
  for (char c : bytes) high += static_cast<unsigned char>(c) >= 0x80;
  if (high < kMinDetectBytes) return "";
  uchardet_t ud = uchardet_new();
  if (!ud) return "";
  std::string name;
  if (uchardet_handle_data(ud, bytes.data(), bytes.size()) == 0) {
    uchardet_data_end(ud);
    if (const char* cs = uchardet_get_charset(ud)) name = cs;
  }
  uchardet_delete(ud);
  if (name.empty() || is_utf8_name(name) || lower(name) == "ascii" || !check_encoding(name).ok()) return "";
  auto text = convert(bytes, name, 0, file);
  if (!text.ok() || has_stray_controls(*text)) return "";
  return name;
}

// Converts the input bytes to UTF-8 as decode_input does, line ends left as they are.
Result<std::string_view> decode_bytes(std::string_view bytes, const NormalizeOptions& options, std::string& storage,
                                      std::string* note) {
  if (Status s = check_encoding(options.encoding); !s.ok()) return s;
  if (BinaryKind kind = binary_kind(bytes); !kind.what.empty())
    return Status::DataError((options.file == "-" ? "stdin" : options.file) + ":1: " +
                             binary_file_message(kind, options.file, "text"));
  for (const auto& bom : kBoms) {
    if (bytes.substr(0, bom.bytes.size()) != bom.bytes) continue;
    std::string_view rest = bytes.substr(bom.bytes.size());
    if (std::string_view(bom.encoding) == "UTF-8") return check_utf8(rest, bom.bytes.size(), options.file);
    return convert_into(rest, bom.encoding, bom.bytes.size(), options.file, storage);
  }
  if (!is_utf8_name(options.encoding)) return convert_into(bytes, options.encoding, 0, options.file, storage);
  if (const char* utf16 = sniff_utf16(bytes)) return convert_into(bytes, utf16, 0, options.file, storage);
  auto utf8 = check_utf8(bytes, 0, options.file);
  if (utf8.ok()) return utf8;
  std::string shown = options.file == "-" ? "stdin" : options.file;
  std::string declared = declared_encoding(bytes);
  if (!declared.empty() && !is_utf8_name(declared) && check_encoding(declared).ok()) {
    if (note) *note = shown + ": read as " + declared + ", the encoding it declares";
    return convert_into(bytes, declared, 0, options.file, storage);
  }
  std::string detected = detect_encoding(bytes, options.file);
  if (detected.empty()) return utf8;
  if (note)
    *note = shown + (declared.empty() ? ": not UTF-8" : ": declares " + declared + " but is not UTF-8") +
            "; read as " + detected + " (detected; use --encoding to change it)";
  return convert_into(bytes, detected, 0, options.file, storage);
}

}  // namespace

Result<std::string_view> decode_input(std::string_view bytes, const NormalizeOptions& options, std::string& storage,
                                      std::string* note) {
  auto text = decode_bytes(bytes, options, storage, note);
  if (!text.ok() || !lone_crs_break_lines(*text)) return text;
  if (text->data() != storage.data()) storage.assign(*text);
  break_lone_crs(storage.data(), storage.size());
  return std::string_view(storage);
}

bool lone_crs_break_lines(std::string_view text) {
  return text.find('\r') != std::string_view::npos && text.find("\r\n") == std::string_view::npos;
}

void break_lone_crs(char* text, std::size_t size) {
  for (std::size_t i = 0; i < size; ++i)
    if (text[i] == '\r' && (i + 1 == size || text[i + 1] != '\n')) text[i] = '\n';
}

bool ends_lines_with_lone_cr(std::string_view text) {
  return text.find('\n') == std::string_view::npos && text.find('\r') != std::string_view::npos;
}

}  // namespace qbank::internal
