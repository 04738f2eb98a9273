// PENDING: the gift reader (issue 4); its owner replaces this file.
#include "normalize_internal.hpp"

namespace qbank::detail {

Status read_gift(std::string_view, const NormalizeOptions&, ReaderOutput&) {
  return Status::Unsupported("the gift input format is not implemented yet");
}

}  // namespace qbank::detail
