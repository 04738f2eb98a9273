#pragma once
// The contract between export_records() and its per-format writers, and helpers they share.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "qbank/export.hpp"

namespace qbank::internal {

// Collects output text and hands it to the sink in large chunks, so memory stays bounded.
class ChunkWriter {
 public:
  // Wraps a sink; the writer keeps a reference to it.
  explicit ChunkWriter(const ExportSink& sink) : sink_(sink) { buf_.reserve(kChunk + kChunk / 4); }
  // The buffer writers append to.
  std::string& out() { return buf_; }
  // Hands the buffer to the sink once it holds at least a chunk.
  Status spill() { return buf_.size() >= kChunk ? finish() : Status::Ok(); }
  // Hands whatever is buffered to the sink.
  Status finish();

 private:
  static constexpr std::size_t kChunk = 1 << 20;
  const ExportSink& sink_;
  std::string buf_;
};

// Writes CSV or TSV (options.format decides the separator).
Status write_delimited(const std::vector<Question>& records, const ExportOptions& options, ChunkWriter& w);
// Writes an Anki text import file.
Status write_anki_text(const std::vector<Question>& records, const ExportOptions& options, ChunkWriter& w);
// Writes a Markdown document.
Status write_markdown(const std::vector<Question>& records, const ExportOptions& options, ChunkWriter& w);
// Writes Moodle GIFT.
Status write_gift(const std::vector<Question>& records, const ExportOptions& options, ChunkWriter& w);
// Writes a Moodle XML quiz.
Status write_moodle_xml(const std::vector<Question>& records, const ExportOptions& options, ChunkWriter& w);
// Writes a JSON array (lines=false) or JSONL (lines=true).
Status write_json(const std::vector<Question>& records, const ExportOptions& options, bool lines,
                  ChunkWriter& w);

// Appends s HTML-escaped (& < > "), newlines as <br>, tabs as &#9;, other control characters dropped.
void append_html(std::string& out, std::string_view s);
// Returns the Anki front field: question text, code in <pre><code>, choices as a list.
std::string anki_front(const Question& q);
// Returns the Anki back field: the answer (empty when there is none).
std::string anki_back(const Question& q);
// The linked translations of records, as "lang: text" lines, looked up among the exported records.
class TranslationTexts;
// Returns the Anki Translations field: the record's translations as "lang: text" lines, HTML-escaped.
std::string anki_translations(const Question& q, const TranslationTexts& tr);
// Returns the deck a record goes to: options.deck, or "Deck::Topic" with subdecks on.
std::string anki_deck(const Question& q, const ExportOptions& options);
// Returns the record's tags joined by spaces, whitespace inside a tag replaced by '_'.
std::string anki_tags(const Question& q);
// Returns the note GUID for a record: its id (content-derived, so re-exports update the same notes).
std::string anki_guid(const Question& q);
// Strips tags and decodes entities the way Anki does before checksumming or sorting a field.
std::string anki_strip_html(std::string_view html);
// Returns the 40 lowercase hex digits of the SHA-1 of data.
std::string sha1_hex(std::string_view data);

// A deck of an .apkg package: its name and id.
struct ApkgDeck {
  std::string name;     // Full name, "::" between levels.
  std::int64_t id = 0;  // Stable id derived from the name.
};

// Returns a stable positive id (below 2^53) derived from a key, for models and decks.
std::int64_t apkg_stable_id(std::string_view key);
// Returns the col.conf JSON: current deck and model, next new-card position.
std::string apkg_conf_json(std::int64_t model_id, std::int64_t deck_id, std::size_t next_pos);
// Returns the col.models JSON holding the one Basic (or Basic and reversed) note type, with a third field
// Translations shown under the answer when translations is set.
std::string apkg_models_json(std::int64_t model_id, std::int64_t deck_id, bool reversed, std::int64_t time,
                             bool translations = false);
// Returns the col.decks JSON: Default plus the given decks.
std::string apkg_decks_json(const std::vector<ApkgDeck>& decks, std::int64_t time);
// Returns the col.dconf JSON with the default deck options group.
std::string apkg_dconf_json();

// Writes the schema-11 collection.anki2 SQLite file for records to db_path (which must not exist yet).
Status write_collection(const std::string& db_path, const std::vector<Question>& records,
                        const ExportOptions& options);

// The linked translations of records, as "lang: text" lines, looked up among the exported records.
class TranslationTexts {
 public:
  // Indexes the records by id (only when some record has translations).
  explicit TranslationTexts(const std::vector<Question>& records);
  // Returns one "lang: text" line per translation of q (the bare id when that record is not exported).
  std::vector<std::string> lines(const Question& q) const;

 private:
  std::vector<std::pair<std::string_view, const Question*>> by_id_;  // Sorted by id.
};

// Returns the indexes of records grouped by topic: untitled first, then topics in first-seen order.
std::vector<std::vector<std::size_t>> group_by_topic(const std::vector<Question>& records);
// Appends s with every C0 control character except tab and newline (and CR) removed.
void append_printable(std::string& out, std::string_view s);

}  // namespace qbank::internal
