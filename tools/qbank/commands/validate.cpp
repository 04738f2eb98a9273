// qbank validate: checks JSONL records against the record schema, one line per violation.
#include "cli.hpp"
#include "commands/commands.hpp"

namespace qbank::cli {
namespace {

// Options of `qbank validate`.
struct ValidateOptions {
  std::vector<std::string> files;  // JSONL files to check; none or "-" reads stdin.
  bool quiet = false;              // Print nothing on success (default: a one-line summary on stderr).
};

// Validates every record of every file; returns 1 if any violation was found.
int run_validate(const ValidateOptions& opt) {
  std::size_t records = 0, bad_records = 0, violations = 0;
  auto out = OutputFile::open("-");
  if (!out.ok()) return fail(out.status());
  // Prints one violation; a failed write stops the run (a reader gone away still leaves exit 1: some were found).
  auto report = [&](const Diagnostic& d) {
    ++violations;
    Status s = (*out)->write(d.to_string() + '\n');
    if (s.ok()) return -1;
    return s.is_closed_pipe() ? kExitData : fail(s);
  };
  for (const auto& path : inputs(IoOptions{opt.files, "", false})) {
    auto reader = JsonlReader::open(path);
    if (!reader.ok()) return fail(reader.status());
    RecordItem item;
    ForeignLines foreign(path);
    std::string message;
    while (true) {
      auto more = (*reader)->next(item);
      if (!more.ok()) return fail(more.status());
      if (!*more) break;
      ++records;
      if (foreign.take(item, message)) {  // Other data is one violation per file, with the fix.
        ++bad_records;
        if (message.empty()) continue;
        if (int rc = report({path, item.line, "", message, Severity::kError}); rc >= 0) return rc;
        continue;
      }
      if (!item.problems.empty()) ++bad_records;
      for (auto& d : item.problems) {
        d.severity = Severity::kError;  // Every deviation from the schema is a violation here.
        if (int rc = report(d); rc >= 0) return rc;
      }
    }
  }
  if (Status s = (*out)->commit(); !s.ok()) return s.is_closed_pipe() && violations > 0 ? kExitData : fail(s);
  Summary summary;
  summary.files = input_count(IoOptions{opt.files, "", false});
  summary.read = static_cast<long long>(records);
  summary.invalid = static_cast<long long>(bad_records);
  summary.violations = static_cast<long long>(violations);
  print_summary(opt.quiet && violations == 0, "validate", summary);
  return violations == 0 ? kExitOk : kExitData;
}

}  // namespace

// Adds the validate verb.
Verb add_validate(CLI::App& app) {
  auto opt = std::make_shared<ValidateOptions>();
  CLI::App* cmd = app.add_subcommand("validate", "Check JSONL records against schemas/question.schema.json");
  cmd->add_option("FILE", opt->files, "JSONL files; none or '-' reads standard input");
  cmd->parse_complete_callback([opt] { drop_repeated_inputs(opt->files); });
  cmd->add_flag("-q,--quiet", opt->quiet, "Print no summary line when every record is valid");
  cmd->footer("Each violation is printed as file:line: field: reason; exit 1 if any.\n"
              "Example: qbank validate bank.jsonl");
  return {cmd, [opt] { return run_validate(*opt); }};
}

}  // namespace qbank::cli
