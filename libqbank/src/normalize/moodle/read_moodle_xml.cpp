// The Moodle XML reader: <quiz> of <question> elements (expat), with category paths as topics, right answers
// by their fraction, options of choice questions, feedback as the answer of essays, tags, and HTML texts read
// as plain text with their <pre> blocks as code.
#include <expat.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "normalize/html/visible_text.hpp"
#include "normalize/question_cues.hpp"
#include "normalize/category_path.hpp"
#include "normalize/moodle/moodle_reader.hpp"
#include "normalize/reader.hpp"
#include "normalize/text/lines.hpp"

namespace qbank::internal {
namespace {

// The longest raw text kept for a question's source.
constexpr std::size_t kMaxRaw = 4000;

// Returns the value of an expat attribute, or "" when absent.
std::string attr(const XML_Char** atts, const char* name) {
  for (int i = 0; atts[i] != nullptr; i += 2)
    if (std::string_view(atts[i]) == name) return atts[i + 1];
  return "";
}

// True when a Moodle text format holds HTML (html and moodle_auto_format do, or no format given).
bool html_format(const std::string& format) { return format != "plain_text" && format != "markdown"; }

// When HTML ends with a list (<ul> or <ol>) after some text, moves its items into choices and cuts it off.
void trailing_list(std::string& html, std::vector<std::string>& choices) {
  std::size_t end = html.find_last_not_of(" \t\r\n");
  if (end == std::string::npos || end < 5) return;
  std::string_view h(html.data(), end + 1);
  if (!h.ends_with("</ul>") && !h.ends_with("</ol>")) return;
  std::size_t open = std::max(h.rfind("<ul"), h.rfind("<ol") == std::string_view::npos ? 0 : h.rfind("<ol"));
  if (h.rfind("<ul") == std::string_view::npos) open = h.rfind("<ol");
  if (open == std::string_view::npos || html_fragment_to_text(h.substr(0, open)).empty()) return;
  std::vector<std::string> items;
  for (std::size_t at = h.find("<li", open); at != std::string_view::npos; at = h.find("<li", at + 3)) {
    std::size_t body = h.find('>', at);
    std::size_t stop = h.find("</li>", at);
    if (body == std::string_view::npos || stop == std::string_view::npos || body > stop) return;
    items.push_back(html_fragment_to_text(h.substr(body + 1, stop - body - 1)));
  }
  if (items.size() < 2) return;
  choices = std::move(items);
  html.resize(open);
}

// Splits HTML into its visible text and the texts of its <pre> blocks (code).
void text_and_code(const std::string& html, bool is_html, std::string& text, std::optional<std::string>& code) {
  if (!is_html) {
    text = std::string(txt::trim(html));
    return;
  }
  std::string rest;
  std::size_t from = 0;
  for (std::size_t at = html.find("<pre"); at != std::string::npos; at = html.find("<pre", from)) {
    std::size_t end = html.find("</pre>", at);
    if (end == std::string::npos) break;
    end += 6;
    rest.append(html, from, at - from);
    std::string block = html_fragment_to_code(std::string_view(html).substr(at, end - at));
    if (!block.empty()) code = code ? *code + "\n\n" + block : block;
    from = end;
  }
  rest.append(html, from, std::string::npos);
  text = html_fragment_to_text(rest);
}

}  // namespace

void MoodleReader::start(const XML_Char* name, const XML_Char** atts) {
  std::string_view n(name);
  path_.emplace_back(n);
  if (path_.size() == 1) return;
  if (n == "question" && path_.size() == 2) {
    q_ = MoodleQuestion();
    q_.type = attr(atts, "type");
    q_.line = line();
    in_question_ = true;
    return;
  }
  if (!in_question_) return;
  if (n == "questiontext") q_.question_html = html_format(attr(atts, "format"));
  if (n == "answer") {
    MoodleAnswer a;
    a.fraction = std::strtod(attr(atts, "fraction").c_str(), nullptr);
    a.html = html_format(attr(atts, "format"));
    q_.answers.push_back(std::move(a));
  }
  if (n == "text" && parent_is("questiontext")) q_.line = line();
  text_.clear();
}

void MoodleReader::end(const XML_Char* name) {
  std::string_view n(name);
  if (in_question_ && n == "text" && path_.size() >= 2) {
    const std::string& parent = path_[path_.size() - 2];
    if (parent == "questiontext") q_.question = text_;
    else if (parent == "name") q_.name = text_;
    else if (parent == "answer" && !q_.answers.empty()) q_.answers.back().text = text_;
    else if (parent == "generalfeedback") q_.feedback = text_;
    else if (parent == "graderinfo") q_.grader_info = text_;
    else if (parent == "tag") q_.tags.push_back(std::string(txt::trim(text_)));
    else if (parent == "category") q_.category = text_;
  }
  if (n == "question" && path_.size() == 2 && in_question_) {
    finish();
    in_question_ = false;
  }
  text_.clear();
  path_.pop_back();
}

void MoodleReader::finish() {
  if (q_.type == "category") {
    topic_ = category_topic(q_.category);
    out_.rejected.push_back({q_.line, q_.category, "category"});
    return;
  }
  RawItem item;
  item.line = q_.line;
  std::string text;
  std::string html = q_.question;
  if (q_.question_html) trailing_list(html, item.choices);  // options shown under the question text
  text_and_code(html, q_.question_html, text, item.code);
  if (text.empty()) text = std::string(txt::trim(q_.name));
  item.raw = shorten(q_.question.empty() ? q_.name : q_.question, kMaxRaw);
  if (q_.type == "description") {
    out_.rejected.push_back({q_.line, item.raw, "description"});
    return;
  }
  if (text.empty()) {
    out_.rejected.push_back({q_.line, item.raw, "no question text"});
    return;
  }
  item.text = std::move(text);
  bool choices = q_.type == "multichoice" || q_.type == "truefalse" || q_.type == "multichoiceset";
  if (choices) item.choices.clear();
  std::string right;
  for (const auto& a : q_.answers) {
    std::string t = a.html ? html_fragment_to_text(a.text) : std::string(txt::trim(a.text));
    if (t.empty()) continue;
    if (choices) item.choices.push_back(t);
    if (a.fraction > 0) right += (right.empty() ? "" : "\n") + t;
  }
  std::string model = html_fragment_to_text(q_.grader_info.empty() ? q_.feedback : q_.grader_info);
  if (!right.empty()) item.answer = right;
  else if (!model.empty()) item.answer = model;
  if (!topic_.empty()) item.topic = topic_;
  item.tags = q_.tags;
  out_.items.push_back(std::move(item));
}

}  // namespace qbank::internal
