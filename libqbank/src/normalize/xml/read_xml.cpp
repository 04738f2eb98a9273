// The XML readers' entry: expat parses the file as it is read, and its root element decides the reading: a Moodle
// <quiz> (moodle_reader.hpp), an XHTML page (read as HTML), else a data file (`<faq><entry><question>…`, DocBook
// `<qandaset>`) whose elements go through the YAML walk (yaml_walker.hpp) as mappings, sequences and scalars, so
// the question inference of YAML and JSON reads them by the same field names. A data element is held whole until
// it ends or the input has gone hold_bytes past its start; then whether it is a text, a record or a list is
// decided on what came so far, the children it holds are sent on and freed, and those after it stream through.
#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "normalize/field_map.hpp"
#include "normalize/moodle/moodle_reader.hpp"
#include "normalize/question_cues.hpp"
#include "normalize/reader.hpp"
#include "normalize/xml/expat_parse.hpp"
#include "normalize/yaml/yaml_walker.hpp"

namespace qbank::internal {
namespace {

using yaml::Event;

// How a data element is read.
enum class Mode {
  kHeld,    // Kept whole until it ends or is decided.
  kText,    // Decided a text: flattened into its own string as it streams.
  kFlat,    // Inside a text: flattened into its ancestor's string.
  kRecord,  // Decided a mapping of its children.
  kList,    // Decided a sequence of records.
};

// One element: its name, attributes, text pieces and child elements in document order, and how it is read.
struct Element {
  std::string name;                                        // The tag name.
  std::vector<std::pair<std::string, std::string>> attrs;  // Its attributes, as written.
  std::int64_t line = 0;                                   // The line of its start tag.
  std::int64_t last = 0;                                   // The line of its end tag.
  std::uint64_t pos = 0;                                   // The offset of its start tag in the input.
  bool text = false;                                       // True once it has direct text other than whitespace.
  std::vector<std::unique_ptr<Element>> children;          // Its child elements (once decided: the open one).
  // The content in order: a child index, or -1 for a run of direct text (kept for flattening).
  std::vector<std::pair<int, std::string>> content;
  Mode mode = Mode::kHeld;                 // How it is read.
  bool same = false;                       // A decided list: every child is a record of its own.
  bool item = false;                       // A decided record that is the root or an item of a list.
  std::unordered_set<std::string> names;  // A decided record: its child names; a list of runs: the open run's.
  std::string* flat = nullptr;             // A decided text or one inside it: where its text goes.
  std::string flat_text;                   // A decided text: its text so far.
  bool after_element = false;              // A text: true when a child element ended after the last text.
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

// Starts a new line in flattened text (a child element after another, with no text between them).
void new_line(std::string& out) {
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (!out.empty() && out.back() != '\n') out.push_back('\n');
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
    if (after_element) new_line(out);
    flatten(*e.children[static_cast<std::size_t>(child)], out);
    after_element = true;
  }
}

// What an element reads as, from the children and text it has so far.
struct Shape {
  bool text = false;  // A text (a scalar).
  // Otherwise its runs of children without a repeated name: one run is a record, more are a list of records.
  std::vector<std::pair<std::size_t, std::size_t>> runs;
  bool same = false;  // A list of like elements, each a record.
};

// Decides what an element reads as. A question, answer or code element is its text whatever it holds (DocBook
// paragraphs), unless it is a collection: a plural name over child elements ("<questions><item>…") or children
// that are fields themselves ("<question><text>…</text><answer>…"); other fields with child elements
// ("<options>") are collections. Runs of children without a repeated name are one record each ("<q/><a/><q/><a/>"
// is two records).
Shape shape_of(const Element& e) {
  Shape s;
  auto f = field_for_name(e.name);
  bool text_field = f && (f->first == Field::kText || f->first == Field::kAnswer || f->first == Field::kCode);
  if (text_field && !e.children.empty() && !e.text) {
    bool fields_inside = is_collection_name(e.name);
    for (const auto& c : e.children) fields_inside = fields_inside || field_for_name(c->name).has_value();
    text_field = !fields_inside;
  }
  if (e.children.empty() || text_field || e.text) {
    s.text = true;
    return s;
  }
  std::unordered_set<std::string> names;
  for (std::size_t i = 0; i < e.children.size(); ++i) {
    if (s.runs.empty() || !names.insert(e.children[i]->name).second) {
      s.runs.emplace_back(i, i);
      names = {e.children[i]->name};
    }
    s.runs.back().second = i + 1;
  }
  s.same = s.runs.size() == e.children.size();
  for (const auto& c : e.children) s.same = s.same && c->name == e.children.front()->name;
  return s;
}

// Reads the elements of a data file into the walk as they close, or as they stream once decided.
class DataReader {
 public:
  // Sends events to walker; an element is held whole until hold_bytes past its start.
  DataReader(yaml::Walker& walker, std::uint64_t hold_bytes) : walker_(walker), hold_(hold_bytes) {}

