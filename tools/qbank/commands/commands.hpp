#pragma once
// The verbs of the qbank tool, one file each in commands/; main.cpp adds them in the order --help lists them.

#include "cli.hpp"

namespace qbank::cli {

Verb add_normalize(CLI::App& app);  // Adds `qbank normalize`.
Verb add_dedup(CLI::App& app);      // Adds `qbank dedup`.
Verb add_filter(CLI::App& app);     // Adds `qbank filter`.
Verb add_merge(CLI::App& app);      // Adds `qbank merge`.
Verb add_tag(CLI::App& app);        // Adds `qbank tag`.
Verb add_export(CLI::App& app);     // Adds `qbank export`.
Verb add_validate(CLI::App& app);   // Adds `qbank validate`.
Verb add_stats(CLI::App& app);      // Adds `qbank stats`.
Verb add_sort(CLI::App& app);       // Adds `qbank sort`.
Verb add_sample(CLI::App& app);     // Adds `qbank sample`.

}  // namespace qbank::cli
