// normalize_file_pieces(): large plain-text, Markdown, quiz-text, JSON, JSON Lines, CSV/TSV, GIFT, HTML, YAML and
// XML files normalized piece by piece in bounded memory.
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <functional>
#include <memory>
#include <set>

#include "base/binary_signature.hpp"
#include "fold/fold_internal.hpp"
#include "normalize/json/json_scan.hpp"
#include "normalize/quiz/quiz_lines.hpp"
#include "normalize/reader.hpp"
#include "qbank/fold.hpp"
#include "qbank/io.hpp"
#include "normalize/text/lines.hpp"

namespace qbank::internal {
namespace {

constexpr std::size_t kPieceBytes = 2u << 20;          // The size a piece aims at.
constexpr std::size_t kMaxPieceBytes = 8u << 20;  // Past this a text piece ends at any blank line or line end, and a
                                                  // JSON or HTML piece with no place to cut yet takes the rest.
constexpr std::size_t kMaxHtmlPieceBytes = 4u << 20;  // Past this an HTML piece may end before any top-level
                                                      // block (a page's parse tree is ~15 times its size).
constexpr std::size_t kStreamFrom = 2 * kPieceBytes;  // Smaller files are normalized whole, as normalize_file.
constexpr std::size_t kReadBlock = 1u << 20;           // Bytes read at a time.

// Returns the size of a regular file, or 0 when it is not one (or cannot be examined).
std::uint64_t regular_file_size(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return 0;
  return static_cast<std::uint64_t>(st.st_size);
}

// True when a line opens or closes a Markdown code fence (``` or ~~~ after at most three spaces).
bool is_fence(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && i < 3 && line[i] == ' ') ++i;
  std::string_view s = line.substr(i);
  return s.substr(0, 3) == "```" || s.substr(0, 3) == "~~~";
}

// Returns the level of an ATX Markdown heading (1-6), or 0 when the line is not one.
int heading_level(std::string_view line) {
  std::size_t h = 0;
  while (h < line.size() && h < 7 && line[h] == '#') ++h;
  return h >= 1 && h <= 6 && h < line.size() && line[h] == ' ' ? static_cast<int>(h) : 0;
}

// True when a line may open a new section: a Markdown heading no deeper than any seen before in the piece
// (so no topic above it is lost), in quiz text a "#Q" question or any line after an Aiken "ANSWER:" line
// (after_answer), or in plain text an unindented heading-like or counted-section line without a list marker.
bool section_start(std::string_view line, InputFormat format, int top_level, bool after_answer) {
  bool markdown = format == InputFormat::kMarkdown;
  if (format == InputFormat::kQuiz) return after_answer || (line.size() >= 2 && line[0] == '#' && line[1] == 'Q');
  if (line.empty() || line[0] == ' ' || line[0] == '\t') return false;
  if (markdown) {
    int level = heading_level(line);
    return level > 0 && level <= top_level;
  }
  std::string_view t = internal::txt::trim(line);
  if (t.empty() || internal::txt::parse_marker(line).kind != internal::txt::MarkerKind::kNone) return false;
  std::string topic;
  std::int64_t count = 0;
  return internal::txt::parse_section_count(t, topic, count) || internal::txt::looks_like_heading(t);
}

// Returns where the piece at the start of buf ends: the first section line after a blank line past
// kPieceBytes (outside code fences); past kMaxPieceBytes or at the end of input, a blank line or any line
// end will do, and at the end of input the rest. Returns 0 when more input is needed to decide.
std::size_t find_cut(std::string_view buf, InputFormat format, bool eof) {
  bool markdown = format == InputFormat::kMarkdown;
  if (eof && buf.size() <= kMaxPieceBytes) return buf.size();
  constexpr auto npos = std::string_view::npos;
  bool fence = false, prev_blank = false;
  bool after_answer = false;  // The last line that is not blank is an Aiken "ANSWER:" line (quiz text).
  int top_level = 6;  // The shallowest Markdown heading level seen so far.
  std::size_t blank_cut = npos, line_cut = npos;
  for (std::size_t pos = 0; pos < buf.size();) {
    std::size_t end = buf.find('\n', pos);
    if (end == npos) break;  // The last line may be incomplete: never cut inside it.
    std::string_view line = buf.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (pos >= kPieceBytes && !fence && prev_blank) {
      if (section_start(line, format, top_level, after_answer)) return pos;
      if (blank_cut == npos) blank_cut = pos;
    }
    if (pos >= kPieceBytes && !fence && line_cut == npos) line_cut = pos;
    if (markdown && is_fence(line)) fence = !fence;
    if (markdown && !fence && heading_level(line) > 0) top_level = std::min(top_level, heading_level(line));
    prev_blank = internal::txt::trim(line).empty();
    if (format == InputFormat::kQuiz && !prev_blank)
      after_answer = classify_quiz_line(internal::txt::trim(line)).kind == QuizLineKind::kAikenAnswer;
    pos = end + 1;
  }
  if (!eof && buf.size() < kMaxPieceBytes) return 0;
  if (blank_cut != npos) return blank_cut;
  if (line_cut != npos) return line_cut;
  return eof ? buf.size() : 0;  // One giant line: read on to its end rather than cut inside it.
}

// Where a piece of a top-level JSON array ends: at the separating comma (the piece then lacks its closing ']')
// or at the end of the input.
struct JsonCut {
  std::size_t at = 0;  // Bytes of buf in the piece; 0 when more input is needed to decide.
  bool comma = false;  // True when the piece ends before the top-level comma at `at`.
};

// Finds where the piece of a top-level JSON array at the start of buf ends: the first comma between elements
// past kPieceBytes, else (at the end of input) the rest. from is where the first element may start (after the
// '[' in the first piece). A value that does not end is left to the reader, which names its line.
JsonCut find_json_cut(std::string_view buf, std::size_t from, bool eof) {
  for (std::size_t i = json_skip_ws(buf, from); i < buf.size();) {
    if (buf[i] == ']' || buf[i] == ',') break;  // The end of the array, or a missing element: the reader's.
    std::size_t end = json_skip_value(buf, i);
    if (end == kJsonNpos || end == i) break;
    std::size_t next = json_skip_ws(buf, end);
    if (next == buf.size()) break;
    if (buf[next] != ',') break;
    if (next >= kPieceBytes) return {next, true};
    i = json_skip_ws(buf, next + 1);
  }
  return {eof ? buf.size() : 0, false};
}

// Moves the line named at the head of a reader's error ("file:LINE: ...") down by base.
Status shift_error_line(const Status& s, const std::string& file, std::int64_t base) {
  const std::string& m = s.message();
  std::size_t digits = file.size() + 1;
  if (base == 0 || m.compare(0, file.size(), file) != 0 || m.size() <= digits || m[file.size()] != ':') return s;
  std::size_t end = m.find_first_not_of("0123456789", digits);
  if (end == digits || end == std::string::npos || m[end] != ':') return s;
  std::int64_t line = std::stoll(m.substr(digits, end - digits)) + base;
  return Status(s.code(), m.substr(0, digits) + std::to_string(line) + m.substr(end));
}

// True for an HTML element that encloses blocks and is closed explicitly: the nesting a cut must be outside of.
bool html_container(std::string_view name) {
  static constexpr std::string_view kContainers[] = {
      "div", "table", "section", "article", "main", "aside", "nav", "header", "footer", "ul", "ol", "dl",
      "details", "blockquote", "form", "figure", "center", "pre", "template", "fieldset", "menu"};
  return std::find(std::begin(kContainers), std::end(kContainers), name) != std::end(kContainers);
}

// True for an element whose content is raw text, not markup.
bool html_raw_text(std::string_view name) {
  return name == "script" || name == "style" || name == "textarea" || name == "title" || name == "xmp" ||
         name == "plaintext";
}

// Returns the offset after the '>' that ends the tag whose name ends at i (quoted attribute values skipped), or
// npos when the tag does not end in buf.
std::size_t html_tag_end(std::string_view buf, std::size_t i) {
  for (char quote = 0; i < buf.size(); ++i) {
    char c = buf[i];
    if (quote) quote = c == quote ? 0 : quote;
    else if (c == '"' || c == '\'') quote = c;
    else if (c == '>') return i + 1;
  }
  return std::string_view::npos;
}

// Finds where the piece of an HTML page at the start of buf ends, at an opening tag past kPieceBytes that no
// block container encloses (so the elements that hold it are only html and body, which the parser supplies to
// the next piece): a heading no deeper than any seen before in the piece (so no topic above it is lost); past
// kMaxHtmlPieceBytes also any other heading, paragraph, rule or container. At the end of input the rest.
// Returns 0 when more input is needed.
std::size_t find_html_cut(std::string_view buf, bool eof) {
  constexpr auto npos = std::string_view::npos;
  auto lower_name = [](std::string_view name, char* out) {
    for (std::size_t k = 0; k < name.size(); ++k)
      out[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[k])));
    return std::string_view(out, name.size());
  };
  int depth = 0;
  int top_level = 6;  // The shallowest heading level seen so far.
  for (std::size_t i = 0; (i = buf.find('<', i)) != npos;) {
    if (buf.compare(i, 4, "<!--") == 0) {
      std::size_t end = buf.find("-->", i + 4);
      if (end == npos) break;
      i = end + 3;
      continue;
    }
    bool close = i + 1 < buf.size() && buf[i + 1] == '/';
    std::size_t from = i + 1 + (close ? 1 : 0), to = from;
    while (to < buf.size() && to - from < 16 && std::isalnum(static_cast<unsigned char>(buf[to]))) ++to;
    if (to == from || to - from >= 16) {  // "<!DOCTYPE", "<?xml", a lone '<' or no element of interest.
      i = to == from ? i + 1 : to;
      continue;
    }
    std::size_t end = html_tag_end(buf, to);
    if (end == npos) break;
    char name_buf[16];
    std::string_view name = lower_name(buf.substr(from, to - from), name_buf);
    if (!close && html_raw_text(name)) {  // Skip to the closing tag of raw text.
      std::size_t k = end;
      for (; (k = buf.find("</", k)) != npos; k += 2) {
        char close_buf[16];
        std::string_view rest = buf.substr(k + 2, std::min<std::size_t>(name.size(), buf.size() - k - 2));
        if (lower_name(rest, close_buf) == name) break;
      }
      if (k == npos) break;
      i = k;
      continue;
    }
    int level = name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6' ? name[1] - '0' : 0;
    bool container = html_container(name);
    if (!close && depth == 0 && i >= kPieceBytes) {
      bool section = level > 0 && level <= top_level;
      if (section || (i >= kMaxHtmlPieceBytes && (level > 0 || container || name == "p" || name == "hr"))) return i;
    }
    if (!close && level > 0) top_level = std::min(top_level, level);
    if (container && close) depth = std::max(0, depth - 1);
    else if (container && buf[end - 2] != '/') ++depth;
    i = end;
  }
  return eof ? buf.size() : 0;
}

