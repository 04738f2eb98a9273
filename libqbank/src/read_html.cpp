// The HTML reader: gumbo parses the page, HtmlWalker turns its blocks into questions.
#include <gumbo.h>

#include "html_text.hpp"
#include "html_walker.hpp"
#include "normalize_internal.hpp"
#include "reader_util.hpp"

namespace qbank::detail {

Status read_html(std::string_view text, const NormalizeOptions& options, ReaderOutput& out) {
  if (std::size_t depth = estimate_html_depth(text); depth > kMaxGumboNesting)
    return Status::DataError(options.file + ":1: HTML elements nested " + std::to_string(depth) +
                             " deep (more than " + std::to_string(kMaxGumboNesting) + " is not read)");
  GumboOptions gumbo = kGumboDefaultOptions;
  gumbo.max_errors = 0;
  GumboOutput* parsed = gumbo_parse_with_options(&gumbo, text.data(), text.size());
  if (!parsed) return Status::Internal(options.file + ": the HTML parser failed");
  HtmlWalker walker(text, options, out);
  walker.walk_document(parsed->root);
  gumbo_destroy_output(&gumbo, parsed);
  return Status::Ok();
}

}  // namespace qbank::detail
