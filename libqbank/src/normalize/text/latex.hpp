#pragma once
// LaTeX question sheets ("\question …", "\begin{solution} … \end{solution}", "\section*{…}") turned into plain
// lines.

#include <optional>
#include <string>
#include <string_view>

namespace qbank::internal::txt {

// Returns the document read as LaTeX, line for line, when it is one (a \documentclass or \begin{document}
// line, or two or more lines opened by \question or \item); nullopt otherwise. A section command becomes a
// "== title ==" line; "\question" a numbered line; "\part" a lettered one; "\choice" and "\CorrectChoice" an
// option; the first line of a solution an answer line "Answer: …"; environment, preamble and layout commands
// blank lines; comments are dropped; text commands (\textbf{x}, \emph{x}, \texttt{x}) keep their text.
std::optional<std::string> latex_to_text(std::string_view text);

}  // namespace qbank::internal::txt
