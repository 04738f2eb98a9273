// qbank dedup: merges near-duplicate records, keeping every source; --against adds to an existing bank.
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <sstream>
#include <string_view>

#include "cli.hpp"
#include "progress.hpp"
#include "commands/commands.hpp"
#include "qbank/dedup.hpp"
#include "qbank/jsonl.hpp"
#include "qbank/review.hpp"
#include "qbank/xlang.hpp"

namespace qbank::cli {
namespace {

// Options of `qbank dedup`.
struct DedupCmdOptions {
  IoOptions io;              // Inputs, -o and --keep-going.
  std::string clusters;      // Write cluster membership (JSONL) to this file (default: none).
  std::string against;       // Existing bank to add to without re-clustering it (default: none).
  std::string review;        // Write the review page (HTML) to this file (default: none).
  bool explain = false;      // Print each merge with its score and evidence on stderr (default off).
  bool explain_all = false;  // Also print each candidate pair kept apart and what differed (default off).
  unsigned threads = 0;      // Worker threads (default 0: all cores).
  bool no_typos = false;     // Do not accept one-letter typos in long words (default: accept).
  bool link_languages = false;  // Link the same question across languages in translations (default off).
};

// Prints one line per merge (or, with verb "apart", per candidate pair kept apart) on stderr.
void print_explanations(const std::vector<MergeExplanation>& merges, const char* verb) {
  for (const auto& e : merges) {
    std::ostringstream line;
    line << verb << ' ' << e.merged_from << " \"" << e.merged_text << "\" -> " << e.cluster_id << " \""
         << e.kept_text << '"';
    if (e.verdict.same) line << " score " << e.verdict.score;
    line << ": " << e.verdict.evidence << '\n';
    write_stderr(line.str());
  }
}

// Prints one line per translation link with its evidence on stderr.
void print_links(const DedupLinkReport& report) {
  for (const auto& l : report.explanations) {
    std::ostringstream line;
    line << "link " << l.a_id << " (" << l.a_lang << ") \"" << l.a_text << "\" <-> " << l.b_id << " (" << l.b_lang
         << ") \"" << l.b_text << "\" score " << l.verdict.score << ": " << l.verdict.evidence << '\n';
    write_stderr(line.str());
  }
}

// The library writer of records and cluster lines, printing --explain first and counting for the summary.
class ReportingWriter : public JsonlDedupWriter {
 public:
  ReportingWriter(const DedupCmdOptions& opt, OutputFile& records, OutputFile* clusters,
                  const DedupLinkReport* links)
      : JsonlDedupWriter(records, clusters, opt.threads), opt_(opt), links_(links) {}

  // Prints the explanations (with --explain) and the translation links found.
  Status begin(DedupSummary& summary) override {
    if (opt_.explain || opt_.explain_all) print_explanations(summary.explanations, "merge");
    if (opt_.explain_all) print_explanations(summary.kept_apart, "apart");
    if (links_ != nullptr) {
      if (opt_.explain) print_links(*links_);
      if (!opt_.io.quiet) write_stderr("qbank dedup: " + std::to_string(links_->links) + " translation links\n");
    }
    return JsonlDedupWriter::begin(summary);
  }

  // Writes a batch and counts its records for the summary.
  Status add_batch(std::span<DedupOutput> outputs) override {
    for (const auto& o : outputs) ++written, merged += o.record.sources.size() > 1;
    return JsonlDedupWriter::add_batch(outputs);
  }

  long long written = 0;  // Records written.
  long long merged = 0;   // Records written that stand for more than one source.

