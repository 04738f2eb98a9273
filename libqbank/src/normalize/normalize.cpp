// normalize(): decodes the input, picks the format reader, and turns raw items into records.
#include "qbank/normalize.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "normalize/delimited/csv.hpp"
#include "normalize/markdown/walker.hpp"
#include "normalize/quiz/quiz_lines.hpp"
#include "normalize/question_cues.hpp"
#include "normalize/reader.hpp"
#include "qbank/fold.hpp"
#include "qbank/io.hpp"
#include "qbank/lang.hpp"
#include "records/record_id.hpp"

namespace qbank::internal {
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
    {"ipynb", InputFormat::kJson},
    {"gift", InputFormat::kGift}, {"quiz", InputFormat::kQuiz}, {"aiken", InputFormat::kQuiz},
    {"yaml", InputFormat::kYaml}, {"yml", InputFormat::kYaml}, {"moodle-xml", InputFormat::kMoodleXml},
    {"moodle", InputFormat::kMoodleXml}, {"xml", InputFormat::kXml}, {"toml", InputFormat::kToml},
};

// True when text holds a start tag of an element named exactly `quiz` (Moodle's root; not `<quiz-bank>`).
bool has_quiz_element(std::string_view text) {
  for (std::size_t at = text.find("<quiz"); at != std::string_view::npos; at = text.find("<quiz", at + 1)) {
    char next = at + 5 < text.size() ? text[at + 5] : '>';
    if (next == '>' || next == '/' || next == ' ' || next == '\t' || next == '\r' || next == '\n') return true;
  }
  return false;
}

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

// Calls fn on each of the first non-blank lines of h (up to max), without their line ends.
template <typename Fn>
void each_line(std::string_view h, int max, Fn&& fn) {
  int seen = 0;
  for (std::size_t pos = 0; pos < h.size() && seen < max;) {
    std::size_t end = std::min(h.find('\n', pos), h.size());
    std::string_view l = h.substr(pos, end - pos);
    pos = end + 1;
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    if (l.find_first_not_of(" \t") == std::string_view::npos) continue;
    ++seen;
    fn(l);
  }
}

// True when a line is a YAML mapping entry ("key: value", "- key:") or a list item ("- value").
bool yaml_line(std::string_view l) {
  std::size_t i = l.find_first_not_of(' ');
  if (i == std::string_view::npos) return false;
  std::string_view t = l.substr(i);
  if (t[0] == '#') return true;
  if (t.rfind("- ", 0) == 0 || t == "-") return true;
  std::size_t colon = t.find(':');
  if (colon == 0 || colon == std::string_view::npos || colon > 48) return false;
  if (colon + 1 < t.size() && t[colon + 1] != ' ') return false;
  return t.substr(0, colon).find_first_of(",;|\t\"?") == std::string_view::npos;
}

// True when the first lines read as YAML: a "---" or "%YAML" start followed by mapping lines, or mostly
// mapping and list lines with some nesting.
bool looks_like_yaml(std::string_view h) {
  int lines = 0, yaml = 0, nested = 0;
  bool marker = h.rfind("---", 0) == 0 || h.rfind("%YAML", 0) == 0;
  each_line(h, 40, [&](std::string_view l) {
    if (l == "---" || l == "...") return;
    ++lines;
    yaml += yaml_line(l);
    nested += l[0] == ' ' && yaml_line(l);
  });
  if (lines == 0) return marker;
  return yaml * 10 >= lines * 8 && (marker || nested * 5 >= lines);
}

// True when the first lines read as a quiz text: lettered options ("A. …", "B) …") with "ANSWER: B"
// lines, or "#Q" question and "^" answer lines.
bool looks_like_quiz_text(std::string_view h) {
  int lines = 0, marked = 0, keys = 0;
  each_line(h, 60, [&](std::string_view l) {
    ++lines;
    bool lettered = l.size() > 2 && std::isupper(static_cast<unsigned char>(l[0])) &&
                    (l[1] == '.' || l[1] == ')') && l[2] == ' ';
    bool key = l.rfind("ANSWER:", 0) == 0 || l.rfind("#Q ", 0) == 0 || l.rfind("^ ", 0) == 0;
    marked += lettered || key;
    keys += key;
  });
  return lines > 0 && keys > 0 && marked * 10 >= lines * 4;
}

