// Staged dedup over a shared work directory: per-shard word counts and keys, key partitions joined into
// edges, connected components, component-local dedup with the bank's word statistics, and the ordered merge.
#include "base/guarded.hpp"
#include "qbank/dedup_stages.hpp"

#include <xxhash.h>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <limits>
#include <new>
#include <queue>
#include <unordered_map>

#include "dedup/features.hpp"
#include "dedup/stage_files.hpp"
#include "qbank/dedup.hpp"
#include "qbank/io.hpp"

namespace qbank::internal {
namespace {

constexpr std::uint32_t kAlone = std::numeric_limits<std::uint32_t>::max();  // comp/: a record alone.
constexpr std::uint64_t kPieceBytes = std::uint64_t{64} << 20;              // Default shard size.

// The record reference of a shard's record: shard << 32 | index within the shard.
std::uint64_t ref_of(unsigned shard, std::size_t index) {
  return std::uint64_t{shard} << 32 | static_cast<std::uint64_t>(index);
}

// Returns the key partition of a blocking key.
unsigned key_partition(std::uint64_t key, unsigned partitions) {
  return static_cast<unsigned>((key * 0x9E3779B97F4A7C15ull >> 32) % partitions);
}

// Appends v as 16 lowercase hex digits (sorts like the number).
void put_hex64(std::string& out, std::uint64_t v) {
  static const char kHex[] = "0123456789abcdef";
  for (int i = 15; i >= 0; --i) out.push_back(kHex[(v >> (4 * i)) & 15]);
}

// Appends the bytes of s as hex digits (sorts like s when followed by a byte below '0').
void put_hex_bytes(std::string& out, std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  for (unsigned char c : s) out.push_back(kHex[c >> 4]), out.push_back(kHex[c & 15]);
}

// Appends the output sort key of a cluster: a bank cluster sorts by its bank position ("0" + reference),
// the others by earliest source (file, then line; none last), then smallest member id, as dedup() orders.
void put_sort_key(std::string& out, const std::vector<const Question*>& inputs, const std::uint64_t* bank_ref) {
  if (bank_ref) {
    out.push_back('0');
    put_hex64(out, *bank_ref);
    return;
  }
  const Source* first = nullptr;
  const std::string* min_id = nullptr;
  for (const Question* q : inputs) {
    for (const auto& s : q->sources)
      if (!first || s.file < first->file || (s.file == first->file && s.line < first->line)) first = &s;
    if (!min_id || q->id < *min_id) min_id = &q->id;
  }
  out.push_back('1');
  if (first) {
    put_hex_bytes(out, first->file);
    out.push_back('!');
    put_hex64(out, static_cast<std::uint64_t>(first->line) ^ (std::uint64_t{1} << 63));
  } else {
    out.push_back('z');
  }
  if (min_id) out += *min_id;
}

// Appends one output line: sort key, record JSON and cluster line, separated by tabs (JSON has no raw tab).
void put_output_line(std::string& out, DedupOutput& o, const std::uint64_t* bank_ref) {
  put_sort_key(out, o.inputs, bank_ref);
  out.push_back('\t');
  append_json(out, o.record);
  out.push_back('\t');
  append_cluster_json(out, o);  // Ends with the line break.
}

// Sorts the lines of text (each ending with '\n') bytewise.
std::string sorted_lines(const std::string& text) {
  std::vector<std::string_view> lines;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t nl = text.find('\n', pos);
    lines.push_back(std::string_view(text).substr(pos, nl - pos + 1));
    pos = nl + 1;
  }
  std::sort(lines.begin(), lines.end());
  std::string out;
  out.reserve(text.size());
  for (auto l : lines) out += l;
  return out;
}

// Collects one component partition's dedup output as sort-keyed lines.
class PartSink : public DedupSink {
 public:
  explicit PartSink(const std::vector<std::uint64_t>& bank_refs) : bank_refs_(bank_refs) {}
  // Accepts the summary.
  Status begin(DedupSummary&) override { return Status::Ok(); }
  // Formats one output record.
  Status add(DedupOutput& o) override {
    const auto& m = o.cluster.members;
    const std::uint64_t* bank = !m.empty() && m[0] < bank_refs_.size() ? &bank_refs_[m[0]] : nullptr;
    put_output_line(text, o, bank);
    return Status::Ok();
  }
  std::string text;  // The lines, in dedup's order within the partition.

