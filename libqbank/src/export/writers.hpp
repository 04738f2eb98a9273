#pragma once
// The contract between export_records() and its per-format writers, and helpers they share.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
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

// The records an export writes, visited in input order or grouped by topic.
class RecordSource {
 public:
  virtual ~RecordSource() = default;
  // Calls fn with every record in order; stops at the first failed Status.
  virtual Status each(const std::function<Status(const Question&)>& fn) = 0;
  // Calls fn with every record grouped by topic: first the records without a topic, then one group per
  // topic in order of first appearance; first is set on the first record of each group.
  virtual Status each_by_topic(const std::function<Status(const Question&, bool first)>& fn) = 0;
  // Calls fn with every usable record in order, reporting and counting nothing (a pass before the export).
  virtual Status scan(const std::function<Status(const Question&)>& fn) { return each(fn); }
};

// The linked translations of the exported records, as "lang: text" lines, looked up by id.
class TranslationTexts {
 public:
  // Reads the records (RecordSource::scan) and keeps the language and text of every record that some
  // record's translations names; nothing else is held.
  Status collect(RecordSource& records);
  // Appends one "lang: text" line per translation of q to out (the bare id when that record is unknown).
  void lines(const Question& q, std::vector<std::string>& out) const;

 private:
  std::unordered_map<std::string, std::string> line_of_;  // Id -> "lang: text", linked records only.
};

// A RecordSource over records in memory.
class VectorSource : public RecordSource {
 public:
  // Wraps records, which must outlive the source.
  explicit VectorSource(const std::vector<Question>& records) : records_(records) {}
  Status each(const std::function<Status(const Question&)>& fn) override;
  Status each_by_topic(const std::function<Status(const Question&, bool first)>& fn) override;

 private:
  const std::vector<Question>& records_;
};

// True when the export shows linked translations, so their texts are collected before writing.
bool needs_translation_texts(const ExportOptions& options);

// Writes records in a text format (not apkg) to w.
Status write_records(RecordSource& records, const ExportOptions& options, ChunkWriter& w);

// Writes CSV or TSV (options.format decides the separator); tr gives the translations column.
Status write_delimited(RecordSource& records, const ExportOptions& options, const TranslationTexts& tr,
                       ChunkWriter& w);
// Writes an Anki text import file; with options.with_translations, a Translations column from tr.
Status write_anki_text(RecordSource& records, const ExportOptions& options, const TranslationTexts& tr,
                       ChunkWriter& w);
// Writes a Markdown document; with options.with_translations, each question's translations from tr.
Status write_markdown(RecordSource& records, const ExportOptions& options, const TranslationTexts& tr,
                      ChunkWriter& w);
// Writes Moodle GIFT.
Status write_gift(RecordSource& records, const ExportOptions& options, ChunkWriter& w);
// Writes a Moodle XML quiz.
Status write_moodle_xml(RecordSource& records, const ExportOptions& options, ChunkWriter& w);
// Writes a JSON array (lines=false) or JSONL (lines=true).
Status write_json(RecordSource& records, const ExportOptions& options, bool lines,
                  ChunkWriter& w);

// Appends s HTML-escaped (& < > "), newlines as <br>, tabs as &#9;, other control characters dropped. With
// anki set, Anki's markup is shown literally: the '[' of a bracket tag ([sound:..], [latex], [$]), a brace
// beside another brace ({{c1::...}}, {{FrontSide}}) and a backslash before '(' or '[' (MathJax) are written
// as character references.
void append_html(std::string& out, std::string_view s, bool anki = false);
// Returns the Anki topic field: the record's topic, HTML-escaped (empty when it has none).
std::string anki_topic(const Question& q);
// Returns the Anki source field: every source as file:line, one per line, HTML-escaped.
std::string anki_source(const Question& q);
// Returns the Anki front field: question text, code in <pre><code>, choices as a list.
// With anki set (the default), Anki's markup is escaped (see append_html); GIFT and Moodle XML pass false.
std::string anki_front(const Question& q, bool anki = true);
// Returns the Anki back field: the answer (empty when there is none).
std::string anki_back(const Question& q, bool anki = true);
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
// The fields of the qbank note type, in order; "Add Reverse" is non-empty on notes that get a reverse card.
// "Translations" holds the linked translations with ExportOptions::with_translations, else nothing.
inline constexpr const char* kApkgFields[] = {"Front", "Back", "Topic", "Source", "Add Reverse", "Translations"};
// Returns the models JSON: the one qbank note type (fields kApkgFields, a front-to-back card and a
// back-to-front card that exists only where "Add Reverse" is filled), whatever the options.
std::string apkg_models_json(std::int64_t model_id, std::int64_t deck_id, std::int64_t time);
// Returns the col.decks JSON: Default plus the given decks.
std::string apkg_decks_json(const std::vector<ApkgDeck>& decks, std::int64_t time);
// Returns the col.dconf JSON with the default deck options group.
std::string apkg_dconf_json();

// Writes the schema-11 collection.anki2 SQLite file for records to db_path (which must not exist yet).
Status write_collection(const std::string& db_path, const std::vector<Question>& records,
                        const ExportOptions& options);

// Returns the indexes of records grouped by topic: untitled first, then topics in first-seen order.
std::vector<std::vector<std::size_t>> group_by_topic(const std::vector<Question>& records);
// Appends s with every C0 control character except tab and newline (and CR) removed.
void append_printable(std::string& out, std::string_view s);

}  // namespace qbank::internal
