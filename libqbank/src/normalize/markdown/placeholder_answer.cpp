// What counts as an answer's content: answers that only hold a place for one ("...", "TODO", "TBD", "待补充。") leave
// a question unanswered; a picture alone ("![Diagram](x.png)") answers it.
#include <array>

#include "normalize/markdown/walker.hpp"
#include "normalize/text/words.hpp"
#include "base/utf8.hpp"

namespace qbank::internal::md {
namespace {

// Words that stand in for an answer still to be written, lowercase.
constexpr std::array<std::string_view, 16> kPlaceholders = {
    "todo", "tbd", "tba", "wip", "to do", "to be completed", "to be added", "coming soon", "待补充", "待完善",
    "待更新", "未完成", "đang cập nhật", "в процессе", "à compléter", "em breve"};

// True when c only decorates a placeholder (punctuation, emphasis, ellipsis, spaces).
bool decoration(char32_t c) {
  return c == ' ' || c == '.' || c == '*' || c == '_' || c == '!' || c == '>' || c == '-' || c == U'…' ||
         c == U'。' || c == '(' || c == ')' || c == '[' || c == ']';
}

}  // namespace

std::string picture_or(std::string_view raw_text, std::string text) {
  std::string_view raw = txt::trim(raw_text);
  bool picture = raw.find("![") != std::string_view::npos || txt::lower_text(raw).find("<img") != std::string::npos;
  return txt::trim(text).empty() && picture ? std::string(raw) : text;
}

bool is_placeholder_answer(std::string_view answer) {
  if (answer.find("![") != std::string_view::npos || txt::lower_text(answer).find("<img") != std::string::npos)
    return false;  // A picture answers (a diagram).
  std::string_view whole = txt::trim(answer);
  if (whole.size() > 2 && whole.front() == '[' && whole.back() == ']' && whole.find('\n') == std::string_view::npos &&
      whole.find(']', 1) == whole.size() - 1 && whole.find('[', 1) == std::string_view::npos)
    return true;  // "[Describe your audience]": a template's prompt for the answer.
  std::string text = inline_text(answer);
  bool letter = false;
  for (std::size_t k = 0; k < text.size() && !letter;) {
    char32_t c = utf8::next(text, k);
    letter = txt::is_letter(c) || (c >= '0' && c <= '9');
  }
  return !letter || is_placeholder_word(text);
}

bool is_placeholder_word(std::string_view text) {
  std::string_view t = text;
  for (;;) {  // Trims decoration from both ends.
    std::size_t k = 0;
    if (!t.empty() && decoration(utf8::next(t, k))) {
      t.remove_prefix(k);
      continue;
    }
    std::size_t last = t.size();
    while (last > 0 && (static_cast<unsigned char>(t[last - 1]) & 0xC0) == 0x80) --last;
    if (last > 0) {
      std::size_t j = last - 1;
      if (decoration(utf8::next(t, j))) {
        t.remove_suffix(t.size() - (last - 1));
        continue;
      }
    }
    break;
  }
  std::string lower = txt::lower_text(t);
  for (std::string_view p : kPlaceholders)
    if (lower == p) return true;
  return false;
}

bool pointer_paragraph(std::string_view raw) {
  if (raw.find("![") != std::string_view::npos || txt::lower_text(raw).find("<img") != std::string::npos)
    return false;  // A picture answers (a diagram).
  std::string rest;
  int links = 0;
  for (std::size_t i = 0; i < raw.size();) {
    std::size_t close = raw[i] == '[' ? raw.find("](", i) : std::string_view::npos;
    std::size_t end = close == std::string_view::npos ? std::string_view::npos : raw.find(')', close + 2);
    if (end != std::string_view::npos && raw.substr(i + 1, close - i - 1).find('\n') == std::string_view::npos) {
      ++links;
      rest.push_back(' ');
      i = end + 1;
      continue;
    }
    if (raw.substr(i, 7) == "http://" || raw.substr(i, 8) == "https://") {
      ++links;
      while (i < raw.size() && raw[i] != ' ' && raw[i] != '\n') ++i;
      continue;
    }
    rest.push_back(raw[i++]);
  }
  return links > 0 && txt::count_words(rest) <= 1;
}

}  // namespace qbank::internal::md
