#pragma once
// Admonition blocks of Python-Markdown and MkDocs ("!!! note", "??? question \"How do I …?\"" over an indented
// body), read like a <details> element whose summary is the title.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace qbank::internal::md {

// An admonition's opening line, read.
struct Admonition {
  std::string_view type;   // The kind word ("note", "question").
  std::string_view title;  // The quoted title ("" when the line gives none).
};

// Reads a line opening an admonition: "!!!", "???" or "???+" (after any indentation: the caller knows the line
// starts a paragraph), a kind word (with optional extra class words) and an optional quoted title; nullopt for
// any other line.
std::optional<Admonition> admonition_opener(std::string_view line);

// The index after an admonition's body: the blank lines and the lines indented deeper than the opener that
// follow it (trailing blank lines excluded), up to to.
std::size_t admonition_end(const std::vector<std::string_view>& lines, std::size_t opener, std::size_t to);

// The raw HTML line that stands for an opener: "<details><summary>Title</summary>" (the kind word, capitalised,
// when there is no title), with "</details>" appended when closed.
std::string admonition_summary(const Admonition& a, bool closed);

}  // namespace qbank::internal::md