// Appends up to kReadBlock bytes of f to buf; returns false at the end of input or on a read error.
bool read_block(std::FILE* f, std::string& buf, bool& failed) {
  std::size_t old = buf.size();
  buf.resize(old + kReadBlock);
  std::size_t n = std::fread(buf.data() + old, 1, kReadBlock, f);
  buf.resize(old + n);
  failed = failed || std::ferror(f) != 0;
  return n == kReadBlock;
}

// True when the head of an input asks for transcoding (a UTF-16/32 BOM or NUL bytes), which the whole-file
// path handles.
bool needs_transcoding(std::string_view head) {
  if (head.substr(0, 2) == "\xFF\xFE" || head.substr(0, 2) == "\xFE\xFF") return true;
  return head.substr(0, 512).find('\0') != std::string_view::npos;
}

// Counts the line ends of a text.
std::int64_t count_lines(std::string_view s) {
  std::int64_t n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

// The error for invalid UTF-8 at offset bad of a piece that starts after line_base lines, offset bytes into
// the file.
Status invalid_utf8(const std::string& file, std::int64_t line_base, std::string_view piece, std::size_t bad,
                    std::uint64_t offset) {
  return Status::DataError(file + ":" + std::to_string(line_base + 1 + count_lines(piece.substr(0, bad))) +
                           ": invalid UTF-8 at byte offset " + std::to_string(offset + bad) +
                           " (use --encoding to name a legacy encoding)");
}

// Reads a regular file of the given size in one go, into a buffer that is neither cleared nor copied; returns
// false when it cannot or the size changed meanwhile, so that read_file reads the file instead.
bool read_whole_file(const std::string& path, std::uint64_t size, std::unique_ptr<char[]>& data) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return false;
  data.reset(new char[size + 1]);
  std::size_t n = std::fread(data.get(), 1, size + 1, f.get());
  return n == size && std::feof(f.get()) != 0 && std::ferror(f.get()) == 0;
}