 private:
  const DedupCmdOptions& opt_;
  const DedupLinkReport* links_;  // The translation links (with --link-languages), else nullptr.
};

// Prints the wall time since the previous call under a phase name when QBANK_TIMING is set.
void lap(const char* phase) {
  static auto last = std::chrono::steady_clock::now();
  auto now = std::chrono::steady_clock::now();
  if (std::getenv("QBANK_TIMING"))
    std::cerr << "qbank: timing cli." << phase << ' ' << std::chrono::duration<double>(now - last).count() << " s wall\n";
  last = now;
}

// Reads the inputs, deduplicates and writes the outputs.
int run_dedup(const DedupCmdOptions& opt) {
  std::vector<Question> records, bank;
  if (Status s = check_against(opt.io, opt.against); !s.ok()) return fail(s);
  IoOptions all_inputs = opt.io;  // --clusters may name neither an input, the --against bank nor -o.
  if (!opt.against.empty()) all_inputs.files.push_back(opt.against);
  if (Status s = check_side_output(all_inputs, opt.clusters, "--clusters"); !s.ok()) return fail(s);
  if (Status s = check_side_output(all_inputs, opt.review, "--review"); !s.ok()) return fail(s);
  if (!opt.review.empty() && !opt.clusters.empty() && same_output(opt.review, opt.clusters))
    return fail(Status::InvalidArgument("--review and --clusters name the same output '" + opt.review +
                                        "'; choose two paths"));
  lap("start");
  std::size_t skipped = 0, bank_skipped = 0;
  if (int rc = load_records(opt.io, records, &skipped); rc >= 0) return rc;
  if (!opt.against.empty()) {
    IoOptions bank_io{{opt.against}, "", opt.io.keep_going};
    if (int rc = load_records(bank_io, bank, &bank_skipped); rc >= 0) return rc;
  }
  Summary summary;
  summary.files = input_count(opt.io) + (opt.against.empty() ? 0 : 1);
  summary.read = static_cast<long long>(records.size() + bank.size());
  if (skipped + bank_skipped > 0) summary.skipped = static_cast<long long>(skipped + bank_skipped);
  lap("load");
  DedupOptions dopt;
  dopt.explain = opt.explain || opt.explain_all || !opt.review.empty();
  dopt.explain_rejected = opt.explain_all || !opt.review.empty();
  dopt.threads = opt.threads;
  dopt.typos = !opt.no_typos;
  std::unique_ptr<OutputFile> clusters;
  if (!opt.clusters.empty()) {
    auto c = OutputFile::open(opt.clusters);
    if (!c.ok()) return fail(c.status());
    clusters = std::move(*c);
  }
  std::unique_ptr<OutputFile> review_file;
  if (!opt.review.empty()) {
    auto r = OutputFile::open(opt.review);
    if (!r.ok()) return fail(r.status());
    review_file = std::move(*r);
  }
  auto out = OutputFile::open(opt.io.output);
  if (!out.ok()) return fail(out.status());
  DedupLinkReport links;
  ReportingWriter sink(opt, **out, clusters.get(), opt.link_languages ? &links : nullptr);
  ReviewRecorder review(&sink);
  DedupSink& first = review_file ? static_cast<DedupSink&>(review) : sink;
  Status s;
  if (opt.link_languages) {
    LinkOptions lopt;
    lopt.threads = opt.threads;
    lopt.explain = opt.explain;
    s = dedup_and_link({std::move(bank), std::move(records)}, first, links, dopt, lopt);
  } else {
    s = dedup({std::move(bank), std::move(records)}, first, dopt);
  }
  if (s.ok() && review_file) s = review.write_html(*review_file);
  if (s.ok()) s = sink.finish();
  lap("dedup");
  if (!s.ok()) return fail(s);
  summary.questions = sink.written;
  summary.merged = sink.merged;
  print_summary(opt.io.quiet, "dedup", summary);
  return kExitOk;
}

}  // namespace

// Adds the dedup verb.
Verb add_dedup(CLI::App& app) {
  auto opt = std::make_shared<DedupCmdOptions>();
  CLI::App* cmd = app.add_subcommand("dedup", "Merge near-duplicate questions, keeping every source");
  add_io_options(*cmd, opt->io);
  cmd->add_option("--clusters", opt->clusters, "Write cluster membership as JSONL to this file ('-': stdout, with -o)")
      ->check(output_path());
  cmd->add_option("--against", opt->against, "Add the inputs to this existing bank; its ids never change")
      ->check(input_path());
  cmd->add_option("--review", opt->review,
                  "Write a review page (one self-contained HTML file): every merge with its variants, sources and "
                  "evidence, and the near candidates kept apart ('-': stdout, with -o)")
      ->check(output_path());
  cmd->add_flag("--explain", opt->explain,
                "Print every merge on stderr: its score, what matched and what was left out (the other side lacks it)");
  cmd->add_flag("--explain-all", opt->explain_all,
                "Like --explain, and also print every candidate pair kept apart with what differed");
  cmd->add_option("--threads", opt->threads, "Worker threads (default: all cores)")->transform(count_value());
  cmd->add_flag("--no-typos", opt->no_typos, "Do not merge on a one-letter typo in a long word");
  cmd->add_flag("--link-languages", opt->link_languages,
                "Link the same question across languages in each record's translations (never merged)");
  cmd->footer("Same question, same language -> one record listing every variant in sources.\n"
              "Example: qbank dedup raw.jsonl -o bank.jsonl --clusters clusters.jsonl --review review.html");
  return {cmd, [opt] { return run_dedup(*opt); }};
}

}  // namespace qbank::cli
