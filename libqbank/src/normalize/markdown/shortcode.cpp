// Paired Hugo shortcodes on lines of their own, read like <details> elements.
#include "normalize/markdown/shortcode.hpp"

#include <cctype>

namespace qbank::internal::md {
namespace {

// The inside of a line that is one shortcode ("{{< x >}}" gives " x "), or nullopt.
std::optional<std::string_view> shortcode_inside(std::string_view line) {
  std::size_t b = line.find_first_not_of(" \t");
  std::size_t e = line.find_last_not_of(" \t\r");
  if (b == std::string_view::npos || e - b < 6) return std::nullopt;
  std::string_view t = line.substr(b, e - b + 1);
  bool angle = t.substr(0, 3) == "{{<" && t.substr(t.size() - 3) == ">}}";
  bool percent = t.substr(0, 3) == "{{%" && t.substr(t.size() - 3) == "%}}";
  if (!angle && !percent) return std::nullopt;
  std::string_view in = t.substr(3, t.size() - 6);
  if (in.find("}}") != std::string_view::npos) return std::nullopt;  // Two shortcodes on one line.
  return in;
}

// Skips spaces from i.
std::size_t skip_spaces(std::string_view t, std::size_t i) {
  while (i < t.size() && t[i] == ' ') ++i;
  return i;
}

// Reads a quoted value starting at i (a '"' there); returns its text and moves i past it.
std::optional<std::string_view> quoted(std::string_view t, std::size_t& i) {
  if (i >= t.size() || t[i] != '"') return std::nullopt;
  std::size_t close = t.find('"', i + 1);
  if (close == std::string_view::npos) return std::nullopt;
  std::string_view v = t.substr(i + 1, close - i - 1);
  i = close + 1;
  return v;
}

}  // namespace

std::optional<Shortcode> shortcode_opener(std::string_view line) {
  auto in = shortcode_inside(line);
  if (!in) return std::nullopt;
  std::string_view t = *in;
  std::size_t i = skip_spaces(t, 0);
  std::size_t start = i;
  while (i < t.size() && (std::isalnum(static_cast<unsigned char>(t[i])) || t[i] == '-' || t[i] == '_')) ++i;
  if (i == start) return std::nullopt;  // "{{< /name >}}" and comments open nothing.
  Shortcode s;
  s.name = t.substr(start, i - start);
  while ((i = skip_spaces(t, i)) < t.size()) {
    if (auto v = quoted(t, i)) {
      if (s.title.empty()) s.title = *v;
      continue;
    }
    std::size_t key = i;
    while (i < t.size() && t[i] != '=' && t[i] != ' ') ++i;
    std::string_view k = t.substr(key, i - key);
    if (i < t.size() && t[i] == '=') {
      ++i;
      if (auto v = quoted(t, i)) {
        if (k == "title" || k == "summary") s.title = *v;
        continue;
      }
      while (i < t.size() && t[i] != ' ') ++i;
    }
  }
  return s;
}

std::size_t shortcode_close(const std::vector<std::string_view>& lines, std::size_t opener, std::size_t to,
                            std::string_view name) {
  for (std::size_t k = opener + 1; k < to && k < lines.size(); ++k) {
    auto in = shortcode_inside(lines[k]);
    if (!in) continue;
    std::size_t i = skip_spaces(*in, 0);
    if (auto again = shortcode_opener(lines[k]); again && again->name == name) return std::string_view::npos;
    if (i >= in->size() || (*in)[i] != '/') continue;
    i = skip_spaces(*in, i + 1);
    std::size_t e = i;
    while (e < in->size() && (*in)[e] != ' ') ++e;
    if (in->substr(i, e - i) == name) return k;
  }
  return std::string_view::npos;
}

}  // namespace qbank::internal::md
