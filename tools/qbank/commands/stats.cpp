// qbank stats: counts records by language, topic and source file.
#include "cli.hpp"
#include "commands/commands.hpp"
#include "qbank/stats.hpp"

namespace qbank::cli {
namespace {

// Options of `qbank stats`.
struct StatsOptions {
  IoOptions io;       // Inputs, -o and --keep-going.
  bool json = false;      // Print one JSON object instead of the text report (default: text).
  bool markdown = false;  // Print Markdown tables with merged examples (default: text).
};

// Reads the records and prints their counts.
int run_stats(const StatsOptions& opt) {
  std::vector<Question> records;
  if (int rc = load_records(opt.io, records); rc >= 0) return rc;
  Stats stats;
  for (const auto& q : records) stats.add(q);
  if (opt.json && opt.markdown) return fail(Status::InvalidArgument("choose one of --json and --markdown"));
  return write_text(opt.io.output, opt.json ? stats.to_json() : opt.markdown ? stats.to_markdown() : stats.to_text());
}

}  // namespace

// Adds the stats verb.
Verb add_stats(CLI::App& app) {
  auto opt = std::make_shared<StatsOptions>();
  CLI::App* cmd = app.add_subcommand("stats", "Count records by language, topic and source; answers and code");
  add_io_options(*cmd, opt->io);
  cmd->add_flag("--json", opt->json, "Print the counts as one JSON object");
  cmd->add_flag("--markdown", opt->markdown, "Print Markdown tables, with examples of merged duplicates");
  cmd->footer("Example: qbank stats --json bank.jsonl");
  return {cmd, [opt] { return run_stats(*opt); }};
}

}  // namespace qbank::cli
