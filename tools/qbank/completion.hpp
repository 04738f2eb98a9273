#pragma once
// Shell completion and the top-level help footer, generated from the registered verbs.

#include <CLI/CLI.hpp>

#include <string>

namespace qbank::cli {

// Returns a bash completion script for the app's verbs and their options.
std::string bash_completion(const CLI::App& app);

// Returns the top-level --help footer: an example per verb and the exit codes.
std::string main_footer();

}  // namespace qbank::cli
