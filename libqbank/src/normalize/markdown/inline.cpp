// Inline Markdown cleanup: HTML tags, links, reference links, images and wrapping emphasis.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <vector>

#include "normalize/markdown/blocks.hpp"
#include "normalize/text/words.hpp"
#include "base/byte_scan.hpp"
#include "base/utf8.hpp"

namespace qbank::internal::md {
namespace {

using txt::trim;

// Returns the index of the close byte that brings the nesting of open and close bytes, counted from s[i], back
// to zero, or npos; sixteen bytes at a time where neither occurs.
std::size_t matching(std::string_view s, std::size_t i, char open, char close) {
  int depth = 0;
  for (; i + 16 <= s.size(); i += 16) {
    scan::Block x = scan::load16(s.data() + i);
    for (unsigned m = scan::eq_mask(x, open) | scan::eq_mask(x, close); m != 0; m &= m - 1) {
      std::size_t k = i + static_cast<std::size_t>(scan::first_bit(m));
      if (s[k] == open) ++depth;
      else if (--depth == 0) return k;
    }
  }
  for (; i < s.size(); ++i) {
    if (s[i] == open) ++depth;
    else if (s[i] == close && --depth == 0) return i;
  }
  return std::string_view::npos;
}

// Returns the index just past a "(...)" group starting at s[i] == '(', or npos.
std::size_t skip_parens(std::string_view s, std::size_t i) {
  std::size_t close = matching(s, i, '(', ')');
  return close == std::string_view::npos ? close : close + 1;
}

// Returns the index of the ']' closing a '[' at s[i] (nesting allowed), or npos.
std::size_t close_bracket(std::string_view s, std::size_t i) { return matching(s, i, '[', ']'); }

// True when the text holds a letter or digit.
bool has_letters(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (txt::is_letter(utf8::next(s, i))) return true;
  return false;
}

// Removes one wrapping emphasis pair ("*x*", "**x**", "_x_", "__x__") around the whole text.
std::string_view unwrap_emphasis(std::string_view s) {
  if (s.empty() || (s[0] != '*' && s[0] != '_')) return s;  // Every mark below starts with '*' or '_'.
  for (std::string_view w : {"**", "__", "*", "_"}) {
    if (s.size() > 2 * w.size() && s.substr(0, w.size()) == w && s.substr(s.size() - w.size()) == w) {
      std::string_view inner = s.substr(w.size(), s.size() - 2 * w.size());
      bool one_span = inner.find(w) == std::string_view::npos;
      if (!inner.empty() && inner[0] != ' ' && inner.back() != ' ' && one_span) return trim(inner);
    }
  }
  return s;
}

// Element names of HTML tags that inline cleanup removes (anything else in angle brackets is text: "List<T>").
constexpr std::array<std::string_view, 68> kHtmlElements = {
    "a", "abbr", "address", "article", "aside", "audio", "b", "big", "blockquote", "body", "br", "button",
    "center", "cite", "code", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
    "font", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "iframe", "img", "input", "ins",
    "kbd", "label", "li", "mark", "nav", "ol", "p", "picture", "pre", "s", "samp", "section", "small", "source",
    "span", "strike", "strong", "sub", "summary", "sup", "table", "td", "th", "tr", "tt", "u", "ul", "video"};

// Returns the length of an HTML tag of a known element starting at s[i] == '<', or 0 when it is none.
std::size_t html_tag_length(std::string_view s, std::size_t i, std::size_t gt) {
  std::size_t k = i + 1 + (i + 1 < s.size() && s[i + 1] == '/' ? 1 : 0);
  char name[10];  // The longest names ("blockquote", "figcaption") fill it.
  std::size_t n = 0;
  for (; k < s.size() && std::isalnum(static_cast<unsigned char>(s[k])); ++k) {
    if (n == sizeof name) return 0;
    name[n++] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[k])));
  }
  if (n == 0 || k >= s.size() || (s[k] != '>' && s[k] != ' ' && s[k] != '/' && s[k] != '\t')) return 0;
  if (!txt::in_list(kHtmlElements, std::string_view(name, n))) return 0;
  return gt + 1 - i;
}

// Link labels nested deeper than this are copied as they are instead of being simplified further.
constexpr int kMaxLinkDepth = 32;

