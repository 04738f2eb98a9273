// Deduplicates two question lists held in memory: first each list on its own terms, then the second one
// against the first (incremental dedup), printing the merged bank with where each question came from.
//
//   dedup_lists

#include <iostream>
#include <string>
#include <vector>

#include "qbank/dedup.hpp"
#include "qbank/question.hpp"

namespace {

// Builds records from question texts as if they were read from lines 1, 2, ... of a file.
std::vector<qbank::Question> make_list(const std::string& file, const std::vector<std::string>& texts) {
  std::vector<qbank::Question> records;
  std::int64_t line = 0;
  for (const std::string& text : texts) {
    qbank::Question q;
    q.text = text;
    q.lang = "en";
    q.sources.push_back({file, ++line, text});
    q.id = qbank::compute_id(q);
    records.push_back(std::move(q));
  }
  return records;
}

// Prints each record with its sources.
void print(const std::vector<qbank::Question>& records) {
  for (const qbank::Question& q : records) {
    std::cout << q.id << "  " << q.text << "  <-";
    for (const qbank::Source& s : q.sources) std::cout << ' ' << s.file << ':' << s.line;
    std::cout << '\n';
  }
}

}  // namespace

int main() {
  auto mine = make_list("mine.md", {"What is a Python decorator?", "What is the GIL?",
                                    "How does a hash map work?"});
  auto theirs = make_list("theirs.md", {"What is a python decorator", "What is the GIL in Python?",
                                        "Explain database indexes.",
                                        "What is the difference between TCP and UDP?"});

  auto bank = qbank::dedup(std::move(mine));
  if (!bank.ok()) {
    std::cerr << "dedup_lists: " << bank.status().to_string() << '\n';
    return 1;
  }
  auto merged = qbank::dedup({std::move(bank->records), std::move(theirs)});
  if (!merged.ok()) {
    std::cerr << "dedup_lists: " << merged.status().to_string() << '\n';
    return 1;
  }
  print(merged->records);
  std::cout << merged->input_records << " record(s) in, " << merged->records.size() << " out\n";
  return 0;
}
