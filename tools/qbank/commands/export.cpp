// qbank export: writes records as CSV/TSV, Anki text or .apkg, Markdown, GIFT, Moodle XML, JSON or JSONL.
#include <algorithm>
#include <cstdlib>

#include "cli.hpp"
#include "commands/commands.hpp"
#include "qbank/export.hpp"

namespace qbank::cli {
namespace {

// Options of `qbank export`.
struct ExportCliOptions {
  IoOptions io;                  // Inputs, -o and --keep-going.
  std::string to;                // The output format name (default: from the -o extension).
  std::string columns;           // CSV/TSV columns, comma-separated (default "": the library's default set).
  std::string tag_sep = "space";     // CSV/TSV tag separator: "space" (default) or ";".
  std::string delimiter;         // CSV/TSV cell delimiter: one character or "tab" (default "": the format's).
  bool no_header = false;        // CSV/TSV: leave out the row of column names (default off).
  ExportOptions lib;             // Flags copied straight into the library options.
};

// Reads SOURCE_DATE_EPOCH into the .apkg timestamp when it is set; returns false if it is malformed.
bool apply_source_date_epoch(ExportOptions& o) {
  const char* env = std::getenv("SOURCE_DATE_EPOCH");
  if (env == nullptr || *env == '\0') return true;
  char* end = nullptr;
  long long v = std::strtoll(env, &end, 10);
  if (*end != '\0' || v < 0) return false;
  o.timestamp = v;
  return true;
}

// Splits a comma-separated column list, trimming spaces around each name.
std::vector<std::string> split_columns(const std::string& list) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t end = std::min(list.find(',', start), list.size());
    std::string name = list.substr(start, end - start);
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    out.push_back(name);
    start = end + 1;
  }
  return out;
}

// Builds the library options from the command line; returns a usage error when something is wrong.
Status build_options(const ExportCliOptions& opt, ExportOptions& o) {
  o = opt.lib;
  if (Status s = check_output_not_input(opt.io); !s.ok()) return s;
  auto from_path = export_format_from_path(opt.io.output);
  if (opt.to.empty()) {
    if (!from_path.ok())
      return Status::InvalidArgument("--to is required unless -o ends in a format's extension "
                                     "(.csv .tsv .apkg .md .gift .xml .json .jsonl)");
    o.format = *from_path;
  } else {
    auto format = parse_export_format(opt.to);
    if (!format.ok()) return format.status();
    o.format = *format;
    if (from_path.ok() && *from_path != o.format)
      return Status::InvalidArgument(std::string("--to ") + export_format_name(o.format) + " contradicts -o " +
                                     opt.io.output + " (a " + export_format_name(*from_path) +
                                     " name); change one of them");
  }
  if (!opt.columns.empty()) o.columns = split_columns(opt.columns);
  if (opt.tag_sep == "space" || opt.tag_sep == " ") o.tag_separator = ' ';
  else if (opt.tag_sep == ";" || opt.tag_sep == "semicolon") o.tag_separator = ';';
  else return Status::InvalidArgument("--tag-sep must be 'space' or ';'");
  const bool delimited = o.format == ExportFormat::kCsv || o.format == ExportFormat::kTsv;
  if ((!opt.delimiter.empty() || opt.no_header) && !delimited)
    return Status::InvalidArgument(std::string(opt.no_header ? "--no-header" : "--delimiter") +
                                   " applies to csv and tsv, not " + export_format_name(o.format));
  if (opt.delimiter == "tab" || opt.delimiter == "\\t") o.delimiter = '\t';
  else if (opt.delimiter.size() == 1) o.delimiter = opt.delimiter[0];
  else if (!opt.delimiter.empty())
    return Status::InvalidArgument("--delimiter takes one character or 'tab', not '" + opt.delimiter + "'");
  o.header = !opt.no_header;
  if (!apply_source_date_epoch(o)) return Status::InvalidArgument("SOURCE_DATE_EPOCH must be a number of seconds");
  if (export_needs_file(o.format) && (opt.io.output.empty() || opt.io.output == "-"))
    return Status::InvalidArgument("--to apkg writes a binary package: name it with -o FILE.apkg");
  return check_export_options(o);
}

