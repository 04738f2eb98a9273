// Exports a question bank (JSONL, as written by `qbank normalize`/`dedup`) to an Anki package (.apkg)
// with one deck per topic, after tagging it with the built-in rules.
//
//   export_anki bank.jsonl interview.apkg "Interview prep"

#include <iostream>
#include <string>
#include <vector>

#include "qbank/export.hpp"
#include "qbank/io.hpp"
#include "qbank/tag.hpp"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: export_anki BANK.jsonl OUT.apkg [DECK]\n";
    return 2;
  }
  std::vector<qbank::Question> records;
  std::vector<qbank::Diagnostic> problems;
  if (auto s = qbank::read_records({argv[1]}, /*keep_going=*/true, records, problems); !s.ok()) {
    std::cerr << "export_anki: " << s.to_string() << '\n';
    return 1;
  }
  for (const qbank::Diagnostic& d : problems) std::cerr << "skipped: " << d.to_string() << '\n';

  auto tagger = qbank::Tagger::compile(qbank::TagOptions{});
  if (!tagger.ok()) {
    std::cerr << "export_anki: " << tagger.status().to_string() << '\n';
    return 1;
  }
  for (qbank::Question& q : records) tagger->apply(q);

  qbank::ExportOptions options;
  options.format = qbank::ExportFormat::kApkg;
  options.deck = argc > 3 ? argv[3] : "qbank";
  options.subdecks = true;
  if (auto s = qbank::export_to_file(records, options, argv[2]); !s.ok()) {
    std::cerr << "export_anki: " << s.to_string() << '\n';
    return 1;
  }
  std::cout << "wrote " << records.size() << " note(s) to " << argv[2] << '\n';
  return 0;
}
