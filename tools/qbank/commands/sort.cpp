// qbank sort: orders records by fields (stable: ties keep their input order).
#include "cli.hpp"
#include "commands/commands.hpp"
#include "qbank/sort.hpp"

namespace qbank::cli {
namespace {

// Options of `qbank sort`.
struct SortCmdOptions {
  IoOptions io;                 // Inputs, -o and --keep-going.
  std::vector<std::string> by;  // Fields to sort by, the first deciding first (required).
  bool reverse = false;         // Sort in descending order (default: ascending).
};

// Reads the records, sorts them and writes them.
int run_sort(SortCmdOptions& opt) {
  std::vector<Question> records;
  std::size_t skipped = 0;
  if (int rc = load_records(opt.io, records, &skipped); rc >= 0) return rc;
  if (Status s = sort_records(records, opt.by, opt.reverse); !s.ok()) return fail(s);
  if (int rc = write_records(opt.io, records); rc != kExitOk) return rc;
  Summary summary;
  summary.files = input_count(opt.io);
  summary.read = static_cast<long long>(records.size());
  if (skipped > 0) summary.skipped = static_cast<long long>(skipped);
  summary.questions = static_cast<long long>(records.size());
  print_summary(opt.io.quiet, "sort", summary);
  return kExitOk;
}

}  // namespace

// Adds the sort verb.
Verb add_sort(CLI::App& app) {
  auto opt = std::make_shared<SortCmdOptions>();
  CLI::App* cmd = app.add_subcommand("sort", "Order records by fields (stable; ties keep their input order)");
  add_io_options(*cmd, opt->io);
  std::string fields;
  for (const auto& f : sort_field_names()) fields += (fields.empty() ? "" : ", ") + f;
  cmd->add_option("--by", opt->by, "Fields to sort by, comma-separated, the first deciding first: " + fields)
      ->delimiter(',')
      ->allow_extra_args(false)
      ->required();
  cmd->add_flag("-r,--reverse", opt->reverse, "Sort in descending order");
  cmd->footer("Strings sort in byte order with a missing value first; source is the first source's file, then\n"
              "its line; words is the number of words of the text.\n"
              "Example: qbank sort --by lang,topic bank.jsonl -o sorted.jsonl");
  return {cmd, [opt] { return run_sort(*opt); }};
}

}  // namespace qbank::cli