// Normalizes input bytes held in memory as one piece.
Status finish_bytes(std::string_view bytes, const NormalizeOptions& options, const NormalizeSink& sink,
                    const RecordSink* records) {
  auto res = internal::normalize_bytes(bytes, options, records);
  return res.ok() ? sink(*res) : res.status();
}

// Normalizes a whole file as one piece.
Status run_whole(const std::string& path, const NormalizeOptions& options, const NormalizeSink& sink,
                 const RecordSink* records, std::uint64_t size) {
  std::unique_ptr<char[]> data;
  if (size > 0 && read_whole_file(path, size, data))
    return finish_bytes(std::string_view(data.get(), size), options, sink, records);
  auto bytes = read_file(path);
  if (!bytes.ok()) return bytes.status();
  return finish_bytes(*bytes, options, sink, records);
}

// Normalizes a file holding one top-level JSON array piece by piece: each piece is a run of its elements read
// as an array of its own, so memory follows the piece, not the file. buf holds the first bytes read (BOM
// dropped, offset bytes before it); whole normalizes the file in one go instead.
Status run_json_pieces(std::FILE* f, std::string& buf, bool eof, bool failed, std::uint64_t offset,
                       const NormalizeOptions& options, const NormalizeSink& sink, const RecordSink* records,
                       const std::function<Status()>& whole) {
  std::int64_t line_base = 0;
  std::set<std::string> told;  // Notes already handed on: each is told once per file.
  std::string piece;
  for (bool first = true; !buf.empty(); first = false) {
    while (!eof && buf.size() < kPieceBytes) eof = !read_block(f, buf, failed);
    std::size_t from = first ? buf.find('[') + 1 : 0;
    JsonCut cut = find_json_cut(buf, from, eof);
    while (cut.at == 0) {
      eof = !read_block(f, buf, failed);
      if (buf.size() >= kMaxPieceBytes)  // No place to cut so far: the rest is read as one piece.
        while (!eof) eof = !read_block(f, buf, failed);
      cut = find_json_cut(buf, from, eof);
    }
    if (failed) return Status::IoError(options.file + ": read failed");
    std::string_view part = std::string_view(buf).substr(0, cut.at);
    std::size_t bad = find_invalid_utf8(part);
    if (bad != std::string_view::npos && first) return whole();  // Declared or detected encodings.
    if (bad != std::string_view::npos)
      return invalid_utf8(options.file, line_base, part, bad, offset);
    piece.assign(first ? "" : "[");
    piece.append(part);
    if (cut.comma) piece.push_back(']');
    auto res = internal::normalize_text(piece, InputFormat::kJson, options, records, line_base);
    if (!res.ok()) return shift_error_line(res.status(), options.file, line_base);
    std::erase_if(res->notes, [&](const std::string& n) { return !told.insert(n).second; });
    if (Status s = sink(*res); !s.ok()) return s;
    std::size_t used = cut.comma ? cut.at + 1 : cut.at;  // The comma goes with the piece before it.
    line_base += count_lines(std::string_view(buf).substr(0, used));
    offset += used;
    buf.erase(0, used);
  }
  return Status::Ok();
}

