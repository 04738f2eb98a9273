// Normalizes a raw question list (Markdown, text, HTML, CSV, JSON, GIFT) and prints one JSON record per
// line, then a summary on stderr.
//
//   normalize_file interview.md > bank.jsonl
//   normalize_file --format csv questions.txt

#include <cstdio>
#include <iostream>
#include <string>

#include "qbank/io.hpp"
#include "qbank/normalize.hpp"
#include "qbank/version.hpp"

int main(int argc, char** argv) {
  qbank::NormalizeOptions options;
  std::string path;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--format" && i + 1 < argc) {
      auto format = qbank::parse_input_format(argv[++i]);
      if (!format.ok()) {
        std::cerr << "normalize_file: " << format.status().to_string() << '\n';
        return 2;
      }
      options.format = *format;
    } else {
      path = arg;
    }
  }
  if (path.empty()) {
    std::cerr << "usage: normalize_file [--format NAME] FILE   (qbank " << qbank::kVersionString << ")\n";
    return 2;
  }

  auto result = qbank::normalize_file(path, options);
  if (!result.ok()) {
    std::cerr << "normalize_file: " << result.status().to_string() << '\n';
    return 1;
  }
  for (const qbank::Question& q : result->records) std::cout << qbank::to_json(q) << '\n';
  for (const qbank::Diagnostic& d : result->diagnostics) std::cerr << "warning: " << d.to_string() << '\n';
  std::cerr << result->records.size() << " question(s) read as "
            << qbank::input_format_name(result->format) << ", " << result->rejected.size()
            << " other line(s)\n";
  return 0;
}
