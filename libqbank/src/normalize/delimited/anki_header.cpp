// Parses the "#key:value" header lines of Anki text exports and "# FRONT<TAB>BACK" commented headers.
#include "normalize/delimited/anki_header.hpp"

#include <cctype>

#include "normalize/question_cues.hpp"

namespace qbank::internal {
namespace {

// Lowercases ASCII letters.
std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Parses a separator name ("tab", "comma", ...) or a single character.
std::optional<char> separator_named(std::string_view value) {
  std::string v = lower(trim(value));
  if (v == "tab" || v == "\\t" || value == "\t") return '\t';
  if (v == "comma" || v == ",") return ',';
  if (v == "semicolon" || v == ";") return ';';
  if (v == "pipe" || v == "|") return '|';
  if (v == "space" || (value.size() == 1 && value[0] == ' ')) return ' ';
  if (v == "colon" || v == ":") return ':';
  if (v.size() == 1) return v[0];
  return std::nullopt;
}

// Parses a 1-based column number into a 0-based index.
std::optional<std::size_t> column_of(std::string_view value) {
  std::string_view v = trim(value);
  if (v.empty() || v.size() > 3) return std::nullopt;
  std::size_t n = 0;
  for (char c : v) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    n = n * 10 + static_cast<std::size_t>(c - '0');
  }
  if (n == 0) return std::nullopt;
  return n - 1;
}

// Splits "#key:value" into a lowercase key and its value; false when the line is not a directive.
bool split_directive(std::string_view line, std::string& key, std::string_view& value) {
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon < 2 || colon > 24) return false;
  std::string_view k = line.substr(1, colon - 1);
  for (char c : k)
    if (!std::isalpha(static_cast<unsigned char>(c)) && c != ' ') return false;
  key = lower(trim(k));
  value = line.substr(colon + 1);
  return !key.empty();
}

// Applies one directive to the header; returns false for keys it does not know.
bool apply_directive(AnkiHeader& h, const std::string& key, std::string_view value) {
  if (key == "separator") h.separator = separator_named(value);
  else if (key == "html") h.html = lower(trim(value)) == "true";
  else if (key == "tags column") h.tags_column = column_of(value);
  else if (key == "deck column") h.deck_column = column_of(value);
  else if (key == "notetype column" || key == "guid column") {
    if (auto c = column_of(value)) h.skip_columns.push_back(*c);
  } else if (key == "columns") h.columns = std::string(value);
  else if (key == "deck") h.deck = std::string(trim(value));
  else if (key == "tags") h.tags = split_tags(value);
  else return key == "notetype" || key == "if matches";
  return true;
}

}  // namespace

AnkiHeader read_anki_header(std::string_view text, std::vector<RejectedLine>& rejected) {
  AnkiHeader h;
  std::size_t pos = 0;
  std::int64_t line = 1;
  while (pos < text.size() && text[pos] == '#') {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view l = text.substr(pos, end - pos);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    std::string key;
    std::string_view value;
    if (split_directive(l, key, value)) {
      bool known = apply_directive(h, key, value);
      rejected.push_back({line, std::string(l), known ? "Anki header" : "unknown header line"});
    } else if (h.commented_header.empty() && l.find_first_of("\t,;|") != std::string_view::npos) {
      h.commented_header = std::string(trim(l.substr(1)));
      h.commented_header_line = line;
    } else {
      rejected.push_back({line, std::string(l), "comment"});
    }
    pos = end < text.size() ? end + 1 : end;
    ++line;
  }
  h.body_offset = pos;
  h.body_line = line;
  return h;
}

}  // namespace qbank::internal
