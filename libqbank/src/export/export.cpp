// Export entry points: format names, option checks, dispatch to the per-format writers, output files.
#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "export/writers.hpp"
#include "qbank/io.hpp"

namespace qbank::internal {
namespace {

struct FormatName {
  const char* name;
  ExportFormat format;
};

// Every accepted name; the first entry of each format is its canonical name.
constexpr FormatName kFormatNames[] = {
    {"csv", ExportFormat::kCsv},        {"tsv", ExportFormat::kTsv},
    {"anki", ExportFormat::kAnki},      {"apkg", ExportFormat::kApkg},
    {"markdown", ExportFormat::kMarkdown}, {"md", ExportFormat::kMarkdown},
    {"gift", ExportFormat::kGift},      {"moodle-xml", ExportFormat::kMoodleXml},
    {"xml", ExportFormat::kMoodleXml},  {"moodle", ExportFormat::kMoodleXml},
    {"json", ExportFormat::kJson},      {"jsonl", ExportFormat::kJsonl},
};

// True when name is one of kExportColumns.
bool known_column(const std::string& name) {
  return std::any_of(std::begin(kExportColumns), std::end(kExportColumns),
                     [&](const char* c) { return name == c; });
}

// Returns kExportColumns joined by ','.
std::string known_columns() {
  std::string out;
  for (const char* c : kExportColumns) out += (out.empty() ? "" : ",") + std::string(c);
  return out;
}

// Checks the CSV/TSV options.
Status check_delimited(const ExportOptions& o) {
  if (o.columns.empty()) return Status::InvalidArgument("--columns: at least one column is needed");
  for (const auto& c : o.columns)
    if (!known_column(c))
      return Status::InvalidArgument("--columns: unknown column '" + c + "' (known: " + known_columns() + ")");
  if (o.tag_separator != ' ' && o.tag_separator != ';')
    return Status::InvalidArgument("tag separator must be ' ' or ';'");
  const unsigned char d = static_cast<unsigned char>(o.delimiter);
  if (d != 0 && (d == '"' || !(d == '\t' || d == ' ' || (d < 0x7f && std::ispunct(d)))))
    return Status::InvalidArgument("--delimiter '" + std::string(1, o.delimiter) +
                                   "': must be one ASCII punctuation character other than '\"', a space or a tab");
  return Status::Ok();
}

// Checks the Anki options.
Status check_anki(const ExportOptions& o) {
  if (o.deck.empty() || o.deck.find_first_not_of(" \t\r\n") == std::string::npos)
    return Status::InvalidArgument("--deck: the deck name must not be blank");
  for (std::size_t start = 0;;) {  // Anki reads '::' as the step to a sub-deck: every name on the way counts.
    std::size_t end = o.deck.find("::", start);
    std::string_view part = std::string_view(o.deck).substr(start, end == std::string::npos ? end : end - start);
    if (part.find_first_not_of(" \t\r\n") == std::string_view::npos)
      return Status::InvalidArgument("--deck: '" + o.deck + "' has a blank part (Anki separates sub-decks with '::')");
    if (end == std::string::npos) break;
    start = end + 2;
  }
  if (o.timestamp != kExportTimeNow && (o.timestamp < 315532800 || o.timestamp > 4102444800))
    return Status::InvalidArgument("timestamp must lie between 1980 and 2100 (zip dates)");
  return Status::Ok();
}

}  // namespace

}  // namespace qbank::internal