// Reads an HTML page piece by piece, each piece a run of the body's blocks cut by find_html_cut (which knows
// kPieceBytes itself).
class HtmlPieceReader final : public PieceReader {
 public:
  explicit HtmlPieceReader(const NormalizeOptions& options) : options_(options) {}

  std::size_t cut(std::string_view buf, std::size_t) override {
    std::size_t at = find_html_cut(buf, false);
    return at == 0 ? std::string_view::npos : at;
  }

  Status read(std::string_view piece, ReaderOutput& out) override { return read_html(piece, options_, out); }

 private:
  const NormalizeOptions& options_;  // The caller's options, which outlive the reader.
};

// True when the head of a JSON document may be a Jupyter notebook, which is read whole (its cells make one
// Markdown document): a "cells" key near the start or an "nbformat" key in what was read.
bool notebook_head(std::string_view buf) {
  return buf.substr(0, 4096).find("\"cells\"") != std::string_view::npos ||
         buf.find("\"nbformat\"") != std::string_view::npos;
}

// Normalizes a file piece by piece with a piece reader, each piece ending where the reader can cut past
// kPieceBytes, its records finished and handed on, so memory follows the piece, not the file. buf holds the
// first bytes read (BOM dropped, offset bytes before it); whole normalizes the file in one go instead.
Status run_reader_pieces(std::FILE* f, std::string& buf, bool eof, bool failed, std::uint64_t offset,
                         InputFormat format, PieceReader& reader, const NormalizeOptions& options,
                         const NormalizeSink& sink, const RecordSink* records, const std::function<Status()>& whole) {
  constexpr auto npos = std::string_view::npos;
  std::int64_t line_base = 0;
  std::set<std::string> told;  // Notes already handed on: each is told once per file.
  const bool break_crs = buf.find("\r\n") == std::string::npos;  // A lone CR breaks lines in a file without CRLF.
  for (bool first = true; !buf.empty(); first = false) {
    while (!eof && buf.size() < kPieceBytes) eof = !read_block(f, buf, failed);
    std::size_t cut = eof && buf.size() <= kPieceBytes ? buf.size() : reader.cut(buf, kPieceBytes);
    while (cut == npos && !eof) {  // A record that goes on: read until it ends.
      eof = !read_block(f, buf, failed);
      if (buf.size() >= kMaxPieceBytes)  // No place to cut so far: the rest is read as one piece.
        while (!eof) eof = !read_block(f, buf, failed);
      cut = reader.cut(buf, kPieceBytes);
    }
    if (cut == npos) cut = buf.size();
    if (failed) return Status::IoError(options.file + ": read failed");
    if (break_crs) break_lone_crs(buf.data(), cut);
    std::string_view piece = std::string_view(buf).substr(0, cut);
    std::size_t bad = find_invalid_utf8(piece);
    if (bad != npos && first) return whole();  // Declared or detected encodings.
    if (bad != npos) return invalid_utf8(options.file, line_base, piece, bad, offset);
    ReaderOutput out;
    Status read = reader.read(piece, out);
    std::int64_t base = line_base - reader.lines_added();  // Lines the reader put before the piece's text.
    if (!read.ok()) return shift_error_line(read, options.file, base);
    auto res = finish_output(out, format, options, records, base);
    if (!res.ok()) return res.status();
    std::erase_if(res->notes, [&](const std::string& n) { return !told.insert(n).second; });
    if (Status s = sink(*res); !s.ok()) return s;
    line_base += count_lines(piece);
    offset += cut;
    buf.erase(0, cut);
  }
  return Status::Ok();
}

