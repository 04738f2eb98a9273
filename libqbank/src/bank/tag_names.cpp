// Tag normalisation to the Anki form (lowercase, no spaces, "a::b" hierarchy) and topic-to-tag mapping.
#include <utf8proc.h>

#include "qbank/fold.hpp"
#include "qbank/tag.hpp"
#include "bank/tag_internal.hpp"
#include "base/utf8.hpp"

namespace qbank::internal {
namespace {

// True for ASCII characters a normalised tag keeps as they are.
bool is_plain_tag_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '+' || c == '#' ||
         c == '.';
}

}  // namespace

bool is_normal_tag(std::string_view tag) {
  if (tag.empty() || tag.front() == '_' || tag.front() == '-' || tag.back() == '_' || tag.back() == '-')
    return false;
  for (std::size_t i = 0; i < tag.size(); ++i) {
    if (tag[i] == '_' && i + 1 < tag.size() && tag[i + 1] == '_') return false;
    if (is_plain_tag_char(tag[i])) continue;
    if (tag.compare(i, 2, "::") != 0 || i == 0 || i + 2 >= tag.size()) return false;
    char before = tag[i - 1], after = tag[i + 2];
    if (before == '_' || before == '-' || after == '_' || after == '-' || after == ':') return false;
    ++i;
  }
  return true;
}

namespace {

// True for code points a tag level keeps: letters, marks, digits and - + # .
bool keeps(char32_t c) {
  if (c < 0x80) return is_plain_tag_char(static_cast<char>(c)) && c != '_';
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

// Normalises one hierarchy level: kept characters stay, runs of anything else become one "_".
std::string normalize_level(std::string_view level) {
  std::string out;
  bool pending_sep = false;
  for (std::size_t i = 0; i < level.size();) {
    char32_t c = utf8::next(level, i);
    if (!keeps(c)) {
      pending_sep = !out.empty();
      continue;
    }
    if (pending_sep) out.push_back('_');
    pending_sep = false;
    utf8::append(out, c);
  }
  while (!out.empty() && (out.back() == '-' || out.back() == '_')) out.pop_back();
  std::size_t start = out.find_first_not_of("-_");
  return start == std::string::npos ? std::string() : out.substr(start);
}

// Replaces every occurrence of from in s with to.
void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
}

}  // namespace

}  // namespace qbank::internal

namespace qbank {

std::string normalize_tag(std::string_view tag) {
  if (internal::is_normal_tag(tag)) return std::string(tag);
  std::string folded = fold(tag);
  std::string out;
  std::size_t start = 0;
  while (start <= folded.size()) {
    std::size_t end = folded.find("::", start);
    if (end == std::string::npos) end = folded.size();
    std::string level = internal::normalize_level(std::string_view(folded).substr(start, end - start));
    if (!level.empty()) {
      if (!out.empty()) out += "::";
      out += level;
    }
    start = end + 2;
  }
  return out;
}

std::string topic_to_tag(std::string_view topic) {
  std::string s(topic);
  for (std::string_view sep : {" / ", " > ", " » ", " → ", " | "}) internal::replace_all(s, sep, "::");
  return normalize_tag(s);
}

}  // namespace qbank

