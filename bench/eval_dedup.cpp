// qbank-bench-eval: scores a dedup run against the generator's truth file.
//
//   qbank-bench-eval TRUTH.tsv CLUSTERS.jsonl
// Prints recall of planted copies (copies that ended up with their original), false merges (output
// records that mix questions of different groups, as a share of output records) and the largest cluster.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: qbank-bench-eval TRUTH.tsv CLUSTERS.jsonl\n");
    return 2;
  }
  std::vector<std::size_t> group_of(1, 0);
  std::map<std::size_t, std::size_t> group_size;
  {
    std::ifstream truth(argv[1]);
    std::size_t line, group;
    while (truth >> line >> group) {
      group_of.push_back(group);
      ++group_size[group];
    }
  }
  std::ifstream clusters(argv[2]);
  std::string text;
  std::size_t outputs = 0, mixed = 0, copies = 0, copies_with_original = 0, largest = 0, largest_groups = 0;
  while (std::getline(clusters, text)) {
    ++outputs;
    std::map<std::size_t, std::size_t> groups;  // group -> members in this cluster
    for (std::size_t p = text.find("\"line\":"); p != std::string::npos; p = text.find("\"line\":", p + 1)) {
      std::size_t line = std::strtoull(text.c_str() + p + 7, nullptr, 10);
      if (line < group_of.size()) ++groups[group_of[line]];
    }
    if (groups.size() > 1) ++mixed;
    std::size_t members = 0;
    for (auto& [g, n] : groups) members += n;
    if (members > largest) largest = members, largest_groups = groups.size();
    for (auto& [g, n] : groups) copies_with_original += n - 1;
  }
  for (auto& [g, n] : group_size) copies += n - 1;
  double recall = copies ? static_cast<double>(copies_with_original) / static_cast<double>(copies) : 1.0;
  double false_rate = outputs ? static_cast<double>(mixed) / static_cast<double>(outputs) : 0.0;
  std::printf("records %zu, groups %zu, planted copies %zu, output records %zu\n", group_of.size() - 1,
              group_size.size(), copies, outputs);
  std::printf("largest cluster %zu records of %zu question(s)\n", largest, largest_groups);
  std::printf("recall of planted copies %.4f, false merges %zu (%.4f%% of output records), largest cluster %zu\n",
              recall, mixed, 100.0 * false_rate, largest);
  return 0;
}