// The length of the start of s that ends on a character boundary (an incomplete UTF-8 sequence at its end is
// left out).
std::size_t complete_utf8(std::string_view s) {
  std::size_t back = 0;
  while (back < 3 && back < s.size() && (static_cast<unsigned char>(s[s.size() - 1 - back]) & 0xC0) == 0x80) ++back;
  if (back < s.size() && (static_cast<unsigned char>(s[s.size() - 1 - back]) & 0xC0) == 0xC0) return s.size() - back - 1;
  return s.size();
}

// True when the first block read (eof: all the input) is UTF-8 but for a character its end cuts.
bool utf8_head(std::string_view buf, bool eof) {
  return find_invalid_utf8(buf.substr(0, eof ? buf.size() : complete_utf8(buf))) == std::string_view::npos;
}

// Hands a file on block by block as checked UTF-8 (a character cut by a block's end waits for the next block);
// the first block is the one already read.
class Utf8Feed {
 public:
  // Reads on from f after buf (BOM dropped, offset bytes before it); break_crs turns lone CRs into line ends.
  Utf8Feed(std::FILE* f, std::string& buf, bool eof, bool failed, std::uint64_t offset, const std::string& file,
           bool break_crs)
      : f_(f), eof_(eof), failed_(failed), bytes_before_(offset), file_(file), break_crs_(break_crs) {
    std::size_t checked = eof ? buf.size() : complete_utf8(buf);
    tail_ = buf.substr(checked);
    buf.resize(checked);
    first_ = std::move(buf);
  }

