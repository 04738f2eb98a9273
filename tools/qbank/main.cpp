// qbank: the command-line entry point: adds the verbs (commands/<verb>.cpp), parses, runs the chosen verb.
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <vector>
#include <new>
#include <string>

#include "cli.hpp"
#include "commands/commands.hpp"
#include "completion.hpp"
#include "man_page.hpp"
#include "progress.hpp"
#include "qbank/suggest.hpp"
#include "qbank/version.hpp"

namespace {

// Parses the command line and runs the chosen verb (or prints help, version, man page or completion).
int run(int argc, char** argv) {
  CLI::App app{"qbank: clean, deduplicate, filter, tag and export interview/quiz question banks", "qbank"};
  app.set_version_flag("-V,--version", std::string("qbank ") + qbank::kVersionString + " (schema " +
                                           qbank::kSchemaVersion + ")");
  app.require_subcommand(1);
  app.fallthrough(false);
  app.footer(qbank::cli::main_footer());
  namespace cli = qbank::cli;
  const std::vector<cli::Verb> verbs = {cli::add_normalize(app), cli::add_dedup(app),    cli::add_filter(app),
                                        cli::add_merge(app),     cli::add_tag(app),      cli::add_export(app),
                                        cli::add_validate(app),  cli::add_stats(app),
                                        cli::add_sort(app),      cli::add_sample(app)};
  if (argc == 2 && std::string(argv[1]) == "--man") {  // Used by the build to write qbank.1.
    std::cout << cli::man_page(app, std::string("qbank ") + qbank::kVersionString);
    return cli::kExitOk;
  }
  if (argc == 3 && std::string(argv[1]) == "--completion") {
    std::string script = cli::completion_script(app, argv[2]);
    if (script.empty()) {
      cli::error(std::string("--completion supports: bash, zsh, fish (not '") + argv[2] + "')");
      return cli::kExitUsage;
    }
    std::cout << script;
    return cli::kExitOk;
  }
  std::vector<std::string> names;
  for (const cli::Verb& verb : verbs) names.push_back(verb.command->get_name());
  if (argc == 1) {
    cli::error(cli::verb_required(names));
    return cli::kExitUsage;
  }
  {
    const std::string first = argv[1];
    if (first == "help") return cli::print_help(app, argc >= 3 && argv[2][0] != '-' ? argv[2] : "", names);
    if (!first.empty() && first[0] != '-' && std::find(names.begin(), names.end(), first) == names.end()) {
      cli::error(cli::unknown_verb(first, names));
      return cli::kExitUsage;
    }
  }
  std::vector<std::string> words;
  for (const cli::Verb& verb : verbs)
    if (verb.command->get_name() == argv[1]) words = cli::split_empty_values(*verb.command, argc, argv);
  if (words.empty()) words.assign(argv, argv + argc);
  std::vector<char*> word_pointers;
  for (std::string& word : words) word_pointers.push_back(word.data());
  try {
    app.parse(static_cast<int>(word_pointers.size()), word_pointers.data());
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e) == 0 ? cli::kExitOk : cli::kExitUsage;  // --help, --version
    cli::error(cli::parse_error_message(app, e));
    return cli::kExitUsage;
  }
  try {
    for (const cli::Verb& verb : verbs) {
      if (!verb.command->parsed()) continue;
      const CLI::Option* quiet = verb.command->get_option_no_throw("--quiet");
      cli::progress_start(verb.command->get_name(), quiet != nullptr && quiet->count() > 0);
      int rc = verb.run();
      cli::progress_stop();
      return rc;
    }
  } catch (const std::bad_alloc&) {  // A last resort: the library reports out of memory as a Status.
    cli::progress_stop();
    cli::error("out of memory");
    return cli::kExitData;
  }
  return qbank::cli::kExitUsage;
}

// Flushes what help, version, man page and completion texts left in std::cout; a failed write (a full disk)
// is an error, a reader gone away is not.
int flush_stdout(int rc) {
  int earlier = std::cout.good() ? 0 : errno;  // A write that failed already left its reason here.
  errno = 0;
  std::cout.flush();
  if (std::cout.good() && std::fflush(stdout) == 0) return rc;
  int err = errno != 0 ? errno : earlier;
  if (err == EPIPE) return rc;
  qbank::cli::error(std::string("stdout: write failed") + (err != 0 ? std::string(": ") + std::strerror(err) : ""));
  return rc == qbank::cli::kExitOk ? qbank::cli::kExitData : rc;
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // A closed pipe becomes EPIPE, which the writers turn into a quiet exit.
  return flush_stdout(run(argc, argv));
}