// True when the text holds a Markdown pipe table's delimiter row ("|---|:--|").
bool pipe_table(std::string_view h) {
  bool found = false;
  each_line(h, 60, [&](std::string_view l) {
    std::string_view t = l.substr(std::min(l.find_first_not_of(' '), l.size()));
    found = found || (t.rfind("|", 0) == 0 && t.find("---") != std::string_view::npos &&
                      t.find_first_not_of("|-: ") == std::string_view::npos);
  });
  return found;
}

// True when the first bytes open a YAML document ("---" or "%YAML" first) that no second "---" closes (as one
// would close Markdown front matter) and whose lines are all "key:" / "- " entries or their continuations.
bool yaml_document(std::string_view h) {
  if (h.rfind("%YAML", 0) != 0 && h.rfind("---\n", 0) != 0 && h.rfind("---\r\n", 0) != 0) return false;
  int lines = 0, shaped = 0;
  std::size_t pos = h.find('\n') + 1;
  while (pos < h.size()) {
    std::size_t end = h.find('\n', pos);
    if (end == std::string_view::npos) break;  // The last line may be cut.
    std::string_view l = h.substr(pos, end - pos);
    pos = end + 1;
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    if (l == "---" || l == "...") return false;
    std::size_t b = l.find_first_not_of(' ');
    if (b == std::string_view::npos || l[b] == '#') continue;
    ++lines;
    std::string_view t = l.substr(b);
    if (t.rfind("- ", 0) == 0 || t == "-") t = t.substr(std::min<std::size_t>(2, t.size()));
    std::size_t colon = t.find(':');
    shaped += t.empty() || b > 0 || (colon != std::string_view::npos && colon > 0 &&
                                     (colon + 1 == t.size() || t[colon + 1] == ' '));
  }
  return lines >= 3 && shaped == lines;
}

// True when the first significant lines (not blank, not "#" comments) are TOML: a table header ("[faq]",
// "[[faq]]") or a "key = value" line first, at least one "key = value" line, and all but a few of them one of
// the two (the rest continue multi-line strings and arrays).
bool toml_document(std::string_view h) {
  int lines = 0, assignments = 0, other = 0;
  bool first_shaped = false;
  each_line(h, 60, [&](std::string_view l) {
    std::string_view t = l.substr(std::min(l.find_first_not_of(" \t"), l.size()));
    while (!t.empty() && (t.back() == '\r' || t.back() == ' ')) t.remove_suffix(1);
    if (t.empty() || t[0] == '#') return;
    bool header = t.size() >= 3 && t[0] == '[' && t.back() == ']' && t.find('=') == std::string_view::npos &&
                  (std::isalnum(static_cast<unsigned char>(t[t[1] == '[' ? 2 : 1])) || t[t[1] == '[' ? 2 : 1] == '"');
    std::size_t eq = t.find('=');
    std::string_view key = eq == std::string_view::npos ? std::string_view() : t.substr(0, eq);
    while (!key.empty() && key.back() == ' ') key.remove_suffix(1);
    bool assignment = !key.empty() && eq + 1 < t.size() && t[eq + 1] != '=' &&
                      (key.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.") ==
                           std::string_view::npos ||
                       (key.front() == '"' && key.back() == '"' && key.size() >= 2));
    if (lines == 0) first_shaped = header || assignment;
    ++lines;
    assignments += assignment;
    other += !header && !assignment;
  });
  return first_shaped && assignments >= 2 && other * 4 <= lines;
}

// The lower-cased text past any leading server-side blocks ("<?php … ?>", "<%@ … %>"), comments and blank
// space; empty when a block is left open.
std::string_view past_server_blocks(std::string_view lower) {
  std::size_t i = 0;
  for (;;) {
    i = lower.find_first_not_of(" \t\r\n", i);
    if (i == std::string_view::npos) return {};
    std::string_view rest = lower.substr(i);
    std::string_view close = rest.rfind("<?php", 0) == 0 ? "?>"
                             : rest.rfind("<%", 0) == 0  ? "%>"
                             : rest.rfind("<!--", 0) == 0 ? "-->"
                                                          : "";
    if (close.empty()) return rest;
    auto end = lower.find(close, i + 2);
    if (end == std::string_view::npos) return {};
    i = end + close.size();
  }
}