namespace qbank {

Result<ExportFormat> parse_export_format(std::string_view name) {
  for (const auto& f : internal::kFormatNames)
    if (name == f.name) return f.format;
  return Status::InvalidArgument("unknown export format '" + std::string(name) +
                                 "' (csv, tsv, anki, apkg, markdown, gift, moodle-xml, json, jsonl)");
}

const char* export_format_name(ExportFormat format) {
  for (const auto& f : internal::kFormatNames)
    if (f.format == format) return f.name;
  return "?";
}

bool export_needs_file(ExportFormat format) { return format == ExportFormat::kApkg; }

Result<ExportFormat> export_format_from_path(std::string_view path) {
  std::size_t slash = path.rfind('/'), dot = path.rfind('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash) || dot + 1 == path.size())
    return Status::NotFound("no format extension");
  std::string ext(path.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static constexpr internal::FormatName kExtensions[] = {
      {"csv", ExportFormat::kCsv},     {"tsv", ExportFormat::kTsv},       {"apkg", ExportFormat::kApkg},
      {"md", ExportFormat::kMarkdown}, {"markdown", ExportFormat::kMarkdown}, {"gift", ExportFormat::kGift},
      {"xml", ExportFormat::kMoodleXml}, {"json", ExportFormat::kJson},   {"jsonl", ExportFormat::kJsonl},
  };
  for (const auto& e : kExtensions)
    if (ext == e.name) return e.format;
  return Status::NotFound("no format extension");
}

std::size_t count_empty_backs(const std::vector<Question>& records) {
  return static_cast<std::size_t>(
      std::count_if(records.begin(), records.end(), [](const Question& q) { return internal::anki_back(q).empty(); }));
}

Status check_export_options(const ExportOptions& options) {
  switch (options.format) {
    case ExportFormat::kCsv:
    case ExportFormat::kTsv: return internal::check_delimited(options);
    case ExportFormat::kAnki:
    case ExportFormat::kApkg: return internal::check_anki(options);
    default: return Status::Ok();
  }
}

Status export_records(const std::vector<Question>& records, const ExportOptions& options,
                      const ExportSink& sink) {
  if (Status s = check_export_options(options); !s.ok()) return s;
  internal::ChunkWriter w(sink);
  internal::VectorSource source(records);
  if (Status s = internal::write_records(source, options, w); !s.ok()) return s;
  return w.finish();
}

Result<std::string> export_to_string(const std::vector<Question>& records, const ExportOptions& options) {
  std::string all;
  Status s = export_records(records, options, [&all](std::string_view chunk) {
    all.append(chunk);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return all;
}

Status export_to_file(const std::vector<Question>& records, const ExportOptions& options,
                      const std::string& path) {
  if (export_needs_file(options.format)) {
    if (path.empty() || path == "-")
      return Status::InvalidArgument("apkg is a binary package: name the output file with -o FILE.apkg");
    return export_apkg(records, options, path);
  }
  if (Status s = check_export_options(options); !s.ok()) return s;
  auto out = OutputFile::open(path);
  if (!out.ok()) return out.status();
  OutputFile& file = **out;
  Status s = export_records(records, options, [&file](std::string_view chunk) { return file.write(chunk); });
  if (!s.ok()) return s;
  return file.commit();
}

}  // namespace qbank

namespace qbank::internal {

bool needs_translation_texts(const ExportOptions& options) {
  bool delimited = options.format == ExportFormat::kCsv || options.format == ExportFormat::kTsv;
  bool column = std::find(options.columns.begin(), options.columns.end(), "translations") != options.columns.end();
  return (delimited && (options.with_translations || column)) ||
         (options.with_translations && (options.format == ExportFormat::kAnki ||
                                        options.format == ExportFormat::kMarkdown ||
                                        options.format == ExportFormat::kApkg));
}

Status write_records(RecordSource& records, const ExportOptions& options, ChunkWriter& w) {
  bool column = std::find(options.columns.begin(), options.columns.end(), "translations") != options.columns.end();
  TranslationTexts tr;
  if (needs_translation_texts(options))
    if (Status s = tr.collect(records); !s.ok()) return s;
  switch (options.format) {
    case ExportFormat::kCsv:
    case ExportFormat::kTsv: {
      if (!options.with_translations || column) return write_delimited(records, options, tr, w);
      ExportOptions with_column = options;
      with_column.columns.emplace_back("translations");
      return write_delimited(records, with_column, tr, w);
    }
    case ExportFormat::kAnki: return write_anki_text(records, options, tr, w);
    case ExportFormat::kMarkdown: return write_markdown(records, options, tr, w);
    case ExportFormat::kGift: return write_gift(records, options, w);
    case ExportFormat::kMoodleXml: return write_moodle_xml(records, options, w);
    case ExportFormat::kJson: return write_json(records, options, false, w);
    case ExportFormat::kJsonl: return write_json(records, options, true, w);
    case ExportFormat::kApkg: break;
  }
  return Status::InvalidArgument("apkg is a binary package: write it to a file (-o FILE.apkg)");
}

Status VectorSource::each(const std::function<Status(const Question&)>& fn) {
  for (const auto& q : records_)
    if (Status s = fn(q); !s.ok()) return s;
  return Status::Ok();
}

Status VectorSource::each_by_topic(const std::function<Status(const Question&, bool first)>& fn) {
  for (const auto& group : group_by_topic(records_))
    for (std::size_t k = 0; k < group.size(); ++k)
      if (Status s = fn(records_[group[k]], k == 0); !s.ok()) return s;
  return Status::Ok();
}

Status ChunkWriter::finish() {
  if (buf_.empty()) return Status::Ok();
  Status s = sink_(buf_);
  buf_.clear();
  return s;
}

std::vector<std::vector<std::size_t>> group_by_topic(const std::vector<Question>& records) {
  std::vector<std::vector<std::size_t>> groups(1);  // groups[0]: records without a topic.
  std::unordered_map<std::string_view, std::size_t> index;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const auto& topic = records[i].topic;
    if (!topic || topic->empty()) {
      groups[0].push_back(i);
      continue;
    }
    auto [it, added] = index.try_emplace(*topic, groups.size());
    if (added) groups.emplace_back();
    groups[it->second].push_back(i);
  }
  return groups;
}

void append_printable(std::string& out, std::string_view s) {
  for (char c : s) {
    auto b = static_cast<unsigned char>(c);
    if (b < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
    if (b == 0x7f) continue;
    out.push_back(c);
  }
}

}  // namespace qbank::internal
