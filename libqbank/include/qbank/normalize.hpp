#pragma once
// Normalization: raw question lists (plain text, Markdown, HTML, CSV/TSV, JSON, GIFT, quiz text, YAML) ->
// question records.
//
//   qbank::NormalizeOptions opt;
//   opt.file = "list.md";
//   auto res = qbank::normalize_file("list.md", opt);
//   if (res.ok()) for (const auto& q : res->records) std::cout << qbank::to_json(q) << '\n';

#include "qbank/api.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "qbank/question.hpp"
#include "qbank/status.hpp"

namespace qbank {

// The input formats normalize understands.
enum class InputFormat { kAuto, kText, kMarkdown, kHtml, kCsv, kTsv, kJson, kJsonl, kGift, kQuiz, kYaml, kMoodleXml, kToml, kXml };

// Parses a format name ("auto", "text", "markdown"/"md", "html", "csv", "tsv", "json", "jsonl", "gift",
// "quiz"/"aiken" for "#Q" and Aiken quiz text, "yaml"/"yml", "moodle-xml"/"moodle", "toml", "xml" for other XML data files, whose elements are read
// by name as YAML mappings; an XML file whose root is <quiz> is read as Moodle XML either way).
QBANK_EXPORT Result<InputFormat> parse_input_format(std::string_view name);

// Returns the canonical name of a format ("text", "markdown", ...).
QBANK_EXPORT const char* input_format_name(InputFormat format);

// Options for normalize(); every field has a default that suits a typical file.
struct QBANK_EXPORT NormalizeOptions {
  InputFormat format = InputFormat::kAuto;  // Input format; kAuto detects it from extension and content.
  std::string file = "-";                   // The name recorded in sources[].file (default "-", stdin).
  std::string lang;                         // Forces every record's lang (default "": detect per question).
  std::string topic;                        // Forces every record's topic (default "": from headings).
  std::string encoding;                     // Legacy encoding for iconv, e.g. "cp1251" (default "": UTF-8,
                                            // or UTF-16 when a BOM says so; invalid UTF-8 is an error).
  std::map<std::string, std::string> columns;  // CSV/JSON field mapping, e.g. {"text":"Frage","answer":"A"}
                                               // (default empty: columns found by header name).
};

// Checks options before any input is read: lang must be "", "und" or a two-letter lowercase ISO 639-1 code
// (an InvalidArgument error names the option otherwise). Every normalize entry point checks them too.
[[nodiscard]] QBANK_EXPORT Status check_normalize_options(const NormalizeOptions& options);

// One reason a line is rejected with, and what it means.
struct QBANK_EXPORT RejectionReason {
  const char* name;     // The reason as RejectedLine::reason carries it ("table of contents").
  const char* meaning;  // What lines get it.
};

// The one list of rejection reasons: every RejectedLine::reason is one of them, or of two families named in it
// ("<tag> (not read)" for HTML elements without text, "no question text …" saying where a record had none).
QBANK_EXPORT std::span<const RejectionReason> rejection_reasons();

// True when reason is in rejection_reasons() or one of its families.
QBANK_EXPORT bool is_rejection_reason(std::string_view reason);

// A line that was read but not turned into a question, with the reason.
struct QBANK_EXPORT RejectedLine {
  std::int64_t line = 0;  // 1-based line number.
  std::string text;       // The line as it appears in the input.
  std::string reason;     // Why it is not a question: one of rejection_reasons() ("title", "intro prose", …).
};

// Appends a rejected line of the named input as a line of JSON (schemas/README.md, "Rejected lines"):
// {"file", "line", "text", "reason"} and a newline.
QBANK_EXPORT void append_rejected_json(std::string& out, std::string_view file, const RejectedLine& rejected);

// A section heading that declared how many questions it holds ("Part 2: Networking (34 questions)").
struct QBANK_EXPORT SectionCount {
  std::string topic;       // The section's topic.
  std::int64_t line = 0;   // The heading's line.
  std::int64_t declared = 0;  // The count the heading declares.
  std::int64_t found = 0;     // The questions normalize found in the section.
};

// What normalize produced from one input.
struct QBANK_EXPORT NormalizeResult {
  std::vector<Question> records;          // One record per question, in input order.
  std::vector<RejectedLine> rejected;     // Every non-blank line that is neither a question nor attached to one.
  std::vector<SectionCount> sections;     // Sections with a declared count.
  std::vector<Diagnostic> diagnostics;    // Warnings (e.g. declared 80, found 79).
  std::vector<std::string> notes;         // What was assumed or left out, one sentence each, for the user
                                          // ("stdin read as csv (delimiter ';', no header row); use --format
                                          // to change it").
  InputFormat format = InputFormat::kAuto;  // The format the input was read as.
};

// Detects the format of an input from its file name and first bytes.
QBANK_EXPORT InputFormat detect_input_format(std::string_view file_name, std::string_view head);

// Normalizes an in-memory input; bytes may carry a BOM and CRLF line ends.
QBANK_EXPORT Result<NormalizeResult> normalize(std::string_view bytes, const NormalizeOptions& options);

// Reads and normalizes a file ("-" = stdin); options.file is set to path when left at "-".
QBANK_EXPORT Result<NormalizeResult> normalize_file(const std::string& path, NormalizeOptions options);

// Receives one piece of a file's result; an error it returns stops normalize_file_pieces.
using NormalizeSink = std::function<Status(NormalizeResult& piece)>;

// Normalizes a file ("-" = stdin) like normalize_file but in pieces, so memory stays bounded: a large
// plain-text or Markdown file is cut at blank lines before headings (quiz text before "#Q" questions), a JSON
// array between elements, an HTML page before top-level blocks and a YAML file at item boundaries, and each
// piece's result (lines counted in the whole file) goes to sink as soon as it is ready; any other input is one
// piece.
QBANK_EXPORT Status normalize_file_pieces(const std::string& path, NormalizeOptions options, const NormalizeSink& sink);

// Receives one record; it is valid only during the call, as its storage is reused for the next record.
using RecordSink = std::function<Status(const Question& record)>;

// Like normalize_file_pieces, but every record goes to records as soon as it is built (lines counted in the
// whole file) and is not kept: the pieces handed to sink afterwards have no records, only their rejected
// lines, sections and diagnostics. An error either sink returns stops it.
QBANK_EXPORT Status normalize_file_pieces(const std::string& path, NormalizeOptions options, const NormalizeSink& sink,
                             const RecordSink& records);

}  // namespace qbank
