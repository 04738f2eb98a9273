// qbank filter: selects records by language, topic, tag, source, pattern, answer/code presence and length.
#include "cli.hpp"
#include "commands/commands.hpp"
#include "qbank/fields.hpp"
#include "qbank/filter.hpp"
#include "record_stream.hpp"

#include <algorithm>
#include <optional>

namespace qbank::cli {
namespace {

// Options of `qbank filter`.
struct FilterCmdOptions {
  IoOptions io;              // Inputs, -o and --keep-going.
  FilterOptions filter;      // The selection criteria.
  bool has_answer = false;   // --has-answer (default off).
  bool no_answer = false;    // --no-answer (default off).
  bool count = false;        // Print only the number of selected records (default off).
  std::optional<std::size_t> limit;  // Write at most this many records, the first selected (default: all).
  std::vector<std::string> select;  // Write only these fields of each record (default empty: whole records).
};

// Streams the inputs through the compiled filter, writing the selected records or their count.
int run_filter(FilterCmdOptions& opt) {
  if (Status s = check_output_not_input(opt.io); !s.ok()) return fail(s);
  opt.filter.answer = opt.has_answer ? AnswerTest::kPresent : opt.no_answer ? AnswerTest::kAbsent : AnswerTest::kAny;
  for (const auto& w : filter_warnings(opt.filter)) warning(w);
  if (std::find(opt.select.begin(), opt.select.end(), "") != opt.select.end())
    return fail(Status::InvalidArgument("--select: an empty field name (name fields comma-separated: id,text)"));
  for (const auto& w : field_warnings(opt.select)) warning(w);
  auto filter = Filter::compile(opt.filter);
  if (!filter.ok()) return fail(filter.status());
  auto out = OutputFile::open(opt.io.output);
  if (!out.ok()) return fail(out.status());
  std::size_t selected = 0, read = 0, skipped = 0;
  std::string line;
  int rc = stream_records(opt.io, [&](const Question& q) {
    ++read;
    if (!filter->matches(q)) return Status::Ok();
    if (opt.limit && selected == *opt.limit) return Status::Ok();
    ++selected;
    if (opt.count) return Status::Ok();
    if (opt.select.empty()) return write_record(**out, q, line);
    line.clear();
    append_json_fields(line, q, opt.select);
    line.push_back('\n');
    return (*out)->write(line);
  }, &skipped);
  if (rc >= 0) return rc;
  if (opt.count)
    if (Status s = (*out)->write(std::to_string(selected) + "\n"); !s.ok()) return fail(s);
  if (Status s = (*out)->commit(); !s.ok()) return fail(s);
  Summary summary;
  summary.files = input_count(opt.io);
  summary.read = static_cast<long long>(read);
  if (skipped > 0) summary.skipped = static_cast<long long>(skipped);
  summary.questions = static_cast<long long>(selected);
  summary.dropped = static_cast<long long>(read - selected);
  print_summary(opt.io.quiet, "filter", summary);
  return kExitOk;
}

}  // namespace

// Adds the filter verb.
Verb add_filter(CLI::App& app) {
  auto opt = std::make_shared<FilterCmdOptions>();
  FilterOptions& f = opt->filter;
  CLI::App* cmd = app.add_subcommand("filter", "Select records by language, topic, tag, source, pattern, answer/code");
  add_io_options(*cmd, opt->io);
  cmd->add_option("--lang", f.langs, "Keep these languages (repeatable or comma-separated: en,ru)")->delimiter(',')
      ->allow_extra_args(false);
  cmd->add_option("--topic", f.topic, "Keep records whose topic matches this RE2 pattern");
  cmd->add_option("--tag", f.tags, "Keep records with this tag or a child of it (repeatable: any of them)")
      ->allow_extra_args(false);
  cmd->add_flag("--all-tags", f.all_tags, "With several --tag, require all of them instead of any");
  cmd->add_option("--source", f.sources, "Keep records with a source path or file name matching this glob (repeatable)")
      ->allow_extra_args(false);
  cmd->add_option("--match", f.match, "Keep records whose text matches this RE2 pattern ((?i) ignores case)");
  cmd->add_option("--exclude", f.exclude, "Drop records whose text matches this RE2 pattern");
  cmd->add_flag("--fold", f.fold, "Match --match/--exclude/--topic on folded text (lowercase, look-alikes unified)");
  auto* has = cmd->add_flag("--has-answer", opt->has_answer, "Keep records that have an answer");
  cmd->add_flag("--no-answer", opt->no_answer, "Keep records without an answer")->excludes(has);
  cmd->add_flag("--has-code", f.has_code, "Keep records that have code");
  cmd->add_option("--min-words", f.min_words, "Keep records with at least N words (CJK: one per character)")
      ->transform(count_value());
  cmd->add_option("--max-words", f.max_words, "Keep records with at most N words")->transform(count_value());
  cmd->add_flag("--invert", f.invert, "Keep the records that do NOT pass the criteria");
  cmd->add_flag("--count", opt->count, "Print the number of selected records instead of the records");
  cmd->add_option("--limit", opt->limit, "Write only the first N selected records (inputs in path order)")
      ->transform(count_value());
  cmd->add_option("--select", opt->select,
                  "Write only these fields, in this order (comma-separated: id,text); the lines are plain JSON "
                  "objects, not records")
      ->delimiter(',')
      ->allow_extra_args(false);
  cmd->footer("Criteria combine with AND; patterns are RE2 (linear time), an invalid one exits 2.\n"
              "Example: qbank filter --lang ru --tag sql --match '(?i)join|индекс' --has-answer bank.jsonl");
  return {cmd, [opt] { return run_filter(*opt); }};
}

}  // namespace qbank::cli
