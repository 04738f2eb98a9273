// qbank dedup: merges near-duplicate records, keeping every source; --against adds to an existing bank.
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <system_error>
#include <thread>

#include "cli.hpp"
#include "qbank/dedup.hpp"
#include "qbank/xlang.hpp"

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
  bool link_languages = false;  // Fill translations with the same question in other languages (default off).
};

// Appends a number in decimal.
void append_number(std::string& out, long long v) {
  char digits[24];
  out.append(digits, std::to_chars(digits, digits + sizeof digits, v).ptr);
}

// Appends one cluster's membership as a JSONL line: {"id", "size", "members":[{"id","file","line","text"}]}.
void append_cluster_line(std::string& out, const DedupOutput& o) {
  out += "{\"id\":";
  append_json_string(out, o.cluster.id);
  out += ",\"size\":";
  append_number(out, static_cast<long long>(o.inputs.size()));
  out += ",\"members\":[";
  for (std::size_t i = 0; i < o.inputs.size(); ++i) {
    const Question& q = *o.inputs[i];
    if (i) out.push_back(',');
    out += "{\"id\":";
    append_json_string(out, q.id);
    out += ",\"file\":";
    append_json_string(out, q.sources.empty() ? std::string_view() : std::string_view(q.sources[0].file));
    out += ",\"line\":";
    append_number(out, q.sources.empty() ? 0 : static_cast<long long>(q.sources[0].line));
    out += ",\"text\":";
    append_json_string(out, q.text);
    out.push_back('}');
  }
  out += "]}\n";
}

// Prints one line per merge on stderr.
void print_explanations(const std::vector<MergeExplanation>& merges) {
  for (const auto& e : merges)
    std::cerr << "merge " << e.merged_from << " \"" << e.merged_text << "\" -> " << e.cluster_id << " \""
              << e.kept_text << "\" score " << e.verdict.score << ": " << e.verdict.evidence << '\n';
}

// Writes dedup's records (and cluster membership) as they come. When both go to stdout, the records are
// held back so that all membership lines come first.
class WriteSink : public DedupSink {
 public:
  explicit WriteSink(const DedupCmdOptions& opt) : opt_(opt) {}

  // Prints explanations and the summary and opens the outputs.
  Status begin(DedupSummary& summary) override {
    if (opt_.explain) print_explanations(summary.explanations);
    if (!opt_.clusters.empty()) {
      auto c = OutputFile::open(opt_.clusters);
      if (!c.ok()) return c.status();
      clusters_ = std::move(*c);
    }
    std::cerr << "qbank dedup: " << summary.input_records << " records in, " << summary.output_records << " out, "
              << (summary.input_records - summary.output_records) << " merged\n";
    auto r = OutputFile::open(opt_.io.output);
    if (!r.ok()) return r.status();
    records_ = std::move(*r);
    hold_records_ = clusters_ && clusters_->is_stdout() && records_->is_stdout();
    return Status::Ok();
  }

  // Writes one record and its membership line.
  Status add(DedupOutput& o) override { return add_batch(std::span<DedupOutput>(&o, 1)); }

  // Formats a batch on all cores, then writes it in order.
  Status add_batch(std::span<DedupOutput> outs) override {
    std::size_t parts = std::clamp<std::size_t>(outs.size() / 512, 1, workers());
    texts_.resize(parts);
    auto format = [&](std::size_t p) {
      std::size_t lo = outs.size() * p / parts, hi = outs.size() * (p + 1) / parts;
      Texts& t = texts_[p];
      t.clusters.clear();
      t.records.clear();
      for (std::size_t i = lo; i < hi; ++i) {
        if (clusters_) append_cluster_line(t.clusters, outs[i]);
        append_json(t.records, outs[i].record);
        t.records.push_back('\n');
      }
    };
    std::vector<std::thread> pool;
    std::size_t started = 1;
    try {
      for (; started < parts; ++started) pool.emplace_back(format, started);
    } catch (const std::system_error&) {
      // Fewer threads than asked: this thread formats the rest below.
    }
    format(0);
    for (auto& th : pool) th.join();
    for (std::size_t p = started; p < parts; ++p) format(p);
    for (const Texts& t : texts_) {
      if (clusters_)
        if (Status s = clusters_->write(t.clusters); !s.ok()) return s;
      if (hold_records_) held_ += t.records;
      else if (Status s = records_->write(t.records); !s.ok()) return s;
    }
    return Status::Ok();
  }

