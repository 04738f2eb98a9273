// Shell completion scripts (bash, zsh, fish) generated from the registered verbs, and the top-level help footer.
#include "completion.hpp"

#include <cctype>

#include "qbank/export.hpp"
#include "qbank/fields.hpp"
#include "qbank/lang.hpp"
#include "qbank/normalize.hpp"
#include "qbank/sort.hpp"

namespace qbank::cli {
namespace {

// Returns the words joined by spaces.
std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// Returns the names of the app's verbs.
std::vector<std::string> verb_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
  return names;
}

// Returns the option's names as written on the command line ("--output", "-o").
std::vector<std::string> option_names(const CLI::Option& opt) {
  std::vector<std::string> names;
  for (const auto& n : opt.get_lnames()) names.push_back("--" + n);
  for (const auto& n : opt.get_snames()) names.push_back("-" + n);
  return names;
}

// Returns text in single quotes for a shell (bash, zsh and fish read '\'' differently, so quotes become ’).
std::string quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') out += "\u2019";
    else out += c;
  }
  return out + "'";
}

// Returns the values as one fish -a list, each byte fish reads as syntax escaped with a backslash (written
// doubled, since quoted() puts the list in single quotes).
std::string fish_words(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) {
    if (!out.empty()) out += ' ';
    for (char c : v) {
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') out += "\\\\";
      out += c;
    }
  }
  return out;
}

}  // namespace

std::vector<OptionValues> option_values() {
  std::vector<std::string> exports, inputs;
  for (int i = static_cast<int>(ExportFormat::kCsv); i <= static_cast<int>(ExportFormat::kJsonl); ++i)
    exports.push_back(export_format_name(static_cast<ExportFormat>(i)));
  for (int i = static_cast<int>(InputFormat::kAuto); i <= static_cast<int>(InputFormat::kXml); ++i)
    inputs.push_back(input_format_name(static_cast<InputFormat>(i)));
  const std::vector<std::string> langs = language_codes();
  const std::vector<std::string> policies = {"first", "longest", "most-common"};
  return {{"export", "--to", exports},
          {"export", "--tag-sep", {"space", ";"}},
          {"export", "--delimiter", {",", ";", "|", "tab"}},
          {"normalize", "--format", inputs},
          {"normalize", "--lang", langs},
          {"filter", "--lang", langs},
          {"filter", "--select", record_field_names()},
          {"sort", "--by", sort_field_names()},
          {"merge", "--topic", policies},
          {"merge", "--answer", policies}};
}

std::string bash_completion(const CLI::App& app) {
  std::string cases, values;
  for (const CLI::App* sub : app.get_subcommands({})) {
    std::vector<std::string> opts;
    for (const CLI::Option* opt : sub->get_options({}))
      for (const auto& n : option_names(*opt)) opts.push_back(n);
    cases += "    " + sub->get_name() + ") opts=\"" + joined(opts) + "\" ;;\n";
  }
  for (const auto& ov : option_values())
    values += "    \"" + ov.verb + " " + ov.option + "\") COMPREPLY=($(compgen -W " + quoted(joined(ov.values)) +
              " -- \"$cur\")); return ;;\n";
  const std::string verbs = joined(verb_names(app));
  return "# bash completion for qbank; load with: source <(qbank --completion bash)\n"
         "_qbank() {\n"
         "  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\" verb=\"${COMP_WORDS[1]}\" opts\n"
         "  if [ \"$COMP_CWORD\" -eq 1 ]; then\n"
         "    COMPREPLY=($(compgen -W \"" + verbs + " help --help --version\" -- \"$cur\")); return\n"
         "  fi\n"
         "  if [ \"$verb\" = help ]; then\n"
         "    [ \"$COMP_CWORD\" -eq 2 ] && COMPREPLY=($(compgen -W \"" + verbs + "\" -- \"$cur\")); return\n"
         "  fi\n"
         "  case \"$verb $prev\" in\n" + values +
         "  esac\n"
         "  case \"$verb\" in\n" + cases +
         "    *) opts=\"\" ;;\n"
         "  esac\n"
         "  if [[ \"$cur\" == -* ]]; then COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"));\n"
         "  else COMPREPLY=($(compgen -f -- \"$cur\")); fi\n"
         "}\n"
         "complete -o filenames -F _qbank qbank\n";
}