  // Appends the next block to out; at_end is set after the last.
  Status operator()(std::string& out, bool& at_end) {
    std::string data;
    if (started_) {
      data = std::move(tail_);
      if (!eof_) eof_ = !read_block(f_, data, failed_);
      if (failed_) return Status::IoError(file_ + ": read failed");
      std::size_t done = eof_ ? data.size() : complete_utf8(data);
      tail_ = data.substr(done);
      data.resize(done);
      std::size_t bad = find_invalid_utf8(data);
      if (bad != std::string_view::npos)
        return Status::DataError(file_ + ":" + std::to_string(lines_before_ + 1 + count_lines(data.substr(0, bad))) +
                                 ": invalid UTF-8 at byte offset " + std::to_string(bytes_before_ + bad) +
                                 " (use --encoding to name a legacy encoding)");
    } else {
      data = std::move(first_);
      started_ = true;
    }
    if (break_crs_) break_lone_crs(data.data(), data.size());
    bytes_before_ += data.size();
    lines_before_ += count_lines(data);
    out.append(data);
    at_end = eof_ && tail_.empty();
    return Status::Ok();
  }

 private:
  std::FILE* f_;
  bool eof_, failed_;
  std::uint64_t bytes_before_;     // Input bytes handed on so far (a BOM included) …
  std::int64_t lines_before_ = 0;  // … and their line ends.
  const std::string& file_;
  bool break_crs_;
  bool started_ = false;
  std::string first_;  // The first block.
  std::string tail_;   // Bytes of an incomplete character, checked with the next block.
};

// Hands each batch a reader streams on as a result: finished, its notes told once per file.
BatchSink finishing_sink(InputFormat format, const NormalizeOptions& options, const NormalizeSink& sink,
                         const RecordSink* records, std::set<std::string>& told) {
  return [&, format, records](ReaderOutput& batch) -> Status {
    auto res = finish_output(batch, format, options, records);
    if (!res.ok()) return res.status();
    std::erase_if(res->notes, [&](const std::string& n) { return !told.insert(n).second; });
    return sink(*res);
  };
}

