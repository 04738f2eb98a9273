#pragma once
// The contract between normalize() and its per-format readers.

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "qbank/normalize.hpp"

namespace qbank::internal {

// A question's text: a string of its own, or a view into the reader's input (which outlives the items).
class ItemText {
 public:
  // An empty text.
  ItemText() = default;

  // Takes a string of its own.
  ItemText& operator=(std::string s) {
    own_ = std::move(s);
    view_ = {};
    borrowed_ = false;
    return *this;
  }

  // Refers to text in the reader's input instead of copying it.
  void borrow(std::string_view v) {
    view_ = v;
    borrowed_ = true;
  }

  // The text.
  operator std::string_view() const { return borrowed_ ? view_ : std::string_view(own_); }

  // A copy of the text.
  operator std::string() const { return std::string(std::string_view(*this)); }

 private:
  std::string own_;        // The owned text (empty while borrowed_).
  std::string_view view_;  // The borrowed text.
  bool borrowed_ = false;  // True when the text is view_.
};

// A question found by a format reader, before cleanup and language detection.
struct RawItem {
  std::int64_t line = 1;               // 1-based line where the question starts.
  std::string raw;                     // The original text of the question.
  ItemText text;                       // The question text with format markup removed (cleaned later).
  std::optional<std::string> topic;    // The section it sits under.
  std::optional<std::string> answer;   // Its answer, if any.
  std::optional<std::string> code;     // Its code or sub-items, if any.
  std::vector<std::string> choices;    // Multiple-choice options.
  std::vector<std::string> tags;       // Tags given by the source (e.g. an Anki tags column).
  std::string lang_hint;               // Language of the document or section ("" when unknown).
  std::vector<std::pair<std::string, std::string>> extra;  // Extension fields (x_ name, raw JSON value).
};

// What a format reader produces: items plus what it rejected and counted.
struct ReaderOutput {
  std::vector<RawItem> items;             // Questions in input order.
  std::vector<RejectedLine> rejected;     // Lines that are not questions, with reasons.
  std::vector<SectionCount> sections;     // Declared counts (found filled in by the reader).
  std::vector<Diagnostic> diagnostics;    // Problems worth telling the user about.
  std::string layout;                     // How the input was laid out, for messages ("delimiter ';', no
                                          // header row"; "" when there is nothing to say).
  std::vector<std::string> notes;         // What the reader left out or assumed, told once per file.
};

// Replaces a detected language with the one the source declares for the text (a page's lang attribute, a lang
// field) when the two are close relatives that text alone tells apart poorly (id/ms, no/da, hr/sr/bs, cs/sk,
// af/nl, gl/pt); declared may be a tag such as "id-ID".
void prefer_declared_language(std::string_view declared, std::string& detected);

// True when two language codes are the same or close relatives (the groups prefer_declared_language knows).
bool close_relatives(std::string_view a, std::string_view b);

// Cleans display text: markdown escapes removed, whitespace collapsed, trimmed, Unicode NFC.
std::string clean_text(std::string_view text);

// Cleans display text like clean_text, in place (text that is already clean is left untouched).
void clean_text_in_place(std::string& text);

// Removes control characters (C0 other than tab, line feed and carriage return; DEL; C1) in place, so an
// answer, code, topic or choice shows as text and sends no escape sequence to a terminal.
void strip_controls_in_place(std::string& text);

// Each reader takes UTF-8 text (BOM removed, line ends as in the input) and fills out.
Status read_text(std::string_view text, const NormalizeOptions& options, ReaderOutput& out);
Status read_markdown(std::string_view text, const NormalizeOptions& options, ReaderOutput& out);
Status read_html(std::string_view text, const NormalizeOptions& options, ReaderOutput& out);

// Moves the items, rejected lines, diagnostics and notes of part into out, each line number passed through
// line_of and each question text given storage of its own (part's input may go away).
void append_output(ReaderOutput& part, const std::function<std::int64_t(std::int64_t)>& line_of, ReaderOutput& out);

// Reads HTML that another document holds from its line line_base + 1 on (a table written in Markdown) like
// read_html, appending to out with line numbers counted in that document and texts of their own.
Status read_html_fragment(std::string_view html, std::int64_t line_base, const NormalizeOptions& options,
                          ReaderOutput& out);
Status read_delimited(std::string_view text, const NormalizeOptions& options, char separator,
                      ReaderOutput& out);
Status read_json(std::string_view text, const NormalizeOptions& options, bool lines, ReaderOutput& out);
Status read_gift(std::string_view text, const NormalizeOptions& options, ReaderOutput& out);
Status read_quiz(std::string_view text, const NormalizeOptions& options, ReaderOutput& out);
Status read_yaml(std::string_view text, const NormalizeOptions& options, ReaderOutput& out);
// Reads an XML file: a Moodle <quiz>, an XHTML page (read as HTML) or a data file whose elements are read as the
// mappings and lists of a YAML file.
Status read_moodle_xml(std::string_view text, const NormalizeOptions& options, ReaderOutput& out);
Status read_toml(std::string_view text, const NormalizeOptions& options, ReaderOutput& out);

// Reads a large input piece by piece, each piece a run of whole records, keeping what the first piece decided
// (a table's separator and columns, a quiz's category) for the pieces after it.
class PieceReader {
 public:
  virtual ~PieceReader() = default;

