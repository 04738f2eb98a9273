// Moodle category paths: the part that names the topic.
#include "normalize/category_path.hpp"

#include <vector>

namespace qbank::internal {
namespace {

// The text without the spaces and tabs around it.
std::string_view trim_view(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  std::size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

}  // namespace

std::string category_topic(std::string_view path) {
  std::vector<std::string> parts(1);
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (path[i] != '/') {
      parts.back().push_back(path[i]);
    } else if (i + 1 < path.size() && path[i + 1] == '/') {
      parts.back().push_back('/');
      ++i;
    } else {
      parts.emplace_back();
    }
  }
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
    std::string p(trim_view(*it));
    if (!p.empty() && p != "top" && p.front() != '$') return p;
  }
  return "";
}

}  // namespace qbank::internal