// Marks an opener without a closer in InlineScan::pair.
constexpr std::uint32_t kUnmatched = 0xFFFFFFFF;

// One text being simplified: its bracket and paren pairs are matched once, so that unmatched openers and
// deep nesting cost linear time, and the next '>' is remembered because the scan only moves forward.
struct InlineScan {
  std::string_view s;               // The whole text.
  const RefLabels* refs = nullptr;  // The document's reference link labels (null: none known).
  std::vector<std::uint32_t> pair;  // The closer of the '[' or '(' at each index, or kUnmatched.
  std::size_t next_gt;              // The first '>' at or after the last place looked at, or npos.

  // Matches every '[' and '(' of s with its closer in one pass (nesting allowed).
  InlineScan(std::string_view text, const RefLabels* labels) : s(text), refs(labels), next_gt(text.find('>')) {
    if (s.find('[') == std::string_view::npos || s.size() >= kUnmatched) return;
    pair.assign(s.size(), kUnmatched);
    std::vector<std::uint32_t> brackets, parens;
    auto at = [&](std::size_t i) {  // Opens or closes a pair at s[i], one of "[(])".
      auto k = static_cast<std::uint32_t>(i);
      if (s[i] == '[' || s[i] == '(') return (s[i] == '[' ? brackets : parens).push_back(k);
      auto& open = s[i] == ']' ? brackets : parens;
      if (open.empty()) return;
      pair[open.back()] = k;
      open.pop_back();
    };
    std::size_t i = 0;
    for (; i + 16 <= s.size(); i += 16) {  // Sixteen bytes at a time: only the brackets and parens.
      scan::Block x = scan::load16(s.data() + i);
      unsigned m = scan::eq_mask(x, '[') | scan::eq_mask(x, '(') | scan::eq_mask(x, ']') | scan::eq_mask(x, ')');
      for (; m != 0; m &= m - 1) at(i + static_cast<std::size_t>(scan::first_bit(m)));
    }
    for (; i < s.size(); ++i)
      if (s[i] == '[' || s[i] == '(' || s[i] == ']' || s[i] == ')') at(i);
  }
  // The closer of the opener at i if it lies before end, else npos.
  std::size_t closer(std::size_t i, std::size_t end) const {
    if (pair.empty() || pair[i] == kUnmatched || pair[i] >= end) return std::string_view::npos;
    return pair[i];
  }
  // The first '>' at or after i and before end, else npos (i never decreases between calls).
  std::size_t gt_after(std::size_t i, std::size_t end) {
    if (next_gt != std::string_view::npos && next_gt < i) next_gt = s.find('>', i);
    return next_gt < end ? next_gt : std::string_view::npos;
  }
  // True when label names a reference link definition of the document.
  bool defined(std::string_view label) const {
    return refs && !refs->empty() && std::binary_search(refs->begin(), refs->end(), ref_key(label));
  }
};

void simplify(InlineScan& scan, std::size_t i, std::size_t end, int depth, std::string& out);

// The bytes that may open inline markup simplify() looks at: a code span, an escape, a tag, an image or a link.
constexpr std::array<bool, 256> kInlineSpecial = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : std::string_view("`\\<![")) t[c] = true;
  return t;
}();

// True for a byte in kInlineSpecial.
inline bool is_inline_special(char c) { return kInlineSpecial[static_cast<unsigned char>(c)]; }

// Appends the label s[open+1..close) of a link, simplified (a label without letters is dropped).
void append_label(InlineScan& scan, std::size_t open, std::size_t close, int depth, std::string& out) {
  std::string_view label = scan.s.substr(open + 1, close - open - 1);
  if (!has_letters(label)) return;
  if (depth < kMaxLinkDepth) simplify(scan, open + 1, close, depth + 1, out);
  else out.append(label);
}

