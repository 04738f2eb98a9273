// Shared options, messages and output helpers for the qbank tool.
#include "cli.hpp"

#include "progress.hpp"
#include "qbank/suggest.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <utility>

namespace qbank::cli {
namespace {

// True when messages may use color.
bool use_color() { return stderr_is_tty() && std::getenv("NO_COLOR") == nullptr; }

// Prints a prefixed message to stderr.
void message(const char* label, const char* color, const std::string& text) {
  if (use_color()) write_stderr(std::string("qbank: \033[") + color + "m" + label + "\033[0m: " + text + '\n');
  else write_stderr(std::string("qbank: ") + label + ": " + text + '\n');
}

// Returns the absolute path a write to path lands on: symlinks followed (a dangling one to the file it would
// create), "." and ".." resolved.
std::filesystem::path landing_path(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path p = fs::absolute(path, ec);
  if (ec) return fs::path(path).lexically_normal();
  for (int hops = 0; hops < 40; ++hops) {  // 40: the kernel's own limit on a chain of symlinks.
    if (!fs::is_symlink(fs::symlink_status(p, ec)) || ec) break;
    fs::path target = fs::read_symlink(p, ec);
    if (ec) break;
    p = target.is_absolute() ? target : p.parent_path() / target;
  }
  fs::path canonical = fs::weakly_canonical(p, ec);
  return ec ? p.lexically_normal() : canonical;
}

// True when path names the regular file or pipe that stdout writes to (a terminal or other device may be
// shared by several streams on purpose).
bool is_stdout_file(const std::string& path) {
  struct stat out {}, side {};
  if (::fstat(STDOUT_FILENO, &out) != 0 || !(S_ISREG(out.st_mode) || S_ISFIFO(out.st_mode))) return false;
  return ::stat(path.c_str(), &side) == 0 && side.st_dev == out.st_dev && side.st_ino == out.st_ino;
}

}  // namespace

bool same_output(const std::string& a, const std::string& b) {
  return a == b || same_file(a, b) || landing_path(a) == landing_path(b);
}

bool same_file(const std::string& a, const std::string& b) {
  struct stat sa {}, sb {};
  if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

void drop_repeated_inputs(std::vector<std::string>& files) {
  std::sort(files.begin(), files.end());
  std::vector<std::string> kept;
  std::map<std::pair<dev_t, ino_t>, std::string> seen;  // Regular files read so far, by identity.
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::string& f = files[i];
    if (i > 0 && files[i - 1] == f) {
      if (i == 1 || files[i - 2] != f) warning(f + " is named more than once: read once");
      continue;
    }
    struct stat st {};
    if (f != "-" && ::stat(f.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
      auto [it, fresh] = seen.emplace(std::make_pair(st.st_dev, st.st_ino), f);
      if (!fresh) {
        warning(it->second + " and " + f + " are one file: read once, as " + it->second);
        continue;
      }
    }
    kept.push_back(f);
  }
  files = std::move(kept);
}

void add_io_options(CLI::App& cmd, IoOptions& io, bool with_keep_going) {
  cmd.add_option("FILE", io.files, "Input files; none or '-' reads standard input");
  cmd.parse_complete_callback([&io] { drop_repeated_inputs(io.files); });
  cmd.add_option("-o,--output", io.output,
                 "Write the result to this file (atomically; through a symlink to its target; devices and "
                 "pipes such as /dev/stderr in place) instead of stdout ('-')")
      ->check(output_path());
  if (with_keep_going)
    cmd.add_flag("--keep-going", io.keep_going, "Skip unusable records, report each and count them");
  cmd.add_flag("-q,--quiet", io.quiet, "Print no summary line on stderr");
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

CLI::Validator output_path() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        return value.empty() ? "an empty path names no file (use - for stdout)" : std::string();
      },
      "PATH");
}

CLI::Validator input_path() {
  return CLI::Validator(
      [](std::string& value) -> std::string { return value.empty() ? "an empty path names no file" : std::string(); },
      "FILE");
}

CLI::Validator non_empty() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        return value.empty() ? "an empty value means nothing; give one or leave the option out" : std::string();
      },
      "");
}

