#pragma once
// Record-by-record processing for the streaming verbs (filter, tag): read, report, hand over, write.

#include <string>

#include "cli.hpp"

namespace qbank::cli {

// Calls fn(Question&) for every usable record of the inputs in order, printing diagnostics as load_records
// does (unusable records stop the run unless --keep-going); fn returns a Status, and a failed one stops the
// run. Returns -1 when every input was read, otherwise the exit code; skipped_out (when given) receives the
// number of unusable records passed over.
template <typename Fn>
int stream_records(const IoOptions& io, Fn&& fn, std::size_t* skipped_out = nullptr) {
  std::size_t skipped = 0;
  RecordItem item;
  for (const auto& path : inputs(io)) {
    auto reader = JsonlReader::open(path);
    if (!reader.ok()) return fail(reader.status());
    ForeignLines foreign(path);
    std::string message;
    while (true) {
      auto more = (*reader)->next(item);
      if (!more.ok()) return fail(more.status());
      if (!*more) break;
      if (foreign.take(item, message)) {
        if (!message.empty()) print_diagnostic({path, item.line, "", message, Severity::kError});
        if (!io.keep_going) return kExitData;
        ++skipped;
        continue;
      }
      bool usable = item.usable();
      for (const auto& d : item.problems)
        if (!usable || d.severity == Severity::kWarning) print_diagnostic(d);
      if (!usable) {
        if (!io.keep_going) return kExitData;
        ++skipped;
        continue;
      }
      if (Status s = fn(item.record); !s.ok()) return fail(s);
    }
  }
  if (skipped > 0) warning("skipped " + std::to_string(skipped) + " unusable record(s) (--keep-going)");
  if (skipped_out) *skipped_out = skipped;
  return -1;
}

// Appends a record as one JSONL line to the output, reusing line as scratch space.
inline Status write_record(OutputFile& out, const Question& q, std::string& line) {
  line.clear();
  append_json(line, q);
  line.push_back('\n');
  return out.write(line);
}

}  // namespace qbank::cli