// True when lower-cased text, past any leading server-side blocks and comments, opens a page ("<!doctype html",
// "<html", "<head", "<body", "<meta").
bool html_page(std::string_view lower) {
  std::string_view rest = past_server_blocks(lower);
  for (std::string_view open : {"<!doctype html", "<html", "<head", "<body", "<meta"})
    if (rest.rfind(open, 0) == 0) return true;
  return false;
}

// True when lower-cased text, past any leading server-side blocks ("<?php … ?>", "<%@ … %>") and comments, opens
// with a tag and holds closed page elements (headings, paragraphs, list or definition items, table cells): a page
// fragment.
bool html_fragment(std::string_view lower) {
  std::string_view rest = past_server_blocks(lower);
  if (rest.size() < 2 || rest[0] != '<' || !std::isalpha(static_cast<unsigned char>(rest[1]))) return false;
  constexpr std::string_view kClosed[] = {"</h1>", "</h2>", "</h3>", "</h4>", "</p>", "</li>", "</dt>", "</td>"};
  for (std::string_view c : kClosed)
    if (rest.find(c) != std::string_view::npos) return true;
  return false;
}

// Guesses the format from the first bytes when the extension says nothing.
InputFormat sniff_format(std::string_view head) {
  auto start = head.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return InputFormat::kText;
  std::string_view h = head.substr(start);
  // JSON opens with a value after the bracket ("[{", "[\"", "[]", "{\""): "[Databases]" is a heading.
  auto value_at = [&](std::size_t i) {
    while (i < h.size() && (h[i] == ' ' || h[i] == '\t' || h[i] == '\r' || h[i] == '\n')) ++i;
    return i < h.size() ? h[i] : '\0';
  };
  char inner = value_at(1);
  if (toml_document(h)) return InputFormat::kToml;
  bool json_array = h[0] == '[' && std::string_view("{[\"]-0123456789tfn").find(inner) != std::string_view::npos;
  if (json_array && inner != '\0') return InputFormat::kJson;
  if (h[0] == '{' && (inner == '"' || inner == '}'))
    return h.find("\n{") != std::string_view::npos ? InputFormat::kJsonl : InputFormat::kJson;
  std::string lower(h.substr(0, 2048));
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (html_page(lower)) return InputFormat::kHtml;
  if (lower.rfind("<?xml", 0) == 0 &&
      (lower.find("<!doctype html") != std::string::npos || lower.find("<html") != std::string::npos))
    return InputFormat::kHtml;
  if ((lower.rfind("<?xml", 0) == 0 || lower.rfind("<quiz", 0) == 0) && has_quiz_element(lower))
    return InputFormat::kMoodleXml;
  if (lower.rfind("<?xml", 0) == 0) return InputFormat::kXml;  // A data file read by element names.
  constexpr auto npos = std::string_view::npos;
  bool answer_block = (h.find("{=") != npos || h.find("{~") != npos) && h.find("```") == npos;
  if (h.rfind("::", 0) == 0 || h.find("\n::") != npos || h.find("$CATEGORY:") != npos || answer_block)
    return InputFormat::kGift;
  if (h.rfind("#separator:", 0) == 0 || h.rfind("#html:", 0) == 0 || h.rfind("#columns:", 0) == 0 ||
      h.rfind("#notetype", 0) == 0 || h.rfind("#deck", 0) == 0 || h.rfind("#tags", 0) == 0 || tab_separated(h))
    return InputFormat::kTsv;
  if (internal::looks_like_quiz(h)) return InputFormat::kQuiz;
  if (yaml_document(h)) return InputFormat::kYaml;
  bool heading = h.rfind("# ", 0) == 0 || h.rfind("## ", 0) == 0 || h.find("\n# ") != std::string_view::npos ||
                 h.find("\n## ") != std::string_view::npos || h.find("\n### ") != std::string_view::npos;
  if (heading || h.find("```") != std::string_view::npos || pipe_table(h)) return InputFormat::kMarkdown;
  if (html_fragment(lower)) return InputFormat::kHtml;
  // YAML and quiz texts have no reader of their own yet: they are read as plain text, never as a table.
  if (looks_like_yaml(h) || looks_like_quiz_text(h)) return InputFormat::kText;
  if (auto sep = internal::sniff_table(h)) return *sep == '\t' ? InputFormat::kTsv : InputFormat::kCsv;
  return InputFormat::kText;
}

