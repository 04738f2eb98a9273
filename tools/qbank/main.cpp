// qbank: the command-line entry point; each verb lives in commands/<verb>.cpp.
#include <csignal>
#include <iostream>
#include <new>

#include "cli.hpp"
#include "completion.hpp"
#include "qbank/version.hpp"

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // A closed pipe becomes EPIPE, which the writers turn into a quiet exit.
  CLI::App app{"qbank: clean, deduplicate, filter, tag and export interview/quiz question banks", "qbank"};
  app.set_version_flag("-V,--version", std::string("qbank ") + qbank::kVersionString + " (schema " +
                                           qbank::kSchemaVersion + ")");
  app.require_subcommand(1);
  app.fallthrough(false);
  app.footer(qbank::cli::main_footer());
  qbank::cli::register_all(app);
  if (argc == 3 && std::string(argv[1]) == "--completion") {
    if (std::string(argv[2]) != "bash") {
      qbank::cli::error("--completion supports: bash");
      return qbank::cli::kExitUsage;
    }
    std::cout << qbank::cli::bash_completion(app);
    return qbank::cli::kExitOk;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? qbank::cli::kExitOk : qbank::cli::kExitUsage;
  } catch (const std::bad_alloc&) {  // A last resort: the library reports out of memory as a Status.
    qbank::cli::error("out of memory");
    return qbank::cli::kExitData;
  }
  return qbank::cli::exit_code();
}
