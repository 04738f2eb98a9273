// Forum posts written in BBCode turned into plain lines for the text reader.
#include "normalize/text/bbcode.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace qbank::internal::txt {
namespace {

// Tags whose markup is dropped and whose text is kept.
constexpr std::array<std::string_view, 16> kFormatTags = {"b",     "i",    "u",   "s",     "size",  "color",
                                                         "font",  "center", "left", "right", "url",   "email",
                                                         "sup",   "sub",  "highlight", "align"};

// Tags that make a line set in them alone a title.
constexpr std::array<std::string_view, 8> kTitleTags = {"size", "h", "h1", "h2", "h3", "h4", "heading", "title"};

// Tags whose content is hidden until the reader opens it: an answer.
constexpr std::array<std::string_view, 4> kHiddenTags = {"spoiler", "hide", "reveal", "expand"};

// A tag read at a '[': its lowercase name, whether it closes, where its argument starts and the offset after ']'.
struct Tag {
  std::string name;
  bool closing = false;
  std::string_view argument;  // The text after '=' (quotes included), "" when none.
  std::size_t end = 0;
};

// Reads a tag at t[i] == '['; nullopt when the bracket opens no tag ("[1]", "[x]").
std::optional<Tag> tag_at(std::string_view t, std::size_t i) {
  std::size_t close = t.substr(0, std::min(t.size(), i + 81)).find(']', i);
  if (close == std::string_view::npos) return std::nullopt;
  std::string_view in = t.substr(i + 1, close - i - 1);
  Tag tag;
  if (!in.empty() && in[0] == '/') tag.closing = true, in.remove_prefix(1);
  if (in == "*") {
    tag.name = "*";
  } else {
    std::size_t k = 0;
    while (k < in.size() && std::isalnum(static_cast<unsigned char>(in[k]))) ++k;
    if (k == 0 || (k < in.size() && in[k] != '=' && in[k] != ' ')) return std::nullopt;
    for (std::size_t c = 0; c < k; ++c) tag.name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(in[c]))));
    if (k < in.size() && in[k] == '=') tag.argument = in.substr(k + 1);
  }
  tag.end = close + 1;
  return tag;
}

// True when name is one of the list.
template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& list, std::string_view name) {
  for (auto x : list)
    if (x == name) return true;
  return false;
}

// True when a tag is BBCode the reader knows.
bool known(const Tag& tag) {
  return one_of(kFormatTags, tag.name) || one_of(kTitleTags, tag.name) || one_of(kHiddenTags, tag.name) ||
         tag.name == "quote" || tag.name == "list" || tag.name == "*" || tag.name == "code" || tag.name == "img";
}

// Reads one line: appends its plain form to out.
void read_line(std::string_view line, std::string& out) {
  std::string text;
  bool title = false, other_text_outside_title = false, hidden = false;
  int title_depth = 0;
  for (std::size_t i = 0; i < line.size();) {
    if (line[i] == '[') {
      if (auto tag = tag_at(line, i); tag && known(*tag)) {
        if (one_of(kTitleTags, tag->name)) {
          title_depth += tag->closing ? -1 : 1;
          title = title || !tag->closing;
        } else if (one_of(kHiddenTags, tag->name) && !tag->closing) {
          hidden = true;
          text += "A: ";
        } else if (tag->name == "*" && !tag->closing) {
          text += "- ";
        }
        i = tag->end;
        continue;
      }
    }
    if (title_depth == 0 && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') other_text_outside_title = true;
    text.push_back(line[i++]);
  }
  std::size_t b = text.find_first_not_of(" \t");
  if (title && !hidden && !other_text_outside_title && b != std::string::npos) {
    std::size_t e = text.find_last_not_of(" \t\r");
    out += "== " + text.substr(b, e - b + 1) + " ==";
    return;
  }
  out += text;
}

}  // namespace

std::optional<std::string> bbcode_to_text(std::string_view text) {
  int closing_lines = 0;
  std::size_t counted_line = std::string_view::npos;  // Where the last line with a closing tag starts.
  for (std::size_t i = text.find("[/"); i != std::string_view::npos && closing_lines < 2; i = text.find("[/", i + 2)) {
    std::size_t nl = text.rfind('\n', i);
    std::size_t line = nl == std::string_view::npos ? 0 : nl + 1;
    std::size_t end = std::min(text.find('\n', i), text.size());
    if (line == counted_line) continue;
    if (auto tag = tag_at(text.substr(0, end), i); tag && known(*tag)) {
      ++closing_lines;
      counted_line = line;
    }
  }
  if (closing_lines < 2) return std::nullopt;
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    read_line(text.substr(pos, end - pos), out);
    if (end < text.size()) out.push_back('\n');
    pos = end + 1;
  }
  return out;
}

}  // namespace qbank::internal::txt
