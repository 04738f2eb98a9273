// PENDING: the html reader (issue 4); its owner replaces this file.
#include "normalize_internal.hpp"

namespace qbank::detail {

Status read_html(std::string_view, const NormalizeOptions&, ReaderOutput&) {
  return Status::Unsupported("the html input format is not implemented yet");
}

}  // namespace qbank::detail