// Handles a '[' (or "![") at i whose ']' is close: links and defined references become their label,
// other brackets stay as text; returns the index after what was consumed.
std::size_t bracket(InlineScan& scan, std::size_t i, std::size_t close, std::size_t end, int depth, std::string& out) {
  std::string_view s = scan.s;
  bool image = s[i] == '!';
  std::size_t open = image ? i + 1 : i;
  std::size_t next = close + 1;
  std::size_t second = next < end && (s[next] == '(' || s[next] == '[') ? scan.closer(next, end) : std::string_view::npos;
  std::string_view label = s.substr(open + 1, close - open - 1);
  bool link = second != std::string_view::npos && s[next] == '(';
  if (!link && second != std::string_view::npos) {  // "[text][ref]" / "[text][]"
    std::string_view ref = s.substr(next + 1, second - next - 1);
    link = scan.defined(ref.empty() ? label : ref);
  }
  if (!link && second == std::string_view::npos && scan.defined(label)) second = close;  // "[ref]" shortcut
  if (link || second == close) {
    if (!image) append_label(scan, open, close, depth, out);
    return second + 1;
  }
  out.append(s.substr(i, open + 1 - i));
  if (depth < kMaxLinkDepth) simplify(scan, open + 1, close, depth + 1, out);
  else out.append(label);
  out.push_back(']');
  return close + 1;
}

// Appends s[i..end) to out with links, images and tags simplified.
void simplify(InlineScan& scan, std::size_t i, std::size_t end, int depth, std::string& out) {
  std::string_view s = scan.s.substr(0, end);
  while (i < end) {
    char c = s[i];
    if (!is_inline_special(c)) {  // A run of plain text is copied at once.
      std::size_t j = i + 1;
      for (; j + 16 <= end; j += 16) {  // Sixteen bytes at a time up to the next special byte.
        scan::Block x = scan::load16(s.data() + j);
        unsigned m = scan::eq_mask(x, '`') | scan::eq_mask(x, '\\') | scan::eq_mask(x, '<') | scan::eq_mask(x, '!') |
                     scan::eq_mask(x, '[');
        if (m != 0) {
          j += static_cast<std::size_t>(scan::first_bit(m));
          break;
        }
      }
      while (j < end && !is_inline_special(s[j])) ++j;
      out.append(s.substr(i, j - i));
      i = j;
      continue;
    }
    if (c == '`') {  // code span: copy verbatim
      std::size_t ticks = 0;
      while (i + ticks < end && s[i + ticks] == '`') ++ticks;
      std::size_t close = s.find(std::string(ticks, '`'), i + ticks);
      std::size_t stop = close == std::string_view::npos ? end : close + ticks;
      out.append(s.substr(i, stop - i));
      i = stop;
      continue;
    }
    if (c == '\\' && i + 1 < end) {
      out.append(s.substr(i, 2));
      i += 2;
      continue;
    }
    if (c == '<' && i + 1 < end && (std::isalpha(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '/')) {
      std::size_t gt = scan.gt_after(i, end);
      std::size_t n = gt == std::string_view::npos ? 0 : html_tag_length(s, i, gt);
      if (n > 0) {
        i += n;
        continue;
      }
    }
    bool image = c == '!' && i + 1 < end && s[i + 1] == '[';
    if (c == '[' || image) {
      std::size_t close = scan.closer(image ? i + 1 : i, end);
      if (close != std::string_view::npos) {
        i = bracket(scan, i, close, end, depth, out);
        continue;
      }
    }
    out.push_back(c);
    ++i;
  }
}

}  // namespace

namespace {

// True for an ASCII punctuation character or a non-ASCII byte treated as a letter.
bool md_punct(char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; }

// True for a character CommonMark counts as whitespace (the text's ends count too).
bool md_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// One run of '*' or '_' that may open or close emphasis.
struct Delim {
  std::size_t at;     // Where the run starts.
  std::size_t len;    // Its length left unpaired.
  char c;             // '*' or '_'.
  bool open, close;   // Whether it can open or close.
};

}  // namespace

