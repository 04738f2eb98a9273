// cmark-gfm for the Markdown outline: the arena in force, the blocks-only syntax extension and one parse.
#include "normalize/markdown/cmark_document.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>

namespace qbank::internal::md {

thread_local CmarkArena* CmarkArena::current_ = nullptr;

namespace {

// Marks a closed paragraph or heading with the extension that reads no inlines.
void skip_inlines_of(cmark_node* node, cmark_syntax_extension* extension) {
  cmark_node_type type = cmark_node_get_type(node);
  if ((type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) && cmark_node_get_syntax_extension(node) == nullptr)
    cmark_node_set_syntax_extension(node, extension);
}

// How deep skip_inlines_in looks for the last paragraph of a block (a block nested deeper is parsed as usual).
constexpr int kMaxMarkDepth = 64;

// Marks the deepest last paragraph or heading of a finished block (the block itself, or the last one inside
// its lists, items and quotes).
void skip_inlines_in(cmark_node* block, cmark_syntax_extension* extension) {
  int depth = 0;
  for (cmark_node* c = block; c != nullptr && depth < kMaxMarkDepth; c = cmark_node_last_child(c), ++depth) {
    cmark_node_type type = cmark_node_get_type(c);
    if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) {
      skip_inlines_of(c, extension);
      return;
    }
    if (type != CMARK_NODE_LIST && type != CMARK_NODE_ITEM && type != CMARK_NODE_BLOCK_QUOTE) return;
  }
}

// Called for each line once no core block opens (a text line, a blank line, the text after a new item's
// marker): marks the blocks finished before it. The last block under the container the line matched did not
// match the line, and the blocks before the container and before each of its ancestors are closed; the
// container itself (a paragraph the line may continue or underline) is left alone.
cmark_node* mark_finished_block(cmark_syntax_extension* extension, int, cmark_parser*, cmark_node* container,
                                unsigned char*, int) {
  static char done;  // The user data of a closed block already looked into.
  skip_inlines_in(cmark_node_last_child(container), extension);
  int depth = 0;  // Ancestors looked at (the nearest kMaxMarkDepth).
  for (cmark_node* a = container; a != nullptr && depth < kMaxMarkDepth; a = cmark_node_parent(a), ++depth) {
    cmark_node* before = cmark_node_previous(a);
    if (before == nullptr || cmark_node_get_user_data(before) == &done) continue;
    skip_inlines_in(before, extension);
    cmark_node_set_user_data(before, &done);
  }
  return nullptr;  // It opens no block.
}

// Says that a marked block holds no inlines to parse.
int holds_no_inlines(cmark_syntax_extension*, cmark_node*) { return 0; }

// A syntax extension that spares cmark-gfm the inline parsing of paragraphs and headings the outline reads
// from their source text: it marks each finished paragraph and heading (the few it never sees, such as the
// last block of a document, are parsed as usual; the result is the same).
cmark_syntax_extension* blocks_only_extension() {
  static cmark_syntax_extension* const extension = [] {
    cmark_syntax_extension* e = cmark_syntax_extension_new("qbank-blocks-only");
    cmark_syntax_extension_set_open_block_func(e, &mark_finished_block);
    cmark_syntax_extension_set_contains_inlines_func(e, &holds_no_inlines);
    return e;
  }();
  return extension;
}

}  // namespace

CmarkDocument::CmarkDocument(std::string_view text) {
  static const bool registered = (cmark_gfm_core_extensions_ensure_registered(), true);
  (void)registered;
  parser_ = cmark_parser_new_with_mem(CMARK_OPT_SOURCEPOS, CmarkArena::mem());
  if (cmark_syntax_extension* table = cmark_find_syntax_extension("table"))
    cmark_parser_attach_syntax_extension(parser_, table);
  cmark_parser_attach_syntax_extension(parser_, blocks_only_extension());
  cmark_parser_feed(parser_, text.data(), text.size());
  root_ = cmark_parser_finish(parser_);
  iter_ = cmark_iter_new(root_);
}

}  // namespace qbank::internal::md
