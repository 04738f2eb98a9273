#pragma once
// The YAML walk: parse events in, question items out, in memory bounded by one question.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "normalize/field_map.hpp"
#include "normalize/reader.hpp"

namespace qbank::internal::yaml {

// One parse event, copied out of the parser; lines are 1-based lines of the whole input.
struct Event {
  enum class Kind { kScalar, kMappingStart, kMappingEnd, kSequenceStart, kSequenceEnd };
  Kind kind = Kind::kScalar;  // What the event is.
  std::string text;           // A scalar's text, or an alias's anchor name (aliases read as scalars).
  std::int64_t line = 0;      // The line where a scalar's token starts (0 for a null scalar).
  std::int64_t last = 0;      // The last line a scalar's token covers (0 for a null scalar).
  std::int64_t column = 0;    // The column where the event starts (a collection: its first key or '-').
  std::uint64_t pos = 0;      // The offset of the line the event starts on (from the last restart of the parse).
  bool block = false;         // True for a collection in block style.
};

// A subtree kept whole until it can be read: a mapping that may still turn out to be a question.
struct Node {
  Event::Kind kind = Event::Kind::kScalar;  // kScalar, kMappingStart (a mapping) or kSequenceStart (a sequence).
  std::string text;                         // A scalar's text.
  std::int64_t line = 0;                    // A scalar's first line (0 when unknown).
  std::int64_t last = 0;                    // A scalar's last line.
  std::int64_t column = 0;                  // A collection's column.
  std::uint64_t pos = 0;                    // The offset of the line the node starts on.
  bool block = false;                       // True for a collection in block style.
  std::vector<Node> children;               // A sequence's items, or a mapping's keys and values in turn.
};

// What a mapping key's name stands for.
struct KeyName {
  std::optional<std::pair<Field, int>> field;  // The field it names and its rank, if any.
  bool read = false;  // True when its value is read: a field, a section label or a question body.
};

// An open collection read as it streams by: a sequence, or a mapping known to be a section.
struct Frame {
  bool mapping = false;    // True for a mapping.
  std::int64_t column = 0;  // The column of its first key or '-'.
  bool block = false;       // True in block style.
  std::string topic;        // The topic its children inherit (a mapping's own label already applied).
  std::string lang;         // The language hint its children inherit.
  bool want_value = false;  // For a mapping: true when the next event is the value of `key`.
  std::string key;          // For a mapping: the trimmed key whose value comes next.
  std::unordered_set<std::string> keys;  // For a mapping: the keys seen, to find duplicates.
};

// Turns parse events into raw items in a ReaderOutput. A mapping is kept whole until it ends, so that it can
// be read as a question with all its fields or, when it is none, as a section whose label ("name: …") names
// its children's topic; a mapping that is no question after section_bytes of input (kSectionBytes unless told)
// is read on as a section as it streams by, with the label fields seen so far (so a huge section never sits in
// memory).
class Walker {
 public:
  // How far past its start a mapping that is no question is read as a section, unless told otherwise.
  static constexpr std::uint64_t kSectionBytes = 1u << 20;

  // Reads into out; file names errors; a mapping that is no question section_bytes past its start streams on.
  Walker(ReaderOutput& out, std::string file, std::uint64_t section_bytes = kSectionBytes)
      : out_(out), file_(std::move(file)), section_bytes_(section_bytes) {}

  // Stops mapping keys from naming topics (the element names of an XML schema name no sections; labels still do).
  void keys_name_no_topics() { key_topics_ = false; }

  // Reads one event; a duplicate key is a data error naming its line.
  [[nodiscard]] Status on_event(Event&& e);

  // True when the text of the next event, if it is a scalar, is read (a key, or the value of a field or label
  // key); other scalars count only for the lines they cover.
  bool wants_text() const;
  // True when the held collection being read is (inside) the value of an answer key, whose texts are all kept.
  bool inside_answer() const;