CLI::Validator count_value() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos)
          return "must be a whole number of zero or more, not '" + value + "'";
        static const std::string kLargest = "18446744073709551615";  // 2^64-1: the parser would stop there.
        std::string digits = value.substr(std::min(value.find_first_not_of('0'), value.size() - 1));
        if (digits.size() > kLargest.size() || (digits.size() == kLargest.size() && digits > kLargest))
          return "'" + value + "' is too large (at most " + kLargest + ")";
        value = digits;  // Decimal: the parser would read a leading 0 as octal (010 as 8).
        return std::string();
      },
      "N");
}

Status check_against(const IoOptions& io, const std::string& against) {
  if (against.empty()) return Status::Ok();
  for (const auto& f : io.files)
    if (f == against || same_file(f, against))
      return Status::InvalidArgument("--against " + against + " is also an input; name it once");
  return check_output_not(io, against, "the --against bank");
}

Status check_output_not(const IoOptions& io, const std::string& path, const std::string& what) {
  if (!io.output.empty() && io.output != "-" && (io.output == path || same_file(io.output, path)))
    return Status::InvalidArgument("-o " + io.output + " is " + what + "; write elsewhere");
  return Status::Ok();
}

Status check_side_output(const IoOptions& io, const std::string& path, const std::string& option) {
  if (path.empty()) return Status::Ok();
  if (path == "-" || ((io.output.empty() || io.output == "-") && is_stdout_file(path))) {
    if (io.output.empty() || io.output == "-")
      return Status::InvalidArgument(option + " " + path + ": the records already go to stdout; name a file for " +
                                     option + " or send the records elsewhere with -o");
    return Status::Ok();
  }
  for (const auto& f : io.files)
    if (f == path || same_file(f, path))
      return Status::InvalidArgument(option + " " + path + " is also an input; choose another path");
  if (!io.output.empty() && io.output != "-" && same_output(io.output, path))
    return Status::InvalidArgument(option + " " + path + " is also the -o output; choose another path");
  return Status::Ok();
}

std::vector<std::string> split_empty_values(const CLI::App& verb, int argc, char** argv) {
  std::vector<std::string> words;
  bool options = true;  // Words after "--" are files, never options.
  for (int i = 0; i < argc; ++i) {
    std::string word = argv[i];
    if (word == "--") options = false;
    const CLI::Option* option = nullptr;
    if (options && i > 0 && word.size() > 3 && word.compare(0, 2, "--") == 0 && word.find('=') == word.size() - 1)
      option = verb.get_option_no_throw(word.substr(0, word.size() - 1));
    if (option != nullptr && option->get_items_expected_min() > 0) {
      words.push_back(word.substr(0, word.size() - 1));
      words.emplace_back();
    } else {
      words.push_back(std::move(word));
    }
  }
  return words;
}

void error(const std::string& text) { message("error", "31", text); }
void warning(const std::string& text) { message("warning", "33", text); }

namespace {

// Returns the verbs joined by ", ".
std::string verb_list(const std::vector<std::string>& verbs) {
  std::string list;
  for (const auto& v : verbs) list += (list.empty() ? "" : ", ") + v;
  return list;
}

}  // namespace

std::string unknown_verb(const std::string& word, const std::vector<std::string>& verbs) {
  // Words from other tools' habits, with the qbank command that does the same.
  static const std::pair<const char*, const char*> kHabits[] = {
      {"head", "qbank filter --limit N (the first N records)"},
      {"cut", "qbank filter --select FIELDS"},
      {"grep", "qbank filter --match PATTERN"},
      {"uniq", "qbank dedup"},
      {"shuf", "qbank sample -n N"}};
  for (const auto& [habit, command] : kHabits)
    if (word == habit) return "unknown verb '" + word + "'; use " + command;
  std::string near = closest_name(word, verbs);
  if (!near.empty()) return "unknown verb '" + word + "'; did you mean '" + near + "'?";
  return "unknown verb '" + word + "'; the verbs are: " + verb_list(verbs) + " (qbank help VERB)";
}

std::string verb_required(const std::vector<std::string>& verbs) {
  return "a verb is required: " + verb_list(verbs) + " (qbank help VERB)";
}

