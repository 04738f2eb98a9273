// Markup evidence in field values: entities, text-markup tags of editors and exports, tags of page code.
#include "normalize/html/rich_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace qbank::internal {
namespace {

// Tags that rich-text editors and exports write (Anki, Quizlet, CMS fields), lowercase.
constexpr std::array<std::string_view, 48> kRichTags = {
    "b",     "i",     "u",  "s",      "p",     "br",   "div",   "span",   "font", "strong", "em",  "code",
    "pre",   "a",     "img", "ul",    "ol",    "li",   "sup",   "sub",    "h1",   "h2",     "h3",  "h4",
    "h5",    "h6",    "table", "tbody", "thead", "tr", "td",    "th",     "hr",   "blockquote", "center", "small",
    "big",   "strike", "del", "ins",  "mark",  "kbd",  "tt",    "dl",     "dt",   "dd",     "figure", "caption"};

// Named entities common in exported text.
constexpr std::array<std::string_view, 8> kEntities = {"&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&apos;", "&#",
                                                       "&mdash;"};

// Reads the tag name after '<' or "</" at i (lowercase, letters and digits); empty when none.
std::string_view tag_at(std::string_view v, std::size_t i, char* buf, std::size_t cap) {
  std::size_t n = 0;
  while (i < v.size() && n < cap && std::isalnum(static_cast<unsigned char>(v[i])))
    buf[n++] = static_cast<char>(std::tolower(static_cast<unsigned char>(v[i++])));
  if (n == 0 || n == cap || !std::isalpha(static_cast<unsigned char>(buf[0]))) return {};
  if (i < v.size() && v[i] != '>' && v[i] != ' ' && v[i] != '/' && v[i] != '\t' && v[i] != '\n') return {};
  return {buf, n};
}

}  // namespace

MarkupEvidence markup_in(std::string_view v) {
  MarkupEvidence e;
  for (std::string_view ent : kEntities) {
    std::size_t at = v.find(ent);
    if (at == std::string_view::npos) continue;
    if (ent != "&#") {
      e.entity = true;
      break;
    }
    std::size_t k = at + 2;  // "&#39;" / "&#x27;": digits (or x and hex digits) and a semicolon.
    if (k < v.size() && (v[k] == 'x' || v[k] == 'X')) ++k;
    std::size_t digits = 0;
    while (k < v.size() && std::isxdigit(static_cast<unsigned char>(v[k]))) ++k, ++digits;
    if (digits > 0 && k < v.size() && v[k] == ';') e.entity = true;
  }
  char buf[12];
  for (std::size_t i = v.find('<'); i != std::string_view::npos; i = v.find('<', i + 1)) {
    bool closing = i + 1 < v.size() && v[i + 1] == '/';
    std::string_view tag = tag_at(v, i + (closing ? 2 : 1), buf, sizeof buf);
    if (tag.empty()) continue;
    bool rich = std::find(kRichTags.begin(), kRichTags.end(), tag) != kRichTags.end();
    if (!rich) e.other_tag = true;
    else if (closing || tag == "br" || tag == "hr" || tag == "img") e.rich_tag = true;
  }
  return e;
}

void RichTextVote::add(std::string_view value) {
  if (value.empty()) return;
  ++values_;
  if (value.find_first_of("&<") == std::string_view::npos) return;
  MarkupEvidence e = markup_in(value);
  entities_ += e.entity ? 1 : 0;
  rich_ += e.rich_tag ? 1 : 0;
  other_ += e.other_tag ? 1 : 0;
}

bool RichTextVote::html() const {
  if (other_ > 0) return false;
  return entities_ > 0 || (rich_ >= 2 && rich_ * 10 >= values_);
}

}  // namespace qbank::internal