std::string strip_emphasis(std::string_view s) {
  if (s.find('*') == std::string_view::npos && s.find('_') == std::string_view::npos) return std::string(s);
  std::vector<Delim> delims;
  for (std::size_t i = 0; i < s.size();) {
    char c = s[i];
    if (c == '\\') {
      i += 2;
      continue;
    }
    if (c == '`') {  // A code span is left as it is.
      std::size_t ticks = 0;
      while (i + ticks < s.size() && s[i + ticks] == '`') ++ticks;
      std::size_t close = s.find(std::string(ticks, '`'), i + ticks);
      i = close == std::string_view::npos ? i + ticks : close + ticks;
      continue;
    }
    if (c != '*' && c != '_') {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < s.size() && s[j] == c) ++j;
    char before = i == 0 ? ' ' : s[i - 1];
    char after = j >= s.size() ? ' ' : s[j];
    bool left = !md_space(after) && (!md_punct(after) || md_space(before) || md_punct(before));
    bool right = !md_space(before) && (!md_punct(before) || md_space(after) || md_punct(after));
    // A run inside a word ("N*N", "snake_case") is literal text: questions write products and identifiers
    // so far more often than emphasis inside a word.
    bool open = left && !right;
    bool close = right && !left;
    if ((open || close) && j - i <= 3) delims.push_back({i, j - i, c, open, close});
    i = j;
  }
  // Pairs each closer with the nearest opener of its character before it; removes what they pair. The openers
  // still open wait on one stack per character (a delimiter opens or closes, never both); pairing leaves the
  // delimiters between the two literal, which pops them.
  std::vector<bool> drop(s.size(), false);
  std::vector<std::size_t> open[2];  // Indexes in delims of the openers still open, by character ('*', '_').
  std::vector<std::size_t> blanks;   // blanks[i]: spaces and tabs in s[0..i) (filled when first needed).
  auto one_token = [&](std::size_t from, std::size_t to) {  // True when s[from..to) holds no space or tab.
    if (blanks.empty()) {
      blanks.assign(s.size() + 1, 0);
      for (std::size_t i = 0; i < s.size(); ++i) blanks[i + 1] = blanks[i] + (s[i] == ' ' || s[i] == '\t');
    }
    return blanks[to] == blanks[from];
  };
  for (std::size_t k = 0; k < delims.size(); ++k) {
    Delim& closer = delims[k];
    if (closer.open) {
      open[closer.c == '_'].push_back(k);
      continue;
    }
    if (!closer.close) continue;
    std::vector<std::size_t>& same = open[closer.c == '_'];
    while (closer.len > 0 && !same.empty()) {
      std::size_t o = same.back();
      Delim& opener = delims[o];
      if (closer.c == '_' && opener.len >= 2 && closer.len >= 2 && one_token(opener.at + opener.len, closer.at))
        break;  // "__init__" is a name.
      std::size_t n = std::min<std::size_t>(std::min(opener.len, closer.len), 2);
      for (std::size_t x = 0; x < n; ++x) {
        drop[opener.at + opener.len - 1 - x] = true;
        drop[closer.at + x] = true;
      }
      opener.len -= n;
      closer.at += n;
      closer.len -= n;
      for (auto& stack : open)  // Delimiters between them stay literal.
        while (!stack.empty() && stack.back() > o) stack.pop_back();
      if (opener.len == 0) same.pop_back();
    }
  }
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i)
    if (!drop[i]) out.push_back(s[i]);
  return out;
}