 private:
  const std::vector<std::uint64_t>& bank_refs_;
};

// Streams the record count and the per-stem record counts of one count file.
struct CountReader {
  std::FILE* file = nullptr;
  std::uint64_t records = 0;  // The shard's record count.
  std::string stem;           // The current stem.
  std::uint32_t count = 0;    // Records of the shard holding it.

  CountReader() = default;
  CountReader(const CountReader&) = delete;
  CountReader& operator=(const CountReader&) = delete;
  ~CountReader() {
    if (file) std::fclose(file);
  }
  // Opens the file and reads its header.
  Status open(const std::string& path) {
    file = std::fopen(path.c_str(), "rb");
    if (!file) return Status::NotFound(path + ": cannot open");
    char head[16];
    if (std::fread(head, 1, 16, file) != 16 || std::string_view(head, 8) != "QBKCNT01")
      return Status::DataError(path + ": not a count file");
    records = get_u64(head + 8);
    return Status::Ok();
  }
  // Moves to the next stem; false at the end.
  bool next() {
    char head[8];
    if (std::fread(head, 1, 8, file) != 8) return false;
    count = get_u32(head);
    stem.resize(get_u32(head + 4));
    return std::fread(stem.data(), 1, stem.size(), file) == stem.size();
  }
};

// Returns the 32-bit number that stands for a language in shard-independent keys.
std::uint32_t language_number(std::string_view lang) {
  return static_cast<std::uint32_t>(XXH3_64bits(lang.data(), lang.size()));
}

}  // namespace
}  // namespace qbank::internal

