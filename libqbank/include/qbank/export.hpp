#pragma once
// Export: question records -> CSV/TSV, Anki text and .apkg, Markdown, Moodle GIFT and XML, JSON, JSONL.
//
//   qbank::ExportOptions opt;
//   opt.format = qbank::ExportFormat::kCsv;
//   auto csv = qbank::export_to_string(records, opt);
//   if (csv.ok()) std::cout << *csv;
//   opt.format = qbank::ExportFormat::kApkg;
//   qbank::Status s = qbank::export_to_file(records, opt, "bank.apkg");

#include "qbank/api.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "qbank/question.hpp"
#include "qbank/status.hpp"

namespace qbank {

// The output formats export writes.
enum class ExportFormat {
  kCsv,        // RFC 4180 comma-separated values with a header row.
  kTsv,        // The same with tabs as separators.
  kAnki,       // Anki's "Importing text files" format: #header lines, tab-separated HTML fields.
  kApkg,       // An Anki package (.apkg): a zip holding a schema-11 collection.anki2 SQLite file.
  kMarkdown,   // A document for people: topics as headings, numbered questions, answers, fenced code.
  kGift,       // Moodle GIFT: essay questions, or short answer when the answer is short.
  kMoodleXml,  // Moodle XML quiz: essay questions in categories per topic.
  kJson,       // One JSON array of records.
  kJsonl,      // One record per line (the qbank bank format).
};

// Parses a format name: csv, tsv, anki, apkg, markdown (md), gift, moodle-xml (xml), json, jsonl.
QBANK_EXPORT Result<ExportFormat> parse_export_format(std::string_view name);

// Returns the canonical name of a format ("csv", "moodle-xml", ...).
QBANK_EXPORT const char* export_format_name(ExportFormat format);

// True for formats that can only be written to a named file (apkg), not to a string or stdout.
QBANK_EXPORT bool export_needs_file(ExportFormat format);

// The record fields a CSV/TSV column may hold.
inline constexpr const char* kExportColumns[] = {"id",   "text",    "answer", "tags",   "topic",
                                                 "lang", "code",    "choices", "source", "notes",
                                                 "translations"};

// The timestamp value that means "the current time" (the default).
inline constexpr std::int64_t kExportTimeNow = 0;

// Options for export; every field has a default that suits a typical bank.
struct QBANK_EXPORT ExportOptions {
  ExportFormat format = ExportFormat::kJsonl;  // Output format (default JSONL).
  // CSV/TSV columns in order (default id,text,answer,tags,topic,lang,code); names from kExportColumns:
  // "source" is the first source as file:line, "choices" and "notes" are joined with newlines,
  // "translations" holds the linked translations (see with_translations), one per line.
  std::vector<std::string> columns = {"id", "text", "answer", "tags", "topic", "lang", "code"};
  char tag_separator = ' ';  // CSV/TSV: tags joined by ' ' (default) or ';'.
  // CSV/TSV: the byte between cells (default 0: ',' for CSV, tab for TSV); any ASCII punctuation, space or
  // tab except '"' (cells holding it are quoted).
  char delimiter = 0;
  bool header = true;        // CSV/TSV: write the row of column names first (default on).
  bool bom = false;          // CSV/TSV: start with a UTF-8 byte order mark (default off).
  bool crlf = false;         // CSV/TSV: end records with CRLF as RFC 4180 says (default LF).
  // CSV/TSV: write cells verbatim (default off: a cell starting with = + - @ tab or CR gets a leading
  // apostrophe so spreadsheets show it as text instead of running it as a formula).
  bool raw = false;
  std::string deck = "qbank";  // Anki text/apkg: the deck name (default "qbank"; "::" nests decks).
  bool subdecks = false;       // Anki text/apkg: put each topic in its own deck "Deck::Topic" (default off).
  // apkg: add a back-to-front card per note (default off); the note type is the same either way (its
  // "Add Reverse" field turns the second card on), so switching later updates the same notes.
  // Anki text: import into the note type "Basic (and reversed card)" instead of "Basic".
  bool reversed = false;
  bool pretty = false;         // JSON: indent with two spaces (default off: one compact record per line).
  // Put each record's linked translations (the records its translations ids name, from dedup
  // --link-languages) on the output, each as "lang: text" (the bare id when that record is not among the
  // exported ones): CSV/TSV get a "translations" column, Anki text a Translations column after Back, apkg
  // notes their Translations field (the note type always has it), Markdown a list under each question
  // (default off). Only the texts of records some translations array names are held, found by reading the
  // records once before writing them (so JSONL inputs must be regular files, not stdin or a pipe).
  bool with_translations = false;
  // apkg: seconds since the epoch written as every creation/modification time (default kExportTimeNow:
  // the current time, so that Anki takes a re-imported package's notes as newer and updates them). A fixed
  // value gives a byte-identical package for the same records; the CLI takes SOURCE_DATE_EPOCH when set.
  std::int64_t timestamp = kExportTimeNow;
};

// Receives the output of a text export in chunks, in order; a failed Status stops the export.
using ExportSink = std::function<Status(std::string_view chunk)>;

// Guesses the format from an output path's extension (.csv .tsv .apkg .md .markdown .gift .xml .json
// .jsonl, any case); kNotFound when the extension names none (Anki text has no extension of its own).
QBANK_EXPORT Result<ExportFormat> export_format_from_path(std::string_view path);

// Anki text/apkg: how many of the records make a note with an empty back (no answer).
QBANK_EXPORT std::size_t count_empty_backs(const std::vector<Question>& records);

// Checks options for the chosen format (known columns, tag separator, deck name, timestamp).
QBANK_EXPORT Status check_export_options(const ExportOptions& options);

// Writes records in a text format to sink in chunks of about 1 MiB; apkg is refused.
QBANK_EXPORT Status export_records(const std::vector<Question>& records, const ExportOptions& options,
                      const ExportSink& sink);

// Returns records in a text format as one string; apkg is refused.
QBANK_EXPORT Result<std::string> export_to_string(const std::vector<Question>& records, const ExportOptions& options);

// Writes an .apkg package to path atomically (temporary file beside it, then rename).
QBANK_EXPORT Status export_apkg(const std::vector<Question>& records, const ExportOptions& options, const std::string& path);

// Receives each problem found in the input records (warnings, and errors of unusable records).
using DiagnosticSink = std::function<void(const Diagnostic&)>;

// What export_jsonl_files() read and wrote.
struct QBANK_EXPORT ExportSummary {
  std::size_t records = 0;      // Records written.
  std::size_t skipped = 0;      // Unusable records skipped (keep_going).
  std::size_t empty_backs = 0;  // Records whose Anki note has an empty back (no answer).
  std::size_t repeated_ids = 0; // apkg: records whose id (the note GUID) an earlier record already has.
};

// Exports the records of JSONL files (stdin for "-"), in the order given, to path (atomically; "" or "-"
// is stdout) without holding them all in memory: CSV, TSV, Anki text, JSON and JSONL stream them in one
// pass; Markdown, GIFT and Moodle XML, which group by topic, spool them to an unlinked temporary file and
// keep 16 bytes per record; apkg reads them all. Every problem goes to report; an unusable record stops
// the export with kDataError unless keep_going is set (then it is skipped and counted).
[[nodiscard]] QBANK_EXPORT Status export_jsonl_files(const std::vector<std::string>& inputs, bool keep_going,
                                                     const ExportOptions& options, const std::string& path,
                                                     const DiagnosticSink& report, ExportSummary& summary);

// Writes records in any format to path atomically; "" or "-" means stdout (not allowed for apkg).
QBANK_EXPORT Status export_to_file(const std::vector<Question>& records, const ExportOptions& options,
                      const std::string& path);

}  // namespace qbank
