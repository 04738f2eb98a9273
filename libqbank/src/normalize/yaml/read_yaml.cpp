// The YAML reader: libfyaml's parse events through the walk (yaml_walker.hpp). Large inputs are parsed in
// pieces: at an item boundary past the piece size, the parser restarts on the rest of the input behind a
// skeleton of the open collections, so neither the input nor the parser's buffer grows with the file. Lines
// outside every question are rejected as "heading" (a key that opens a block) or "metadata".
#include <libfyaml.h>

#include <algorithm>
#include <cstring>
#include <memory>

#include "normalize/question_cues.hpp"
#include "normalize/reader.hpp"
#include "normalize/yaml/yaml_walker.hpp"

namespace qbank::internal {
namespace {

using yaml::Event;

// Deletes a libfyaml diagnostics object.
struct DiagDeleter {
  void operator()(fy_diag* d) const { fy_diag_destroy(d); }
};

// Deletes a libfyaml parser.
struct ParserDeleter {
  void operator()(fy_parser* p) const { fy_parser_destroy(p); }
};

// Frees a parse event.
struct EventDeleter {
  fy_parser* parser;  // The parser that made the event.
  void operator()(fy_event* e) const { fy_parser_event_free(parser, e); }
};

// The byte offset in line of the character at column (the offset of the line's end when it is shorter).
std::size_t column_offset(std::string_view line, std::int64_t column) {
  std::size_t i = 0;
  for (std::int64_t c = 0; c < column && i < line.size(); ++c) {
    ++i;
    while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

// The data error for a YAML stream that does not parse: the first message's line ("<input>:3:1: error: did
// not find expected node content") moved by line_offset, and its text; an error inside a flow collection left
// open also names the line it opened on (flow_line, 0 when none is open), in place of the input's end.
Status yaml_error(const std::string& file, std::string_view messages, std::int64_t line_offset,
                  std::int64_t flow_line) {
  std::size_t at = messages.find(": error: ");
  if (at == std::string_view::npos) return Status::DataError(file + ": invalid YAML");
  std::size_t eol = std::min(messages.find('\n', at), messages.size());
  std::string what(trim(messages.substr(at + 9, eol - at - 9)));
  std::string_view head = messages.substr(0, at);  // "<input>:LINE:COLUMN"
  std::size_t c2 = head.rfind(':');
  std::size_t c1 = c2 == std::string_view::npos || c2 == 0 ? std::string_view::npos : head.rfind(':', c2 - 1);
  std::string line = c1 == std::string_view::npos ? "" : std::string(head.substr(c1 + 1, c2 - c1 - 1));
  bool digits = !line.empty() && line.size() < 18 && line.find_first_not_of("0123456789") == std::string::npos;
  if (digits) line = std::to_string(std::stoll(line) + line_offset);
  if (flow_line > 0 && what.find("flow") != std::string::npos) {
    if (what.find("closing") != std::string::npos) {  // Found where the input ends: name where it opened.
      line = std::to_string(flow_line);
      digits = true;
    } else {
      what += " (the flow collection opened on line " + std::to_string(flow_line) + " is not closed)";
    }
  }
  return Status::DataError(file + (digits ? ":" + line : std::string()) + ": invalid YAML: " + what);
}

// The input of the current parser: the skeleton, then the input from the last restart on, read through the
// feed as the parser asks.
struct Input {
  const InputFeed* feed = nullptr;  // Where more input comes from.
  std::string buf;                  // The input from the last restart on.
  std::size_t served = 0;           // Bytes of buf handed to the current parser.
  std::string skeleton;             // The lines that reopen the collections open at the restart.
  std::size_t skeleton_served = 0;  // Bytes of the skeleton handed to the current parser.
  bool eof = false;                 // True once the feed has no more.
  Status failed;                    // The feed's failure, if any.
  yaml::Walker* walker = nullptr;   // Told where buf is whenever it grows.
  std::int64_t first_line = 1;      // The line buf starts on.
};

// Hands the parser up to count more bytes of input.
ssize_t serve(void* user, void* out, std::size_t count) {
  auto* in = static_cast<Input*>(user);
  if (in->skeleton_served < in->skeleton.size()) {
    std::size_t n = std::min(count, in->skeleton.size() - in->skeleton_served);
    std::memcpy(out, in->skeleton.data() + in->skeleton_served, n);
    in->skeleton_served += n;
    return static_cast<ssize_t>(n);
  }
  while (in->served == in->buf.size() && !in->eof) {
    if (Status s = (*in->feed)(in->buf, in->eof); !s.ok()) {
      in->failed = s;
      return -1;
    }
    in->walker->set_source(in->buf, in->first_line);
  }
  std::size_t n = std::min(count, in->buf.size() - in->served);
  std::memcpy(out, in->buf.data() + in->served, n);
  in->served += n;
  return static_cast<ssize_t>(n);
}

}  // namespace

Status read_yaml_stream(const InputFeed& feed, const NormalizeOptions& options, std::size_t piece_bytes,
                        const BatchSink& sink, std::size_t section_bytes) {
  // Parse messages are kept (not printed) so that the first error can name its line.
  std::string messages;
  fy_diag_cfg dc;
  fy_diag_cfg_default(&dc);
  dc.fp = nullptr;
  dc.colorize = false;
  dc.user = &messages;
  dc.output_fn = [](fy_diag*, void* user, const char* buf, std::size_t len) {
    auto* m = static_cast<std::string*>(user);
    if (m->size() < 4096) m->append(buf, len);
  };
  std::unique_ptr<fy_diag, DiagDeleter> diag(fy_diag_create(&dc));
  if (!diag) return Status::Internal("out of memory creating the YAML diagnostics");
  fy_parse_cfg cfg{};
  cfg.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_COLLECT_DIAG | FYPCF_DEFAULT_VERSION_AUTO |
                                                FYPCF_SLOPPY_FLOW_INDENTATION);
  cfg.diag = diag.get();
  ReaderOutput batch;
  yaml::Walker walker(batch, options.file, section_bytes > 0 ? section_bytes : yaml::Walker::kSectionBytes);
  Input in;
  in.feed = &feed;
  in.walker = &walker;
  std::int64_t skeleton_lines = 0;
  std::unique_ptr<fy_parser, ParserDeleter> parser;
  auto start_parser = [&]() -> Status {
    parser.reset(fy_parser_create(&cfg));
    if (!parser || fy_parser_set_input_callback(parser.get(), &in, serve) != 0)
      return Status::Internal("out of memory creating the YAML parser");
    return Status::Ok();
  };
  // Hands on the items and rejected lines of buf's first `bytes` bytes, the lines before next_line; the lines
  // a question covers from next_line on (a block scalar's end) stay covered.
  auto flush = [&](std::size_t bytes, std::int64_t next_line) -> Status {
    auto& used = walker.used();
    yaml::reject_unused(std::string_view(in.buf).substr(0, bytes), in.first_line, used, batch.rejected);
    std::erase_if(used, [&](const auto& span) { return span.second < next_line; });
    Status s = sink(batch);
    batch = ReaderOutput();
    return s;
  };
  if (Status s = start_parser(); !s.ok()) return s;
  bool plain_document = true;  // The current document has no directives (a restart would lose them).
  std::int64_t last_line = 0;  // The line of the last event with a mark, as a line of buf (0-based).
  // The collections open at this point of the parse: flow style ("[", "{") or not, and the file line each opens on.
  std::vector<std::pair<bool, std::int64_t>> open_collections;
  std::int64_t cursor_line = 0;    // A line of buf …
  std::size_t cursor_pos = 0;      // … and the offset where it starts.
  auto offset_of = [&](std::int64_t line) {  // The offset in buf of a 0-based line of buf.
    if (line < cursor_line) cursor_line = 0, cursor_pos = 0;
    for (; cursor_line < line && cursor_pos < in.buf.size(); ++cursor_line)
      cursor_pos = std::min(in.buf.find('\n', cursor_pos), in.buf.size()) + 1;
    return std::min(cursor_pos, in.buf.size());
  };
  // Restarts the parse at offset `at` of buf (the start of line next_line), behind the walk's skeleton.
  auto restart = [&](std::size_t at, std::int64_t next_line) -> Status {
    auto [skeleton, lines] = walker.skeleton();
    if (Status s = flush(at, next_line); !s.ok()) return s;
    in.buf.erase(0, at);
    in.first_line = next_line;
    in.served = 0;
    in.skeleton = std::move(skeleton);
    in.skeleton_served = 0;
    skeleton_lines = lines;
    last_line = cursor_line = 0;
    cursor_pos = 0;
    open_collections.clear();
    messages.clear();
    walker.set_source(in.buf, in.first_line);
    return start_parser();
  };
  while (fy_event* fe = fy_parser_parse(parser.get())) {
    std::unique_ptr<fy_event, EventDeleter> hold(fe, EventDeleter{parser.get()});
    const fy_mark* mark = fy_event_start_mark(fe);
    if (mark && mark->line < skeleton_lines) continue;  // The skeleton's own events.
    std::int64_t line_shift = in.first_line - skeleton_lines;  // File line of a 0-based parser line.
    Event e;
    switch (fe->type) {
      case FYET_DOCUMENT_START: {
        fy_document_state* ds = fe->document_start.document_state;
        plain_document = !ds || (!fy_document_state_version_explicit(ds) && !fy_document_state_tags_explicit(ds));
        // A "---" at the start of a line past the piece size starts a piece of its own (the documents before it
        // have ended, so nothing is open).
        if (piece_bytes == 0 || !plain_document || !mark || fe->document_start.implicit || mark->column != 0)
          continue;
        std::size_t at = offset_of(mark->line - skeleton_lines);
        if (at < piece_bytes) continue;
        hold.reset();
        if (Status s = restart(at, mark->line + line_shift); !s.ok()) return s;
        continue;
      }
      case FYET_DOCUMENT_END:
        walker.end_document();
        continue;
      case FYET_SCALAR:
      case FYET_ALIAS: {
        e.kind = Event::Kind::kScalar;
        if (fy_token* t = fy_event_get_token(fe)) {
          const fy_mark* a = fy_token_start_mark(t);
          const fy_mark* b = fy_token_end_mark(t);
          if (a) e.line = a->line + line_shift;
          if (b) e.last = b->line + line_shift - (b->column == 0 ? 1 : 0);
          if (!walker.wants_text()) break;
          if (fe->type == FYET_SCALAR && a && b && a->line == b->line && a->line >= skeleton_lines &&
              fy_token_scalar_style(t) == FYSS_PLAIN) {
            // A plain scalar on one line is its source text (a token never spans two input chunks, so the
            // marks' offsets give its length).
            std::size_t from = offset_of(a->line - skeleton_lines);
            std::size_t end = std::min(in.buf.find('\n', from), in.buf.size());
            from += column_offset(std::string_view(in.buf).substr(from, end - from), a->column);
            std::size_t len = b->input_pos - a->input_pos;
            if (b->input_pos >= a->input_pos && from + len <= end) {
              e.text.assign(in.buf, from, len);
              break;
            }
          }
          std::size_t len = 0;
          if (const char* s = fy_token_get_text(t, &len)) e.text.assign(s, len);
        }
        break;
      }
      case FYET_MAPPING_START:
      case FYET_SEQUENCE_START:
        e.kind = fe->type == FYET_MAPPING_START ? Event::Kind::kMappingStart : Event::Kind::kSequenceStart;
        e.block = fy_event_get_node_style(fe) == FYNS_BLOCK;
        open_collections.emplace_back(!e.block, mark ? mark->line + line_shift : 0);
        break;
      case FYET_MAPPING_END:
      case FYET_SEQUENCE_END:
        e.kind = fe->type == FYET_MAPPING_END ? Event::Kind::kMappingEnd : Event::Kind::kSequenceEnd;
        if (!open_collections.empty()) open_collections.pop_back();
        break;
      default: continue;
    }
    if (mark) {
      e.column = mark->column;
      last_line = mark->line - skeleton_lines;
    }
    std::size_t at = offset_of(last_line);
    e.pos = at;  // The walk measures held mappings with it.
    if (piece_bytes > 0 && mark && plain_document && at >= piece_bytes) {
      std::size_t end = std::min(in.buf.find('\n', at), in.buf.size());
      if (walker.can_restart_at(e, std::string_view(in.buf).substr(at, end - at))) {
        hold.reset();
        if (Status s = restart(at, in.first_line + last_line); !s.ok()) return s;
        continue;
      }
    }
    if (Status s = walker.on_event(std::move(e)); !s.ok()) return s;
  }
  if (!in.failed.ok()) return in.failed;
  if (fy_parser_get_stream_error(parser.get())) {
    std::int64_t flow_line = 0;  // The file line of the innermost flow collection still open.
    for (const auto& [flow, opened] : open_collections)
      if (flow) flow_line = opened;
    return yaml_error(options.file, messages, in.first_line - 1 - skeleton_lines, flow_line);
  }
  return flush(in.buf.size(), 0);
}

Status read_yaml(std::string_view text, const NormalizeOptions& options, ReaderOutput& out) {
  return read_yaml_stream(text_feed(text), options, 0, [&](ReaderOutput& batch) {
    for (auto& item : batch.items) out.items.push_back(std::move(item));
    for (auto& r : batch.rejected) out.rejected.push_back(std::move(r));
    return Status::Ok();
  });
}

}  // namespace qbank::internal