// Normalizes a YAML file in bounded memory: the reader parses it as it is read, restarting at item boundaries
// (read_yaml_stream), and each stretch's records are finished and handed on. buf holds the first bytes read
// (BOM dropped, offset bytes before it); whole normalizes the file in one go instead.
Status run_yaml_pieces(std::FILE* f, std::string& buf, bool eof, bool failed, std::uint64_t offset,
                       const NormalizeOptions& options, const NormalizeSink& sink, const RecordSink* records,
                       const std::function<Status()>& whole) {
  if (!utf8_head(buf, eof)) return whole();  // Declared or detected encodings.
  Utf8Feed utf8(f, buf, eof, failed, offset, options.file, false);
  std::set<std::string> told;  // Notes already handed on: each is told once per file.
  return read_yaml_stream([&](std::string& out, bool& at_end) { return utf8(out, at_end); }, options, kPieceBytes,
                          finishing_sink(InputFormat::kYaml, options, sink, records, told));
}

// Normalizes an XML file (a Moodle quiz or a data file) in bounded memory: expat parses it as it is read, and
// the items and rejected lines read so far are finished and handed on every piece (read_xml_stream). buf holds
// the first bytes read (BOM dropped, offset bytes before it); whole normalizes the file in one go instead (a
// legacy encoding, an XHTML page).
Status run_xml_pieces(std::FILE* f, std::string& buf, bool eof, bool failed, std::uint64_t offset, InputFormat format,
                      const NormalizeOptions& options, const NormalizeSink& sink, const RecordSink* records,
                      const std::function<Status()>& whole) {
  const bool break_crs = buf.find("\r\n") == std::string::npos;  // A lone CR breaks lines in a file without CRLF.
  // A declared or detected encoding, or an XHTML page, is read whole (before buf is handed to the reader).
  if (!utf8_head(buf, eof) || xml_root_name(buf) == "html") return whole();
  Utf8Feed utf8(f, buf, eof, failed, offset, options.file, break_crs);
  std::set<std::string> told;  // Notes already handed on: each is told once per file.
  bool html = false;
  XmlStreamLimits limits;
  limits.flush_bytes = kPieceBytes;
  Status s = read_xml_stream([&](std::string& out, bool& at_end) { return utf8(out, at_end); }, options, limits,
                             finishing_sink(format, options, sink, records, told), html);
  return s.ok() && html ? whole() : s;
}