int print_help(CLI::App& app, const std::string& verb, const std::vector<std::string>& verbs) {
  if (verb.empty()) {
    std::cout << app.help();
    return kExitOk;
  }
  if (std::find(verbs.begin(), verbs.end(), verb) == verbs.end()) {
    error(unknown_verb(verb, verbs));
    return kExitUsage;
  }
  std::cout << app.get_subcommand(verb)->help(app.get_name());
  return kExitOk;
}

std::string parse_error_message(const CLI::App& app, const CLI::ParseError& e) {
  std::string text = e.what();
  for (const CLI::App* sub : app.get_subcommands({}))
    if (sub->parsed()) return text + option_suggestion(*sub, e) + " (qbank help " + sub->get_name() + ")";
  return text + " (qbank help)";
}

std::string option_suggestion(const CLI::App& verb, const CLI::ParseError& e) {
  if (dynamic_cast<const CLI::ExtrasError*>(&e) == nullptr) return "";
  std::vector<std::string> names;
  for (const CLI::Option* o : verb.get_options())
    for (const auto& n : o->get_lnames()) names.push_back("--" + n);
  for (const auto& arg : verb.remaining()) {
    if (arg.rfind("--", 0) != 0) continue;
    std::string near = closest_name(arg.substr(0, arg.find('=')), names);
    if (!near.empty()) return "; did you mean '" + near + "'?";
  }
  return "";
}

void print_diagnostic(const Diagnostic& d) { write_stderr(d.to_string() + '\n'); }

int fail(const Status& status) {
  if (status.is_closed_pipe()) return kExitOk;
  error(status.message());
  return status.code() == StatusCode::kInvalidArgument ? kExitUsage : kExitData;
}

bool stderr_is_tty() { return ::isatty(STDERR_FILENO) == 1; }

namespace {

// Returns "1 file" or "3 files": the count with the singular or plural noun, then any words after it.
std::string counted(long long n, const char* one, const char* many, const char* after = "") {
  return std::to_string(n) + " " + (n == 1 ? one : many) + after;
}

}  // namespace

long long input_count(const IoOptions& io) { return static_cast<long long>(inputs(io).size()); }

void print_summary(bool quiet, const std::string& verb, const Summary& s) {
  if (quiet) return;
  std::string line;
  auto add = [&](long long n, const std::string& text) {
    if (n >= 0) line += (line.empty() ? "" : ", ") + text;
  };
  add(s.files, counted(s.files, "file", "files"));
  add(s.failed, counted(s.failed, "file", "files", " failed"));
  add(s.read, counted(s.read, "record", "records", " read"));
  add(s.skipped, std::to_string(s.skipped) + " skipped");
  add(s.questions, counted(s.questions, "question", "questions"));
  add(s.merged, std::to_string(s.merged) + " merged");
  add(s.dropped, std::to_string(s.dropped) + " dropped");
  add(s.tagged, std::to_string(s.tagged) + " tagged");
  add(s.invalid, std::to_string(s.invalid) + " invalid");
  add(s.violations, counted(s.violations, "violation", "violations"));
  add(s.rejected, counted(s.rejected, "line", "lines", " rejected") +
                      (s.rejected <= 0 ? "" : s.rejected_to.empty() ? " (see --rejected)"
                                                                    : " (in " + s.rejected_to + ")"));
  write_stderr("qbank " + verb + ": " + line + '\n');
}

int load_records(const IoOptions& io, std::vector<Question>& out, std::size_t* skipped_out) {
  if (Status s = check_output_not_input(io); !s.ok()) return fail(s);
  std::vector<Diagnostic> diags;
  std::size_t skipped = 0;
  Status s = read_records(inputs(io), io.keep_going, out, diags, &skipped);
  constexpr std::size_t kShownWarnings = 20;  // Warnings past this many are counted, not printed one by one.
  std::size_t warnings = 0;
  for (const auto& d : diags)
    if (d.severity != Severity::kWarning || ++warnings <= kShownWarnings) print_diagnostic(d);
  if (warnings > kShownWarnings)
    warning(std::to_string(warnings - kShownWarnings) + " more record warning(s) not shown ('qbank validate' lists them all)");
  if (!s.ok()) {
    if (s.code() == StatusCode::kDataError) return kExitData;  // already printed as a diagnostic
    return fail(s);
  }
  if (skipped > 0) warning("skipped " + std::to_string(skipped) + " unusable record(s) (--keep-going)");
  if (skipped_out) *skipped_out = skipped;
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