  // Returns where the piece at the start of buf may end: the first record boundary at or after from (just
  // past a line feed in line-based formats); npos when buf holds none.
  virtual std::size_t cut(std::string_view buf, std::size_t from) = 0;

  // Reads the next piece (its lines numbered from 1) into out.
  virtual Status read(std::string_view piece, ReaderOutput& out) = 0;

  // The lines the last read put before the piece's own text (which out's line numbers count).
  virtual std::int64_t lines_added() const { return 0; }
};

// A piece reader for CSV/TSV: the first piece's separator, header and columns read every later piece.
std::unique_ptr<PieceReader> delimited_piece_reader(const NormalizeOptions& options, char separator);

// A piece reader for JSON Lines (records the whole file has fields for, no --column): pieces end at line ends.
std::unique_ptr<PieceReader> json_lines_piece_reader(const NormalizeOptions& options);

// A piece reader for a JSON document that is no top-level array (no --column): pieces end between the elements
// of its innermost large array, and each later piece opens the containers around it again with the keys and
// scalar members that lead there.
std::unique_ptr<PieceReader> json_document_piece_reader(const NormalizeOptions& options);

// A piece reader for GIFT: pieces end at blank lines, and the category in force carries over.
std::unique_ptr<PieceReader> gift_piece_reader(const NormalizeOptions& options);

// Supplies more input: appends bytes to buf and sets eof at the end of the input; a failure is returned.
using InputFeed = std::function<Status(std::string& buf, bool& eof)>;

// A feed that hands over an in-memory text a block at a time.
InputFeed text_feed(std::string_view text);

// Takes the items and rejected lines of one stretch of a reader's input (lines count from the input's start).
using BatchSink = std::function<Status(ReaderOutput& batch)>;

// Reads YAML from feed like read_yaml in bounded memory: past every piece_bytes of input (0: never) the parse
// restarts at the next item boundary, and each stretch's output goes to sink. A mapping that is no question
// section_bytes past its start is read on as a section (0: the reader's own limit).
Status read_yaml_stream(const InputFeed& feed, const NormalizeOptions& options, std::size_t piece_bytes,
                        const BatchSink& sink, std::size_t section_bytes = 0);

// How an XML file is read in bounded memory.
struct XmlStreamLimits {
  // Past this many bytes of input held, the lines read to the end go to the sink as a batch (0: one batch at
  // the end of the input); the batches never change what is read.
  std::size_t flush_bytes = 0;
  // How far past its start an element of a data file is held whole; past it, whether it is a text, a record or
  // a list is decided on what came so far, and what comes after follows that decision.
  std::size_t hold_bytes = 1u << 20;
};

// The name of the root element of the XML text that head starts ("" when head shows none).
std::string xml_root_name(std::string_view head);

// Reads an XML file from feed like read_moodle_xml, each batch of items and rejected lines (lines counted from
// the input's start) to sink as limits say; html is set, and nothing read, when the root is an XHTML <html>.
Status read_xml_stream(const InputFeed& feed, const NormalizeOptions& options, const XmlStreamLimits& limits,
                       const BatchSink& sink, bool& html);

// Converts the input bytes to UTF-8 (BOM dropped; UTF-16 with BOM transcoded; legacy encodings through
// iconv when options.encoding names one); input that is not UTF-8 is read in the encoding its HTML <meta> or
// XML declaration names (when iconv knows it and it is not UTF-8), else in the one uchardet detects with
// confidence, and note (when given) says which;
// otherwise invalid UTF-8 is a data error naming file, line and byte offset. Each CR not followed by '\n' in
// a file without CRLF line ends (a classic Mac line end, or a stray CR in an LF file) is turned into '\n'.
// Valid UTF-8 is returned as a view of bytes; transcoded or rewritten text is kept in storage.
Result<std::string_view> decode_input(std::string_view bytes, const NormalizeOptions& options, std::string& storage,
                                      std::string* note = nullptr);

// True when text ends its lines with a lone CR (classic Mac): it holds a '\r' and no '\n'.
bool ends_lines_with_lone_cr(std::string_view text);

// True when a lone CR in text breaks a line: text holds a '\r' and no "\r\n" (an LF or a classic Mac file; in
// a CRLF file a lone CR stays inside its line).
bool lone_crs_break_lines(std::string_view text);

// Turns each CR not followed by '\n' into '\n', so a lone CR breaks a line as it does in a classic Mac file.
void break_lone_crs(char* text, std::size_t size);

// Normalizes decoded UTF-8 text read as the given format (no BOM); the body of normalize(). Every line number
// is moved down by line_base; when records is given, each record goes to it instead of into the result.
Result<NormalizeResult> normalize_text(std::string_view text, InputFormat format, const NormalizeOptions& options,
                                       const RecordSink* records = nullptr, std::int64_t line_base = 0);

// Turns a reader's output into the result normalize_text() returns (records cleaned, with language and id;
// rejected lines in line order; notes), moving every line number down by line_base.
Result<NormalizeResult> finish_output(ReaderOutput& out, InputFormat format, const NormalizeOptions& options,
                                      const RecordSink* records = nullptr, std::int64_t line_base = 0);

// Normalizes an in-memory input like normalize(), sending records to records when it is given.
Result<NormalizeResult> normalize_bytes(std::string_view bytes, const NormalizeOptions& options,
                                        const RecordSink* records);

}  // namespace qbank::internal
