// Shared options, messages and output helpers for the qbank tool.
#include "cli.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>

namespace qbank::cli {
namespace {

// True when messages may use color.
bool use_color() { return stderr_is_tty() && std::getenv("NO_COLOR") == nullptr; }

// Prints a prefixed message to stderr.
void message(const char* label, const char* color, const std::string& text) {
  if (use_color()) std::cerr << "qbank: \033[" << color << "m" << label << "\033[0m: " << text << '\n';
  else std::cerr << "qbank: " << label << ": " << text << '\n';
}

// True when two paths name the same existing file.
bool same_file(const std::string& a, const std::string& b) {
  struct stat sa {}, sb {};
  if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

}  // namespace

void add_io_options(CLI::App& cmd, IoOptions& io, bool with_keep_going) {
  cmd.add_option("FILE", io.files, "Input files; none or '-' reads standard input");
  cmd.add_option("-o,--output", io.output, "Write the result to this file (atomically) instead of stdout");
  if (with_keep_going)
    cmd.add_flag("--keep-going", io.keep_going, "Skip unusable records, report each and count them");
}

std::vector<std::string> inputs(const IoOptions& io) {
  if (io.files.empty()) return {"-"};
  std::vector<std::string> files = io.files;
  std::sort(files.begin(), files.end());  // Path order, so the order on the command line never matters.
  return files;
}

Status check_output_not_input(const IoOptions& io) {
  if (io.output.empty() || io.output == "-") return Status::Ok();
  for (const auto& f : io.files)
    if (f == io.output || same_file(f, io.output))
      return Status::InvalidArgument("output " + io.output + " is also an input; choose another -o path");
  return Status::Ok();
}

Status check_side_output(const IoOptions& io, const std::string& path, const std::string& option) {
  if (path.empty() || path == "-") return Status::Ok();
  for (const auto& f : io.files)
    if (f == path || same_file(f, path))
      return Status::InvalidArgument(option + " " + path + " is also an input; choose another path");
  if (!io.output.empty() && io.output != "-" && (io.output == path || same_file(io.output, path)))
    return Status::InvalidArgument(option + " " + path + " is also the -o output; choose another path");
  return Status::Ok();
}

void error(const std::string& text) { message("error", "31", text); }
void warning(const std::string& text) { message("warning", "33", text); }

void print_diagnostic(const Diagnostic& d) { std::cerr << d.to_string() << '\n'; }

int fail(const Status& status) {
  if (status.is_closed_pipe()) return kExitOk;
  error(status.message());
  return status.code() == StatusCode::kInvalidArgument ? kExitUsage : kExitData;
}

bool stderr_is_tty() { return ::isatty(STDERR_FILENO) == 1; }

int load_records(const IoOptions& io, std::vector<Question>& out) {
  if (Status s = check_output_not_input(io); !s.ok()) return fail(s);
  std::vector<Diagnostic> diags;
  Status s = read_records(inputs(io), io.keep_going, out, diags);
  std::size_t skipped = 0;
  std::int64_t last_line = -1;
  std::string last_file;
  for (const auto& d : diags) {
    print_diagnostic(d);
    if (d.severity != Severity::kError) continue;  // Count records by their errors; warnings come in between.
    if (d.line != last_line || d.file != last_file) ++skipped;
    last_line = d.line;
    last_file = d.file;
  }
  if (!s.ok()) {
    if (s.code() == StatusCode::kDataError) return kExitData;  // already printed as a diagnostic
    return fail(s);
  }
  if (skipped > 0) warning("skipped " + std::to_string(skipped) + " unusable record(s) (--keep-going)");
  return -1;
}

int write_text(const std::string& path, const std::string& text) {
  auto out = OutputFile::open(path);
  if (!out.ok()) return fail(out.status());
  if (Status s = (*out)->write(text); !s.ok()) return fail(s);
  if (Status s = (*out)->commit(); !s.ok()) return fail(s);
  return kExitOk;
}

int write_records(const IoOptions& io, const std::vector<Question>& records) {
  auto out = OutputFile::open(io.output);
  if (!out.ok()) return fail(out.status());
  std::string line;
  for (const auto& q : records) {
    line.clear();
    append_json(line, q);
    line.push_back('\n');
    if (Status s = (*out)->write(line); !s.ok()) return fail(s);
  }
  if (Status s = (*out)->commit(); !s.ok()) return fail(s);
  return kExitOk;
}

}  // namespace qbank::cli