  // Takes the parser whose current line and offset the callbacks read.
  void attach(XML_Parser parser) { parser_ = parser; }

  // Called at a start tag; elements nested deeper than kMaxDepth give their text to the deepest kept one.
  void start(const XML_Char* name, const XML_Char** atts) {
    if (!status_.ok()) return;
    if (open_.size() >= kMaxDepth) {
      ++skipped_;
      return;
    }
    auto e = std::make_unique<Element>();
    e->name = name;
    e->line = static_cast<std::int64_t>(XML_GetCurrentLineNumber(parser_));
    e->pos = offset();
    for (std::size_t i = 0; atts != nullptr && atts[i] != nullptr && atts[i + 1] != nullptr; i += 2)
      e->attrs.emplace_back(atts[i], atts[i + 1]);
    Element* raw = e.get();
    if (open_.empty()) {
      root_ = std::move(e);
    } else {
      Element& parent = *open_.back();
      if (parent.mode == Mode::kHeld) {
        parent.content.emplace_back(static_cast<int>(parent.children.size()), std::string());
      } else if (parent.mode == Mode::kText || parent.mode == Mode::kFlat) {
        if (parent.after_element) new_line(*parent.flat);
        raw->mode = Mode::kFlat;
        raw->flat = parent.flat;
      } else if (parent.mode == Mode::kRecord && !parent.item) {
        child_key(parent, *raw);
      } else if (parent.mode == Mode::kRecord || !parent.same) {
        if (parent.names.contains(raw->name)) {  // A repeated name starts the next record.
          check(send(Event::Kind::kMappingEnd, raw->pos));
          check(send(Event::Kind::kMappingStart, raw->pos));
          parent.names.clear();
        }
        child_key(parent, *raw);
      }
      parent.children.push_back(std::move(e));
    }
    open_.push_back(raw);
    decide_due(raw->pos);
  }

  // Called at an end tag: a held element whose parent is decided (or the root) is sent whole and freed.
  void end(const XML_Char*) {
    if (!status_.ok()) return;
    if (skipped_ > 0) {
      --skipped_;
      return;
    }
    if (open_.empty()) return;
    Element& e = *open_.back();
    e.last = static_cast<std::int64_t>(XML_GetCurrentLineNumber(parser_));
    open_.pop_back();
    Element* parent = open_.empty() ? nullptr : open_.back();
    switch (e.mode) {
      case Mode::kHeld:
        if (!parent || parent->mode != Mode::kHeld) check(value(e));
        break;
      case Mode::kText: check(scalar(std::string(trim(e.flat_text)), e.line, e.last, e.pos)); break;
      case Mode::kFlat: break;
      case Mode::kRecord: check(send(Event::Kind::kMappingEnd, e.pos)); break;
      case Mode::kList:
        if (!e.same) check(send(Event::Kind::kMappingEnd, e.pos));
        check(send(Event::Kind::kSequenceEnd, e.pos));
        if (!e.attrs.empty()) check(send(Event::Kind::kMappingEnd, e.pos));
        break;
    }
    if (!parent) {
      root_.reset();
    } else if (parent->mode != Mode::kHeld) {
      parent->after_element = true;
      parent->children.clear();
    }
    if (!open_.empty()) decide_due(offset());
  }