std::string zsh_completion(const CLI::App& app) {
  std::string cases, values;
  for (const CLI::App* sub : app.get_subcommands({})) {
    std::vector<std::string> opts;
    for (const CLI::Option* opt : sub->get_options({}))
      for (const auto& n : option_names(*opt)) opts.push_back(n);
    cases += "      " + sub->get_name() + ") compadd -- " + joined(opts) + " ;;\n";
  }
  for (const auto& ov : option_values())
  {
    std::string words;
    for (const auto& v : ov.values) words += " " + quoted(v);
    values += "    \"" + ov.verb + " " + ov.option + "\") compadd --" + words + "; return ;;\n";
  }
  const std::string verbs = joined(verb_names(app));
  return "#compdef qbank\n"
         "# zsh completion for qbank; install as _qbank in $fpath, or load with: source <(qbank --completion zsh)\n"
         "_qbank() {\n"
         "  local verb=${words[2]} prev=${words[CURRENT-1]}\n"
         "  if (( CURRENT == 2 )); then compadd -- " + verbs + " help --help --version; return; fi\n"
         "  if [[ $verb == help ]]; then (( CURRENT == 3 )) && compadd -- " + verbs + "; return; fi\n"
         "  case \"$verb $prev\" in\n" + values +
         "  esac\n"
         "  if [[ ${words[CURRENT]} == -* ]]; then\n"
         "    case $verb in\n" + cases +
         "    esac\n"
         "  else\n"
         "    _files\n"
         "  fi\n"
         "}\n"
         "if [[ $zsh_eval_context[-1] == loadautofunc ]]; then _qbank \"$@\"; else compdef _qbank qbank; fi\n";
}

std::string fish_completion(const CLI::App& app) {
  const std::string verbs = joined(verb_names(app));
  std::string out = "# fish completion for qbank; load with: qbank --completion fish | source\n"
                    "complete -c qbank -n __fish_use_subcommand -f -a " + quoted(verbs + " help") + "\n"
                    "complete -c qbank -n '__fish_seen_subcommand_from help' -f -a " + quoted(verbs) + "\n";
  const std::vector<OptionValues> all_values = option_values();
  for (const CLI::App* sub : app.get_subcommands({})) {
    const std::string when = " -n " + quoted("__fish_seen_subcommand_from " + sub->get_name());
    for (const CLI::Option* opt : sub->get_options({})) {
      if (opt->get_positional()) continue;
      std::string line = "complete -c qbank" + when;
      for (const auto& n : opt->get_lnames()) line += " -l " + n;
      for (const auto& n : opt->get_snames()) line += " -s " + n;
      if (opt->get_items_expected_max() > 0) {
        line += " -r";
        for (const auto& ov : all_values)
          if (ov.verb == sub->get_name() && opt->check_name(ov.option)) line += " -f -a " + quoted(fish_words(ov.values));
      }
      out += line + " -d " + quoted(opt->get_description()) + "\n";
    }
  }
  return out;
}

std::string completion_script(const CLI::App& app, const std::string& shell) {
  if (shell == "bash") return bash_completion(app);
  if (shell == "zsh") return zsh_completion(app);
  if (shell == "fish") return fish_completion(app);
  return std::string();
}

std::string main_footer() {
  return "Examples:\n"
         "  qbank normalize notes.md list.txt -o raw.jsonl     raw lists -> one JSON record per question\n"
         "  qbank dedup raw.jsonl -o bank.jsonl --explain      merge near-duplicates, keep every source\n"
         "  qbank filter --lang ru --has-answer bank.jsonl     select records\n"
         "  qbank merge a.jsonl b.jsonl --dedup -o all.jsonl   combine banks, order-independent\n"
         "  qbank tag --add sql --match '(?i)\\bjoin\\b' bank.jsonl  label records\n"
         "  qbank export --to anki bank.jsonl -o deck.txt      CSV, Anki, Markdown, GIFT, Moodle XML, JSON\n"
         "  qbank validate bank.jsonl                          check records against the schema\n"
         "  qbank stats bank.jsonl                             counts by language, topic and source\n"
         "  qbank sort --by lang,topic bank.jsonl              order records by fields\n"
         "  qbank filter --limit 5 --select id,text bank.jsonl  the first 5, only id and text (plain JSON)\n"
         "  qbank sample -n 20 --seed 7 bank.jsonl             20 records at random, the same for seed 7\n"
         "\n"
         "Input: FILE... or '-' / nothing for stdin. Output: stdout unless -o FILE.\n"
         "Exit codes: 0 ok, 1 data error, 2 usage error. Set NO_COLOR to disable color.\n"
         "Completion: source <(qbank --completion bash|zsh); qbank --completion fish | source";
}

}  // namespace qbank::cli
