// Reads a large JSON document that is no top-level array ({"title": …, "questions": [ … ]}) piece by piece: each
// piece ends between two elements of the array being read, closes the brackets still open, and the next piece
// opens them again with the keys and scalar members that lead to that array.
#include <string>
#include <vector>

#include "normalize/json/json_scan.hpp"
#include "normalize/reader.hpp"

namespace qbank::internal {
namespace {

// Elements at least this long and still open at the end of the input read so far are entered, so that a cut
// may fall inside them (a large section); shorter ones are records, never cut.
constexpr std::size_t kEnterBytes = 2u << 20;

// Scalar members longer than this are not repeated in the opening of the next piece.
constexpr std::size_t kMaxRepeatedMember = 1024;

// One container open at a place in the document.
struct Frame {
  bool array = false;  // An array (else an object).
  std::string key;     // For an object: the key of the member being read, quotes included.
  std::string members;  // For an object: the scalar members before it, as written ("\"title\":\"Quiz\"").
};

// Reads a JSON document piece by piece, cutting between the elements of its innermost large array.
class JsonDocumentReader final : public PieceReader {
 public:
  explicit JsonDocumentReader(const NormalizeOptions& options) : options_(options) {}

  std::size_t cut(std::string_view buf, std::size_t from) override {
    std::vector<Frame> stack = open_;
    std::size_t at = scan(buf, from, stack);
    if (at == std::string_view::npos) return at;
    cut_at_ = at + 1;
    cut_stack_ = std::move(stack);
    return cut_at_;
  }

  Status read(std::string_view piece, ReaderOutput& out) override {
    bool at_cut = cut_at_ == piece.size() && piece.size() > 0 && piece.back() == ',';
    std::string text = opening(open_);
    lines_added_ = text.empty() ? 0 : 1;
    if (!text.empty()) text += '\n';
    text.append(at_cut ? piece.substr(0, piece.size() - 1) : piece);
    if (at_cut) text += closing(cut_stack_);
    Status s = read_json(text, options_, false, out);
    if (lines_added_ > 0)  // The members repeated in the opening line were reported with the piece they came in.
      std::erase_if(out.rejected, [](const RejectedLine& r) { return r.line <= 1; });
    if (at_cut) open_ = std::move(cut_stack_);
    cut_at_ = std::string_view::npos;
    return s;
  }

  std::int64_t lines_added() const override { return lines_added_; }

 private:
  // Scans buf (a piece that starts with the containers of stack open) for the first comma at or past from
  // between two elements of an array; returns its offset, stack then holding the containers open there, or
  // npos when buf holds none.
  static std::size_t scan(std::string_view buf, std::size_t from, std::vector<Frame>& stack) {
    constexpr auto npos = std::string_view::npos;
    enum class Next { kValue, kKey, kAfter };
    Next next = Next::kValue;
    for (std::size_t i = 0;;) {
      i = json_skip_ws(buf, i);
      if (i >= buf.size()) return npos;
      char c = buf[i];
      if (next == Next::kAfter || ((c == ']' || c == '}') && !stack.empty())) {
        if (stack.empty()) return npos;  // Text after the document: the reader's to report.
        if (c == ',') {
          if (stack.back().array && i >= from) return i;
          next = stack.back().array ? Next::kValue : Next::kKey;
          ++i;
          continue;
        }
        if (c != (stack.back().array ? ']' : '}')) return npos;  // Not JSON: the reader reports it.
        stack.pop_back();
        next = Next::kAfter;
        ++i;
        continue;
      }
      if (next == Next::kKey) {
        if (c != '"') return npos;
        std::size_t e = json_skip_value(buf, i);
        if (e == kJsonNpos) return npos;
        stack.back().key.assign(buf.substr(i, e - i));
        i = json_skip_ws(buf, e);
        if (i >= buf.size() || buf[i] != ':') return npos;
        ++i;
        next = Next::kValue;
        continue;
      }
      std::size_t e = json_skip_value(buf, i);
      bool container = c == '[' || c == '{';
      if (e == kJsonNpos || e == i || (!container && e >= buf.size())) {
        // A value that goes on past what was read: a large container is entered, anything else needs more input.
        if (!container || e == i || buf.size() - i < kEnterBytes) return npos;
        stack.push_back({c == '[', "", ""});
        next = c == '[' ? Next::kValue : Next::kKey;
        ++i;
        continue;
      }
      if (!stack.empty() && !stack.back().array && !container && e - i <= kMaxRepeatedMember) {
        Frame& f = stack.back();
        if (!f.members.empty()) f.members += ',';
        f.members += f.key + ':' + std::string(buf.substr(i, e - i));
      }
      i = e;
      next = Next::kAfter;
    }
  }

  // The text that opens the containers of stack again, from the outermost ("" when none is open).
  static std::string opening(const std::vector<Frame>& stack) {
    std::string s;
    for (const auto& f : stack) {
      if (f.array) {
        s += '[';
        continue;
      }
      s += '{' + f.members + (f.members.empty() ? "" : ",") + f.key + ':';
    }
    return s;
  }

  // The text that closes the containers of stack, innermost first.
  static std::string closing(const std::vector<Frame>& stack) {
    std::string s;
    for (auto f = stack.rbegin(); f != stack.rend(); ++f) s += f->array ? ']' : '}';
    return s;
  }

  const NormalizeOptions& options_;   // The caller's options, which outlive the reader.
  std::vector<Frame> open_;           // The containers open where the next piece starts.
  std::vector<Frame> cut_stack_;      // The containers open at the last cut found.
  std::size_t cut_at_ = std::string_view::npos;  // Where the last cut found ends the piece (after its comma).
  std::int64_t lines_added_ = 0;      // Lines put before the last piece's text (the opening).
};

}  // namespace

std::unique_ptr<PieceReader> json_document_piece_reader(const NormalizeOptions& options) {
  return std::make_unique<JsonDocumentReader>(options);
}

}  // namespace qbank::internal