  // Called with a run of character data: kept by a held element, flattened into a text, ignored by a record or list.
  void chars(const XML_Char* s, int len) {
    if (!status_.ok() || open_.empty() || len <= 0) return;
    Element& e = *open_.back();
    std::string_view piece(s, static_cast<std::size_t>(len));
    if (e.mode == Mode::kText || e.mode == Mode::kFlat) {
      if (has_text(piece)) e.after_element = false;
      append_collapsed(piece, *e.flat);
      return;
    }
    if (e.mode != Mode::kHeld) return;
    e.text = e.text || has_text(piece);
    if (e.content.empty() || e.content.back().first != -1) e.content.emplace_back(-1, std::string());
    e.content.back().second.append(piece);
  }

  // The offset of the outermost element held whole, if any: no question can cover a line before it.
  std::optional<std::uint64_t> held_from() const {
    for (const Element* e : open_)
      if (e->mode == Mode::kHeld) return e->pos;
    return std::nullopt;
  }

  // The first error met (a duplicate key).
  const Status& status() const { return status_; }

 private:
  static constexpr std::size_t kMaxDepth = 64;  // Deepest element kept (bounds the walk's recursion).

  // The offset in the input of what the parser reports now.
  std::uint64_t offset() const { return static_cast<std::uint64_t>(XML_GetCurrentByteIndex(parser_)); }

  // Keeps the first error and stops the parse.
  void check(const Status& s) {
    if (s.ok() || !status_.ok()) return;
    status_ = s;
    XML_StopParser(parser_, XML_FALSE);
  }

  // Decides the held elements that the input has gone hold_bytes past, outermost first (one that holds neither
  // text nor a child yet waits for one).
  void decide_due(std::uint64_t pos) {
    for (std::size_t i = 0; i < open_.size() && status_.ok(); ++i) {
      const Element& e = *open_[i];
      if (e.mode != Mode::kHeld) continue;
      if (pos <= e.pos + hold_ || (e.children.empty() && !e.text)) return;  // Those inside it started later.
      decide(i);
    }
  }

  // Decides open element i (whose parent is decided) on what it holds so far: sends what its value would start
  // with and its complete children, and streams the rest.
  void decide(std::size_t i) {
    Element& e = *open_[i];
    Element* open = i + 1 < open_.size() ? open_[i + 1] : nullptr;
    Shape s = shape_of(e);
    if (s.text) {
      e.mode = Mode::kText;
      e.flat = &e.flat_text;
      to_flat(i);
      return;
    }
    auto send_children = [&](std::size_t from, std::size_t to, bool keys) {
      for (std::size_t k = from; k < to && status_.ok(); ++k) {
        Element& c = *e.children[k];
        if (keys) child_key(e, c);
        if (&c != open) check(value(c));
      }
    };
    if (s.runs.size() == 1) {
      e.mode = Mode::kRecord;
      e.item = i == 0 || (open_[i - 1]->mode == Mode::kList && open_[i - 1]->same);
      check(send(Event::Kind::kMappingStart, e.pos));
      check(attributes(e));
      send_children(0, e.children.size(), true);
    } else {
      e.mode = Mode::kList;
      e.same = s.same;
      if (!e.attrs.empty()) {
        check(send(Event::Kind::kMappingStart, e.pos));
        check(attributes(e));
        check(scalar("items", e.line, e.line, e.pos));
      }
      check(send(Event::Kind::kSequenceStart, e.pos));
      if (e.same) {
        send_children(0, e.children.size(), false);
      } else {
        for (std::size_t r = 0; r + 1 < s.runs.size(); ++r) check(mapping(e, s.runs[r].first, s.runs[r].second, false));
        check(send(Event::Kind::kMappingStart, e.children[s.runs.back().first]->pos));
        send_children(s.runs.back().first, e.children.size(), true);
      }
    }
    keep_open_child(e, open);
  }

