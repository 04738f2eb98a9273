// Reads schema.org FAQPage JSON-LD: the questions a page renders with scripts are often only there.
#include "normalize/html/json_ld.hpp"

#include <simdjson.h>

#include <string>
#include <vector>

#include "normalize/html/visible_text.hpp"
#include "normalize/html/walker.hpp"
#include "normalize/question_cues.hpp"

namespace qbank::internal {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// The deepest JSON nesting searched for questions.
constexpr int kMaxJsonDepth = 16;

// One JSON-LD block: its text and the line it starts on.
struct LdBlock {
  std::string_view text;
  std::int64_t line = 1;
};

// Collects the text of every <script type="application/ld+json"> under node.
void collect_blocks(const GumboNode* node, std::vector<LdBlock>& out, int depth) {
  if (!node || depth > kMaxHtmlDepth || !is_element(node)) return;
  const GumboVector& kids = node->v.element.children;
  if (node->v.element.tag == GUMBO_TAG_SCRIPT) {
    if (attribute(node, "type").find("ld+json") == std::string_view::npos) return;
    for (unsigned i = 0; i < kids.length; ++i) {
      auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_CDATA || k->type == GUMBO_NODE_WHITESPACE)
        out.push_back({std::string_view(k->v.text.original_text.data, k->v.text.original_text.length),
                       k->v.text.start_pos.line > 0 ? static_cast<std::int64_t>(k->v.text.start_pos.line) : 1});
    }
    return;
  }
  for (unsigned i = 0; i < kids.length; ++i) collect_blocks(static_cast<const GumboNode*>(kids.data[i]), out, depth + 1);
}

// True when an object's "@type" is type or a list holding it.
bool has_type(simdjson::dom::object o, std::string_view type) {
  auto t = o.at_key("@type");
  if (t.error()) return false;
  element v = t.value_unsafe();
  if (v.type() == element_type::STRING) return v.get_string().value_unsafe() == type;
  if (v.type() != element_type::ARRAY) return false;
  simdjson::dom::array list = v.get_array().value_unsafe();  // a copy: range-for over a temporary dangles
  for (element x : list)
    if (x.type() == element_type::STRING && x.get_string().value_unsafe() == type) return true;
  return false;
}

// The "text" of an answer object, or of the first object of a list of them ("" when none).
std::string answer_text(element v) {
  if (v.type() == element_type::ARRAY) {
    simdjson::dom::array list = v.get_array().value_unsafe();
    for (element x : list)
      if (std::string t = answer_text(x); !t.empty()) return t;
    return "";
  }
  if (v.type() == element_type::STRING) return html_fragment_to_text(v.get_string().value_unsafe());
  if (v.type() != element_type::OBJECT) return "";
  auto t = v.get_object().value_unsafe().at_key("text");
  if (t.error() || t.value_unsafe().type() != element_type::STRING) return "";
  return html_fragment_to_text(t.value_unsafe().get_string().value_unsafe());
}

// Walks a JSON-LD value, adding each Question object as an item; cursor is where the next name is looked for.
void walk(element v, const LdBlock& block, std::size_t& cursor, std::string_view lang, ReaderOutput& out, int depth) {
  if (depth > kMaxJsonDepth) return;
  if (v.type() == element_type::ARRAY) {
    simdjson::dom::array list = v.get_array().value_unsafe();
    for (element x : list) walk(x, block, cursor, lang, out, depth + 1);
    return;
  }
  if (v.type() != element_type::OBJECT) return;
  simdjson::dom::object o = v.get_object().value_unsafe();
  auto name = o.at_key("name");
  if (has_type(o, "Question") && !name.error() && name.value_unsafe().type() == element_type::STRING) {
    std::string text = html_fragment_to_text(name.value_unsafe().get_string().value_unsafe());
    if (trim(text).empty()) return;
    RawItem item;
    std::size_t at = block.text.find("\"name\"", cursor);
    if (at != std::string_view::npos) cursor = at + 6;
    item.line = block.line + (at == std::string_view::npos ? 0 : line_at(block.text, at) - 1);
    item.raw = text;
    item.text = strip_question_label(text);
    for (const char* key : {"acceptedAnswer", "suggestedAnswer"}) {
      auto a = o.at_key(key);
      if (a.error() || item.answer) continue;
      if (std::string t = answer_text(a.value_unsafe()); !trim(t).empty()) item.answer = std::string(trim(t));
    }
    item.lang_hint = std::string(lang);
    out.items.push_back(std::move(item));
    return;
  }
  for (auto [key, value] : o) walk(value, block, cursor, lang, out, depth + 1);
}

}  // namespace

void read_faq_json_ld(const GumboNode* root, std::string_view lang, ReaderOutput& out) {
  std::vector<LdBlock> blocks;
  collect_blocks(root, blocks, 0);
  simdjson::dom::parser parser;
  for (const auto& b : blocks) {
    simdjson::padded_string padded(b.text);
    auto doc = parser.parse(padded);
    if (doc.error()) continue;
    std::size_t cursor = 0;
    walk(doc.value_unsafe(), b, cursor, lang, out, 0);
  }
}

}  // namespace qbank::internal
