#pragma once
// Line shapes and evidence shared by the plain-text and Markdown readers: list markers, question
// prefixes, question-likeness, code-likeness, prose, titles and section counts.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.hpp"

namespace qbank::internal::txt {

// The kind of list marker or question prefix that starts a line.
enum class MarkerKind {
  kNone,    // No marker: a plain line.
  kBullet,  // "•", "-", "*", "·", "‣", "▪", "◦", "–" followed by a space.
  kNumber,  // "1.", "1)", "1、", "(1)", "１．", "A1)".
  kLetter,  // "a.", "b)": a sub-item.
  kPrefix,  // "Q:", "Question:", "Вопрос:", "Frage 3:", "问题：", "Pregunta:".
  kHeader,  // A "Question 12" header whose question text is on the next non-blank line.
};

// A line split into its marker and content.
struct Marker {
  MarkerKind kind = MarkerKind::kNone;  // The marker found (kNone when none).
  std::string_view content;             // The rest of the line after marker and spaces.
  int indent = 0;                       // Leading spaces (a tab counts 4).
  char32_t bullet = 0;                  // The bullet character, or the number style for kNumber.
  std::size_t answer_skip = std::string_view::npos;  // Bytes of an answer prefix ("A: ") of the trimmed line.
};

// Removes trailing ASCII whitespace and '\r'.
inline std::string_view rtrim(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

// Removes leading and trailing ASCII whitespace (and a trailing '\r') and leading no-break spaces.
inline std::string_view trim(std::string_view s) {
  s = rtrim(s);
  while (true) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    if (s.size() < 2 || s[0] != '\xC2' || s[1] != '\xA0') return s;
    s = rtrim(s.substr(2));
  }
}

// True for a question mark: '?', the full-width '？', the Arabic '؟', the Greek '\u037E' or the Ethiopic '\u1367'.
inline bool is_question_mark(char32_t c) {
  return c == '?' || c == U'？' || c == U'؟' || c == U'\u037E' || c == U'\u1367';
}

// True when Greek text ends with ';', the Greek question mark as typed ("Τι είναι ένας δείκτης;").
inline bool greek_question(std::string_view text) {
  std::size_t end = text.find_last_not_of(" \t\r\n");
  if (end == std::string_view::npos || text[end] != ';') return false;
  for (char c : text)
    if (static_cast<unsigned char>(c) == 0xCE || static_cast<unsigned char>(c) == 0xCF) return true;
  return false;
}

// True when the text's last character before trailing whitespace is a question mark (is_question_mark), or the
// text is Greek ending in ';' (greek_question).
inline bool ends_with_question_mark(std::string_view text) {
  text = rtrim(text);
  if (text.empty()) return false;
  std::size_t at = text.size() - 1;
  while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return is_question_mark(utf8::next(text, at)) || greek_question(text);
}

// True when text holds a question mark other than the ASCII one ('？', '؟' or the Greek '\u037E').
inline bool has_wide_question_mark(std::string_view text) {
  // The Armenian mark (U+055E) sits on the asking word itself ("Ի՞նչ է …").
  return text.find("？") != std::string_view::npos || text.find("؟") != std::string_view::npos ||
         text.find("\u037E") != std::string_view::npos || text.find("\u1367") != std::string_view::npos ||
         text.find("\u055E") != std::string_view::npos;
}

// The lines of a text as views, without their line ends ("\n" or "\r\n"); a text ending in "\n" has an empty
// last line.
inline std::vector<std::string_view> line_views(std::string_view text) {
  std::vector<std::string_view> lines;
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    pos = end + 1;
  }
  return lines;
}

// Counts leading indentation (spaces; a tab counts 4).
inline int indent_of(std::string_view line) {
  int n = 0;
  for (char c : line) {
    if (c == ' ') ++n;
    else if (c == '\t') n += 4;
    else break;
  }
  return n;
}

// Splits a line into marker and content.
Marker parse_marker(std::string_view line);

// Like parse_marker for a line whose trimmed form trimmed = trim(line) is known.
Marker parse_marker(std::string_view line, std::string_view trimmed);