  // Turns open element i, decided a text, and the open elements inside it into flattened text.
  void to_flat(std::size_t i) {
    Element& e = *open_[i];
    Element* open = i + 1 < open_.size() ? open_[i + 1] : nullptr;
    std::string& out = *e.flat;
    for (const auto& [child, text] : e.content) {
      if (child < 0) {
        if (has_text(text)) e.after_element = false;
        append_collapsed(text, out);
        continue;
      }
      if (e.after_element) new_line(out);
      Element& c = *e.children[static_cast<std::size_t>(child)];
      if (&c == open) {
        c.mode = Mode::kFlat;
        c.flat = &out;
        to_flat(i + 1);
        break;
      }
      flatten(c, out);
      e.after_element = true;
    }
    keep_open_child(e, open);
  }

  // Frees a decided element's children and content but its open child.
  static void keep_open_child(Element& e, const Element* open) {
    std::unique_ptr<Element> kept;
    if (open && !e.children.empty() && e.children.back().get() == open) kept = std::move(e.children.back());
    e.children.clear();
    e.content.clear();
    if (kept) e.children.push_back(std::move(kept));
  }

  // Sends the key of a child of a decided record (or run): its name, without a line when the name came before
  // (so the walk reads it as the later value of that key, not as a duplicate). A record that is the root or an
  // item of a list ends at a repeated name instead, the next record starting there (as runs of a list do).
  void child_key(Element& parent, const Element& c) {
    bool again = !parent.names.insert(c.name).second;
    check(scalar(c.name, again ? 0 : c.line, again ? 0 : c.line, c.pos));
  }

  // Sends a complete element's content as a value: a scalar, a sequence or a mapping.
  Status value(const Element& e) {
    Shape s = shape_of(e);
    if (s.text) {
      std::string text;
      flatten(e, text);
      return scalar(std::string(trim(text)), e.line, e.last, e.pos);
    }
    if (s.runs.size() == 1) return mapping(e, 0, e.children.size(), true);
    // Several records: a list, under the element's attributes when it has any ("<category name=…>" labels it).
    if (!e.attrs.empty()) {
      if (Status st = send(Event::Kind::kMappingStart, e.pos); !st.ok()) return st;
      if (Status st = attributes(e); !st.ok()) return st;
      if (Status st = scalar("items", e.line, e.line, e.pos); !st.ok()) return st;
    }
    if (Status st = send(Event::Kind::kSequenceStart, e.pos); !st.ok()) return st;
    for (const auto& [from, to] : s.runs)
      if (Status st = s.same ? value(*e.children[from]) : mapping(e, from, to, false); !st.ok()) return st;
    if (Status st = send(Event::Kind::kSequenceEnd, e.pos); !st.ok()) return st;
    return e.attrs.empty() ? Status::Ok() : send(Event::Kind::kMappingEnd, e.pos);
  }

  // Sends children [from, to) of e as one mapping, with e's attributes first when with_attrs.
  Status mapping(const Element& e, std::size_t from, std::size_t to, bool with_attrs) {
    if (Status s = send(Event::Kind::kMappingStart, with_attrs ? e.pos : e.children[from]->pos); !s.ok()) return s;
    if (with_attrs)
      if (Status s = attributes(e); !s.ok()) return s;
    for (std::size_t i = from; i < to; ++i) {
      const Element& c = *e.children[i];
      if (Status s = scalar(c.name, c.line, c.line, c.pos); !s.ok()) return s;
      if (Status s = value(c); !s.ok()) return s;
    }
    return send(Event::Kind::kMappingEnd, e.pos);
  }

