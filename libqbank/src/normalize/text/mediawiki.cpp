// MediaWiki pages turned into plain lines for the text reader.
#include "normalize/text/mediawiki.hpp"

#include <array>
#include <cctype>

namespace qbank::internal::txt {
namespace {

// Elements whose lines are code.
constexpr std::array<std::string_view, 3> kWikiCodeElements = {"syntaxhighlight", "source", "pre"};

// Inline elements whose markup is dropped and whose text is kept.
constexpr std::array<std::string_view, 18> kWikiInlineElements = {
    "code", "tt", "kbd", "samp", "var", "b", "i", "u", "s", "em", "strong", "span", "small", "big", "sup", "sub",
    "nowiki", "mark"};

// The line without surrounding spaces and a trailing carriage return.
std::string_view wiki_trim(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  std::size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

// The lowercase name of the tag that starts at t[i] == '<' ("code" for "<code>", "</code>" or "<code lang=x>"),
// with closing set for "</…>"; "" when none.
std::string wiki_tag(std::string_view t, std::size_t i, bool& closing) {
  std::size_t k = i + 1;
  closing = k < t.size() && t[k] == '/';
  if (closing) ++k;
  std::string name;
  while (k < t.size() && std::isalpha(static_cast<unsigned char>(t[k])))
    name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(t[k++]))));
  if (k < t.size() && t[k] != '>' && t[k] != ' ' && t[k] != '/') return "";
  return name;
}

// True when name is one of the list.
template <std::size_t N>
bool wiki_listed(const std::array<std::string_view, N>& list, std::string_view name) {
  for (auto x : list)
    if (x == name) return true;
  return false;
}

// True for a "== Title ==" line.
bool wiki_title(std::string_view t) {
  return t.size() >= 5 && t[0] == '=' && t[1] == '=' && t.back() == '=' && t.find_first_not_of('=') != std::string_view::npos;
}

// True when a link target names a namespace page ("Category:Java", "Категорія:Java", "File:x.png").
bool wiki_namespaced(std::string_view target) {
  std::size_t colon = target.find(':');
  return colon != std::string_view::npos && colon > 0 && target.substr(0, colon).find(' ') == std::string_view::npos;
}

// Appends text, written for HTML (the characters HTML gives a meaning to as references) when html is set.
void append_text(std::string& out, std::string_view text, bool html) {
  if (!html) return out.append(text), void();
  for (char c : text) {
    if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    else out.push_back(c);
  }
}

}  // namespace

void append_wiki_inline(std::string& out, std::string_view t, bool html) {
  std::size_t i = 0;
  while (i < t.size()) {
    char c = t[i];
    if (c == '\'' && t.substr(i, 2) == "''") {
      while (i < t.size() && t[i] == '\'') ++i;
    } else if (c == '[' && t.substr(i, 2) == "[[") {
      std::size_t close = t.find("]]", i + 2);
      if (close == std::string_view::npos) return append_text(out, t.substr(i), html);
      std::string_view inner = t.substr(i + 2, close - i - 2);
      std::size_t bar = inner.rfind('|');
      if (html || !wiki_namespaced(inner) || bar != std::string_view::npos)
        append_text(out, bar == std::string_view::npos ? inner : inner.substr(bar + 1), html);
      i = close + 2;
    } else if (c == '[' && (t.substr(i + 1, 7) == "http://" || t.substr(i + 1, 8) == "https://")) {
      std::size_t close = t.find(']', i);
      if (close == std::string_view::npos) return append_text(out, t.substr(i), html);
      std::string_view inner = t.substr(i + 1, close - i - 1);
      std::size_t space = inner.find(' ');
      append_text(out, space == std::string_view::npos ? inner : inner.substr(space + 1), html);
      i = close + 1;
    } else if (c == '{' && t.substr(i, 2) == "{{") {
      std::size_t close = t.find("}}", i + 2);
      if (close == std::string_view::npos) return append_text(out, t.substr(i), html);
      i = close + 2;
    } else if (c == '<' && html) {
      std::size_t close = t.find('>', i);
      bool tag = i + 1 < t.size() && (std::isalpha(static_cast<unsigned char>(t[i + 1])) || t[i + 1] == '/');
      if (tag && close == std::string_view::npos) return append_text(out, t.substr(i), html);
      if (!tag) {
        append_text(out, t.substr(i, 1), html);
        ++i;
        continue;
      }
      out.append(t.substr(i, close + 1 - i));  // A tag written in the wiki text ("<code>", "<br />").
      i = close + 1;
    } else if (c == '<') {
      bool closing = false;
      std::string name = wiki_tag(t, i, closing);
      std::size_t close = t.find('>', i);
      if (name == "ref" && !closing) {  // A footnote: dropped with its text.
        std::size_t end = t.find("</ref>", i);
        bool empty_ref = close != std::string_view::npos && close > 0 && t[close - 1] == '/';
        i = empty_ref ? close + 1 : end == std::string_view::npos ? t.size() : end + 6;
      } else if (close != std::string_view::npos && (wiki_listed(kWikiInlineElements, name) || name == "br")) {
        if (name == "br") out.push_back(' ');
        i = close + 1;
      } else {
        out.push_back(c);
        ++i;
      }
    } else {
      append_text(out, t.substr(i, 1), html);
      ++i;
    }
  }
}