// Like parse_marker(line, trimmed), filling m, which must be a default Marker.
void parse_marker_into(std::string_view line, std::string_view trimmed, Marker& m);

// Reads an answer-labelled line that is also a section-lettered number ("A1) …") as the number: for documents
// that ask no "Q1." questions the "A1" answers would pair with; returns true when m changed.
bool reread_as_section_number(Marker& m, std::string_view trimmed);

// When text starts with a question prefix ("Q:", "Вопрос:", "Frage 3:"), sets rest and returns true.
bool strip_question_prefix(std::string_view text, std::string_view& rest);

// Reads a question header ("Question 12", content empty) or prefix ("Q: text", content the text) at the start
// of a trimmed line: kHeader (also for a prefix without text), kPrefix, or kNone; for kNone sets answer_skip
// to the bytes of an answer prefix ("A: "), npos when there is none.
MarkerKind question_marker(std::string_view s, std::string_view& content, std::size_t& answer_skip);

// True when text is only a question header ("Question 12", "Вопрос 3", "问题 4", "#12").
bool is_question_header(std::string_view text);

// When text starts with an answer prefix ("A:", "Answer:", "Ответ:", "答案："), sets rest and returns true.
bool strip_answer_prefix(std::string_view text, std::string_view& rest);

// True for a label that introduces code ("Example code", "Code:", "Пример кода:").
bool is_code_label(std::string_view text);

// Scores how much a text reads like a question: 0 none, 2 question word or inner '?', 3+ ends with '?'.
int question_score(std::string_view text);

// True when question_score(text) >= 2, decided by the first piece of evidence found.
bool is_question_like(std::string_view text);

// Like is_question_like for a text whose trimmed form's starts_with_question_word is starter.
bool is_question_like(std::string_view text, bool starter);

// True when the first word of text, lowercased, is a question word ("what", "как", "cómo").
bool starts_with_question_word(std::string_view text);

// True when a line reads like source code (keywords, assignments, calls, prompts, braces).
bool looks_like_code(std::string_view line);

// True when a text is prose: first person, several sentences, or very long, and not a question.
bool looks_like_prose(std::string_view text);

// Like looks_like_prose for a text whose starts_with_question_word is starter.
bool looks_like_prose(std::string_view text, bool starter);

// True when a text is short and shaped like a heading (few words, no sentence end).
bool looks_like_heading(std::string_view text);

// The text of a heading without its decoration ("=== Networking ===", "[Databases]", "## Go", "OOP -"), or the
// trimmed text when it has none.
std::string_view strip_decoration(std::string_view text);

// True for a decorated line that reads as a heading (never code, even after a question that asks for code).
inline bool is_decorated_heading(std::string_view text) {
  return strip_decoration(text).size() != trim(text).size() && looks_like_heading(text);
}

// Returns a reason when a line is page furniture (title about "interview questions", author, date,
// navigation, counters), or an empty view when it is not.
std::string_view furniture_reason(std::string_view text);

// True for a line that signs off a post ("Thanks for reading!", "Good luck", "Спасибо за внимание").
bool is_sign_off(std::string_view text);

// Parses "Part 2: Networking (34 questions)" / "102 questions": sets topic (may be empty) and count.
bool parse_section_count(std::string_view text, std::string& topic, std::int64_t& count);

// Like parse_section_count, with the topic as a view into text.
bool parse_section_view(std::string_view text, std::string_view& topic, std::int64_t& count);

// Turns a heading into a topic: "Part 2: Networking (34 questions)" -> "Networking"; trailing ':' dropped.
std::string clean_topic(std::string_view heading);

// Like clean_topic for a heading whose section count was parsed already (topic is its topic part).
std::string clean_parsed_topic(std::string_view topic);

// True when text ends with sentence punctuation (. ? ! : ; and their full-width forms).
bool ends_with_terminal(std::string_view text);

// True when the last character is ':' or '：'.
bool ends_with_colon(std::string_view text);

// Lowercases the first word of text (ASCII, Latin-1 and Cyrillic letters), skipping "¿¡" and quotes.
std::string first_word_lower(std::string_view text);

}  // namespace qbank::internal::txt
