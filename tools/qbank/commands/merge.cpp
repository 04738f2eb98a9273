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
  std::string against;             // Existing bank whose ids never change (default: none).
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
  std::vector<Question> records, bank;
  if (Status s = check_against(opt.io, opt.against); !s.ok()) return fail(s);
  std::size_t skipped = 0;
  if (int rc = load_records(opt.io, records, &skipped); rc >= 0) return rc;
  if (!opt.against.empty()) {
    IoOptions bank_io{{opt.against}, "", opt.io.keep_going};
    if (int rc = load_records(bank_io, bank, &skipped); rc >= 0) return rc;
  }
  auto res = opt.against.empty() ? merge(std::move(records), mopt) : merge_into(std::move(bank), std::move(records), mopt);
  if (!res.ok()) return fail(res.status());
  if (int rc = write_records(opt.io, res->records); rc != kExitOk) return rc;
  Summary summary;
  summary.files = input_count(opt.io);
  summary.read = static_cast<long long>(res->input_records);
  if (skipped > 0) summary.skipped = static_cast<long long>(skipped);
  summary.questions = static_cast<long long>(res->records.size());
  summary.merged = 0;
  for (const auto& q : res->records) summary.merged += q.sources.size() > 1;
  print_summary(opt.io.quiet, "merge", summary);
  return kExitOk;
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
  cmd->add_option("--against", opt->against,
                  "Add the inputs to this existing bank: none of its ids change (with --dedup a matching new "
                  "record joins the bank record's id)")
      ->check(input_path());
  cmd->add_option("--threads", opt->threads, "Worker threads for --dedup (default: all cores)")
      ->transform(count_value());
  cmd->footer(
      "Records with the same id (with --dedup: near-duplicates) become one record: every source is kept\n"
      "(exact repeats dropped), tags and notes are united, topic and answer follow the policies:\n"
      "  first        the value of the first record in canonical order\n"
      "  longest      the longest value (ties: first in canonical order)\n"
      "  most-common  the most frequent value (ties: first in canonical order)\n"
      "Canonical order = earliest source (file, then line), then id. Records are sorted that way before\n"
      "merging and in the output, so `merge a b` and `merge b a` give byte-identical results.\n"
      "Adding to a bank: `merge --against bank.jsonl new.jsonl --dedup` keeps every id of bank.jsonl (ids are\n"
      "the Anki GUIDs, so a re-exported .apkg updates the same notes); without --against, --dedup may give a\n"
      "bank record the id of a new record that joins its cluster.\n"
      "Example: qbank merge --against bank.jsonl new.jsonl --dedup -o bank-v2.jsonl");
  return {cmd, [opt] { return run_merge(*opt); }};
}

}  // namespace qbank::cli
