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
  bool quiet = false;              // -q: print no summary line on stderr (default: print it).
};

// The counts a verb reports in its one-line summary on stderr; the same word means the same count in every
// verb, and a count left at -1 is not shown.
struct Summary {
  long long files = -1;      // "N files": inputs read (stdin counts as one).
  long long read = -1;       // "N records read": usable input records.
  long long questions = -1;  // "N questions": records written (or counted, for stats and validate).
  long long merged = -1;     // "N merged": of those, records that stand for more than one source.
  long long dropped = -1;    // "N dropped": records a filter left out.
  long long tagged = -1;     // "N tagged": records with at least one tag.
  long long invalid = -1;    // "N invalid": records that break the schema.
  long long violations = -1;  // "N violations": schema rules broken, over all records (validate).
  long long skipped = -1;    // "N skipped": unusable records passed over (--keep-going).
  long long rejected = -1;   // "N lines rejected": input lines that are not questions (normalize).
  long long failed = -1;     // "N files failed": inputs that could not be read (--keep-going).
  std::string rejected_to;   // Where the rejected lines went ("" when --rejected was not given).
};

// Prints "qbank VERB: 2 files, 500 records read, 412 questions, ..." on stderr unless quiet.
void print_summary(bool quiet, const std::string& verb, const Summary& summary);

// Returns the number of input files the options name (stdin counts as one).
long long input_count(const IoOptions& io);

// Adds FILE... and -o/--output to a verb.
void add_io_options(CLI::App& cmd, IoOptions& io, bool with_keep_going = true);

// Returns the input files sorted by path (so their order on the command line never changes the output),
// with stdin standing in for an empty list.
std::vector<std::string> inputs(const IoOptions& io);

// Sorts the input files by path and keeps each once: a path named again, or another name of a regular file
// already kept, is dropped with a warning naming both.
void drop_repeated_inputs(std::vector<std::string>& files);

// True when two paths name the same existing file.
bool same_file(const std::string& a, const std::string& b);

// True when two output paths name one file: the same existing file, or the same place once symlinks (a
// dangling one too), "." and ".." are resolved.
bool same_output(const std::string& a, const std::string& b);

// Checks that -o does not name one of the inputs; returns a usage error if it does.
Status check_output_not_input(const IoOptions& io);

// Checks that an --against bank (none when empty) is neither an input nor the -o output; returns a usage
// error if it is.
Status check_against(const IoOptions& io, const std::string& against);

// Checks that -o does not name path, a file the verb reads besides its inputs (what names it: "the --rules
// file"); returns a usage error if it does.
Status check_output_not(const IoOptions& io, const std::string& path, const std::string& what);

// A validator for output path options: an empty path is refused (a usage error).
CLI::Validator output_path();

// A validator for input path options (--against, --rules): an empty path is refused (a usage error) instead of
// reading as if the option were not given.
CLI::Validator input_path();

// A validator for value options whose empty value would read as the option left out (--lang, --columns,
// --remove...): an empty value is refused (a usage error).
CLI::Validator non_empty();

// A transform for count options (--min-words, --threads...): a whole decimal number of zero or more, leading
// zeros dropped; a negative one or one above 2^64-1 is refused (a usage error) instead of wrapping around.
CLI::Validator count_value();

// Checks that a side output such as --rejected or --clusters names neither an input nor -o, and is not
// stdout ("-") while the records go there too (usage errors).
Status check_side_output(const IoOptions& io, const std::string& path, const std::string& option);

// Returns the command line with each "--name=" of a value-taking option of verb split into "--name" and an
// empty value, as getopt reads it (the parser would take the next word as the value).
std::vector<std::string> split_empty_values(const CLI::App& verb, int argc, char** argv);

// Prints "qbank: error: message" to stderr (colored on a terminal unless NO_COLOR is set).
void error(const std::string& message);

// Prints the tool's help (verb empty) or a verb's help on stdout and returns 0; an unknown verb is a usage
// error (2) with a suggestion.
int print_help(CLI::App& app, const std::string& verb, const std::vector<std::string>& verbs);

// Returns "unknown verb 'X'; did you mean 'Y'?" when a verb is close, otherwise the message listing the verbs.
std::string unknown_verb(const std::string& word, const std::vector<std::string>& verbs);

// Returns "a verb is required: normalize, dedup, ..." with the hint to run help.
std::string verb_required(const std::vector<std::string>& verbs);

// Returns the message for a CLI11 parse error, naming the verb whose help to read.
std::string parse_error_message(const CLI::App& app, const CLI::ParseError& e);

// Returns "; did you mean '--limit'?" when e is an unexpected argument of the verb that looks like a mistyped
// option of it, else "".
std::string option_suggestion(const CLI::App& verb, const CLI::ParseError& e);

// Prints "qbank: warning: message" to stderr.
void warning(const std::string& message);

// Prints a diagnostic line to stderr.
void print_diagnostic(const Diagnostic& d);

// Reports a failed status on stderr and returns its exit code; a broken pipe is silent and exits 0.
int fail(const Status& status);

// True when stderr is a terminal, so progress may be shown.
bool stderr_is_tty();

// Reads usable records from the inputs, printing diagnostics; returns the exit code on failure or -1. When
// skipped is given it receives the number of unusable records passed over (--keep-going).
int load_records(const IoOptions& io, std::vector<Question>& out, std::size_t* skipped = nullptr);

// Writes records as JSONL to the output named in io (atomically); returns the exit code.
int write_records(const IoOptions& io, const std::vector<Question>& records);

// Writes text to the output named by path (atomically); returns the exit code.
int write_text(const std::string& path, const std::string& text);

}  // namespace qbank::cli
