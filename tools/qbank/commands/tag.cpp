// qbank tag: labels records from rules (built-in, files, --add/--match), topics, and removes tags.
#include <iostream>

#include "cli.hpp"
#include "commands/commands.hpp"
#include "qbank/tag.hpp"
#include "record_stream.hpp"

namespace qbank::cli {
namespace {

// Options of `qbank tag`.
struct TagCmdOptions {
  IoOptions io;                      // Inputs, -o and --keep-going.
  std::vector<std::string> rules;    // Rules files (default none).
  bool no_default_rules = false;     // Do not use the built-in rule set (default: use it).
  std::vector<std::string> add;      // Tags to add (default none).
  std::vector<std::string> match;    // Patterns pairing with --add (default none: --add tags every record).
  std::vector<std::string> remove;   // Tags to remove with their children (default none).
  bool topic_tags = false;           // Add the topic as a tag (default off).
  bool text_only = false;            // Match rules on the text only, not on the topic (default off).
  bool print_rules = false;          // Print the built-in rule set and exit (default off).
};

// Builds the tagger options from the command line; a usage problem is an InvalidArgument status.
Result<TagOptions> build_options(const TagCmdOptions& opt) {
  TagOptions t;
  t.default_rules = !opt.no_default_rules;
  t.remove = opt.remove;
  t.topic_tags = opt.topic_tags;
  t.match_topic = !opt.text_only;
  for (const auto& path : opt.rules) {
    auto rules = load_tag_rules(path);
    if (!rules.ok()) return rules.status();
    t.rules.insert(t.rules.end(), rules->begin(), rules->end());
  }
  if (!opt.match.empty() && opt.match.size() != opt.add.size())
    return Status::InvalidArgument("--match pairs with --add: got " + std::to_string(opt.add.size()) + " --add and " +
                                   std::to_string(opt.match.size()) + " --match");
  for (std::size_t i = 0; i < opt.add.size(); ++i)
    t.rules.push_back({opt.add[i], opt.match.empty() ? "" : opt.match[i], {}, "", "--add '" + opt.add[i] + "'"});
  return t;
}

// Streams the inputs through the tagger and writes the tagged records.
int run_tag(const TagCmdOptions& opt) {
  if (opt.print_rules) return write_text(opt.io.output, std::string(default_tag_rules_json()));
  if (Status s = check_output_not_input(opt.io); !s.ok()) return fail(s);
  for (const auto& path : opt.rules)
    if (Status s = check_output_not(opt.io, path, "the --rules file " + path); !s.ok()) return fail(s);
  auto topts = build_options(opt);
  if (!topts.ok()) return fail(topts.status());
  auto tagger = Tagger::compile(*topts);
  if (!tagger.ok()) return fail(tagger.status());
  auto out = OutputFile::open(opt.io.output);
  if (!out.ok()) return fail(out.status());
  std::size_t records = 0, tagged = 0;
  std::string line;
  std::size_t skipped = 0;
  int rc = stream_records(opt.io, [&](Question& q) {
    tagger->apply(q);
    ++records;
    tagged += !q.tags.empty();
    return write_record(**out, q, line);
  }, &skipped);
  if (rc >= 0) return rc;
  if (Status s = (*out)->commit(); !s.ok()) return fail(s);
  Summary summary;
  summary.files = input_count(opt.io);
  summary.read = static_cast<long long>(records);
  if (skipped > 0) summary.skipped = static_cast<long long>(skipped);
  summary.questions = static_cast<long long>(records);
  summary.tagged = static_cast<long long>(tagged);
  print_summary(opt.io.quiet, "tag", summary);
  return kExitOk;
}

}  // namespace

// Adds the tag verb.
Verb add_tag(CLI::App& app) {
  auto opt = std::make_shared<TagCmdOptions>();
  CLI::App* cmd = app.add_subcommand("tag", "Label records from rules, patterns and topics");
  add_io_options(*cmd, opt->io);
  cmd->add_option("--rules", opt->rules, "JSON rules file: [{\"tag\",\"pattern\",\"lang\"?,\"topic\"?}] (repeatable)")
      ->allow_extra_args(false)
      ->check(input_path());
  cmd->add_flag("--no-default-rules", opt->no_default_rules, "Do not apply the built-in rule set");
  cmd->add_option("--add", opt->add, "Add this tag (repeatable); with --match only where the pattern matches")
      ->allow_extra_args(false);
  cmd->add_option("--match", opt->match, "RE2 pattern for the --add at the same position (on folded text)")
      ->allow_extra_args(false);
  cmd->add_option("--remove", opt->remove, "Remove this tag and its children a::b (repeatable)")
      ->allow_extra_args(false)
      ->check(non_empty());
  cmd->add_flag("--topic-tags", opt->topic_tags, "Add the topic as a tag: \"Python Basics\" -> python_basics, "
                                                 "\"Python / OOP\" -> python::oop");
  cmd->add_flag("--text-only", opt->text_only, "Match rules on the question text only, not on its topic");
  cmd->add_flag("--print-default-rules", opt->print_rules, "Print the built-in rule set (JSON) and exit");
  cmd->footer("Rules match the folded text (lowercase, look-alikes unified) and the folded topic; tags are\n"
              "normalised to Anki form (lowercase, no spaces, hierarchy a::b, no repeats).\n"
              "Example: qbank tag --rules my_rules.json --add needs_review --match '\\?\\s*\\?' bank.jsonl");
  return {cmd, [opt] { return run_tag(*opt); }};
}

}  // namespace qbank::cli
