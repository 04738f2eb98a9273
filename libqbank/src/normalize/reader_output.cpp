// One reader's output taken into another's: line numbers mapped, question texts owned.
#include "normalize/reader.hpp"

#include <algorithm>

namespace qbank::internal {

void append_output(ReaderOutput& part, const std::function<std::int64_t(std::int64_t)>& line_of, ReaderOutput& out) {
  for (RawItem& it : part.items) {
    it.line = line_of(it.line);
    it.text = std::string(std::string_view(it.text));
    out.items.push_back(std::move(it));
  }
  for (RejectedLine& r : part.rejected) {
    r.line = line_of(r.line);
    out.rejected.push_back(std::move(r));
  }
  for (Diagnostic& d : part.diagnostics) {
    if (d.line > 0) d.line = line_of(d.line);
    out.diagnostics.push_back(std::move(d));
  }
  for (std::string& n : part.notes) out.notes.push_back(std::move(n));
}

InputFeed text_feed(std::string_view text) {
  return [text, given = std::size_t{0}](std::string& buf, bool& eof) mutable {
    std::size_t n = std::min<std::size_t>(1u << 20, text.size() - given);  // A block of 1 MiB.
    buf.append(text.substr(given, n));
    given += n;
    eof = given == text.size();
    return Status::Ok();
  };
}

}  // namespace qbank::internal
