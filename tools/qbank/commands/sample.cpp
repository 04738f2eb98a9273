// qbank sample: a uniform random sample of N records (reservoir sampling, one pass, reproducible by seed).
#include <cstdint>

#include "cli.hpp"
#include "commands/commands.hpp"
#include "qbank/sample.hpp"
#include "record_stream.hpp"

namespace qbank::cli {
namespace {

// Options of `qbank sample`.
struct SampleCmdOptions {
  IoOptions io;             // Inputs, -o and --keep-going.
  std::size_t n = 0;        // How many records to keep (required).
  std::uint64_t seed = 0;   // Seed of the random sequence (default 0): the same seed gives the same sample.
};

// Streams the inputs through the sampler and writes the sample in input order.
int run_sample(const SampleCmdOptions& opt) {
  if (Status s = check_output_not_input(opt.io); !s.ok()) return fail(s);
  auto out = OutputFile::open(opt.io.output);
  if (!out.ok()) return fail(out.status());
  Sampler sampler(opt.n, opt.seed);
  std::size_t skipped = 0;
  int rc = stream_records(opt.io, [&](Question& q) { return sampler.add(std::move(q)); }, &skipped);
  if (rc >= 0) return rc;
  const std::size_t read = sampler.seen();
  auto sample = sampler.take();
  if (!sample.ok()) return fail(sample.status());
  std::string line;
  for (const auto& q : *sample)
    if (Status s = write_record(**out, q, line); !s.ok()) return fail(s);
  if (Status s = (*out)->commit(); !s.ok()) return fail(s);
  Summary summary;
  summary.files = input_count(opt.io);
  summary.read = static_cast<long long>(read);
  if (skipped > 0) summary.skipped = static_cast<long long>(skipped);
  summary.questions = static_cast<long long>(sample->size());
  summary.dropped = static_cast<long long>(read - sample->size());
  print_summary(opt.io.quiet, "sample", summary);
  return kExitOk;
}

}  // namespace

// Adds the sample verb.
Verb add_sample(CLI::App& app) {
  auto opt = std::make_shared<SampleCmdOptions>();
  CLI::App* cmd = app.add_subcommand("sample", "Pick N records at random (reproducible: same seed, same sample)");
  add_io_options(*cmd, opt->io);
  cmd->add_option("-n,--size", opt->n, "How many records to keep (all of them when the input has fewer)")
      ->transform(count_value())
      ->required();
  cmd->add_option("--seed", opt->seed, "Seed of the random choice (default 0); the same seed and input give the same sample")
      ->transform(count_value());
  cmd->footer("Reservoir sampling: one pass, memory for N records only; the sample keeps the input order\n"
              "(inputs in path order).\n"
              "Example: qbank sample -n 20 --seed 7 bank.jsonl -o quiz.jsonl");
  return {cmd, [opt] { return run_sample(*opt); }};
}

}  // namespace qbank::cli
