// qbank export: writes records as CSV/TSV, Anki text or .apkg, Markdown, GIFT, Moodle XML, JSON or JSONL.
#include <algorithm>
#include <cstdlib>

#include "cli.hpp"
#include "qbank/export.hpp"

namespace qbank::cli {
namespace {

// Options of `qbank export`.
struct ExportCliOptions {
  IoOptions io;                  // Inputs, -o and --keep-going.
  std::string to;                // The output format name (required).
  std::string columns;           // CSV/TSV columns, comma-separated (default "": the library's default set).
  std::string tag_sep = "space";     // CSV/TSV tag separator: "space" (default) or ";".
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
  auto format = parse_export_format(opt.to);
  if (!format.ok()) return format.status();
  o.format = *format;
  if (!opt.columns.empty()) o.columns = split_columns(opt.columns);
  if (opt.tag_sep == "space" || opt.tag_sep == " ") o.tag_separator = ' ';
  else if (opt.tag_sep == ";" || opt.tag_sep == "semicolon") o.tag_separator = ';';
  else return Status::InvalidArgument("--tag-sep must be 'space' or ';'");
  if (!apply_source_date_epoch(o)) return Status::InvalidArgument("SOURCE_DATE_EPOCH must be a number of seconds");
  if (export_needs_file(o.format) && (opt.io.output.empty() || opt.io.output == "-"))
    return Status::InvalidArgument("--to apkg writes a binary package: name it with -o FILE.apkg");
  if (Status s = check_export_options(o); !s.ok()) return s;
  return check_output_not_input(opt.io);
}

// Reads the records and writes them in the chosen format.
int run_export(const ExportCliOptions& opt) {
  ExportOptions o;
  if (Status s = build_options(opt, o); !s.ok()) return fail(s);
  std::vector<Question> records;
  if (int rc = load_records(opt.io, records); rc >= 0) return rc;
  if (Status s = export_to_file(records, o, opt.io.output); !s.ok()) return fail(s);
  return kExitOk;
}

// Adds the export verb.
void register_export(CLI::App& app) {
  auto opt = std::make_shared<ExportCliOptions>();
  CLI::App* cmd = app.add_subcommand("export", "Write records as CSV/TSV, Anki, Markdown, GIFT, Moodle XML, JSON");
  add_io_options(*cmd, opt->io);
  cmd->add_option("--to", opt->to, "Format: csv, tsv, anki, apkg, markdown, gift, moodle-xml, json, jsonl")
      ->required();
  cmd->add_option("--columns", opt->columns,
                  "CSV/TSV columns, comma-separated (default id,text,answer,tags,topic,lang,code; "
                  "also choices, source, notes, translations)")
;
  cmd->add_option("--tag-sep", opt->tag_sep, "CSV/TSV: join tags with 'space' (default) or ';'");
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
                "CSV/TSV: add a translations column; Anki/apkg: a Translations field with the linked "
                "translations (from dedup --link-languages)");
  cmd->footer("apkg timestamps come from SOURCE_DATE_EPOCH when set (else 2024-01-01), so output is "
              "reproducible.\nExample: qbank export --to apkg --deck Interview --subdecks -o bank.apkg bank.jsonl");
  cmd->callback([opt] { set_exit(run_export(*opt)); });
}

}  // namespace

QBANK_VERB(60, register_export);

}  // namespace qbank::cli
