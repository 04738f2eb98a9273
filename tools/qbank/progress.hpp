#pragma once
// Progress on stderr for long runs: an elapsed-time line once a verb has run for about two seconds, shown
// only when stderr is a terminal and -q was not given, and cleared before any other message.

#include <string>

namespace qbank::cli {

// Starts the progress line for a verb (nothing is shown when quiet or when stderr is not a terminal).
void progress_start(const std::string& verb, bool quiet);

// Stops the progress line and clears it from the terminal.
void progress_stop();

// Writes text to stderr, first clearing the progress line so the two never share a line.
void write_stderr(const std::string& text);

}  // namespace qbank::cli
