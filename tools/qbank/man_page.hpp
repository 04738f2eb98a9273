#pragma once
// The qbank(1) manual page, generated from the same verbs, options and help text as --help.

#include <CLI/CLI.hpp>

#include <string>

namespace qbank::cli {

// Returns the manual page in roff (man(7) macros): name, synopsis, the verbs with their options, the help
// footers (examples, exit codes) and the version.
std::string man_page(const CLI::App& app, const std::string& version);

}  // namespace qbank::cli
