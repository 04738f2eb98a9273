#pragma once
// Plumbing shared by the qbank verbs: the verb type, common options, messages and exit codes.

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "qbank/io.hpp"
#include "qbank/status.hpp"

namespace qbank::cli {

// Exit codes of the CLI contract.
inline constexpr int kExitOk = 0;
inline constexpr int kExitData = 1;
inline constexpr int kExitUsage = 2;

// One verb of the tool: its subcommand and the function that runs it once the command line is parsed.
struct Verb {
  CLI::App* command;         // The subcommand, holding the verb's options.
  std::function<int()> run;  // Runs the verb with the parsed options; returns the exit code.
};

// Input and output options most verbs share.
struct IoOptions {
  std::vector<std::string> files;  // Input files; empty or "-" reads stdin.
  std::string output;              // Output file; empty or "-" writes stdout.
  bool keep_going = false;         // Skip unusable records (reported) instead of stopping at the first.
};

// Adds FILE... and -o/--output to a verb.
void add_io_options(CLI::App& cmd, IoOptions& io, bool with_keep_going = true);

// Returns the input files sorted by path (so their order on the command line never changes the output),
// with stdin standing in for an empty list.
std::vector<std::string> inputs(const IoOptions& io);

// Checks that -o does not name one of the inputs; returns a usage error if it does.
Status check_output_not_input(const IoOptions& io);

// Checks that a side output such as --rejected or --clusters names neither an input nor -o (usage error).
Status check_side_output(const IoOptions& io, const std::string& path, const std::string& option);

// Prints "qbank: error: message" to stderr (colored on a terminal unless NO_COLOR is set).
void error(const std::string& message);

// Prints "qbank: warning: message" to stderr.
void warning(const std::string& message);

// Prints a diagnostic line to stderr.
void print_diagnostic(const Diagnostic& d);

// Reports a failed status on stderr and returns its exit code; a broken pipe is silent and exits 0.
int fail(const Status& status);

// True when stderr is a terminal, so progress may be shown.
bool stderr_is_tty();

// Reads usable records from the inputs, printing diagnostics; returns the exit code on failure or -1.
int load_records(const IoOptions& io, std::vector<Question>& out);

// Writes records as JSONL to the output named in io (atomically); returns the exit code.
int write_records(const IoOptions& io, const std::vector<Question>& records);

// Writes text to the output named by path (atomically); returns the exit code.
int write_text(const std::string& path, const std::string& text);

}  // namespace qbank::cli
