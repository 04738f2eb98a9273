// Input decoding: BOM removal and UTF-8 validation (UTF-16 and legacy encodings: issue 4).
#include <string>

#include "normalize_internal.hpp"
#include "qbank/fold.hpp"

namespace qbank::detail {

Result<std::string> decode_input(std::string_view bytes, const NormalizeOptions& options) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::size_t bad = find_invalid_utf8(bytes);
  if (bad != std::string_view::npos) {
    std::int64_t line = 1;
    for (std::size_t i = 0; i < bad; ++i) line += bytes[i] == '\n';
    return Status::DataError(options.file + ":" + std::to_string(line) + ": invalid UTF-8 at byte offset " +
                             std::to_string(bad) + " (use --encoding to name a legacy encoding)");
  }
  return std::string(bytes);
}

}  // namespace qbank::detail
