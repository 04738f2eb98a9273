// PENDING: the markdown reader (issue 4); its owner replaces this file.
#include "normalize_internal.hpp"

namespace qbank::detail {

Status read_markdown(std::string_view, const NormalizeOptions&, ReaderOutput&) {
  return Status::Unsupported("the markdown input format is not implemented yet");
}

}  // namespace qbank::detail