  // Sends an element's attributes as keys and values.
  Status attributes(const Element& e) {
    for (const auto& [k, v] : e.attrs) {
      if (Status s = scalar(k, e.line, e.line, e.pos); !s.ok()) return s;
      if (Status s = scalar(v, e.line, e.line, e.pos); !s.ok()) return s;
    }
    return Status::Ok();
  }

  // Sends a scalar covering lines [line, last], from offset pos of the input.
  Status scalar(std::string text, std::int64_t line, std::int64_t last, std::uint64_t pos) {
    Event ev;
    ev.kind = Event::Kind::kScalar;
    ev.text = std::move(text);
    ev.line = line;
    ev.last = std::max(line, last);
    ev.pos = pos;
    return walker_.on_event(std::move(ev));
  }

  // Sends the start or end of a collection (in block style: each element on its own lines) at offset pos.
  Status send(Event::Kind kind, std::uint64_t pos) {
    Event ev;
    ev.kind = kind;
    ev.block = kind == Event::Kind::kMappingStart || kind == Event::Kind::kSequenceStart;
    ev.pos = pos;
    return walker_.on_event(std::move(ev));
  }

  yaml::Walker& walker_;
  std::uint64_t hold_;              // How far past its start an element is held whole.
  XML_Parser parser_ = nullptr;
  std::unique_ptr<Element> root_;   // The root element while it is open.
  std::vector<Element*> open_;      // The open elements, outermost first.
  std::size_t skipped_ = 0;         // Open elements past kMaxDepth.
  Status status_;                   // The first error met.
};

// Which reading the root element chose.
enum class Root { kNone, kQuiz, kHtml, kData };

// Sends expat's callbacks to the Moodle reader or the data reader, as the root element says.
class XmlReader {
 public:
  // Reads quizzes into out and data files through walker, holding data elements up to hold_bytes.
  XmlReader(ReaderOutput& out, yaml::Walker& walker, std::uint64_t hold_bytes)
      : moodle_(out), data_(walker, hold_bytes) {}

  // Takes the parser.
  void attach(XML_Parser parser) {
    parser_ = parser;
    moodle_.attach(parser);
    data_.attach(parser);
  }

  // Called at a start tag.
  void start(const XML_Char* name, const XML_Char** atts) {
    last_ = static_cast<std::uint64_t>(XML_GetCurrentByteIndex(parser_));
    if (root_ == Root::kNone) {
      std::string_view n(name);
      root_ = n == "quiz" ? Root::kQuiz : n == "html" ? Root::kHtml : Root::kData;
    }
    if (root_ == Root::kQuiz) moodle_.start(name, atts);
    if (root_ == Root::kData) data_.start(name, atts);
  }

  // Called at an end tag.
  void end(const XML_Char* name) {
    last_ = static_cast<std::uint64_t>(XML_GetCurrentByteIndex(parser_));
    if (root_ == Root::kQuiz) moodle_.end(name);
    if (root_ == Root::kData) data_.end(name);
  }

  // Called with character data.
  void chars(const XML_Char* s, int len) {
    last_ = static_cast<std::uint64_t>(XML_GetCurrentByteIndex(parser_));
    if (root_ == Root::kQuiz) moodle_.chars(s, len);
    if (root_ == Root::kData) data_.chars(s, len);
  }

  // The reading the root chose.
  Root root() const { return root_; }

  // The offset before which all that was read has gone to the output or the walk (the line it is on may not).
  std::uint64_t settled() const {
    auto held = root_ == Root::kData ? data_.held_from() : std::nullopt;
    return held ? std::min(*held, last_) : last_;
  }

  // The first error met.
  const Status& status() const { return data_.status(); }

