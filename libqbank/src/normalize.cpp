// normalize(): decodes the input, picks the format reader, and turns raw items into records.
#include "qbank/normalize.hpp"

#include <algorithm>
#include <cctype>

#include "normalize_internal.hpp"
#include "qbank/fold.hpp"
#include "qbank/io.hpp"
#include "qbank/lang.hpp"

namespace qbank {
namespace {

struct FormatName {
  const char* name;
  InputFormat format;
};

constexpr FormatName kFormatNames[] = {
    {"auto", InputFormat::kAuto}, {"text", InputFormat::kText},   {"txt", InputFormat::kText},
    {"markdown", InputFormat::kMarkdown}, {"md", InputFormat::kMarkdown}, {"html", InputFormat::kHtml},
    {"htm", InputFormat::kHtml},  {"csv", InputFormat::kCsv},     {"tsv", InputFormat::kTsv},
    {"json", InputFormat::kJson}, {"jsonl", InputFormat::kJsonl}, {"ndjson", InputFormat::kJsonl},
    {"gift", InputFormat::kGift},
};

// Returns the lowercase extension of a file name without the dot.
std::string extension_of(std::string_view name) {
  auto slash = name.find_last_of('/');
  auto dot = name.find_last_of('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return "";
  std::string ext(name.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

// True when most of the first lines hold a TAB after their first character (a TSV / Anki text export).
bool tab_separated(std::string_view h) {
  int lines = 0, tabbed = 0;
  for (std::size_t pos = 0; pos < h.size() && lines < 20;) {
    std::size_t end = std::min(h.find('\n', pos), h.size());
    std::string_view l = h.substr(pos, end - pos);
    pos = end + 1;
    if (l.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    ++lines;
    tabbed += l.find('\t', 1) != std::string_view::npos;
  }
  return lines >= 3 && tabbed * 10 >= lines * 6;
}

// Guesses the format from the first bytes when the extension says nothing.
InputFormat sniff_format(std::string_view head) {
  auto start = head.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return InputFormat::kText;
  std::string_view h = head.substr(start);
  if (h[0] == '[') return InputFormat::kJson;
  if (h[0] == '{') return h.find("\n{") != std::string_view::npos ? InputFormat::kJsonl : InputFormat::kJson;
  std::string lower(h.substr(0, 2048));
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower.rfind("<!doctype html", 0) == 0 || lower.rfind("<html", 0) == 0 || lower.rfind("<head", 0) == 0 ||
      lower.rfind("<body", 0) == 0 || lower.rfind("<meta", 0) == 0)
    return InputFormat::kHtml;
  constexpr auto npos = std::string_view::npos;
  bool answer_block = (h.find("{=") != npos || h.find("{~") != npos) && h.find("```") == npos;
  if (h.rfind("::", 0) == 0 || h.find("\n::") != npos || h.find("$CATEGORY:") != npos || answer_block)
    return InputFormat::kGift;
  if (h.rfind("#separator:", 0) == 0 || h.rfind("#html:", 0) == 0 || h.rfind("#columns:", 0) == 0 ||
      h.rfind("#notetype", 0) == 0 || h.rfind("#deck", 0) == 0 || h.rfind("#tags", 0) == 0 || tab_separated(h))
    return InputFormat::kTsv;
  bool heading = h.rfind("# ", 0) == 0 || h.rfind("## ", 0) == 0 || h.find("\n# ") != std::string_view::npos ||
                 h.find("\n## ") != std::string_view::npos || h.find("\n### ") != std::string_view::npos;
  if (heading || h.find("```") != std::string_view::npos) return InputFormat::kMarkdown;
  return InputFormat::kText;
}

// Runs the reader for a format.
Status run_reader(InputFormat format, std::string_view text, const NormalizeOptions& opt,
                  detail::ReaderOutput& out) {
  switch (format) {
    case InputFormat::kMarkdown: return detail::read_markdown(text, opt, out);
    case InputFormat::kHtml: return detail::read_html(text, opt, out);
    case InputFormat::kCsv: return detail::read_delimited(text, opt, ',', out);
    case InputFormat::kTsv: return detail::read_delimited(text, opt, '\t', out);
    case InputFormat::kJson: return detail::read_json(text, opt, false, out);
    case InputFormat::kJsonl: return detail::read_json(text, opt, true, out);
    case InputFormat::kGift: return detail::read_gift(text, opt, out);
    case InputFormat::kText:
    case InputFormat::kAuto: return detail::read_text(text, opt, out);
  }
  return Status::Internal("unknown input format");
}

// Turns one raw item into a record; returns false (and rejects it) when its text is empty after cleanup.
bool finish_item(detail::RawItem& item, const NormalizeOptions& opt, InputFormat format, NormalizeResult& res) {
  Question q;
  q.text = detail::clean_text(item.text);
  if (q.text.empty()) {
    res.rejected.push_back({item.line, item.raw, "empty after cleanup"});
    return false;
  }
  q.lang = opt.lang.empty() ? detect_language(q.text, item.lang_hint) : opt.lang;
  if (!opt.topic.empty()) q.topic = opt.topic;
  else if (item.topic && !item.topic->empty()) q.topic = std::move(item.topic);
  q.answer = std::move(item.answer);
  q.code = std::move(item.code);
  q.choices = std::move(item.choices);
  q.tags = std::move(item.tags);
  q.sources.push_back({opt.file, item.line, std::move(item.raw), input_format_name(format), std::nullopt, {}});
  q.id = compute_id(q);
  res.records.push_back(std::move(q));
  return true;
}

}  // namespace

Result<InputFormat> parse_input_format(std::string_view name) {
  for (const auto& f : kFormatNames)
    if (name == f.name) return f.format;
  return Status::InvalidArgument("unknown format '" + std::string(name) +
                                 "' (expected auto, text, markdown, html, csv, tsv, json, jsonl or gift)");
}

const char* input_format_name(InputFormat format) {
  switch (format) {
    case InputFormat::kAuto: return "auto";
    case InputFormat::kText: return "text";
    case InputFormat::kMarkdown: return "markdown";
    case InputFormat::kHtml: return "html";
    case InputFormat::kCsv: return "csv";
    case InputFormat::kTsv: return "tsv";
    case InputFormat::kJson: return "json";
    case InputFormat::kJsonl: return "jsonl";
    case InputFormat::kGift: return "gift";
  }
  return "auto";
}

InputFormat detect_input_format(std::string_view file_name, std::string_view head) {
  std::string ext = extension_of(file_name);
  if (!ext.empty() && ext != "txt" && ext != "text") {
    auto f = parse_input_format(ext);
    if (f.ok() && *f != InputFormat::kAuto) {
      if (*f == InputFormat::kCsv && head.find('\t') != std::string_view::npos &&
          head.substr(0, head.find('\n')).find(',') == std::string_view::npos)
        return InputFormat::kTsv;
      return *f;
    }
  }
  return sniff_format(head);
}

namespace {

// Gives items that carry no language hint the document's dominant language as a prior, so that short or
// ambiguous items ("N+1", "REST") follow their document; it is measured on an even sample of up to 256 items.
void apply_document_language(std::vector<detail::RawItem>& items) {
  std::vector<std::string> sample;
  std::size_t step = std::max<std::size_t>(1, items.size() / 256);
  for (std::size_t i = 0; i < items.size(); i += step)
    if (items[i].lang_hint.empty()) sample.push_back(items[i].text);
  if (sample.empty()) return;
  std::string prior = dominant_language(sample);
  if (prior.empty() || prior == "und") return;
  for (auto& item : items)
    if (item.lang_hint.empty()) item.lang_hint = prior;
}

}  // namespace

Result<NormalizeResult> detail::normalize_text(std::string_view text, InputFormat format,
                                               const NormalizeOptions& options) {
  NormalizeResult res;
  res.format = format;
  detail::ReaderOutput out;
  if (Status s = run_reader(res.format, text, options, out); !s.ok()) return s;
  res.records.reserve(out.items.size());
  apply_document_language(out.items);
  for (auto& item : out.items) finish_item(item, options, res.format, res);
  for (auto& r : out.rejected) res.rejected.push_back(std::move(r));
  std::stable_sort(res.rejected.begin(), res.rejected.end(),
                   [](const RejectedLine& a, const RejectedLine& b) { return a.line < b.line; });
  res.sections = std::move(out.sections);
  res.diagnostics = std::move(out.diagnostics);
  for (const auto& s : res.sections) {
    if (s.declared == s.found) continue;
    res.diagnostics.push_back({options.file, s.line, "", "section '" + s.topic + "' declares " +
                               std::to_string(s.declared) + " questions, found " + std::to_string(s.found),
                               Severity::kWarning});
  }
  return res;
}

Result<NormalizeResult> normalize(std::string_view bytes, const NormalizeOptions& options) {
  auto text = detail::decode_input(bytes, options);
  if (!text.ok()) return text.status();
  InputFormat format = options.format == InputFormat::kAuto
                           ? detect_input_format(options.file, std::string_view(*text).substr(0, 4096))
                           : options.format;
  return detail::normalize_text(*text, format, options);
}

Result<NormalizeResult> normalize_file(const std::string& path, NormalizeOptions options) {
  auto bytes = read_file(path);
  if (!bytes.ok()) return bytes.status();
  if (options.file == "-") options.file = path;
  return normalize(*bytes, options);
}

}  // namespace qbank
