// Anki text import files, and the note fields, decks, tags and GUIDs shared with the .apkg writer.
#include <cctype>
#include <cstdlib>

#include "base/utf8.hpp"
#include "export/writers.hpp"

namespace qbank::internal {
namespace {

// Replaces control characters (tabs, line breaks) by spaces and trims, for one-line values.
std::string one_line(std::string_view s) {
  std::string out;
  for (char c : s) out.push_back(static_cast<unsigned char>(c) < 0x20 || c == 0x7f ? ' ' : c);
  std::size_t b = out.find_first_not_of(' '), e = out.find_last_not_of(' ');
  return b == std::string::npos ? std::string() : out.substr(b, e - b + 1);
}

// Appends a plain (non-HTML) field, in double quotes with quotes doubled when it holds a quote.
void append_plain_field(std::string& out, std::string_view s) {
  if (s.find('"') == std::string_view::npos) {
    out += s;
    return;
  }
  out.push_back('"');
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

// Decodes one entity starting at s[i] == '&'; returns false when it is not one Anki would decode.
bool decode_entity(std::string_view s, std::size_t& i, std::string& out) {
  std::size_t semi = s.find(';', i);
  if (semi == std::string_view::npos || semi - i > 10) return false;
  std::string_view name = s.substr(i + 1, semi - i - 1);
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "}};
  for (const auto& [n, v] : kNamed)
    if (name == n) {
      out += v;
      i = semi + 1;
      return true;
    }
  if (name.size() < 2 || name[0] != '#') return false;
  bool hex = name[1] == 'x' || name[1] == 'X';
  std::string digits(name.substr(hex ? 2 : 1));
  char* end = nullptr;
  unsigned long cp = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
  if (digits.empty() || *end != '\0' || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
  utf8::append(out, static_cast<char32_t>(cp));
  i = semi + 1;
  return true;
}

// True when the '[' at s[i] starts one of Anki's bracket tags: a name followed by ':' ([sound:x.mp3],
// [anki:tts]), or [latex], [$], [$$] and their closing forms.
bool opens_anki_tag(std::string_view s, std::size_t i) {
  std::size_t j = i + 1;
  bool closing = j < s.size() && s[j] == '/';
  if (closing) ++j;
  std::size_t start = j;
  while (j < s.size() && (std::isalpha(static_cast<unsigned char>(s[j])) || s[j] == '$')) ++j;
  if (j == start || j >= s.size()) return false;
  std::string_view name = s.substr(start, j - start);
  if (s[j] == ':') return !closing && name.find('$') == std::string_view::npos;
  return s[j] == ']' && (name == "latex" || name == "$" || name == "$$");
}

}  // namespace

void append_html(std::string& out, std::string_view s, bool anki) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\t': out += "&#9;"; break;
      case '[':
        if (anki && opens_anki_tag(s, i)) out += "&#91;";
        else out.push_back(c);
        break;
      case '{':
      case '}':
        if (anki && ((i > 0 && s[i - 1] == c) || (i + 1 < s.size() && s[i + 1] == c)))
          out += c == '{' ? "&#123;" : "&#125;";
        else out.push_back(c);
        break;
      case '\\':
        if (anki && i + 1 < s.size() && (s[i + 1] == '(' || s[i + 1] == '[')) out += "&#92;";
        else out.push_back(c);
        break;
      case '\n': out += "<br>"; break;
      case '\r':
        if (i + 1 >= s.size() || s[i + 1] != '\n') out += "<br>";
        break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out.push_back(c);
    }
  }
}

std::string anki_front(const Question& q, bool anki) {
  std::string f;
  append_html(f, q.text, anki);
  if (q.code && !q.code->empty()) {
    f += "<pre><code>";
    append_html(f, *q.code, anki);
    f += "</code></pre>";
  }
  if (!q.choices.empty()) {
    f += "<ul>";
    for (const auto& c : q.choices) {
      f += "<li>";
      append_html(f, c, anki);
      f += "</li>";
    }
    f += "</ul>";
  }
  return f;
}

std::string anki_back(const Question& q, bool anki) {
  std::string b;
  if (q.answer) append_html(b, *q.answer, anki);
  return b;
}

std::string anki_topic(const Question& q) {
  std::string t;
  if (q.topic) append_html(t, *q.topic, true);
  return t;
}

std::string anki_source(const Question& q) {
  std::string out;
  for (const auto& src : q.sources) {
    if (!out.empty()) out += "<br>";
    append_html(out, src.file + ":" + std::to_string(src.line), true);
  }
  return out;
}

std::string anki_translations(const Question& q, const TranslationTexts& tr) {
  std::vector<std::string> lines;
  tr.lines(q, lines);
  std::string out;
  for (const auto& line : lines) {
    if (!out.empty()) out += "<br>";
    append_html(out, line, true);
  }
  return out;
}

std::string anki_deck(const Question& q, const ExportOptions& options) {
  std::string deck = one_line(options.deck);
  if (options.subdecks && q.topic) {
    std::string topic = one_line(*q.topic);
    if (!topic.empty()) deck += "::" + topic;
  }
  return deck;
}

std::string anki_tags(const Question& q) {
  std::string out;
  for (const auto& tag : q.tags) {
    std::string t = one_line(tag);
    for (char& c : t)
      if (c == ' ') c = '_';
    if (t.empty()) continue;
    if (!out.empty()) out.push_back(' ');
    out += t;
  }
  return out;
}

std::string anki_guid(const Question& q) {
  if (!q.id.empty()) return one_line(q.id);
  std::string guid = "q";
  guid.append(sha1_hex(q.text), 0, 16);
  return guid;
}

std::string anki_strip_html(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  for (std::size_t i = 0; i < html.size();) {
    if (html[i] == '<') {
      std::size_t close = html.find('>', i);
      if (close != std::string_view::npos) {
        i = close + 1;
        continue;
      }
    }
    if (html[i] == '&' && decode_entity(html, i, out)) continue;
    out.push_back(html[i++]);
  }
  return out;
}

Status write_anki_text(RecordSource& records, const ExportOptions& options, const TranslationTexts& tr,
                       ChunkWriter& w) {
  std::string& out = w.out();
  out += "#separator:tab\n#html:true\n";
  out += options.reversed ? "#notetype:Basic (and reversed card)\n" : "#notetype:Basic\n";
  if (!options.subdecks) out += "#deck:" + one_line(options.deck) + "\n";
  out += "#guid column:1\n";
  const int extra = options.with_translations ? 1 : 0;  // The Translations column follows Back.
  out += options.subdecks ? "#deck column:" + std::to_string(4 + extra) + "\n#tags column:" + std::to_string(5 + extra) + "\n"
                          : "#tags column:" + std::to_string(4 + extra) + "\n";
  return records.each([&](const Question& q) {
    append_plain_field(out, anki_guid(q));
    out.push_back('\t');
    out += anki_front(q);
    out.push_back('\t');
    out += anki_back(q);
    if (options.with_translations) {
      out.push_back('\t');
      out += anki_translations(q, tr);
    }
    if (options.subdecks) {
      out.push_back('\t');
      append_plain_field(out, anki_deck(q, options));
    }
    out.push_back('\t');
    append_plain_field(out, anki_tags(q));
    out.push_back('\n');
    return w.spill();
  });
}

}  // namespace qbank::internal