// Streams the records into the chosen format, printing problems as they are met.
int run_export(const ExportCliOptions& opt) {
  ExportOptions o;
  if (Status s = build_options(opt, o); !s.ok()) return fail(s);
  ExportSummary exported;
  std::size_t errors = 0;
  auto report = [&errors](const Diagnostic& d) {
    print_diagnostic(d);
    errors += d.severity == Severity::kError;
  };
  Status s = export_jsonl_files(inputs(opt.io), opt.io.keep_going, o, opt.io.output, report, exported);
  if (!s.ok()) return s.code() == StatusCode::kDataError && errors > 0 ? kExitData : fail(s);  // Printed already.
  if (exported.skipped > 0)
    warning("skipped " + std::to_string(exported.skipped) + " unusable record(s) (--keep-going)");
  if ((o.format == ExportFormat::kAnki || o.format == ExportFormat::kApkg) && exported.empty_backs > 0)
    warning(std::to_string(exported.empty_backs) + " of " + std::to_string(exported.records) +
            " notes have an empty back (records without an answer)");
  if (exported.repeated_ids > 0)
    warning(std::to_string(exported.repeated_ids) + " of " + std::to_string(exported.records) +
            " notes repeat the id (GUID) of an earlier one: exact duplicates, of which Anki imports one; run "
            "qbank dedup first");
  Summary summary;
  summary.files = input_count(opt.io);
  summary.read = static_cast<long long>(exported.records);
  if (exported.skipped > 0) summary.skipped = static_cast<long long>(exported.skipped);
  summary.questions = static_cast<long long>(exported.records);
  print_summary(opt.io.quiet, "export", summary);
  return kExitOk;
}

}  // namespace

// Adds the export verb.
Verb add_export(CLI::App& app) {
  auto opt = std::make_shared<ExportCliOptions>();
  CLI::App* cmd = app.add_subcommand("export", "Write records as CSV/TSV, Anki, Markdown, GIFT, Moodle XML, JSON");
  add_io_options(*cmd, opt->io);
  cmd->add_option("--to", opt->to,
                  "Format: csv, tsv, anki, apkg, markdown, gift, moodle-xml, json, jsonl "
                  "(default: from the -o extension)");
  cmd->add_option("--columns", opt->columns,
                  "CSV/TSV columns, comma-separated (default id,text,answer,tags,topic,lang,code; "
                  "also choices, source, notes, translations)")
      ->check(non_empty());
  cmd->add_option("--tag-sep", opt->tag_sep, "CSV/TSV: join tags with 'space' (default) or ';'");
  cmd->add_option("--delimiter", opt->delimiter,
                  "CSV/TSV: the character between cells, e.g. ';' or '|' or 'tab' (default: ',' for CSV, tab for TSV)")
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            return value.empty() ? "must be one character or 'tab', not empty" : std::string();
          },
          "CHAR"));
  cmd->add_flag("--no-header", opt->no_header, "CSV/TSV: leave out the row of column names");
  cmd->add_flag("--bom", opt->lib.bom, "CSV/TSV: start with a UTF-8 byte order mark (for spreadsheets)");
  cmd->add_flag("--crlf", opt->lib.crlf, "CSV/TSV: end lines with CRLF");
  cmd->add_flag("--raw", opt->lib.raw,
                "CSV/TSV: do not neutralise formulas (by default a cell starting with = + - @ tab or CR "
                "gets a leading ')");
  cmd->add_option("--deck", opt->lib.deck, "Anki/apkg deck name, GIFT/Moodle top category (default qbank)");
  cmd->add_flag("--subdecks", opt->lib.subdecks, "Anki/apkg: one sub-deck per topic, Deck::Topic");
  cmd->add_flag("--reversed", opt->lib.reversed, "Anki/apkg: also add a back-to-front card per note");
  cmd->add_flag("--pretty", opt->lib.pretty, "JSON: indent (default: one compact record per line)");
  cmd->add_flag("--with-translations", opt->lib.with_translations,
                "Show the linked translations (dedup --link-languages): a CSV/TSV translations column, an "
                "Anki/apkg Translations field, a list under each Markdown question");
  cmd->footer("apkg modification times are the current time, so re-importing an updated package updates the\n"
              "notes (matched by GUID = record id); SOURCE_DATE_EPOCH fixes them for a reproducible package.\n"
              "Example: qbank export --deck Interview --subdecks -o bank.apkg bank.jsonl");
  return {cmd, [opt] { return run_export(*opt); }};
}

}  // namespace qbank::cli
