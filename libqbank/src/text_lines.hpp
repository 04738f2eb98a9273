#pragma once
// Line shapes and evidence shared by the plain-text and Markdown readers: list markers, question
// prefixes, question-likeness, code-likeness, prose, titles and section counts.

#include <cstdint>
#include <string>
#include <string_view>

namespace qbank::detail::txt {

// The kind of list marker or question prefix that starts a line.
enum class MarkerKind {
  kNone,    // No marker: a plain line.
  kBullet,  // "•", "-", "*", "·", "‣", "▪", "◦", "–" followed by a space.
  kNumber,  // "1.", "1)", "1、", "(1)", "１．".
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
};

// Removes leading and trailing ASCII whitespace (and a trailing '\r').
std::string_view trim(std::string_view s);

// Removes trailing ASCII whitespace and '\r'.
std::string_view rtrim(std::string_view s);

// Counts leading indentation (spaces; a tab counts 4).
int indent_of(std::string_view line);

// Splits a line into marker and content.
Marker parse_marker(std::string_view line);

// When text starts with a question prefix ("Q:", "Вопрос:", "Frage 3:"), sets rest and returns true.
bool strip_question_prefix(std::string_view text, std::string_view& rest);

// True when text is only a question header ("Question 12", "Вопрос 3", "问题 4", "#12").
bool is_question_header(std::string_view text);

// When text starts with an answer prefix ("A:", "Answer:", "Ответ:", "答案："), sets rest and returns true.
bool strip_answer_prefix(std::string_view text, std::string_view& rest);

// True for a label that introduces code ("Example code", "Code:", "Пример кода:").
bool is_code_label(std::string_view text);

// Scores how much a text reads like a question: 0 none, 2 question word or inner '?', 3+ ends with '?'.
int question_score(std::string_view text);

// True when a line reads like source code (keywords, assignments, calls, prompts, braces).
bool looks_like_code(std::string_view line);

// True when a text is prose: first person, several sentences, or very long, and not a question.
bool looks_like_prose(std::string_view text);

// True when a text is short and shaped like a heading (few words, no sentence end).
bool looks_like_heading(std::string_view text);

// Returns a reason when a line is page furniture (title about "interview questions", author, date,
// navigation, counters), or an empty view when it is not.
std::string_view furniture_reason(std::string_view text);

// Parses "Part 2: Networking (34 questions)" / "102 questions": sets topic (may be empty) and count.
bool parse_section_count(std::string_view text, std::string& topic, std::int64_t& count);

// Turns a heading into a topic: "Part 2: Networking (34 questions)" -> "Networking"; trailing ':' dropped.
std::string clean_topic(std::string_view heading);

// True when text ends with sentence punctuation (. ? ! : ; and their full-width forms).
bool ends_with_terminal(std::string_view text);

// True when the last character is ':' or '：'.
bool ends_with_colon(std::string_view text);

// Lowercases the first word of text (ASCII, Latin-1 and Cyrillic letters), skipping "¿¡" and quotes.
std::string first_word_lower(std::string_view text);

}  // namespace qbank::detail::txt
