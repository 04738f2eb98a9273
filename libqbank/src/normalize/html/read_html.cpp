// The HTML reader: gumbo parses the page, HtmlWalker turns its blocks into questions, and what it never reads
// (the title, script and style contents, other hidden elements, comments) is listed as rejected lines, so that
// nothing in a page vanishes unseen.
#include <gumbo.h>

#include "normalize/html/json_ld.hpp"
#include "normalize/html/visible_text.hpp"
#include "normalize/html/walker.hpp"
#include "normalize/markdown/walker.hpp"
#include "normalize/reader.hpp"
#include "normalize/question_cues.hpp"

namespace qbank::internal {
namespace {

// The longest text kept for one unread element.
constexpr std::size_t kMaxUnread = 200;

// Appends text with whitespace runs collapsed to one space.
void append_spaced(std::string& out, std::string_view text) {
  for (char c : text) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    if (!space) out.push_back(c);
    else if (!out.empty() && out.back() != ' ') out.push_back(' ');
  }
}

// Appends the text of every text node under node (hidden or not), whitespace collapsed.
void all_text(const GumboNode* node, std::string& out, int depth) {
  if (depth > kMaxHtmlDepth) return;
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
    append_spaced(out, node->v.text.text);
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) all_text(static_cast<const GumboNode*>(kids.data[i]), out, depth + 1);
}

// The reason an unread element is rejected with: "title", or "<tag> (not read)".
std::string unread_reason(GumboTag tag) {
  if (tag == GUMBO_TAG_TITLE) return "title";
  return std::string(gumbo_normalized_tagname(tag)) + " (not read)";
}

// Rejects text found at a line (0: unknown) with a reason, unless it is blank.
void add(std::vector<RejectedLine>& rejected, std::int64_t line, std::string_view text, std::string reason) {
  std::string_view t = trim(text);
  if (!t.empty()) rejected.push_back({line > 0 ? line : 1, shorten(t, kMaxUnread), std::move(reason)});
}

// Rejects what the walker never reads, each with a reason: the title, the contents of script, style and other
// hidden elements, and comments.
void reject_unread(const GumboNode* node, std::vector<RejectedLine>& rejected, int depth = 0) {
  if (!node || depth > kMaxHtmlDepth) return;
  if (node->type == GUMBO_NODE_COMMENT) {
    std::string text;
    append_spaced(text, node->v.text.text);
    return add(rejected, node->v.text.start_pos.line, text, "comment");
  }
  const GumboVector* kids = nullptr;
  if (node->type == GUMBO_NODE_DOCUMENT) kids = &node->v.document.children;
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
    GumboTag tag = node->v.element.tag;
    if (is_hidden_tag(tag) && tag != GUMBO_TAG_HEAD && !is_question_button(node)) {
      std::string text;
      all_text(node, text, depth);
      return add(rejected, first_line(node), text, unread_reason(tag));
    }
    kids = &node->v.element.children;
  }
  if (!kids) return;
  for (unsigned i = 0; i < kids->length; ++i)
    reject_unread(static_cast<const GumboNode*>(kids->data[i]), rejected, depth + 1);
}

}  // namespace

Status read_html(std::string_view text, const NormalizeOptions& options, ReaderOutput& out) {
  if (std::size_t depth = estimate_html_depth(text); depth > kMaxGumboNesting)
    return Status::DataError(options.file + ":1: HTML elements nested " + std::to_string(depth) +
                             " deep (more than " + std::to_string(kMaxGumboNesting) + " is not read)");
  GumboOptions gumbo = kGumboDefaultOptions;
  gumbo.max_errors = 0;
  GumboOutput* parsed = gumbo_parse_with_options(&gumbo, text.data(), text.size());
  if (!parsed) return Status::Internal(options.file + ": the HTML parser failed");
  reject_unread(parsed->document, out.rejected);
  HtmlWalker walker(text, options, out);
  walker.walk_document(parsed->root);
  if (out.items.empty()) {  // a page that renders its FAQ with scripts may declare it only as JSON-LD
    std::string_view lang = attribute(parsed->root, "lang");
    read_faq_json_ld(parsed->root, lang.substr(0, std::min<std::size_t>(lang.size(), 2)), out);
  }
  gumbo_destroy_output(&gumbo, parsed);
  for (RawItem& item : out.items)
    if (item.answer && md::is_placeholder_answer(*item.answer)) item.answer.reset();
  return Status::Ok();
}

Status read_html_fragment(std::string_view html, std::int64_t line_base, const NormalizeOptions& options,
                          ReaderOutput& out) {
  ReaderOutput part;
  if (Status s = read_html(html, options, part); !s.ok()) return s;
  append_output(part, [&](std::int64_t line) { return line + line_base; }, out);
  return Status::Ok();
}

}  // namespace qbank::internal
