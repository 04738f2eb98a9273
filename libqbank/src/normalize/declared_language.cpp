// A language the source declares wins over a close relative detected from the text alone.
#include <array>
#include <cctype>
#include <string>
#include <utility>

#include "normalize/reader.hpp"

namespace qbank::internal {
namespace {

// Groups of languages so close that a short text rarely tells them apart ("" ends a group).
constexpr std::array<std::array<std::string_view, 3>, 6> kRelatives = {{
    {"id", "ms", ""}, {"no", "da", ""}, {"hr", "sr", "bs"}, {"cs", "sk", ""}, {"af", "nl", ""}, {"gl", "pt", ""},
}};

// The group index of a language code, or -1.
int group_of(std::string_view code) {
  for (std::size_t g = 0; g < kRelatives.size(); ++g)
    for (std::string_view c : kRelatives[g])
      if (!c.empty() && c == code) return static_cast<int>(g);
  return -1;
}

}  // namespace

void prefer_declared_language(std::string_view declared, std::string& detected) {
  std::string code;
  for (char c : declared) {
    if (c == '-' || c == '_') break;
    code.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  if (code == "nb" || code == "nn") code = "no";
  if (code.size() != 2 || code == detected) return;
  int g = group_of(code);
  if (g >= 0 && g == group_of(detected)) detected = code;
}

bool close_relatives(std::string_view a, std::string_view b) {
  return a == b || (group_of(a) >= 0 && group_of(a) == group_of(b));
}

}  // namespace qbank::internal
