// qbank merge: combines banks from several files into one, independent of the order of the inputs.
#include <iostream>

#include "cli.hpp"
#include "commands/commands.hpp"
#include "qbank/merge.hpp"

namespace qbank::cli {
namespace {

// Options of `qbank merge`.
struct MergeCmdOptions {
  IoOptions io;                    // Inputs, -o and --keep-going.
  bool dedup = false;              // Merge near-duplicates too (default: only records with equal ids).
  std::string topic = "most-common";  // Topic policy name (default most-common).
  std::string answer = "longest";     // Answer policy name (default longest).
  unsigned threads = 0;            // Worker threads for --dedup (default 0: all cores).
};

// Reads every input, merges and writes the bank.
int run_merge(const MergeCmdOptions& opt) {
  MergeOptions mopt;
  auto topic = parse_field_policy(opt.topic);
  if (!topic.ok()) return fail(Status::InvalidArgument("--topic: " + topic.status().message()));
  auto answer = parse_field_policy(opt.answer);
  if (!answer.ok()) return fail(Status::InvalidArgument("--answer: " + answer.status().message()));
  mopt.topic = *topic;
  mopt.answer = *answer;
  mopt.dedup = opt.dedup;
  mopt.dedup_options.threads = opt.threads;
  std::vector<Question> records;
  if (int rc = load_records(opt.io, records); rc >= 0) return rc;
  auto res = merge(std::move(records), mopt);
  if (!res.ok()) return fail(res.status());
  std::cerr << "qbank merge: " << res->input_records << " records in, " << res->records.size() << " out, "
            << (res->input_records - res->records.size()) << " merged\n";
  return write_records(opt.io, res->records);
}

}  // namespace

// Adds the merge verb.
Verb add_merge(CLI::App& app) {
  auto opt = std::make_shared<MergeCmdOptions>();
  CLI::App* cmd = app.add_subcommand("merge", "Combine banks from several files, independent of input order");
  add_io_options(*cmd, opt->io);
  cmd->add_flag("--dedup", opt->dedup, "Also merge near-duplicate questions (the dedup engine), not only equal ids");
  cmd->add_option("--topic", opt->topic, "Topic of a merged record: first | longest | most-common")
      ->check(CLI::IsMember({"first", "longest", "most-common"}))
      ->capture_default_str();
  cmd->add_option("--answer", opt->answer, "Answer of a merged record: first | longest | most-common")
      ->check(CLI::IsMember({"first", "longest", "most-common"}))
      ->capture_default_str();
  cmd->add_option("--threads", opt->threads, "Worker threads for --dedup (default: all cores)");
  cmd->footer(
      "Records with the same id (with --dedup: near-duplicates) become one record: every source is kept\n"
      "(exact repeats dropped), tags and notes are united, topic and answer follow the policies:\n"
      "  first        the value of the first record in canonical order\n"
      "  longest      the longest value (ties: first in canonical order)\n"
      "  most-common  the most frequent value (ties: first in canonical order)\n"
      "Canonical order = earliest source (file, then line), then id. Records are sorted that way before\n"
      "merging and in the output, so `merge a b` and `merge b a` give byte-identical results.\n"
      "Example: qbank merge a.jsonl b.jsonl --dedup --answer longest -o all.jsonl");
  return {cmd, [opt] { return run_merge(*opt); }};
}

}  // namespace qbank::cli