// True when the format of a file was guessed from its content: stdin, no or an unknown extension, or a
// ".txt" file read as something other than plain text.
bool guessed_by_content(std::string_view file, InputFormat format) {
  if (file == "-") return true;
  std::string ext = extension_of(file);
  if (ext == "txt" || ext == "text") return format != InputFormat::kText;
  auto f = parse_input_format(ext);
  return ext.empty() || !f.ok() || *f == InputFormat::kAuto;
}

// Runs the reader for a format.
Status run_reader(InputFormat format, std::string_view text, const NormalizeOptions& opt,
                  internal::ReaderOutput& out) {
  switch (format) {
    case InputFormat::kMarkdown: return internal::read_markdown(text, opt, out);
    case InputFormat::kHtml: return internal::read_html(text, opt, out);
    case InputFormat::kCsv: return internal::read_delimited(text, opt, ',', out);
    case InputFormat::kTsv: return internal::read_delimited(text, opt, '\t', out);
    case InputFormat::kJson: return internal::read_json(text, opt, false, out);
    case InputFormat::kJsonl: return internal::read_json(text, opt, true, out);
    case InputFormat::kGift: return internal::read_gift(text, opt, out);
    case InputFormat::kQuiz: return internal::read_quiz(text, opt, out);
    case InputFormat::kYaml: return internal::read_yaml(text, opt, out);
    case InputFormat::kMoodleXml: return internal::read_moodle_xml(text, opt, out);
    case InputFormat::kToml: return internal::read_toml(text, opt, out);
    case InputFormat::kXml: return internal::read_moodle_xml(text, opt, out);
    case InputFormat::kText:
    case InputFormat::kAuto: return internal::read_text(text, opt, out);
  }
  return Status::Internal("unknown input format");
}

// Turns one raw item into q, whose fields may hold a previous record (its storage is reused); the source is
// q.sources[0], its file and format already set, and prior is the language hint of items without one.
// Returns false (and rejects the item) when its text is empty after cleanup.
bool finish_item(internal::RawItem& item, const NormalizeOptions& opt, const std::string& prior,
                 std::int64_t line_base, Question& q, NormalizeResult& res) {
  std::string_view text = item.text;  // Often a view into the input: copied once, into q's reused storage.
  q.text.assign(text.data(), text.size());
  internal::clean_text_in_place(q.text);
  if (!q.text.empty() && (q.text[0] == '(' || q.text[0] == '[' || (q.text.size() > 2 && q.text[1] == ')') ||
                          (q.text.size() > 3 && q.text[2] == ')')))
    if (std::size_t mark = internal::point_mark_length(q.text); mark > 0) q.text.erase(0, mark);
  if (q.text.empty()) {
    res.rejected.push_back({item.line, std::move(item.raw), "empty after cleanup"});
    return false;
  }
  if (opt.lang.empty()) {
    q.lang = detect_language(q.text, item.lang_hint.empty() ? prior : item.lang_hint);
    if (!item.lang_hint.empty() && q.lang != item.lang_hint) internal::prefer_declared_language(item.lang_hint, q.lang);
    else if (item.lang_hint.empty() && !prior.empty()) internal::prefer_declared_language(prior, q.lang);
  } else {
    q.lang = opt.lang;
  }
  if (!opt.topic.empty()) q.topic = opt.topic;
  else if (item.topic && !item.topic->empty()) q.topic.swap(item.topic);
  else q.topic.reset();
  q.answer.swap(item.answer);
  q.code.swap(item.code);
  q.choices.swap(item.choices);
  for (auto* field : {&q.topic, &q.answer, &q.code}) {
    if (!*field || (*field)->empty()) continue;
    internal::strip_controls_in_place(**field);
    if ((*field)->empty()) field->reset();  // Nothing but control characters.
  }
  for (auto& choice : q.choices) internal::strip_controls_in_place(choice);
  if (q.answer && internal::md::is_placeholder_word(*q.answer)) q.answer.reset();  // "Coming soon." in any format
  q.tags.swap(item.tags);
  q.extra.swap(item.extra);
  Source& src = q.sources[0];
  src.line = item.line + line_base;
  src.raw.swap(item.raw);
  compute_id_into(q, q.id);
  return true;
}

