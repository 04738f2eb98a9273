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

// Appends a titled table section.
void append_section(std::string& out, const char* title, const std::map<std::string, std::size_t>& m) {
  if (m.empty()) return;
  out += std::string("\n") + title + ":\n";
  for (const auto& [key, n] : ranked(m)) {
    std::string count = std::to_string(n);
    out += "  " + std::string(count.size() < 8 ? 8 - count.size() : 0, ' ') + count + "  " + key + "\n";
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

// Escapes a Markdown table cell (pipes and newlines).
std::string cell(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += "\\|";
    else if (c == '\n') out += ' ';
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
  std::string out = "| records | sources | merged | with answer | with code | with tags |\n|---|---|---|---|---|---|\n";
  out += "| " + std::to_string(records) + " | " + std::to_string(sources) + " | " + std::to_string(merged) + " | " +
         std::to_string(with_answer) + " | " + std::to_string(with_code) + " | " + std::to_string(with_tags) + " |\n";
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
      out += "- **" + text + "**\n";
      for (const auto& v : variants) out += "  - " + v + "\n";
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
