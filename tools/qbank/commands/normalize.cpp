// qbank normalize: raw question lists (text, Markdown, HTML, CSV/TSV, JSON, GIFT) -> JSONL records.
#include <iostream>
#include <memory>

#include "cli.hpp"
#include "progress.hpp"
#include "commands/commands.hpp"
#include "qbank/normalize.hpp"

namespace qbank::cli {
namespace {

constexpr std::size_t kFlushBytes = std::size_t{1} << 20;  // Buffered output past this is written at once.

// Options of `qbank normalize`.
struct NormalizeCliOptions {
  IoOptions io;          // Inputs and -o.
  std::string format = "auto";  // --format: input format name (default: detected per file).
  std::string lang;      // --lang: forces every record's language (default: detected).
  std::string topic;     // --topic: forces every record's topic (default: from headings).
  std::string encoding;  // --encoding: legacy input encoding for iconv (default: UTF-8/UTF-16 BOM).
  std::string columns;   // --column: "text=Frage,answer=Antwort" field mapping (default: by header name).
  std::string rejected;  // --rejected: file that receives every rejected line as JSONL (default: none).
};

// Parses "text=Frage,answer=Antwort" into a map; returns a usage error when a pair has no '=' or a field is
// named twice (the later pair would silently replace the first).
Status parse_columns(const std::string& spec, std::map<std::string, std::string>& out) {
  std::size_t pos = 0;
  while (pos < spec.size()) {
    std::size_t comma = spec.find(',', pos);
    if (comma == std::string::npos) comma = spec.size();
    std::string pair = spec.substr(pos, comma - pos);
    std::size_t eq = pair.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == pair.size())
      return Status::InvalidArgument("--column expects field=name pairs, got '" + pair + "'");
    auto [at, added] = out.try_emplace(pair.substr(0, eq), pair.substr(eq + 1));
    if (!added)
      return Status::InvalidArgument("--column names " + at->first + " twice ('" + at->second + "' and '" +
                                     pair.substr(eq + 1) + "'); keep one");
    pos = comma + 1;
  }
  return Status::Ok();
}

// Normalizes every input in order, streaming records to the output.
int run_normalize(const NormalizeCliOptions& opt) {
  NormalizeOptions base;
  auto format = parse_input_format(opt.format);
  if (!format.ok()) return fail(format.status());
  if (Status s = parse_columns(opt.columns, base.columns); !s.ok()) return fail(s);
  if (Status s = check_output_not_input(opt.io); !s.ok()) return fail(s);
  if (Status s = check_side_output(opt.io, opt.rejected, "--rejected"); !s.ok()) return fail(s);
  base.format = *format;
  base.lang = opt.lang;
  base.topic = opt.topic;
  base.encoding = opt.encoding;
  if (Status s = check_normalize_options(base); !s.ok()) return fail(s);
  auto out = OutputFile::open(opt.io.output);
  if (!out.ok()) return fail(out.status());
  std::unique_ptr<OutputFile> rejected_out;  // The --rejected file, written as each piece is done.
  if (!opt.rejected.empty()) {
    auto r = OutputFile::open(opt.rejected);
    if (!r.ok()) return fail(r.status());
    rejected_out = std::move(*r);
  }
  std::string rejected;  // Rejected lines not yet written.
  auto write_rejected = [&]() -> Status {
    if (!rejected_out || rejected.empty()) return Status::Ok();
    Status s = rejected_out->write(rejected);
    rejected.clear();
    return s;
  };
  JsonlWriter lines(**out);
  Summary summary;
  summary.files = input_count(opt.io);
  summary.questions = 0;
  summary.rejected = 0;
  summary.rejected_to = opt.rejected;
  long long failed = 0;
  bool write_failed = false;  // Writing the output failed: no input is to blame, so --keep-going stops too.
  for (const auto& path : inputs(opt.io)) {
    NormalizeOptions o = base;
    o.file = path;
    long long questions = 0, rejected_lines = 0;
    std::size_t rejected_mark = rejected.size();
    // Records are serialized as they are built and each piece's lines written as soon as the piece is done,
    // so memory stays bounded on large inputs; with --keep-going a file's lines wait for the whole file, so
    // that a file that fails adds nothing.
    auto add_record = [&](const Question& q) -> Status {
      lines.add(q);
      ++questions;
      if (opt.io.keep_going || lines.buffered() < kFlushBytes) return Status::Ok();
      Status written = lines.flush();  // Large pieces go out in blocks, so the buffer stays small.
      write_failed = !written.ok();
      return written;
    };
    Status st = normalize_file_pieces(path, o, [&](NormalizeResult& res) -> Status {
      for (const auto& d : res.diagnostics) print_diagnostic(d);
      for (const auto& n : res.notes)
        if (!opt.io.quiet) write_stderr("qbank normalize: " + n + '\n');
      rejected_lines += static_cast<long long>(res.rejected.size());
      if (!opt.rejected.empty())
        for (const auto& r : res.rejected) append_rejected_json(rejected, path, r);
      if (opt.io.keep_going) return Status::Ok();
      Status written = lines.flush();
      if (written.ok()) written = write_rejected();
      write_failed = !written.ok();
      return written;
    }, add_record);
    if (st.ok() && opt.io.keep_going) {
      if (Status written = lines.flush(); !written.ok()) return fail(written);
      if (Status written = write_rejected(); !written.ok()) return fail(written);
    }
    if (!st.ok()) {
      if (!opt.io.keep_going || write_failed) return fail(st);
      error(st.message());
      lines.discard();
      rejected.resize(rejected_mark);
      ++failed;
      continue;
    }
    summary.questions += questions;
    summary.rejected += rejected_lines;
  }
  if (rejected_out)
    if (Status s = rejected_out->commit(); !s.ok()) return fail(s);
  if (Status s = (*out)->commit(); !s.ok()) return fail(s);
  if (failed > 0) summary.failed = failed;
  print_summary(opt.io.quiet, "normalize", summary);
  return failed > 0 ? kExitData : kExitOk;
}

}  // namespace

// Adds the normalize verb.
Verb add_normalize(CLI::App& app) {
  auto opt = std::make_shared<NormalizeCliOptions>();
  CLI::App* cmd = app.add_subcommand("normalize", "Turn raw question lists into one JSONL record per question");
  add_io_options(*cmd, opt->io, false);
  cmd->add_flag("--keep-going", opt->io.keep_going,
                "Report a file that cannot be read (file:line: reason) and go on; exit 1 at the end");
  cmd->add_option("--format", opt->format, "Input format: auto, text, markdown, html, csv, tsv, json, jsonl, gift, quiz, yaml, moodle-xml, toml, xml");
  cmd->add_option("--lang", opt->lang, "Force every record's language (ISO 639-1 code)")->check(non_empty());
  cmd->add_option("--topic", opt->topic, "Force every record's topic")->check(non_empty());
  cmd->add_option("--encoding", opt->encoding, "Legacy input encoding, e.g. cp1251, latin1, gb18030")
      ->check(non_empty());
  cmd->add_option("--column", opt->columns,
                  "CSV/JSON field mapping, e.g. text=Frage,answer=Antwort; another name keeps a field as x_NAME")
      ->check(non_empty());
  cmd->add_option("--rejected", opt->rejected, "Write every rejected line with its reason (JSONL) to FILE")
      ->check(output_path());
  cmd->footer("Several files are read in path order, so their order on the command line does not matter.\n"
              "Example: qbank normalize --rejected rejected.jsonl -o bank.jsonl list.txt notes.md");
  return {cmd, [opt] { return run_normalize(*opt); }};
}

}  // namespace qbank::cli