namespace qbank {

using namespace internal;  // NOLINT(google-build-using-namespace)

Result<DedupPlan> dedup_stage_plan(const std::string& workdir, const DedupPlanOptions& options) {
  return guarded("dedup plan", [&]() -> Result<DedupPlan> {
    if (options.inputs.empty()) return Status::InvalidArgument("dedup plan: no input files");
    std::string text = "qbank-dedup-plan 1\n";
    std::string pieces;
    DedupPlan shape;
    // Cuts the bytes of files into `want` shards of about equal size (0: one per 64 MB).
    auto split = [&](const std::vector<std::string>& files, unsigned want) -> Status {
      std::vector<std::uint64_t> sizes;
      std::uint64_t total = 0;
      for (const auto& f : files) {
        std::error_code ec;
        auto size = std::filesystem::file_size(f, ec);
        if (ec) return Status::NotFound(f + ": " + ec.message());
        if (f.find('\n') != std::string::npos) return Status::InvalidArgument("file name with a line break: " + f);
        sizes.push_back(size);
        total += size;
      }
      if (want == 0) want = static_cast<unsigned>(std::max<std::uint64_t>(1, (total + kPieceBytes - 1) / kPieceBytes));
      unsigned first = shape.shards;
      for (unsigned s = 0; s < want; ++s) {
        std::uint64_t lo = total * s / want, hi = total * (s + 1) / want;
        std::uint64_t at = 0;
        for (std::size_t i = 0; i < files.size(); at += sizes[i], ++i) {
          std::uint64_t a = std::max(lo, at), b = std::min(hi, at + sizes[i]);
          if (a < b)
            pieces += "piece " + std::to_string(first + s) + ' ' + std::to_string(a - at) + ' ' +
                      std::to_string(b - at) + ' ' + files[i] + '\n';
        }
      }
      shape.shards += want;
      return Status::Ok();
    };
    if (!options.bank.empty())
      if (Status s = split(options.bank, options.bank_shards); !s.ok()) return s;
    shape.bank_shards = shape.shards;
    if (Status s = split(options.inputs, options.shards); !s.ok()) return s;
    shape.partitions = options.partitions ? options.partitions : shape.shards - shape.bank_shards;
    text += "shards " + std::to_string(shape.shards) + "\nbank_shards " + std::to_string(shape.bank_shards) +
            "\npartitions " + std::to_string(shape.partitions) + "\nmax_component " +
            std::to_string(options.max_component) + "\ntypos " + (options.typos ? "1" : "0") + '\n' + pieces;
    if (Status s = write_whole(stage_path(workdir, "plan.txt"), text); !s.ok()) return s;
    return shape;
  });
}

Result<DedupPlan> dedup_stage_read_plan(const std::string& workdir) {
  return guarded("dedup plan", [&]() -> Result<DedupPlan> {
    auto plan = read_plan(workdir);
    if (!plan.ok()) return plan.status();
    return plan->shape;
  });
}

Status dedup_stage_count(const std::string& workdir, unsigned shard) {
  return guarded("dedup count", [&]() -> Status {
    auto plan = read_plan(workdir);
    if (!plan.ok()) return plan.status();
    std::vector<Question> recs;
    if (Status s = read_shard(*plan, shard, recs); !s.ok()) return s;
    std::unordered_map<std::string, std::uint32_t> df;
    std::vector<std::string_view> stems;
    for (const auto& q : recs) {
      RawFeatures raw = extract_features(q);
      stems.clear();
      frequency_stems(raw, stems);
      for (auto s : stems) ++df[std::string(s)];
    }
    std::vector<std::pair<std::string_view, std::uint32_t>> sorted(df.begin(), df.end());
    std::sort(sorted.begin(), sorted.end());
    std::string out = "QBKCNT01";
    put_u64(out, recs.size());
    for (const auto& [stem, n] : sorted) {
      put_u32(out, n);
      put_u32(out, static_cast<std::uint32_t>(stem.size()));
      out += stem;
    }
    return write_whole(stage_path(workdir, "count/g" + std::to_string(shard) + ".bin"), out);
  });
}

Status dedup_stage_stats(const std::string& workdir) {
  return guarded("dedup stats", [&]() -> Status {
    auto plan = read_plan(workdir);
    if (!plan.ok()) return plan.status();
    std::vector<CountReader> readers(plan->shape.shards);
    std::uint64_t records = 0;
    using Head = std::pair<std::string_view, unsigned>;
    std::priority_queue<Head, std::vector<Head>, std::greater<>> heap;
    for (unsigned g = 0; g < plan->shape.shards; ++g) {
      if (Status s = readers[g].open(stage_path(workdir, "count/g" + std::to_string(g) + ".bin")); !s.ok()) return s;
      records += readers[g].records;
      if (readers[g].next()) heap.push({readers[g].stem, g});
    }
    DedupOptions opt = stage_options(*plan);
    double limit = opt.common_fraction * static_cast<double>(records);
    std::vector<std::string> common;
    while (!heap.empty()) {
      std::string stem(heap.top().first);
      std::uint64_t df = 0;
      while (!heap.empty() && heap.top().first == stem) {
        unsigned g = heap.top().second;
        heap.pop();
        df += readers[g].count;
        if (readers[g].next()) heap.push({readers[g].stem, g});
      }
      if (static_cast<double>(df) > limit) common.push_back(std::move(stem));
    }
    std::string out = "QBKSTAT1";
    put_u64(out, records);
    put_u32(out, static_cast<std::uint32_t>(common.size()));
    for (const auto& s : common) {
      put_u32(out, static_cast<std::uint32_t>(s.size()));
      out += s;
    }
    return write_whole(stage_path(workdir, "stats.bin"), out);
  });
}

Status dedup_stage_keys(const std::string& workdir, unsigned shard) {
  return guarded("dedup keys", [&]() -> Status {
    auto plan = read_plan(workdir);
    if (!plan.ok()) return plan.status();
    auto stats = read_statistics(workdir);
    if (!stats.ok()) return stats.status();
    std::vector<Question> recs;
    if (Status s = read_shard(*plan, shard, recs); !s.ok()) return s;
    DedupOptions opt = stage_options(*plan);
    FeatureTable ft;
    ft.vocab.intern("");
    ft.records.reserve(recs.size());
    for (const auto& q : recs) intern_features(extract_features(q), q.lang, ft);
    ft.vocab.freeze();
    assign_roles(ft, opt, &*stats);
    unsigned parts = plan->shape.partitions;
    std::vector<std::string> rows(parts);
    std::vector<std::uint64_t> keys;
    KeyScratch scratch;
    for (std::size_t r = 0; r < recs.size(); ++r) {
      DedupFeatures f = ft.records[r];
      f.lang = language_number(recs[r].lang);  // The vocabulary id differs from shard to shard; the name does not.
      keys.clear();
      block_keys(FeatureView{f, ft.view(r).tokens}, ft.vocab.str(ft.records[r].lang), ft, opt, keys, scratch);
      for (auto k : keys) {
        std::string& out = rows[key_partition(k, parts)];
        put_u64(out, k);
        put_u64(out, ref_of(shard, r));
      }
    }
    for (unsigned p = 0; p < parts; ++p)
      if (Status s = write_whole(stage_path(workdir, "keys/r" + std::to_string(p) + "/g" + std::to_string(shard) + ".bin"),
                                 rows[p]);
          !s.ok())
        return s;
    return Status::Ok();
  });
}

Status dedup_stage_edges(const std::string& workdir, unsigned partition) {
  return guarded("dedup edges", [&]() -> Status {
    auto plan = read_plan(workdir);
    if (!plan.ok()) return plan.status();
    std::vector<std::pair<std::uint64_t, std::uint64_t>> rows;
    for (unsigned g = 0; g < plan->shape.shards; ++g) {
      auto d = read_whole(stage_path(workdir, "keys/r" + std::to_string(partition) + "/g" + std::to_string(g) + ".bin"),
                          false);
      if (!d.ok()) return d.status();
      for (std::size_t pos = 0; pos + 16 <= d->size(); pos += 16)
        rows.emplace_back(get_u64(d->data() + pos), get_u64(d->data() + pos + 8));
    }
    std::sort(rows.begin(), rows.end());
    std::vector<std::pair<std::uint64_t, std::uint64_t>> edges;
    for (std::size_t i = 0; i < rows.size();) {
      std::size_t j = i + 1;
      while (j < rows.size() && rows[j].first == rows[i].first) ++j;
      for (std::size_t k = i + 1; k < j; ++k)  // A star on the group's smallest record: n - 1 edges.
        if (rows[k].second != rows[i].second) edges.emplace_back(rows[k].second, rows[i].second);
      i = j;
    }
    std::vector<std::pair<std::uint64_t, std::uint64_t>>().swap(rows);
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    std::string out;
    out.reserve(edges.size() * 16);
    for (const auto& [a, b] : edges) put_u64(out, a), put_u64(out, b);
    return write_whole(stage_path(workdir, "edges/r" + std::to_string(partition) + ".bin"), out);
  });
}

Result<unsigned> dedup_stage_components(const std::string& workdir) {
  return guarded("dedup components", [&]() -> Result<unsigned> {
    auto plan = read_plan(workdir);
    if (!plan.ok()) return plan.status();
    unsigned shards = plan->shape.shards;
    std::vector<std::uint64_t> offset(shards + 1, 0);
    for (unsigned g = 0; g < shards; ++g) {
      CountReader c;
      if (Status s = c.open(stage_path(workdir, "count/g" + std::to_string(g) + ".bin")); !s.ok()) return s;
      offset[g + 1] = offset[g] + c.records;
    }
    if (offset[shards] >= kAlone) return Status::Unsupported("dedup components: more than 4e9 records in one task");
    auto n = static_cast<std::uint32_t>(offset[shards]);
    std::vector<std::uint32_t> parent(n);
    for (std::uint32_t i = 0; i < n; ++i) parent[i] = i;
    auto find = [&](std::uint32_t x) {
      while (parent[x] != x) x = parent[x] = parent[parent[x]];
      return x;
    };
    auto dense = [&](std::uint64_t ref) { return static_cast<std::uint32_t>(offset[ref >> 32] + (ref & 0xffffffffu)); };
    for (unsigned p = 0; p < plan->shape.partitions; ++p) {
      auto d = read_whole(stage_path(workdir, "edges/r" + std::to_string(p) + ".bin"), false);
      if (!d.ok()) return d.status();
      for (std::size_t pos = 0; pos + 16 <= d->size(); pos += 16) {
        std::uint32_t a = find(dense(get_u64(d->data() + pos))), b = find(dense(get_u64(d->data() + pos + 8)));
        if (a != b) parent[std::max(a, b)] = std::min(a, b);  // The root is the component's first record.
      }
    }
    std::vector<std::uint32_t> size(n, 0);
    for (std::uint32_t i = 0; i < n; ++i) ++size[parent[i] = find(i)];
    unsigned parts = plan->shape.partitions;
    std::unordered_map<std::uint32_t, unsigned> giant;  // Roots of components past max_component: own partition.
    std::uint64_t in_components = 0, components = 0, largest = 0;
    for (std::uint32_t i = 0; i < n; ++i)
      if (parent[i] == i && size[i] > 1) {
        ++components;
        in_components += size[i];
        largest = std::max<std::uint64_t>(largest, size[i]);
        if (size[i] > plan->max_component) giant.emplace(i, parts + static_cast<unsigned>(giant.size()));
      }
    for (unsigned g = 0; g < shards; ++g) {
      std::string out;
      out.reserve((offset[g + 1] - offset[g]) * 4);
      for (std::uint64_t i = offset[g]; i < offset[g + 1]; ++i) {
        std::uint32_t root = parent[i];
        std::uint32_t part = kAlone;
        if (size[root] > 1) {
          auto it = giant.find(root);
          part = it != giant.end() ? it->second
                                   : static_cast<std::uint32_t>((root * 0x9E3779B97F4A7C15ull >> 32) % parts);
        }
        put_u32(out, part);
      }
      if (Status s = write_whole(stage_path(workdir, "comp/g" + std::to_string(g) + ".bin"), out); !s.ok()) return s;
    }
    unsigned total = parts + static_cast<unsigned>(giant.size());
    std::string summary = "records " + std::to_string(n) + "\ncomponents " + std::to_string(components) +
                          "\nrecords_in_components " + std::to_string(in_components) + "\nlargest " +
                          std::to_string(largest) + "\ngiant_components " + std::to_string(giant.size()) +
                          "\ncluster_partitions " + std::to_string(total) + '\n';
    if (Status s = write_whole(stage_path(workdir, "components.txt"), summary); !s.ok()) return s;
    return total;
  });
}

Status dedup_stage_route(const std::string& workdir, unsigned shard) {
  return guarded("dedup route", [&]() -> Status {
    auto plan = read_plan(workdir);
    if (!plan.ok()) return plan.status();
    std::vector<Question> recs;
    if (Status s = read_shard(*plan, shard, recs); !s.ok()) return s;
    auto comp = read_whole(stage_path(workdir, "comp/g" + std::to_string(shard) + ".bin"), false);
    if (!comp.ok()) return comp.status();
    if (comp->size() != recs.size() * 4)
      return Status::DataError(workdir + "/comp/g" + std::to_string(shard) + ".bin: does not match the shard");
    std::string alone;
    std::unordered_map<std::uint32_t, std::string> routed;
    bool bank = shard < plan->shape.bank_shards;
    for (std::size_t r = 0; r < recs.size(); ++r) {
      std::uint32_t part = get_u32(comp->data() + r * 4);
      std::uint64_t ref = ref_of(shard, r);
      if (part == kAlone) {
        ClusterMembership cm{recs[r].id, {0}};
        std::vector<const Question*> inputs{&recs[r]};
        DedupOutput o{recs[r], cm, inputs};
        put_output_line(alone, o, bank ? &ref : nullptr);
      } else {
        std::string& out = routed[part];
        put_hex64(out, ref);
        out.push_back('\t');
        append_json(out, recs[r]);
        out.push_back('\n');
      }
    }
    for (const auto& [part, text] : routed)
      if (Status s = write_whole(stage_path(workdir, "route/c" + std::to_string(part) + "/g" + std::to_string(shard) +
                                                         ".jsonl"),
                                 text);
          !s.ok())
        return s;
    return write_whole(stage_path(workdir, "out/g" + std::to_string(shard) + ".part"), sorted_lines(alone));
  });
}

Status dedup_stage_cluster(const std::string& workdir, unsigned partition) {
  return guarded("dedup cluster", [&]() -> Status {
    auto plan = read_plan(workdir);
    if (!plan.ok()) return plan.status();
    auto stats = read_statistics(workdir);
    if (!stats.ok()) return stats.status();
    DedupInput input;
    std::vector<std::uint64_t> bank_refs;
    for (unsigned g = 0; g < plan->shape.shards; ++g) {
      std::string path =
          stage_path(workdir, "route/c" + std::to_string(partition) + "/g" + std::to_string(g) + ".jsonl");
      auto d = read_whole(path, true);
      if (!d.ok()) return d.status();
      bool bank = g < plan->shape.bank_shards;
      for (std::size_t pos = 0; pos < d->size();) {
        std::size_t nl = d->find('\n', pos);
        if (nl == std::string::npos || nl < pos + 17) return Status::DataError(path + ": truncated");
        std::string_view line = std::string_view(*d).substr(pos, nl - pos);
        RecordItem item = parse_record(line.substr(17), path, 0);
        if (!item.usable()) return Status::DataError(path + ": unusable routed record");
        if (bank) {
          bank_refs.push_back(std::stoull(std::string(line.substr(0, 16)), nullptr, 16));
          input.bank.push_back(std::move(item.record));
        } else {
          input.records.push_back(std::move(item.record));
        }
        pos = nl + 1;
      }
    }
    PartSink sink(bank_refs);
    if (Status s = dedup(std::move(input), sink, stage_options(*plan), *stats); !s.ok()) return s;
    return write_whole(stage_path(workdir, "out/c" + std::to_string(partition) + ".part"), sorted_lines(sink.text));
  });
}

Status dedup_stage_merge(const std::string& workdir, const std::string& records, const std::string& clusters) {
  return guarded("dedup merge", [&]() -> Status {
    std::vector<std::string> parts;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(stage_path(workdir, "out"), ec))
      if (e.path().extension() == ".part") parts.push_back(e.path().string());
    if (ec) return Status::IoError(workdir + "/out: " + ec.message());
    std::sort(parts.begin(), parts.end());
    std::vector<std::FILE*> files;
    struct Closer {
      std::vector<std::FILE*>& f;
      ~Closer() {
        for (auto* p : f) std::fclose(p);
      }
    } closer{files};
    std::vector<std::string> head(parts.size());
    auto next = [&](std::size_t i) {
      char* buf = nullptr;
      std::size_t cap = 0;
      ssize_t n = ::getline(&buf, &cap, files[i]);
      bool ok = n > 0;
      if (ok) head[i].assign(buf, static_cast<std::size_t>(n));
      std::free(buf);
      return ok;
    };
    using Head = std::pair<std::string_view, std::size_t>;
    std::priority_queue<Head, std::vector<Head>, std::greater<>> heap;
    for (std::size_t i = 0; i < parts.size(); ++i) {
      std::FILE* f = std::fopen(parts[i].c_str(), "rb");
      if (!f) return Status::IoError(parts[i] + ": cannot open");
      files.push_back(f);
      if (next(i)) heap.push({head[i], i});
    }
    auto rec_out = OutputFile::open(records);
    if (!rec_out.ok()) return rec_out.status();
    std::unique_ptr<OutputFile> cl_out;
    if (!clusters.empty()) {
      auto c = OutputFile::open(clusters);
      if (!c.ok()) return c.status();
      cl_out = std::move(*c);
    }
    std::string rec_buf, cl_buf;
    auto flush = [&](bool force) -> Status {
      if (!force && rec_buf.size() < (std::size_t{4} << 20)) return Status::Ok();
      if (Status s = (*rec_out)->write(rec_buf); !s.ok()) return s;
      if (cl_out)
        if (Status s = cl_out->write(cl_buf); !s.ok()) return s;
      rec_buf.clear(), cl_buf.clear();
      return Status::Ok();
    };
    while (!heap.empty()) {
      std::size_t i = heap.top().second;
      heap.pop();
      const std::string& line = head[i];
      std::size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
      if (t1 == std::string::npos || t2 == std::string::npos) return Status::DataError(parts[i] + ": bad line");
      rec_buf.append(line, t1 + 1, t2 - t1 - 1).push_back('\n');
      if (cl_out) cl_buf.append(line, t2 + 1);
      if (next(i)) heap.push({head[i], i});
      if (Status s = flush(false); !s.ok()) return s;
    }
    if (Status s = flush(true); !s.ok()) return s;
    if (cl_out)
      if (Status s = cl_out->commit(); !s.ok()) return s;
    return (*rec_out)->commit();
  });
}

}  // namespace qbank
