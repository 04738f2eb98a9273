// GIFT answer blocks and escapes.
#include "normalize/gift/gift_answer.hpp"

#include <cctype>
#include <cstdlib>

#include "normalize/question_cues.hpp"

namespace qbank::internal {
namespace {

// The characters GIFT lets a backslash escape, in placeholder order (U+E000 + index).
constexpr std::string_view kEscapable = "\\{}=~#:";

// One option of a choice block.
struct Option {
  char marker = '~';             // '=' (correct) or '~' (wrong).
  std::optional<double> weight;  // The %n% weight, when given.
  std::string text;              // The option without weight and feedback.
};

// Returns the UTF-8 placeholder for escapable character index i.
std::string placeholder(std::size_t i) {
  std::string p = "\xEE\x80";
  p.push_back(static_cast<char>(0x80 + i));
  return p;
}

// Reads a leading %n% weight off an option.
std::optional<double> take_weight(std::string_view& s) {
  if (s.size() < 3 || s[0] != '%') return std::nullopt;
  std::size_t end = s.find('%', 1);
  if (end == std::string_view::npos) return std::nullopt;
  std::string num(s.substr(1, end - 1));
  char* stop = nullptr;
  double w = std::strtod(num.c_str(), &stop);
  if (num.empty() || stop != num.c_str() + num.size()) return std::nullopt;
  s = trim(s.substr(end + 1));
  return w;
}

// Splits a choice block into options at each '=' or '~'.
std::vector<Option> split_options(std::string_view block) {
  std::vector<Option> out;
  for (std::size_t i = 0; i < block.size(); ++i) {
    if (block[i] != '=' && block[i] != '~') continue;
    std::size_t end = block.find_first_of("=~", i + 1);
    if (end == std::string_view::npos) end = block.size();
    std::string_view body = trim(block.substr(i + 1, end - i - 1));
    Option o;
    o.marker = block[i];
    o.weight = take_weight(body);
    o.text = std::string(trim(body.substr(0, body.find('#'))));
    out.push_back(std::move(o));
    i = end - 1;
  }
  return out;
}

// Formats a numeric answer ("3.14:0.01" → "3.14 ± 0.01", ranges "1..5" kept).
std::string numeric_answer(std::string_view body) {
  std::string_view s = trim(body);
  if (!s.empty() && (s[0] == '=' || s[0] == '~')) {
    for (const auto& o : split_options(s))
      if (o.marker == '=' && (!o.weight || *o.weight >= 100)) return numeric_answer(o.text);
    auto opts = split_options(s);
    return opts.empty() ? "" : numeric_answer(opts.front().text);
  }
  s = trim(s.substr(0, s.find('#')));
  std::size_t colon = s.find(':');
  if (colon == std::string_view::npos) return std::string(s);
  return std::string(trim(s.substr(0, colon))) + " ± " + std::string(trim(s.substr(colon + 1)));
}

// Joins strings with line breaks.
std::optional<std::string> join_lines(const std::vector<std::string>& v) {
  if (v.empty()) return std::nullopt;
  std::string out = v.front();
  for (std::size_t i = 1; i < v.size(); ++i) out += "\n" + v[i];
  return out;
}

// Reads a true/false block ("T", "FALSE#feedback"); returns nullopt when it is not one.
std::optional<std::string> true_false(std::string_view block) {
  std::string word;
  for (char c : trim(block.substr(0, block.find('#'))))
    word.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  if (word == "T" || word == "TRUE") return "True";
  if (word == "F" || word == "FALSE") return "False";
  return std::nullopt;
}

}  // namespace

std::string hide_gift_escapes(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 >= text.size()) {
      out.push_back(text[i]);
      continue;
    }
    std::size_t k = kEscapable.find(text[i + 1]);
    if (k != std::string_view::npos) out += placeholder(k), ++i;
    else if (text[i + 1] == 'n') out.push_back('\n'), ++i;
    else out.push_back('\\');
  }
  return out;
}

std::string restore_gift_escapes(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i + 2 < text.size() && text.substr(i, 2) == "\xEE\x80") {
      auto k = static_cast<std::size_t>(static_cast<unsigned char>(text[i + 2])) - 0x80;
      if (k < kEscapable.size()) {
        out.push_back(kEscapable[k]);
        i += 2;
        continue;
      }
    }
    out.push_back(text[i]);
  }
  return out;
}

GiftAnswer parse_gift_answer(std::string_view block) {
  GiftAnswer a;
  std::string_view b = trim(block);
  if (std::size_t general = b.find("####"); general != std::string_view::npos) b = trim(b.substr(0, general));
  if (b.empty()) return a;  // essay
  if (b[0] == '#') {
    a.answer = numeric_answer(b.substr(1));
    if (a.answer->empty()) a.answer.reset();
    return a;
  }
  if (auto tf = true_false(b)) {
    a.answer = *tf;
    return a;
  }
  auto options = split_options(b);
  bool all_correct = !options.empty(), matching = !options.empty();
  for (const auto& o : options) {
    all_correct = all_correct && o.marker == '=';
    matching = matching && o.marker == '=' && o.text.find("->") != std::string::npos;
  }
  std::vector<std::string> full, partial, all;
  for (const auto& o : options) {
    if (o.text.empty()) continue;
    std::string text = o.text;
    if (matching) {
      std::size_t arrow = text.find("->");
      text = std::string(trim(text.substr(0, arrow))) + " -> " + std::string(trim(text.substr(arrow + 2)));
    }
    all.push_back(text);
    if (o.marker == '=' && (!o.weight || *o.weight >= 100)) full.push_back(text);
    else if (o.weight && *o.weight > 0) partial.push_back(text);
  }
  if (matching) {
    a.answer = join_lines(all);
    a.choices = all;
  } else if (all_correct) {
    a.answer = join_lines(full.empty() ? all : full);
  } else {
    a.choices = all;
    a.answer = join_lines(full.empty() ? partial : full);
  }
  if (options.empty()) a.answer = std::string(b);  // not GIFT syntax: keep the text as it is
  return a;
}

}  // namespace qbank::internal