// The body of both normalize_file_pieces forms; records is null when the pieces keep their records.
Status run_pieces(const std::string& path, NormalizeOptions options, const NormalizeSink& sink,
                  const RecordSink* records) {
  if (Status s = check_normalize_options(options); !s.ok()) return s;
  if (options.file == "-") options.file = path;
  const bool from_stdin = path == "-";
  std::uint64_t size = from_stdin ? 0 : regular_file_size(path);
  std::string buf;
  std::uint64_t offset = 0;  // The bytes before buf's head (a UTF-8 BOM taken off it).
  bool bom = false;          // True when a UTF-8 BOM was taken off the head of buf.
  bool failed = false, eof = false;
  // Normalizes the whole input in one go: a file is read again, standard input is what buf holds and the rest.
  auto whole = [&]() -> Status {
    if (!from_stdin) return run_whole(path, options, sink, records, size);
    while (!eof) eof = !read_block(stdin, buf, failed);
    if (failed) return Status::IoError(path + ": read failed");
    if (bom) buf.insert(0, "\xEF\xBB\xBF");
    return finish_bytes(buf, options, sink, records);
  };
  if (!options.encoding.empty() || (!from_stdin && size < kStreamFrom)) return whole();
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(from_stdin ? nullptr : std::fopen(path.c_str(), "rb"),
                                                       &std::fclose);
  std::FILE* f = from_stdin ? stdin : file.get();
  if (!f) return whole();
  while (!eof && buf.size() < kPieceBytes) eof = !read_block(f, buf, failed);
  // Lines end where decoding says; a binary file is refused there; small standard input is read whole.
  if (needs_transcoding(buf) || ends_lines_with_lone_cr(buf) || !binary_kind(buf).what.empty() ||
      (from_stdin && eof && buf.size() < kStreamFrom))
    return whole();
  if (buf.substr(0, 3) == "\xEF\xBB\xBF") {
    buf.erase(0, offset = 3);
    bom = true;
  }
  InputFormat format = options.format == InputFormat::kAuto
                           ? detect_input_format(options.file, std::string_view(buf).substr(0, 4096))
                           : options.format;
  std::size_t start = buf.find_first_not_of(" \t\r\n");
  char first_byte = start == std::string::npos ? '\0' : buf[start];
  if (format == InputFormat::kJson && options.columns.empty() && first_byte == '[')
    return run_json_pieces(f, buf, eof, failed, offset, options, sink, records, whole);
  if (format == InputFormat::kXml || format == InputFormat::kMoodleXml)
    return run_xml_pieces(f, buf, eof, failed, offset, format, options, sink, records, whole);
  if (format == InputFormat::kYaml) return run_yaml_pieces(f, buf, eof, failed, offset, options, sink, records, whole);
  std::unique_ptr<PieceReader> reader;
  if (format == InputFormat::kHtml)
    reader = std::make_unique<HtmlPieceReader>(options);
  else if (format == InputFormat::kCsv || format == InputFormat::kTsv)
    reader = delimited_piece_reader(options, format == InputFormat::kCsv ? ',' : '\t');
  else if (format == InputFormat::kJson && options.columns.empty() && first_byte == '{' && !notebook_head(buf))
    reader = json_document_piece_reader(options);
  else if (format == InputFormat::kJsonl && options.columns.empty() && first_byte != '[')
    reader = json_lines_piece_reader(options);
  else if (format == InputFormat::kGift)
    reader = gift_piece_reader(options);
  if (reader) return run_reader_pieces(f, buf, eof, failed, offset, format, *reader, options, sink, records, whole);
  if (format != InputFormat::kText && format != InputFormat::kMarkdown && format != InputFormat::kQuiz) return whole();
  std::int64_t line_base = 0;
  const bool break_crs = buf.find("\r\n") == std::string::npos;  // A lone CR breaks lines in a file without CRLF.
  while (!buf.empty()) {
    while (!eof && buf.size() < kPieceBytes) eof = !read_block(f, buf, failed);
    std::size_t cut = find_cut(buf, format, eof);
    while (cut == 0) {
      eof = !read_block(f, buf, failed);
      cut = find_cut(buf, format, eof);
    }
    if (failed) return Status::IoError(path + ": read failed");
    if (break_crs) break_lone_crs(buf.data(), cut);
    std::string_view piece = std::string_view(buf).substr(0, cut);
    std::size_t bad = find_invalid_utf8(piece);
    if (bad != std::string_view::npos && line_base == 0) return whole();  // Declared or detected encodings.
    if (bad != std::string_view::npos)
      return invalid_utf8(options.file, line_base, piece, bad, offset);
    auto res = internal::normalize_text(piece, format, options, records, line_base);
    if (!res.ok()) return res.status();
    if (Status s = sink(*res); !s.ok()) return s;
    line_base += count_lines(piece);
    offset += cut;
    buf.erase(0, cut);
  }
  return Status::Ok();
}

}  // namespace

}  // namespace qbank::internal

namespace qbank {

Status normalize_file_pieces(const std::string& path, NormalizeOptions options, const NormalizeSink& sink) {
  return internal::run_pieces(path, std::move(options), sink, nullptr);
}

Status normalize_file_pieces(const std::string& path, NormalizeOptions options, const NormalizeSink& sink,
                             const RecordSink& records) {
  return internal::run_pieces(path, std::move(options), sink, &records);
}

}  // namespace qbank