namespace {

// The closing tag of the code element a line opens ("</syntaxhighlight>" for "<syntaxhighlight lang=x>", "</code>"
// for a "<code>" not closed on its line); "" when it opens none.
std::string code_opening(std::string_view t) {
  bool closing = false;
  std::string name = t.empty() || t[0] != '<' ? std::string() : wiki_tag(t, 0, closing);
  if (closing || name.empty()) return "";
  std::string close_tag = "</" + name + ">";
  if (wiki_listed(kWikiCodeElements, name) || (name == "code" && t.find(close_tag) == std::string_view::npos))
    return close_tag;
  return "";
}

// True when the line holds nothing but namespaced links, templates and magic words ("[[Category:Java]]",
// "{{Stub}}", "__TOC__").
bool wiki_markup_only(std::string_view t) {
  if (t.empty()) return false;
  std::string rest;
  append_wiki_inline(rest, t, false);
  std::string_view r = wiki_trim(rest);
  while (r.size() >= 4 && r.substr(0, 2) == "__") {
    std::size_t end = r.find("__", 2);
    if (end == std::string_view::npos) break;
    r = wiki_trim(r.substr(end + 2));
  }
  return r.empty();
}

// True when the text reads as a wiki page: two or more title lines and a line of other wiki markup.
bool is_wiki_page(std::string_view text) {
  int titles = 0, markup = 0;
  for (std::size_t pos = 0; pos < text.size() && (titles < 2 || markup < 1);) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view t = wiki_trim(text.substr(pos, end - pos));
    pos = end + 1;
    if (wiki_title(t)) {
      ++titles;
      continue;
    }
    bool code = !code_opening(t).empty() && t.rfind("<pre", 0) != 0;  // <pre> is HTML as much as wiki.
    if (t.find("'''") != std::string_view::npos || t.find("[[") != std::string_view::npos ||
        t.find("{{") != std::string_view::npos || t == "__TOC__" || t == "__NOTOC__" || code)
      ++markup;
  }
  return titles >= 2 && markup >= 1;
}

}  // namespace

std::optional<std::string> mediawiki_to_text(std::string_view text,
                                             std::vector<std::pair<std::int64_t, std::string_view>>& markup_lines) {
  if (!is_wiki_page(text)) return std::nullopt;
  std::string out;
  out.reserve(text.size());
  std::string code_end;  // The closing tag of the code element in force ("</syntaxhighlight>"), "" outside one.
  bool table = false;
  std::int64_t number = 0;
  for (std::size_t pos = 0; pos <= text.size();) {
    ++number;
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    std::string_view t = wiki_trim(line);
    pos = end + 1;
    if (!code_end.empty()) {  // Inside a code element: its lines, indented, up to the closing tag.
      std::size_t close = line.find(code_end);
      std::string_view body = close == std::string_view::npos ? line : line.substr(0, close);
      if (!wiki_trim(body).empty()) out.append("    ").append(body);
      if (close != std::string_view::npos) code_end.clear();
    } else if (table || t.substr(0, 2) == "{|") {  // A wiki table, read by the table rules.
      out.append(line);
      table = t.substr(0, 2) != "|}";
    } else if (std::string close_tag = code_opening(t); !close_tag.empty()) {
      std::size_t open_end = t.find('>');
      std::string_view after = open_end == std::string_view::npos ? std::string_view() : t.substr(open_end + 1);
      std::size_t close = after.find(close_tag);
      std::string_view body = close == std::string_view::npos ? after : after.substr(0, close);
      if (!wiki_trim(body).empty()) out.append("    ").append(body);
      if (close == std::string_view::npos) code_end = close_tag;
    } else if (wiki_markup_only(t)) {
      markup_lines.emplace_back(number, t);  // A template, category links or a magic word alone: metadata.
    } else if (!t.empty() && (t[0] == '*' || t[0] == '#') && !wiki_title(t)) {
      std::size_t depth = t.find_first_not_of("*#");
      if (depth == std::string_view::npos) depth = t.size();
      out.append(2 * (depth - 1), ' ').append("- ");
      append_wiki_inline(out, wiki_trim(t.substr(depth)), false);
    } else {
      append_wiki_inline(out, line, false);
    }
    if (end < text.size()) out.push_back('\n');
  }
  return out;
}

}  // namespace qbank::internal::txt
