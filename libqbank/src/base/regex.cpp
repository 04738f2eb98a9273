// Compiling RE2 patterns with error messages that quote RE2 and name the option or rule concerned.
#include "base/regex.hpp"

namespace qbank::internal {

RE2::Options regex_options() {
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_log_errors(false);
  o.set_max_mem(64 << 20);
  return o;
}

Result<std::unique_ptr<RE2>> compile_regex(const std::string& pattern, std::string_view what) {
  auto re = std::make_unique<RE2>(pattern, regex_options());
  if (!re->ok())
    return Status::InvalidArgument(std::string(what) + ": invalid pattern '" + pattern + "': " + re->error());
  return re;
}

}  // namespace qbank::internal
