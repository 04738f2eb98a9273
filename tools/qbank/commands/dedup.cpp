// qbank dedup: merges near-duplicate records, keeping every source; --against adds to an existing bank.
#include <iostream>

#include "cli.hpp"
#include "qbank/dedup.hpp"

namespace qbank::cli {
namespace {

// Options of `qbank dedup`.
struct DedupCmdOptions {
  IoOptions io;              // Inputs, -o and --keep-going.
  std::string clusters;      // Write cluster membership (JSONL) to this file (default: none).
  std::string against;       // Existing bank to add to without re-clustering it (default: none).
  bool explain = false;      // Print each merge with its score and evidence on stderr (default off).
  unsigned threads = 0;      // Worker threads (default 0: all cores).
  bool no_typos = false;     // Do not accept one-letter typos in long words (default: accept).
};

// What --clusters reports of one input record.
struct MemberInfo {
  std::string id;    // The input record's id.
  std::string file;  // Its first source's file.
  std::int64_t line; // Its first source's line.
  std::string text;  // Its text.
};

// Remembers what --clusters needs of the input records before dedup consumes them.
void remember(const std::vector<Question>& recs, std::vector<MemberInfo>& out) {
  for (const auto& q : recs)
    out.push_back({q.id, q.sources.empty() ? "" : q.sources[0].file, q.sources.empty() ? 0 : q.sources[0].line, q.text});
}

// Formats cluster membership as JSONL: {"id", "size", "members":[{"id","file","line","text"}]}.
std::string clusters_jsonl(const DedupResult& res, const std::vector<MemberInfo>& input) {
  std::string out;
  for (const auto& c : res.clusters) {
    out += "{\"id\":";
    append_json_string(out, c.id);
    out += ",\"size\":" + std::to_string(c.members.size()) + ",\"members\":[";
    for (std::size_t i = 0; i < c.members.size(); ++i) {
      const MemberInfo& q = input[c.members[i]];
      if (i) out.push_back(',');
      out += "{\"id\":";
      append_json_string(out, q.id);
      out += ",\"file\":";
      append_json_string(out, q.file);
      out += ",\"line\":" + std::to_string(q.line) + ",\"text\":";
      append_json_string(out, q.text);
      out.push_back('}');
    }
    out += "]}\n";
  }
  return out;
}

// Prints one line per merge on stderr.
void print_explanations(const DedupResult& res) {
  for (const auto& e : res.explanations)
    std::cerr << "merge " << e.merged_from << " \"" << e.merged_text << "\" -> " << e.cluster_id << " \""
              << e.kept_text << "\" score " << e.verdict.score << ": " << e.verdict.evidence << '\n';
}

// Reads the inputs, deduplicates and writes the outputs.
int run_dedup(const DedupCmdOptions& opt) {
  std::vector<Question> records, bank;
  IoOptions all_inputs = opt.io;  // --clusters may name neither an input, the --against bank nor -o.
  if (!opt.against.empty()) all_inputs.files.push_back(opt.against);
  if (Status s = check_side_output(all_inputs, opt.clusters, "--clusters"); !s.ok()) return fail(s);
  if (int rc = load_records(opt.io, records); rc >= 0) return rc;
  if (!opt.against.empty()) {
    IoOptions bank_io{{opt.against}, "", opt.io.keep_going};
    if (int rc = load_records(bank_io, bank); rc >= 0) return rc;
  }
  DedupOptions dopt;
  dopt.explain = opt.explain;
  dopt.threads = opt.threads;
  dopt.typos = !opt.no_typos;
  std::vector<MemberInfo> input;  // Input records in the order dedup numbers them (bank first).
  if (!opt.clusters.empty()) {
    remember(bank, input);
    remember(records, input);
  }
  auto res = opt.against.empty() ? dedup(std::move(records), dopt) : dedup_against(std::move(bank), std::move(records), dopt);
  if (!res.ok()) return fail(res.status());
  if (opt.explain) print_explanations(*res);
  if (!opt.clusters.empty())
    if (int rc = write_text(opt.clusters, clusters_jsonl(*res, input)); rc != kExitOk) return rc;
  std::cerr << "qbank dedup: " << res->input_records << " records in, " << res->records.size() << " out, "
            << (res->input_records - res->records.size()) << " merged\n";
  return write_records(opt.io, res->records);
}

// Adds the dedup verb.
void register_dedup(CLI::App& app) {
  auto opt = std::make_shared<DedupCmdOptions>();
  CLI::App* cmd = app.add_subcommand("dedup", "Merge near-duplicate questions, keeping every source");
  add_io_options(*cmd, opt->io);
  cmd->add_option("--clusters", opt->clusters, "Write cluster membership as JSONL to this file");
  cmd->add_option("--against", opt->against, "Add the inputs to this existing bank; its ids never change");
  cmd->add_flag("--explain", opt->explain, "Print every merge with its score and evidence on stderr");
  cmd->add_option("--threads", opt->threads, "Worker threads (default: all cores)");
  cmd->add_flag("--no-typos", opt->no_typos, "Do not merge on a one-letter typo in a long word");
  cmd->footer("Same question, same language -> one record listing every variant in sources.\n"
              "Example: qbank dedup raw.jsonl -o bank.jsonl --clusters clusters.jsonl --explain");
  cmd->callback([opt] { set_exit(run_dedup(*opt)); });
}

}  // namespace

QBANK_VERB(20, register_dedup);

}  // namespace qbank::cli
