// The reader of XML data files that are no Moodle quiz (`<faq><entry><question>…`, DocBook `<qandaset>`): expat
// builds the element tree, and its elements go through the YAML walk (yaml_walker.hpp) as mappings, sequences
// and scalars, so the question inference of YAML and JSON reads them by the same field names.
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "normalize/field_map.hpp"
#include "normalize/question_cues.hpp"
#include "normalize/reader.hpp"
#include "normalize/xml/expat_parse.hpp"
#include "normalize/yaml/yaml_walker.hpp"

namespace qbank::internal {
namespace {

using yaml::Event;

// One element: its name, attributes, text pieces and child elements in document order.
struct Element {
  std::string name;                                        // The tag name.
  std::vector<std::pair<std::string, std::string>> attrs;  // Its attributes, as written.
  std::int64_t line = 0;                                   // The line of its start tag.
  std::int64_t last = 0;                                   // The line of its end tag.
  std::string own_text;                                    // Its direct text, pieces joined.
  std::vector<std::unique_ptr<Element>> children;          // Its child elements.
  // The content in order: a child index, or -1 for a run of direct text (kept for flattening).
  std::vector<std::pair<int, std::string>> content;
};

// Builds the element tree from expat's callbacks.
class TreeBuilder {
 public:
  // Takes the parser whose current line start() and end() read.
  void attach(XML_Parser parser) { parser_ = parser; }

  // Called by expat at a start tag; elements nested deeper than kMaxDepth give their text to the deepest kept one.
  void start(const XML_Char* name, const XML_Char** atts) {
    if (open_.size() >= kMaxDepth) {
      ++skipped_;
      return;
    }
    auto e = std::make_unique<Element>();
    e->name = name;
    e->line = static_cast<std::int64_t>(XML_GetCurrentLineNumber(parser_));
    for (std::size_t i = 0; atts != nullptr && atts[i] != nullptr && atts[i + 1] != nullptr; i += 2)
      e->attrs.emplace_back(atts[i], atts[i + 1]);
    Element* raw = e.get();
    if (open_.empty()) {
      root_ = std::move(e);
    } else {
      Element& parent = *open_.back();
      parent.content.emplace_back(static_cast<int>(parent.children.size()), std::string());
      parent.children.push_back(std::move(e));
    }
    open_.push_back(raw);
  }

  // Called by expat at an end tag.
  void end(const XML_Char*) {
    if (skipped_ > 0) {
      --skipped_;
      return;
    }
    if (open_.empty()) return;
    open_.back()->last = static_cast<std::int64_t>(XML_GetCurrentLineNumber(parser_));
    open_.pop_back();
  }

  // Called by expat with a run of character data.
  void chars(const XML_Char* s, int len) {
    if (open_.empty() || len <= 0) return;
    Element& e = *open_.back();
    e.own_text.append(s, static_cast<std::size_t>(len));
    if (e.content.empty() || e.content.back().first != -1) e.content.emplace_back(-1, std::string());
    e.content.back().second.append(s, static_cast<std::size_t>(len));
  }

  // The root element (null before the first start tag).
  const Element* root() const { return root_.get(); }

 private:
  static constexpr std::size_t kMaxDepth = 64;  // Deepest element kept in the tree (bounds the walk's recursion).

  XML_Parser parser_ = nullptr;
  std::unique_ptr<Element> root_;
  std::vector<Element*> open_;
  std::size_t skipped_ = 0;  // Open elements past kMaxDepth.
};

// True when a string holds something other than XML whitespace.
bool has_text(std::string_view s) { return s.find_first_not_of(" \t\r\n") != std::string_view::npos; }

// Appends text with each run of XML whitespace as one space (none at the start of a line).
void append_collapsed(std::string_view text, std::string& out) {
  for (char c : text) {
    bool blank = c == ' ' || c == '\t' || c == '\r' || c == '\n';
    if (!blank) out.push_back(c);
    else if (!out.empty() && out.back() != ' ' && out.back() != '\n') out.push_back(' ');
  }
}

// Appends the text of an element and its descendants, whitespace collapsed: child elements that meet without
// text between them start a new line (paragraphs), inline ones run on.
void flatten(const Element& e, std::string& out) {
  bool after_element = false;
  for (const auto& [child, text] : e.content) {
    if (child < 0) {
      if (has_text(text)) after_element = false;
      append_collapsed(text, out);
      continue;
    }
    if (after_element) {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      if (!out.empty() && out.back() != '\n') out.push_back('\n');
    }
    flatten(*e.children[static_cast<std::size_t>(child)], out);
    after_element = true;
  }
}

// Sends elements to the walk as events.
class Emitter {
 public:
  explicit Emitter(yaml::Walker& walker) : walker_(walker) {}