  // Marks the end of a document (every collection in it has ended).
  void end_document();

  // True when the parse can restart at the start of event e's line (whose text is line) with skeleton() before
  // it: nothing is held whole, every open collection is in block style and the line begins a new item or key of
  // the innermost one.
  bool can_restart_at(const Event& e, std::string_view line) const;

  // The open collections as YAML lines that reopen them at their columns, each with a placeholder item,
  // and the number of lines.
  std::pair<std::string, std::int64_t> skeleton() const;

  // The pos of the mapping held whole, if one is: no question can cover a line before it.
  std::optional<std::uint64_t> held_pos() const {
    return holding_ ? std::optional<std::uint64_t>(held_.pos) : std::nullopt;
  }

  // The lines questions cover, in input order.
  std::vector<std::pair<std::int64_t, std::int64_t>>& used() { return used_; }

  // Sets the text the raw source of a question is cut from, and the line its first byte is on.
  void set_source(std::string_view text, std::int64_t first_line);

 private:
  // Adds a scalar or an opening collection to the subtree being built.
  void build(Event&& e);
  // Reads a complete mapping: a question, or a section whose children are walked.
  void walk_mapping(Node& n, const std::string& topic, const std::string& lang);
  // Reads a complete subtree under the given topic and language hint.
  void walk(Node& n, const std::string& topic, const std::string& lang);
  // Reads a mapping with a question field as an item; returns false when it has none.
  bool question(const Node& n, const std::string& topic, const std::string& lang);
  // Reads the held mapping on as a section when it is no question and has grown past section_bytes_.
  void maybe_stream(std::uint64_t pos);
  // Opens a frame for a collection met in a streamed frame, or starts holding a mapping (topic and lang are
  // copies: they may name a frame that opening a frame moves).
  void open(Event&& e, std::string topic, std::string lang);
  // Ends the innermost streamed frame's current value (the next event of a mapping is a key).
  void value_done();
  // The source line `line` (trimmed, without CR).
  std::string source_line(std::int64_t line);
  // What a key's name stands for (looked up once per distinct key).
  const KeyName& key_name(const std::string& key) const;

  ReaderOutput& out_;                // Where items go.
  std::string file_;                 // The input's name, for errors.
  std::uint64_t section_bytes_;      // How far past its start a mapping that is no question streams on.
  bool key_topics_ = true;           // True when a mapping key names its value's topic.
  std::vector<Frame> frames_;        // Collections read as they stream by, outermost first.
  Node held_;                        // The mapping held whole (kind kMappingStart while one is held).
  bool holding_ = false;             // True while a mapping is held.
  std::string held_topic_, held_lang_;  // The topic and language hint the held mapping inherits.
  std::vector<Node*> path_;          // The open nodes of the held mapping, outermost first.
  std::vector<std::unordered_set<std::string>> path_keys_;  // The keys of each open mapping on path_.
  int skip_ = 0;                     // Depth of a complex key being skipped in a streamed mapping.
  std::vector<std::pair<std::int64_t, std::int64_t>> used_;  // Lines covered by questions.
  std::string_view source_;          // The text raw sources are cut from …
  std::int64_t source_line_ = 1;     // … the line its first byte is on …
  std::int64_t cursor_line_ = 1;     // … and a line source_line() found last …
  std::size_t cursor_pos_ = 0;       // … with the byte where it starts.
  Status status_;                    // The first error met.
  mutable std::unordered_map<std::string, KeyName> key_names_;  // key_name() by key.
};

// Rejects every line of text (whose first line is first_line) outside the lines questions cover: a key that
// opens a block ("faq:", a TOML table header "[[faq]]") is a heading, anything else metadata.
void reject_unused(std::string_view text, std::int64_t first_line,
                   std::vector<std::pair<std::int64_t, std::int64_t>>& used, std::vector<RejectedLine>& rejected);

}  // namespace qbank::internal::yaml
