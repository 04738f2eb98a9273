#pragma once
// Shell completion (bash, zsh, fish) and the top-level help footer, generated from the registered verbs.

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace qbank::cli {

// The values an option of a verb takes, offered by the completion scripts.
struct OptionValues {
  std::string verb;                  // The verb ("export").
  std::string option;                // The long option with its dashes ("--to").
  std::vector<std::string> values;   // The values to offer.
};

// Returns the values of the options that take a name from a fixed list (--to, --format, --lang, --by...),
// read from the library's own lists.
std::vector<OptionValues> option_values();

// Returns a bash completion script for the app's verbs, their options and option values.
std::string bash_completion(const CLI::App& app);

// Returns a zsh completion script (for fpath as _qbank, or to source) with the same completions.
std::string zsh_completion(const CLI::App& app);

// Returns a fish completion script with the same completions.
std::string fish_completion(const CLI::App& app);

// Returns the script for a shell name (bash, zsh, fish), or "" for another name.
std::string completion_script(const CLI::App& app, const std::string& shell);

// Returns the top-level --help footer: an example per verb and the exit codes.
std::string main_footer();

}  // namespace qbank::cli
