#pragma once
// Export: question records -> CSV/TSV, Anki text and .apkg, Markdown, Moodle GIFT and XML, JSON, JSONL.
//
//   qbank::ExportOptions opt;
//   opt.format = qbank::ExportFormat::kCsv;
//   auto csv = qbank::export_to_string(records, opt);
//   if (csv.ok()) std::cout << *csv;
//   opt.format = qbank::ExportFormat::kApkg;
//   qbank::Status s = qbank::export_to_file(records, opt, "bank.apkg");

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
Result<ExportFormat> parse_export_format(std::string_view name);

// Returns the canonical name of a format ("csv", "moodle-xml", ...).
const char* export_format_name(ExportFormat format);

// True for formats that can only be written to a named file (apkg), not to a string or stdout.
bool export_needs_file(ExportFormat format);

// The record fields a CSV/TSV column may hold.
inline constexpr const char* kExportColumns[] = {"id",   "text",    "answer", "tags",   "topic",
                                                 "lang", "code",    "choices", "source", "notes", "translations"};

// The fixed time (2024-01-01T00:00:00Z) written into .apkg files unless options say otherwise.
inline constexpr std::int64_t kDefaultExportTime = 1704067200;

// Options for export; every field has a default that suits a typical bank.
struct ExportOptions {
  ExportFormat format = ExportFormat::kJsonl;  // Output format (default JSONL).
  // CSV/TSV columns in order (default id,text,answer,tags,topic,lang,code); names from kExportColumns:
  // "source" is the first source as file:line, "choices", "notes" and "translations" are joined with newlines.
  std::vector<std::string> columns = {"id", "text", "answer", "tags", "topic", "lang", "code"};
  char tag_separator = ' ';  // CSV/TSV: tags joined by ' ' (default) or ';'.
  bool bom = false;          // CSV/TSV: start with a UTF-8 byte order mark (default off).
  bool crlf = false;         // CSV/TSV: end records with CRLF as RFC 4180 says (default LF).
  // CSV/TSV: write cells verbatim (default off: a cell starting with = + - @ tab or CR gets a leading
  // apostrophe so spreadsheets show it as text instead of running it as a formula).
  bool raw = false;
  std::string deck = "qbank";  // Anki text/apkg: the deck name (default "qbank"; "::" nests decks).
  bool subdecks = false;       // Anki text/apkg: put each topic in its own deck "Deck::Topic" (default off).
  bool reversed = false;       // apkg: add a back-to-front card per note, model "Basic (and reversed card)".
  bool pretty = false;         // JSON: indent with two spaces (default off: one compact record per line).
  // Put each record's linked translations (its translations ids, shown as "lang: text" of those records when
  // they are exported too) on the output: CSV/TSV get a "translations" column, Anki text and apkg notes a
  // third field "Translations" (default off). Markdown always lists a record's translations under it.
  bool with_translations = false;
  // apkg: seconds since the epoch written as every creation/modification time (default 2024-01-01), so
  // the same records always give a byte-identical package; the CLI takes SOURCE_DATE_EPOCH when set.
  std::int64_t timestamp = kDefaultExportTime;
};

// Receives the output of a text export in chunks, in order; a failed Status stops the export.
using ExportSink = std::function<Status(std::string_view chunk)>;

// Checks options for the chosen format (known columns, tag separator, deck name, timestamp).
Status check_export_options(const ExportOptions& options);

// Writes records in a text format to sink in chunks of about 1 MiB; apkg is refused.
Status export_records(const std::vector<Question>& records, const ExportOptions& options,
                      const ExportSink& sink);

// Returns records in a text format as one string; apkg is refused.
Result<std::string> export_to_string(const std::vector<Question>& records, const ExportOptions& options);

// Writes an .apkg package to path atomically (temporary file beside it, then rename).
Status export_apkg(const std::vector<Question>& records, const ExportOptions& options, const std::string& path);

// Writes records in any format to path atomically; "" or "-" means stdout (not allowed for apkg).
Status export_to_file(const std::vector<Question>& records, const ExportOptions& options,
                      const std::string& path);

}  // namespace qbank