  // Writes already formatted record and membership lines.
  Status write_formatted(std::string_view records, std::string_view clusters) {
    if (clusters_ && !clusters.empty())
      if (Status s = clusters_->write(clusters); !s.ok()) return s;
    if (hold_records_) held_ += records;
    else if (Status s = records_->write(records); !s.ok()) return s;
    return Status::Ok();
  }

  // Commits the outputs (membership first).
  Status finish() {
    if (clusters_)
      if (Status s = clusters_->commit(); !s.ok()) return s;
    if (hold_records_)
      if (Status s = records_->write(held_); !s.ok()) return s;
    return records_->commit();
  }

 private:
  // The formatted text of part of a batch.
  struct Texts {
    std::string clusters, records;
  };

  // Threads to format with: --threads, or all cores.
  std::size_t workers() const {
    return opt_.threads ? opt_.threads : std::max(1u, std::thread::hardware_concurrency());
  }

  const DedupCmdOptions& opt_;
  std::unique_ptr<OutputFile> clusters_, records_;
  bool hold_records_ = false;
  std::string held_;
  std::vector<Texts> texts_;
};

// Holds dedup's output so translations can be linked across the whole bank before anything is written:
// each record is kept as its formatted JSON line (and membership line) plus the few fields linking reads,
// so the bank is not held as full records.
class HoldSink : public DedupSink {
 public:
  explicit HoldSink(const DedupCmdOptions& opt) : opt_(opt) {}

  // Keeps the summary.
  Status begin(DedupSummary& summary) override {
    summary_ = std::move(summary);
    light_.reserve(summary_.output_records);
    return Status::Ok();
  }

  // Keeps one merged record.
  Status add(DedupOutput& o) override { return add_batch(std::span<DedupOutput>(&o, 1)); }

  // Formats a batch on all cores and keeps the lines, where translations go in each, and a light copy.
  Status add_batch(std::span<DedupOutput> outs) override {
    std::size_t parts = std::clamp<std::size_t>(outs.size() / 512, 1, workers());
    std::vector<Part> done(parts);
    auto format = [&](std::size_t p) {
      std::size_t lo = outs.size() * p / parts, hi = outs.size() * (p + 1) / parts;
      Part& t = done[p];
      for (std::size_t i = lo; i < hi; ++i) {
        Question& q = outs[i].record;
        if (!opt_.clusters.empty()) append_cluster_line(t.clusters, outs[i]);
        q.translations.clear();
        // Translations go after every schema field, before the extension fields: format without them first.
        std::vector<std::pair<std::string, std::string>> extra = std::move(q.extra);
        q.extra.clear();
        std::size_t start = t.records.size();
        append_json(t.records, q);
        t.insert.push_back(t.records.size() - 1 - start);
        if (!extra.empty()) {
          q.extra = std::move(extra);
          t.records.resize(start);
          append_json(t.records, q);  // The same text up to the insertion point, then the extension fields.
        }
        t.records.push_back('\n');
        t.ends.push_back(t.records.size());
        Question l;
        l.id = q.id;
        l.lang = std::move(q.lang);
        l.text = std::move(q.text);
        l.code = std::move(q.code);
        l.choices = std::move(q.choices);
        t.light.push_back(std::move(l));
      }
    };
    std::vector<std::thread> pool;
    std::size_t started = 1;
    try {
      for (; started < parts; ++started) pool.emplace_back(format, started);
    } catch (const std::system_error&) {
      // Fewer threads than asked: this thread formats the rest below.
    }
    format(0);
    for (auto& th : pool) th.join();
    for (std::size_t p = started; p < parts; ++p) format(p);
    for (Part& t : done) {
      std::size_t line_start = 0;
      for (std::size_t k = 0; k < t.ends.size(); ++k) {
        inserts_.push_back(records_.size() + line_start + t.insert[k]);
        line_start = t.ends[k];
      }
      records_ += t.records;
      clusters_ += t.clusters;
      for (auto& l : t.light) light_.push_back(std::move(l));
    }
    return Status::Ok();
  }