  // Sends an element's content as a value: a scalar, a sequence or a mapping.
  Status value(const Element& e) {
    // A question, answer or code element is its text whatever it holds (DocBook paragraphs), unless it is a
    // collection: a plural name over child elements ("<questions><item>…") or children that are fields themselves
    // ("<question><text>…</text><answer>…"); other fields with child elements ("<options>") are collections.
    auto f = field_for_name(e.name);
    bool text_field = f && (f->first == Field::kText || f->first == Field::kAnswer || f->first == Field::kCode);
    if (text_field && !e.children.empty() && !has_text(e.own_text)) {
      bool fields_inside = is_collection_name(e.name);
      for (const auto& c : e.children) fields_inside = fields_inside || field_for_name(c->name).has_value();
      text_field = !fields_inside;
    }
    if (e.children.empty() || text_field || has_text(e.own_text)) {
      std::string text;
      flatten(e, text);
      return scalar(std::string(trim(text)), e.line, e.last);
    }
    // Runs of children without a repeated name are one record each ("<q/><a/><q/><a/>" is two records).
    std::vector<std::pair<std::size_t, std::size_t>> runs;
    std::unordered_set<std::string> names;
    for (std::size_t i = 0; i < e.children.size(); ++i) {
      if (runs.empty() || !names.insert(e.children[i]->name).second) {
        runs.emplace_back(i, i);
        names = {e.children[i]->name};
      }
      runs.back().second = i + 1;
    }
    if (runs.size() == 1) return mapping(e, 0, e.children.size(), true);
    // Several records: a list, under the element's attributes when it has any ("<category name=…>" labels it).
    if (!e.attrs.empty()) {
      if (Status s = send(Event::Kind::kMappingStart); !s.ok()) return s;
      if (Status s = attributes(e); !s.ok()) return s;
      if (Status s = scalar("items", e.line, e.line); !s.ok()) return s;
    }
    bool same = runs.size() == e.children.size();  // Every record is one element: a list of like elements.
    for (const auto& c : e.children) same = same && c->name == e.children.front()->name;
    if (Status s = send(Event::Kind::kSequenceStart); !s.ok()) return s;
    for (const auto& [from, to] : runs)
      if (Status s = same ? value(*e.children[from]) : mapping(e, from, to, false); !s.ok()) return s;
    if (Status s = send(Event::Kind::kSequenceEnd); !s.ok()) return s;
    return e.attrs.empty() ? Status::Ok() : send(Event::Kind::kMappingEnd);
  }

 private:
  // Sends children [from, to) of e as one mapping, with e's attributes first when with_attrs.
  Status mapping(const Element& e, std::size_t from, std::size_t to, bool with_attrs) {
    if (Status s = send(Event::Kind::kMappingStart); !s.ok()) return s;
    if (with_attrs)
      if (Status s = attributes(e); !s.ok()) return s;
    for (std::size_t i = from; i < to; ++i) {
      const Element& c = *e.children[i];
      if (Status s = scalar(c.name, c.line, c.line); !s.ok()) return s;
      if (Status s = value(c); !s.ok()) return s;
    }
    return send(Event::Kind::kMappingEnd);
  }

  // Sends an element's attributes as keys and values.
  Status attributes(const Element& e) {
    for (const auto& [k, v] : e.attrs) {
      if (Status s = scalar(k, e.line, e.line); !s.ok()) return s;
      if (Status s = scalar(v, e.line, e.line); !s.ok()) return s;
    }
    return Status::Ok();
  }

  // Sends a scalar covering lines [line, last].
  Status scalar(std::string text, std::int64_t line, std::int64_t last) {
    Event ev;
    ev.kind = Event::Kind::kScalar;
    ev.text = std::move(text);
    ev.line = line;
    ev.last = std::max(line, last);
    return walker_.on_event(std::move(ev));
  }

  // Sends the start or end of a collection (in block style: each element on its own lines).
  Status send(Event::Kind kind) {
    Event ev;
    ev.kind = kind;
    ev.block = kind == Event::Kind::kMappingStart || kind == Event::Kind::kSequenceStart;
    return walker_.on_event(std::move(ev));
  }

  yaml::Walker& walker_;
};

}  // namespace

Status read_xml_data(std::string_view text, const NormalizeOptions& options, ReaderOutput& out) {
  TreeBuilder tree;
  if (Status s = parse_xml(text, options.file, tree); !s.ok()) return s;
  yaml::Walker walker(out, options.file);
  walker.keys_name_no_topics();
  walker.set_source(text, 1);
  if (const Element* root = tree.root()) {
    Emitter emit(walker);
    if (Status s = emit.value(*root); !s.ok()) return s;
  }
  walker.end_document();
  yaml::reject_unused(text, 1, walker.used(), out.rejected);
  return Status::Ok();
}

}  // namespace qbank::internal