std::string ref_key(std::string_view label) {
  std::string key;
  for (char c : trim(label)) {
    if (c == ' ' || c == '\t') {
      if (!key.empty() && key.back() != ' ') key.push_back(' ');
    } else {
      key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  return key;
}

std::string inline_text(std::string_view text, const RefLabels* refs) {
  std::string out;
  InlineScan scan(trim(text), refs);
  simplify(scan, 0, scan.s.size(), 0, out);
  std::string_view t = trim(out);
  t = unwrap_emphasis(t);
  return std::string(t);
}

bool is_emphasized(std::string_view text) {
  std::string_view t = trim(text);
  return unwrap_emphasis(t).size() != t.size();
}

bool single_link(std::string_view text, std::string_view& label) {
  std::string_view t = unwrap_emphasis(trim(text));
  if (t.empty() || t[0] != '[') return false;
  std::size_t close = close_bracket(t, 0);
  if (close == std::string_view::npos || close + 1 >= t.size() || t[close + 1] != '(') return false;
  std::size_t after = skip_parens(t, close + 1);
  if (after == std::string_view::npos || !trim(t.substr(after)).empty()) return false;
  label = t.substr(1, close - 1);
  return true;
}

bool labelled_link(std::string_view text) {
  std::string_view t = trim(text);
  if (t.size() < 5 || (t.substr(0, 2) != "**" && t.substr(0, 2) != "__")) return false;
  std::size_t close = t.find(t.substr(0, 2), 2);
  if (close == std::string_view::npos) return false;
  std::string_view label = trim(t.substr(2, close - 2)), rest = trim(t.substr(close + 2));
  if (!rest.empty() && rest[0] == ':') rest = trim(rest.substr(1));
  else if (label.empty() || label.back() != ':') return false;
  std::string_view link;
  return single_link(rest, link) && rest.find("](#") == std::string_view::npos;
}

bool leading_link(std::string_view text, std::string_view& label) {
  std::string_view t = trim(text);
  if (t.empty() || t[0] != '[') return false;
  std::size_t close = close_bracket(t, 0);
  if (close == std::string_view::npos || close + 1 >= t.size() || t[close + 1] != '(') return false;
  std::size_t after = skip_parens(t, close + 1);
  if (after == std::string_view::npos || t.substr(close + 2, 1) == "#") return false;
  std::string_view rest = trim(t.substr(after));
  if (rest.empty()) return false;
  // The remark is set off from the link: " - …", " – …", " — …", ": …", ", …", " by …", " (…)".
  bool set_off = rest.substr(0, 2) == "- " || rest.substr(0, 4) == "\xE2\x80\x93 " || rest.substr(0, 4) == "\xE2\x80\x94 " ||
                 rest[0] == ':' || rest[0] == ',' || rest[0] == '(' || rest.substr(0, 3) == "by ";
  if (!set_off) return false;
  label = t.substr(1, close - 1);
  return true;
}

bool is_anchor_link(std::string_view text) {
  std::string_view t = trim(text);
  // An HTML link to an anchor alone in its tags ("<b><a href=\"#top\">↥ back to top</a></b>").
  if (std::size_t a = t.find("<a "); a != std::string_view::npos) {
    auto only_tags = [](std::string_view s) {
      bool in = false;
      for (char c : s) {
        if (c == '<') in = true;
        else if (c == '>') in = false;
        else if (!in && c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
      }
      return true;
    };
    std::size_t href = t.find("href=", a);
    std::size_t close = t.find("</a>", a);
    if (href == std::string_view::npos || close == std::string_view::npos || href > close || href + 6 >= t.size())
      return false;
    std::size_t v = href + 5 + (t[href + 5] == '"' || t[href + 5] == '\'' ? 1 : 0);
    return t[v] == '#' && t.find("<a ", a + 1) == std::string_view::npos && only_tags(t.substr(0, a)) &&
           only_tags(t.substr(close + 4));
  }
  std::string_view label;
  if (!single_link(text, label)) return false;
  std::size_t open = t.find("](");
  return open != std::string_view::npos && open + 2 < t.size() && t[open + 2] == '#';
}

bool strip_heading_number(std::string_view text, std::string_view& rest) {
  std::string_view t = trim(text);
  if (txt::strip_question_prefix(t, rest) && !rest.empty()) return true;
  std::size_t d = 0;
  while (d < t.size() && std::isdigit(static_cast<unsigned char>(t[d]))) ++d;
  if (d == 0 || d > 4) return false;
  std::size_t k = d;
  while (k < t.size() && t[k] == ' ') ++k;
  bool decimal = k + 1 < t.size() && std::isdigit(static_cast<unsigned char>(t[k + 1]));
  if (k < t.size() && (t[k] == '.' || t[k] == ')') && !decimal) {
    rest = trim(t.substr(k + 1));
    return !rest.empty();
  }
  if (t.substr(k, 3) == "、" || t.substr(k, 3) == "．") {
    rest = trim(t.substr(k + 3));
    return !rest.empty();
  }
  // An outline number closed by a dot ("1.2. …", "3.1.4. …").
  std::size_t e = d;
  while (e + 1 < t.size() && t[e] == '.' && std::isdigit(static_cast<unsigned char>(t[e + 1]))) {
    ++e;
    while (e < t.size() && std::isdigit(static_cast<unsigned char>(t[e]))) ++e;
  }
  if (e > d && e + 1 < t.size() && t[e] == '.' && t[e + 1] == ' ') {
    rest = trim(t.substr(e + 1));
    return !rest.empty();
  }
  return false;
}

}  // namespace qbank::internal::md
