// The Moodle GIFT reader. One question per blank-line-separated block, after "//" comment lines are
// dropped. "::Title::" is not part of the question text (the text is what follows the title; the title
// stays in sources[].raw, and becomes the text only when nothing follows it). "$CATEGORY: path" sets the
// topic of the questions after it (the "$course$/" and "top/" prefixes are dropped). The correct
// answer(s) become the answer, one per line; multiple-choice and matching options become choices; an
// essay's general feedback ("{####...}") is its answer (decoded like the text in an [html] question).
// A missing-word question ("… {=a ~b} …") reads "… _____ …". Blocks without an answer block
// (descriptions) and blocks whose '{' is never closed before the next blank line are rejected.
#include <cctype>

#include "normalize/category_path.hpp"
#include "normalize/gift/gift_answer.hpp"
#include "normalize/html/visible_text.hpp"
#include "normalize/reader.hpp"
#include "normalize/question_cues.hpp"

namespace qbank::internal {
namespace {

// The longest raw source kept for one question.
constexpr std::size_t kMaxRaw = 4000;

// A blank-line-separated block of non-comment lines.
struct GiftBlock {
  std::int64_t line = 0;  // The line of its first non-comment line.
  std::string text;       // Its lines joined with "\n".
};

// Splits the text into blank-line-separated blocks, skipping "//" comment lines.
std::vector<GiftBlock> split_blocks(std::string_view text, std::vector<RejectedLine>& rejected) {
  std::vector<GiftBlock> blocks;
  GiftBlock cur;
  std::int64_t line = 0;
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t end = std::min(text.find('\n', pos), text.size());
    std::string_view l = text.substr(pos, end - pos);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    ++line;
    pos = end + 1;
    std::string_view t = trim(l);
    if (t.rfind("//", 0) == 0) {
      rejected.push_back({line, std::string(t), "comment"});
      continue;
    }
    if (t.empty()) {
      if (!cur.text.empty()) blocks.push_back(std::move(cur));
      cur = GiftBlock{};
      continue;
    }
    if (cur.text.empty()) cur.line = line;
    else cur.text += '\n';
    cur.text += l;
  }
  if (!cur.text.empty()) blocks.push_back(std::move(cur));
  return blocks;
}

// Removes a leading "[markdown]" / "[html]" / "[plain]" / "[moodle]" tag; returns the format named.
std::string take_format(std::string_view& s) {
  s = trim(s);
  for (std::string_view f : {"[markdown]", "[html]", "[plain]", "[moodle]"})
    if (s.rfind(f, 0) == 0) {
      s = trim(s.substr(f.size()));
      return std::string(f.substr(1, f.size() - 2));
    }
  return "";
}

// Removes markdown bold/italic markers ("**", "__") from a [markdown] question.
std::string strip_emphasis(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i + 1 < s.size() && (s[i] == '*' || s[i] == '_') && s[i + 1] == s[i]) {
      ++i;
      continue;
    }
    out.push_back(s[i]);
  }
  return out;
}

// Parses one question block; rejects descriptions and unterminated answer blocks.
void read_question(const GiftBlock& b, const std::string& topic, ReaderOutput& out) {
  std::string hidden = hide_gift_escapes(b.text);
  std::string_view s = trim(hidden);
  std::string title;
  if (s.rfind("::", 0) == 0) {
    std::size_t close = s.find("::", 2);
    if (close != std::string_view::npos) {
      title = std::string(trim(s.substr(2, close - 2)));
      s = s.substr(close + 2);
    }
  }
  std::string format = take_format(s);
  std::size_t open = s.find('{');
  std::size_t close = open == std::string_view::npos ? open : s.find('}', open);
  if (open == std::string_view::npos || close == std::string_view::npos) {
    out.rejected.push_back({b.line, shorten(b.text, kMaxRaw),
                            open == std::string_view::npos ? "description (no answer block)"
                                                           : "answer block '{' is never closed"});
    return;
  }
  std::string_view after = trim(s.substr(close + 1));
  std::string text = std::string(trim(s.substr(0, open)));
  if (!after.empty()) {
    bool word = std::isalnum(static_cast<unsigned char>(after[0])) != 0;
    text += std::string(word ? " _____ " : " _____") + std::string(after);
  }
  if (format == "html") text = html_fragment_to_text(text);
  if (format == "markdown") text = strip_emphasis(text);
  if (trim(text).empty()) text = title;
  GiftAnswer a = parse_gift_answer(s.substr(open + 1, close - open - 1));
  RawItem item;
  item.line = b.line;
  item.raw = shorten(b.text, kMaxRaw);
  item.text = restore_gift_escapes(text);
  if (a.answer) {
    bool essay = a.choices.empty() && trim(s.substr(open + 1, close - open - 1)).rfind("####", 0) == 0;
    item.answer = restore_gift_escapes(*a.answer);
    if (essay && format == "html") item.answer = html_fragment_to_text(*item.answer);
  }
  for (const auto& c : a.choices) item.choices.push_back(restore_gift_escapes(c));
  if (!topic.empty()) item.topic = topic;
  if (trim(item.text).empty()) {
    out.rejected.push_back({b.line, item.raw, "no question text"});
    return;
  }
  out.items.push_back(std::move(item));
}

// Reads the blocks of a GIFT text, topic being the category in force before it and after it.
void read_blocks(std::string_view text, std::string& topic, ReaderOutput& out) {
  for (auto& b : split_blocks(text, out.rejected)) {
    std::string_view t = trim(b.text);
    if (t.rfind("$CATEGORY:", 0) == 0) {
      std::size_t nl = t.find('\n');
      topic = category_topic(t.substr(10, nl == std::string_view::npos ? std::string_view::npos : nl - 10));
      out.rejected.push_back({b.line, std::string(t.substr(0, nl)), "category"});
      if (nl == std::string_view::npos) continue;
      b.text = std::string(t.substr(nl + 1));
      ++b.line;
    }
    read_question(b, topic, out);
  }
}

// Reads GIFT piece by piece: pieces end before a blank line, and the category carries over.
class GiftReader final : public PieceReader {
 public:
  std::size_t cut(std::string_view buf, std::size_t from) override {
    for (std::size_t pos = buf.find('\n', from); pos != std::string_view::npos; pos = buf.find('\n', pos + 1)) {
      std::size_t end = buf.find('\n', pos + 1);
      if (end == std::string_view::npos) return end;  // The next line may be incomplete.
      if (trim(buf.substr(pos + 1, end - pos - 1)).empty()) return pos + 1;
    }
    return std::string_view::npos;
  }

  Status read(std::string_view piece, ReaderOutput& out) override {
    read_blocks(piece, topic_, out);
    return Status::Ok();
  }

 private:
  std::string topic_;  // The category in force.
};

}  // namespace

std::unique_ptr<PieceReader> gift_piece_reader(const NormalizeOptions&) { return std::make_unique<GiftReader>(); }

Status read_gift(std::string_view text, const NormalizeOptions&, ReaderOutput& out) {
  std::string topic;
  read_blocks(text, topic, out);
  return Status::Ok();
}

}  // namespace qbank::internal
