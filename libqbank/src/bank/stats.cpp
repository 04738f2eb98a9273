// Bank statistics.
#include "qbank/stats.hpp"

#include <algorithm>
#include <vector>

#include "qbank/io.hpp"

namespace qbank {
namespace {

// Returns the map's entries ordered by count (descending), then by key.
std::vector<std::pair<std::string, std::size_t>> ranked(const std::map<std::string, std::size_t>& m) {
  std::vector<std::pair<std::string, std::size_t>> v(m.begin(), m.end());
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  return v;
}

// Returns a value as one line of plain text: tab and line ends become spaces, other control characters (C0,
// DEL, C1) are shown as \xNN, so a record's topic, tag or file name cannot drive the terminal that shows it.
std::string printable(const std::string& s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b == '\t' || b == '\n' || b == '\r') {
      out.push_back(' ');
    } else if (b < 0x20 || b == 0x7F) {
      out += "\\x";
      out.push_back(kHex[b >> 4]);
      out.push_back(kHex[b & 15]);
    } else if (b == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xA0) {
      auto c1 = static_cast<unsigned char>(s[++i]);
      out += "\\x";
      out.push_back(kHex[c1 >> 4]);
      out.push_back(kHex[c1 & 15]);
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

// Appends a titled table section.
void append_section(std::string& out, const char* title, const std::map<std::string, std::size_t>& m) {
  if (m.empty()) return;
  out += std::string("\n") + title + ":\n";
  for (const auto& [key, n] : ranked(m)) {
    std::string count = std::to_string(n);
    out += "  " + std::string(count.size() < 8 ? 8 - count.size() : 0, ' ') + count + "  " + printable(key) + "\n";
  }
}

// Appends "name":{...} for one map.
void append_map_json(std::string& out, const char* name, const std::map<std::string, std::size_t>& m) {
  out += ",\"";
  out += name;
  out += "\":{";
  bool first = true;
  for (const auto& [key, n] : m) {
    if (!first) out.push_back(',');
    first = false;
    append_json_string(out, key);
    out += ":" + std::to_string(n);
  }
  out.push_back('}');
}

// Escapes a Markdown table cell (pipes; line ends and control characters as printable() shows them).
std::string cell(const std::string& s) {
  std::string out;
  for (char c : printable(s)) {
    if (c == '|') out += "\\|";
    else out.push_back(c);
  }
  return out;
}

}  // namespace

void Stats::add(const Question& q) {
  ++records;
  if (q.answer && !q.answer->empty()) ++with_answer;
  if (q.code && !q.code->empty()) ++with_code;
  if (!q.choices.empty()) ++with_choices;
  if (!q.tags.empty()) ++with_tags;
  if (q.sources.size() > 1) {
    ++merged;
    if (merged_examples.size() < max_examples) {
      std::vector<std::string> variants;
      for (const auto& src : q.sources)
        variants.push_back((src.text ? *src.text : q.text) + " (" + src.file + ":" + std::to_string(src.line) + ")");
      merged_examples.emplace_back(q.text, std::move(variants));
    }
  }
  sources += q.sources.size();
  ++by_lang[q.lang];
  ++by_topic[q.topic ? *q.topic : std::string("(none)")];
  for (const auto& s : q.sources) ++by_file[s.file];
  for (const auto& t : q.tags) ++by_tag[t];
}

std::string Stats::to_text() const {
  std::string out;
  out += "records:       " + std::to_string(records) + "\n";
  out += "sources:       " + std::to_string(sources) + "\n";
  out += "merged:        " + std::to_string(merged) + "\n";
  out += "with answer:   " + std::to_string(with_answer) + "\n";
  out += "with code:     " + std::to_string(with_code) + "\n";
  out += "with choices:  " + std::to_string(with_choices) + "\n";
  out += "with tags:     " + std::to_string(with_tags) + "\n";
  append_section(out, "by language", by_lang);
  append_section(out, "by topic", by_topic);
  append_section(out, "by source file", by_file);
  append_section(out, "by tag", by_tag);
  return out;
}

std::string Stats::to_markdown() const {
  std::string out = "| records | sources | merged | with answer | with code | with choices | with tags |\n"
                    "|---|---|---|---|---|---|---|\n";
  out += "| " + std::to_string(records) + " | " + std::to_string(sources) + " | " + std::to_string(merged) + " | " +
         std::to_string(with_answer) + " | " + std::to_string(with_code) + " | " + std::to_string(with_choices) +
         " | " + std::to_string(with_tags) + " |\n";
  auto table = [&](const char* title, const char* column, const std::map<std::string, std::size_t>& m) {
    if (m.empty()) return;
    out += std::string("\n## ") + title + "\n\n| " + column + " | records |\n|---|---|\n";
    for (const auto& [key, n] : ranked(m)) out += "| " + cell(key) + " | " + std::to_string(n) + " |\n";
  };
  table("By source file (question variants found)", "file", by_file);
  table("By language", "lang", by_lang);
  table("By topic", "topic", by_topic);
  table("By tag", "tag", by_tag);
  if (!merged_examples.empty()) {
    out += "\n## Merged duplicates (examples)\n\n";
    for (const auto& [text, variants] : merged_examples) {
      out += "- **" + printable(text) + "**\n";
      for (const auto& v : variants) out += "  - " + printable(v) + "\n";
    }
  }
  return out;
}

std::string Stats::to_json() const {
  std::string out = "{\"records\":" + std::to_string(records);
  out += ",\"sources\":" + std::to_string(sources);
  out += ",\"merged\":" + std::to_string(merged);
  out += ",\"with_answer\":" + std::to_string(with_answer);
  out += ",\"with_code\":" + std::to_string(with_code);
  out += ",\"with_choices\":" + std::to_string(with_choices);
  out += ",\"with_tags\":" + std::to_string(with_tags);
  append_map_json(out, "by_lang", by_lang);
  append_map_json(out, "by_topic", by_topic);
  append_map_json(out, "by_file", by_file);
  append_map_json(out, "by_tag", by_tag);
  out += "}\n";
  return out;
}

}  // namespace qbank
