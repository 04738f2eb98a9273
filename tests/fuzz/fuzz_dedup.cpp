// libFuzzer harness: dedup and merge on small batches of records parsed from the fuzz input; both promise
// a result that does not depend on the order of the records, so each batch also runs reversed.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_records.hpp"
#include "qbank/dedup.hpp"
#include "qbank/merge.hpp"

namespace {

// Serializes records for comparison.
std::string dump(const std::vector<qbank::Question>& records) {
  std::string out;
  for (const auto& q : records) {
    qbank::append_json(out, q);
    out.push_back('\n');
  }
  return out;
}

// Stops the run when a forward and a reversed run disagree: one fails and the other not, they fail with
// different codes, a failure is anything but a data error, or their outputs differ.
template <typename R>
void require_same(const char* what, const R& forward, const R& backward) {
  if (!forward.ok() || !backward.ok()) {
    const R& failed = forward.ok() ? backward : forward;
    bool same_failure = !forward.ok() && !backward.ok() && forward.status().code() == backward.status().code();
    if (same_failure && failed.status().code() == qbank::StatusCode::kDataError) return;
    std::fprintf(stderr, "%s failed: %s\n", what, failed.status().to_string().c_str());
    std::abort();
  }
  std::string a = dump(forward->records), b = dump(backward->records);
  if (a != b) {
    std::fprintf(stderr, "%s depends on input order:\n%s---\n%s", what, a.c_str(), b.c_str());
    std::abort();
  }
}

}  // namespace

// Deduplicates and merges one batch forwards and backwards; every run must succeed with identical output.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  bool use_merge = data[0] & 1;
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  auto records = qbank::fuzz::records_from_bytes(bytes, 16);
  auto reversed = records;
  std::reverse(reversed.begin(), reversed.end());
  if (use_merge) {
    qbank::MergeOptions opt;
    opt.dedup = data[0] & 2;
    opt.dedup_options.threads = 1;
    opt.topic = static_cast<qbank::FieldPolicy>((data[0] >> 2) % 3);
    opt.answer = static_cast<qbank::FieldPolicy>((data[0] >> 4) % 3);
    require_same("merge", qbank::merge(std::move(records), opt), qbank::merge(std::move(reversed), opt));
    return 0;
  }
  qbank::DedupOptions opt;
  opt.threads = 1;
  opt.explain = data[0] & 2;
  opt.typos = !(data[0] & 4);
  require_same("dedup", qbank::dedup(std::move(records), opt), qbank::dedup(std::move(reversed), opt));
  return 0;
}