 private:
  XML_Parser parser_ = nullptr;
  MoodleReader moodle_;
  DataReader data_;
  Root root_ = Root::kNone;
  std::uint64_t last_ = 0;  // The offset of the last callback's event.
};

// Keeps the name of the first start tag and stops the parse there.
class RootName {
 public:
  // Takes the parser, to stop it.
  void attach(XML_Parser parser) { parser_ = parser; }
  // Called at a start tag.
  void start(const XML_Char* name, const XML_Char**) {
    name_ = name;
    XML_StopParser(parser_, XML_FALSE);
  }
  // Called at an end tag.
  void end(const XML_Char*) {}
  // Called with character data.
  void chars(const XML_Char*, int) {}
  // The root's name ("" before it).
  const std::string& name() const { return name_; }

 private:
  XML_Parser parser_ = nullptr;
  std::string name_;
};

}  // namespace

std::string xml_root_name(std::string_view head) {
  RootName root;
  ExpatParse<RootName> parse(root, "");
  if (!parse.parse(head, false).ok()) return "";
  return root.name();
}

Status read_xml_stream(const InputFeed& feed, const NormalizeOptions& options, const XmlStreamLimits& limits,
                       const BatchSink& sink, bool& html) {
  html = false;
  ReaderOutput batch;
  yaml::Walker walker(batch, options.file);
  walker.keys_name_no_topics();
  XmlReader reader(batch, walker, limits.hold_bytes);
  ExpatParse<XmlReader> parse(reader, options.file);
  std::string buf;               // The input from the last batch on …
  std::uint64_t buf_pos = 0;     // … the offset of its first byte …
  std::int64_t first_line = 1;   // … and the line it starts on.
  // Hands on the batch with the rejected lines of buf's first `bytes` bytes (a data file's lines outside every
  // question), and drops them.
  auto flush = [&](std::size_t bytes) -> Status {
    std::string_view done = std::string_view(buf).substr(0, bytes);
    std::int64_t next_line = first_line + static_cast<std::int64_t>(std::count(done.begin(), done.end(), '\n'));
    if (reader.root() == Root::kData) {
      auto& used = walker.used();
      yaml::reject_unused(done, first_line, used, batch.rejected);
      std::erase_if(used, [&](const auto& span) { return span.second < next_line; });
    }
    Status s = sink(batch);
    batch = ReaderOutput();
    buf.erase(0, bytes);
    buf_pos += bytes;
    first_line = next_line;
    walker.set_source(buf, first_line);
    return s;
  };
  for (bool eof = false; !eof;) {
    std::size_t old = buf.size();
    if (Status s = feed(buf, eof); !s.ok()) return s;
    walker.set_source(buf, first_line);
    if (Status s = parse.parse(std::string_view(buf).substr(old), eof); !s.ok()) return s;
    if (!reader.status().ok()) return reader.status();
    if (limits.flush_bytes == 0 || buf.size() < limits.flush_bytes || eof) continue;
    std::uint64_t settled = reader.settled();
    if (auto held = walker.held_pos()) settled = std::min(settled, *held);
    std::uint64_t ahead = settled > buf_pos ? std::min<std::uint64_t>(settled - buf_pos, buf.size()) : 0;
    auto at = static_cast<std::size_t>(ahead);
    std::size_t line_start = at == 0 ? 0 : buf.rfind('\n', at - 1);
    std::size_t cut = at == 0 || line_start == std::string::npos ? 0 : line_start + 1;  // Whole lines only.
    if (cut > 0)
      if (Status s = flush(cut); !s.ok()) return s;
  }
  if (reader.root() == Root::kHtml) {
    html = true;
    return Status::Ok();
  }
  walker.end_document();
  return flush(buf.size());
}

Status read_moodle_xml(std::string_view text, const NormalizeOptions& options, ReaderOutput& out) {
  bool html = false;
  Status s = read_xml_stream(text_feed(text), options, XmlStreamLimits{}, [&](ReaderOutput& batch) {
    append_output(batch, [](std::int64_t line) { return line; }, out);
    return Status::Ok();
  }, html);
  if (!s.ok()) return s;
  return html ? read_html(text, options, out) : Status::Ok();  // XHTML saved as .xml
}

}  // namespace qbank::internal