  // Links translations among the held records, prints the links when explaining, and writes everything.
  Status link_and_write(WriteSink& out) {
    LinkOptions lopt;
    lopt.threads = opt_.threads;
    lopt.explain = opt_.explain;
    auto linked = link_translations(light_, lopt);
    if (!linked.ok()) return linked.status();
    if (opt_.explain)
      for (const auto& l : linked->links)
        std::cerr << "link " << light_[l.a].id << " (" << light_[l.a].lang << ") \"" << light_[l.a].text
                  << "\" <-> " << light_[l.b].id << " (" << light_[l.b].lang << ") \"" << light_[l.b].text
                  << "\" score " << l.verdict.score << ": " << l.verdict.evidence << '\n';
    std::cerr << "qbank dedup: " << linked->links.size() << " translation links\n";
    if (Status s = out.begin(summary_); !s.ok()) return s;
    if (Status s = out.write_formatted({}, clusters_); !s.ok()) return s;
    std::string piece;
    std::size_t from = 0;
    for (std::size_t i = 0; i < light_.size(); ++i) {
      if (light_[i].translations.empty()) continue;
      piece.assign(records_, from, inserts_[i] - from);
      piece += ",\"translations\":[";
      for (std::size_t k = 0; k < light_[i].translations.size(); ++k) {
        if (k) piece.push_back(',');
        append_json_string(piece, light_[i].translations[k]);
      }
      piece.push_back(']');
      if (Status s = out.write_formatted(piece, {}); !s.ok()) return s;
      from = inserts_[i];
    }
    return out.write_formatted(std::string_view(records_).substr(from), {});
  }

 private:
  // One worker's share of a batch.
  struct Part {
    std::string records, clusters;    // Formatted record lines and membership lines.
    std::vector<std::size_t> insert;  // By record: offset of its translations within its line.
    std::vector<std::size_t> ends;    // By record: end of its line within records.
    std::vector<Question> light;      // By record: id, lang, text, code and choices.
  };

  // Threads to format with: --threads, or all cores.
  std::size_t workers() const {
    return opt_.threads ? opt_.threads : std::max(1u, std::thread::hardware_concurrency());
  }

  const DedupCmdOptions& opt_;
  DedupSummary summary_;
  std::string records_, clusters_;    // All record lines and membership lines, in output order.
  std::vector<std::size_t> inserts_;  // By record: where its translations go in records_.
  std::vector<Question> light_;       // By record: the fields linking reads.
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
  IoOptions all_inputs = opt.io;  // --clusters may name neither an input, the --against bank nor -o.
  if (!opt.against.empty()) all_inputs.files.push_back(opt.against);
  if (Status s = check_side_output(all_inputs, opt.clusters, "--clusters"); !s.ok()) return fail(s);
  lap("start");
  if (int rc = load_records(opt.io, records); rc >= 0) return rc;
  if (!opt.against.empty()) {
    IoOptions bank_io{{opt.against}, "", opt.io.keep_going};
    if (int rc = load_records(bank_io, bank); rc >= 0) return rc;
  }
  lap("load");
  DedupOptions dopt;
  dopt.explain = opt.explain;
  dopt.threads = opt.threads;
  dopt.typos = !opt.no_typos;
  WriteSink sink(opt);
  HoldSink hold(opt);
  DedupSink& first = opt.link_languages ? static_cast<DedupSink&>(hold) : sink;
  Status s = opt.against.empty() ? dedup_stream(std::move(records), first, dopt)
                                 : dedup_against_stream(std::move(bank), std::move(records), first, dopt);
  if (s.ok() && opt.link_languages) {
    lap("dedup");
    s = hold.link_and_write(sink);
  }
  if (s.ok()) s = sink.finish();
  lap("dedup");
  return s.ok() ? kExitOk : fail(s);
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
  cmd->add_flag("--link-languages", opt->link_languages,
                "Link the same question across languages in each record's translations (never merged)");
  cmd->footer("Same question, same language -> one record listing every variant in sources.\n"
              "With --link-languages, records asking the same question in other languages are listed in translations.\n"
              "Example: qbank dedup raw.jsonl -o bank.jsonl --clusters clusters.jsonl --explain");
  cmd->callback([opt] { set_exit(run_dedup(*opt)); });
}

}  // namespace

QBANK_VERB(20, register_dedup);

}  // namespace qbank::cli
