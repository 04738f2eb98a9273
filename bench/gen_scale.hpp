// gen_scale(): a question file repeated to a target size as one valid document of its own format.
#pragma once

#include <cstddef>

namespace qbank_bench {

// Writes the file at src_path repeated to at least `bytes` bytes into out_path, keeping the result valid for
// its format (by extension): a JSON array gets its elements repeated inside one array, an HTML page its body
// content repeated inside one body, a YAML file each run of sibling mapping items at its most common list
// indentation repeated in place, and any other file is concatenated with a blank line between copies.
// Returns the process exit code.
int gen_scale(const char* src_path, std::size_t bytes, const char* out_path);

}  // namespace qbank_bench