// Turns the raw items into records, kept in res or, when records is given, handed to it one by one.
Status finish_items(std::vector<internal::RawItem>& items, const NormalizeOptions& opt, const std::string& prior,
                    const char* format, const RecordSink* records, std::int64_t line_base, NormalizeResult& res) {
  if (records) {
    Question q;  // One record's storage, reused for every item.
    q.sources.push_back({opt.file, 1, "", format, std::nullopt, {}});
    for (auto& item : items)
      if (finish_item(item, opt, prior, line_base, q, res))
        if (Status s = (*records)(q); !s.ok()) return s;
    return Status::Ok();
  }
  res.records.reserve(items.size());
  for (auto& item : items) {
    Question& q = res.records.emplace_back();
    q.sources.push_back({opt.file, 1, "", format, std::nullopt, {}});
    if (!finish_item(item, opt, prior, line_base, q, res)) res.records.pop_back();
  }
  return Status::Ok();
}

}  // namespace

}  // namespace qbank::internal

namespace qbank {

Result<InputFormat> parse_input_format(std::string_view name) {
  for (const auto& f : internal::kFormatNames)
    if (name == f.name) return f.format;
  return Status::InvalidArgument("unknown format '" + std::string(name) +
                                 "' (expected auto, text, markdown, html, csv, tsv, json, jsonl, gift, quiz, yaml, moodle-xml, toml or xml)");
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
    case InputFormat::kQuiz: return "quiz";
    case InputFormat::kYaml: return "yaml";
    case InputFormat::kMoodleXml: return "moodle-xml";
    case InputFormat::kToml: return "toml";
    case InputFormat::kXml: return "xml";
  }
  return "auto";
}

InputFormat detect_input_format(std::string_view file_name, std::string_view head) {
  std::string ext = internal::extension_of(file_name);
  if (!ext.empty() && ext != "txt" && ext != "text") {
    auto f = parse_input_format(ext);
    if (f.ok() && *f != InputFormat::kAuto) {
      if (*f == InputFormat::kCsv && head.find('\t') != std::string_view::npos &&
          head.substr(0, head.find('\n')).find(',') == std::string_view::npos)
        return InputFormat::kTsv;
      if (*f == InputFormat::kXml && internal::has_quiz_element(head)) return InputFormat::kMoodleXml;
      return *f;
    }
  }
  return internal::sniff_format(head);
}

}  // namespace qbank

