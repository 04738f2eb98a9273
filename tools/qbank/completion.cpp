// Bash completion script generation and the top-level help footer.
#include "completion.hpp"

namespace qbank::cli {

std::string bash_completion(const CLI::App& app) {
  std::string verbs;
  std::string cases;
  for (const CLI::App* sub : app.get_subcommands({})) {
    verbs += sub->get_name() + " ";
    std::string opts;
    for (const CLI::Option* opt : sub->get_options({})) {
      for (const auto& n : opt->get_lnames()) opts += "--" + n + " ";
      for (const auto& n : opt->get_snames()) opts += "-" + n + " ";
    }
    cases += "    " + sub->get_name() + ") opts=\"" + opts + "\" ;;\n";
  }
  return "# bash completion for qbank; load with: source <(qbank --completion bash)\n"
         "_qbank() {\n"
         "  local cur=\"${COMP_WORDS[COMP_CWORD]}\" verb=\"${COMP_WORDS[1]}\" opts\n"
         "  if [ \"$COMP_CWORD\" -eq 1 ]; then\n"
         "    COMPREPLY=($(compgen -W \"" + verbs + "--help --version\" -- \"$cur\")); return\n"
         "  fi\n"
         "  case \"$verb\" in\n" + cases +
         "    *) opts=\"\" ;;\n"
         "  esac\n"
         "  if [[ \"$cur\" == -* ]]; then COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"));\n"
         "  else COMPREPLY=($(compgen -f -- \"$cur\")); fi\n"
         "}\n"
         "complete -o filenames -F _qbank qbank\n";
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
         "\n"
         "Input: FILE... or '-' / nothing for stdin. Output: stdout unless -o FILE.\n"
         "Exit codes: 0 ok, 1 data error, 2 usage error. Set NO_COLOR to disable color.\n"
         "Completion: source <(qbank --completion bash)";
}

}  // namespace qbank::cli
