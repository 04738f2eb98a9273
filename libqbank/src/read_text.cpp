// PENDING: the plain-text list reader (issue 3); a first cut that takes every non-blank line.
#include <cctype>

#include "normalize_internal.hpp"
#include "qbank/fold.hpp"

namespace qbank::detail {

std::string clean_text(std::string_view text) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\\' && i + 1 < text.size() && std::ispunct(static_cast<unsigned char>(text[i + 1]))) continue;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return to_nfc(out);
}

Status read_text(std::string_view text, const NormalizeOptions&, ReaderOutput& out) {
  std::int64_t line = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view l = text.substr(pos, end - pos);
    ++line;
    if (l.find_first_not_of(" \t\r") != std::string_view::npos) {
      RawItem item;
      item.line = line;
      item.raw = std::string(l);
      item.text = std::string(l);
      out.items.push_back(std::move(item));
    }
    if (end == text.size()) break;
    pos = end + 1;
  }
  return Status::Ok();
}

}  // namespace qbank::detail