namespace qbank::internal {

namespace {

// Returns the document's language, the prior for items that carry no language hint, so that short or
// ambiguous items ("N+1", "REST") follow their document: the language of more than half of an even sample of up
// to 256 items ("" when there is none, as in a list that mixes languages in like shares).
std::string document_language(const std::vector<internal::RawItem>& items) {
  std::map<std::string, std::size_t> counts;
  std::size_t detected = 0;
  std::size_t step = std::max<std::size_t>(1, items.size() / 256);
  for (std::size_t i = 0; i < items.size(); i += step) {
    if (!items[i].lang_hint.empty()) continue;
    std::string lang = detect_language(std::string_view(items[i].text));
    if (lang == "und") continue;
    ++counts[lang];
    ++detected;
  }
  for (const auto& [lang, n] : counts)
    if (2 * n > detected) return lang;
  // Close relatives that share the items between them ("da" and "no") are one language that short texts tell
  // apart poorly: the sample read as one text says which.
  std::string pooled;
  for (std::size_t i = 0; i < items.size() && pooled.size() < 4096; i += step)
    if (items[i].lang_hint.empty()) pooled.append(items[i].text).push_back('\n');
  std::string lang = detect_language(std::string_view(pooled));
  std::size_t kin = 0;
  for (const auto& [other, n] : counts) kin += internal::close_relatives(lang, other) ? n : 0;
  return lang != "und" && 2 * kin > detected && kin > counts[lang] ? lang : "";
}

// Moves the lines of rejected lines, sections and diagnostics down by base (records got theirs when built).
void shift_lines(NormalizeResult& res, std::int64_t base) {
  for (auto& r : res.rejected) r.line += base;
  for (auto& s : res.sections) s.line += base;
  for (auto& d : res.diagnostics)
    if (d.line > 0) d.line += base;
}

}  // namespace

Result<NormalizeResult> normalize_text(std::string_view text, InputFormat format,
                                               const NormalizeOptions& options, const RecordSink* records,
                                               std::int64_t line_base) {
  internal::ReaderOutput out;
  if (Status s = run_reader(format, text, options, out); !s.ok()) return s;
  return finish_output(out, format, options, records, line_base);
}

Result<NormalizeResult> finish_output(ReaderOutput& out, InputFormat format, const NormalizeOptions& options,
                                      const RecordSink* records, std::int64_t line_base) {
  NormalizeResult res;
  res.format = format;
  std::string prior = document_language(out.items);
  Status st = finish_items(out.items, options, prior, input_format_name(format), records, line_base, res);
  if (!st.ok()) return st;
  for (auto& r : out.rejected) res.rejected.push_back(std::move(r));
  std::stable_sort(res.rejected.begin(), res.rejected.end(),
                   [](const RejectedLine& a, const RejectedLine& b) { return a.line < b.line; });
  res.sections = std::move(out.sections);
  res.diagnostics = std::move(out.diagnostics);
  if (line_base == 0 && options.format == InputFormat::kAuto && guessed_by_content(options.file, format)) {
    std::string note = (options.file == "-" ? std::string("stdin") : options.file) + " read as " +
                       input_format_name(format);
    if (!out.layout.empty()) note += " (" + out.layout + ")";
    res.notes.push_back(note + "; use --format to change it");
  }
  for (auto& n : out.notes) res.notes.push_back(std::move(n));
  for (const auto& s : res.sections) {
    if (s.declared == s.found) continue;
    res.diagnostics.push_back({options.file, s.line, "", "section '" + s.topic + "' declares " +
                               std::to_string(s.declared) + " questions, found " + std::to_string(s.found),
                               Severity::kWarning});
  }
  if (line_base != 0) shift_lines(res, line_base);
  return res;
}

Result<NormalizeResult> normalize_bytes(std::string_view bytes, const NormalizeOptions& options,
                                                const RecordSink* records) {
  if (Status s = check_normalize_options(options); !s.ok()) return s;
  std::string storage;
  std::string note;
  auto text = internal::decode_input(bytes, options, storage, &note);
  if (!text.ok()) return text.status();
  InputFormat format = options.format == InputFormat::kAuto
                           ? detect_input_format(options.file, text->substr(0, 4096))
                           : options.format;
  auto res = internal::normalize_text(*text, format, options, records);
  if (res.ok() && !note.empty()) res->notes.insert(res->notes.begin(), std::move(note));
  return res;
}

}  // namespace qbank::internal

namespace qbank {

Result<NormalizeResult> normalize(std::string_view bytes, const NormalizeOptions& options) {
  return internal::normalize_bytes(bytes, options, nullptr);
}

Result<NormalizeResult> normalize_file(const std::string& path, NormalizeOptions options) {
  auto bytes = read_file(path);
  if (!bytes.ok()) return bytes.status();
  if (options.file == "-") options.file = path;
  return normalize(*bytes, options);
}

}  // namespace qbank

namespace qbank {

void append_rejected_json(std::string& out, std::string_view file, const RejectedLine& rejected) {
  out += "{\"file\":";
  append_json_string(out, file);
  out += ",\"line\":";
  out += std::to_string(rejected.line);
  out += ",\"text\":";
  append_json_string(out, rejected.text);
  out += ",\"reason\":";
  append_json_string(out, rejected.reason);
  out += "}\n";
}

}  // namespace qbank

namespace qbank {

Status check_normalize_options(const NormalizeOptions& options) {
  const std::string& lang = options.lang;
  if (!lang.empty() && !is_language_code(lang))
    return Status::InvalidArgument("--lang must be a lowercase ISO 639-1 language code or und, got '" + lang + "'");
  return Status::Ok();
}

}  // namespace qbank
