// qbank normalize: raw question lists (text, Markdown, HTML, CSV/TSV, JSON, GIFT) -> JSONL records.
#include <algorithm>
#include <cstring>
#include <memory>

#include "cli.hpp"
#include "qbank/normalize.hpp"

namespace qbank::cli {
namespace {

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

// Parses "text=Frage,answer=Antwort" into a map; returns a usage error when a pair has no '='.
Status parse_columns(const std::string& spec, std::map<std::string, std::string>& out) {
  std::size_t pos = 0;
  while (pos < spec.size()) {
    std::size_t comma = spec.find(',', pos);
    if (comma == std::string::npos) comma = spec.size();
    std::string pair = spec.substr(pos, comma - pos);
    std::size_t eq = pair.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == pair.size())
      return Status::InvalidArgument("--column expects field=name pairs, got '" + pair + "'");
    out[pair.substr(0, eq)] = pair.substr(eq + 1);
    pos = comma + 1;
  }
  return Status::Ok();
}

// Checks --lang: two lowercase letters or "und".
bool valid_lang(const std::string& lang) {
  if (lang.empty() || lang == "und") return true;
  return lang.size() == 2 && std::islower(static_cast<unsigned char>(lang[0])) &&
         std::islower(static_cast<unsigned char>(lang[1]));
}

// Appends the rejected lines of one file as JSONL objects {file, line, text, reason}.
void append_rejected(std::string& out, const std::string& file, const NormalizeResult& res) {
  for (const auto& r : res.rejected) {
    out += "{\"file\":";
    append_json_string(out, file);
    out += ",\"line\":" + std::to_string(r.line) + ",\"text\":";
    append_json_string(out, r.text);
    out += ",\"reason\":";
    append_json_string(out, r.reason);
    out += "}\n";
  }
}

// The JSONL of the records not yet written: one buffer, grown without being cleared and reused between pieces.
// It starts large enough for the output of a typical piece; pages it does not use are never touched.
struct LineBuffer {
  static constexpr std::size_t kFirstCapacity = std::size_t{16} << 20;  // Bytes of the first buffer.

  std::unique_ptr<char[]> data;  // The buffer.
  std::size_t size = 0;          // Bytes in use.
  std::size_t capacity = 0;      // Bytes allocated.

  // Appends one record as a line of JSON.
  void add(const Question& q) {
    std::size_t need = size + json_bound(q) + 1;
    if (need > capacity) grow(need);
    char* end = write_json(data.get() + size, q);
    *end++ = '\n';
    size = static_cast<std::size_t>(end - data.get());
  }
  // Makes room for at least need bytes, keeping the bytes in use.
  void grow(std::size_t need) {
    std::size_t cap = std::max({need, 2 * capacity, kFirstCapacity});
    std::unique_ptr<char[]> bigger(new char[cap]);
    if (size > 0) std::memcpy(bigger.get(), data.get(), size);
    data = std::move(bigger);
    capacity = cap;
  }
};

// Normalizes every input in order, streaming records to the output.
int run_normalize(const NormalizeCliOptions& opt) {
  NormalizeOptions base;
  auto format = parse_input_format(opt.format);
  if (!format.ok()) return fail(format.status());
  if (!valid_lang(opt.lang)) return fail(Status::InvalidArgument("--lang must be a 2-letter code or und"));
  if (Status s = parse_columns(opt.columns, base.columns); !s.ok()) return fail(s);
  if (Status s = check_output_not_input(opt.io); !s.ok()) return fail(s);
  if (Status s = check_side_output(opt.io, opt.rejected, "--rejected"); !s.ok()) return fail(s);
  base.format = *format;
  base.lang = opt.lang;
  base.topic = opt.topic;
  base.encoding = opt.encoding;
  auto out = OutputFile::open(opt.io.output);
  if (!out.ok()) return fail(out.status());
  std::string rejected;
  LineBuffer lines;
  for (const auto& path : inputs(opt.io)) {
    NormalizeOptions o = base;
    o.file = path;
    // Records are serialized as they are built and each piece's lines written as soon as the piece is done,
    // so memory stays bounded on large inputs.
    auto add_record = [&](const Question& q) -> Status {
      lines.add(q);
      return Status::Ok();
    };
    Status st = normalize_file_pieces(path, o, [&](NormalizeResult& res) -> Status {
      for (const auto& d : res.diagnostics) print_diagnostic(d);
      Status written = (*out)->write(std::string_view(lines.data.get(), lines.size));
      lines.size = 0;
      if (!written.ok()) return written;
      if (!opt.rejected.empty()) append_rejected(rejected, path, res);
      return Status::Ok();
    }, add_record);
    if (!st.ok()) return fail(st);
  }
  if (!opt.rejected.empty())
    if (int rc = write_text(opt.rejected, rejected); rc != kExitOk) return rc;
  if (Status s = (*out)->commit(); !s.ok()) return fail(s);
  return kExitOk;
}

// Adds the normalize verb.
void register_normalize(CLI::App& app) {
  auto opt = std::make_shared<NormalizeCliOptions>();
  CLI::App* cmd = app.add_subcommand("normalize", "Turn raw question lists into one JSONL record per question");
  add_io_options(*cmd, opt->io, false);
  cmd->add_option("--format", opt->format, "Input format: auto, text, markdown, html, csv, tsv, json, jsonl, gift, quiz, yaml");
  cmd->add_option("--lang", opt->lang, "Force every record's language (ISO 639-1 code)");
  cmd->add_option("--topic", opt->topic, "Force every record's topic");
  cmd->add_option("--encoding", opt->encoding, "Legacy input encoding, e.g. cp1251, latin1, gb18030");
  cmd->add_option("--column", opt->columns, "CSV/JSON field mapping, e.g. text=Frage,answer=Antwort");
  cmd->add_option("--rejected", opt->rejected, "Write every rejected line with its reason (JSONL) to FILE");
  cmd->footer("Several files are read in path order, so their order on the command line does not matter.\n"
              "Example: qbank normalize --rejected rejected.jsonl -o bank.jsonl list.txt notes.md");
  cmd->callback([opt] { set_exit(run_normalize(*opt)); });
}

}  // namespace

QBANK_VERB(10, register_normalize);

}  // namespace qbank::cli
