// qbank-gen: synthetic question corpora for benchmarks, with planted perturbed copies and a truth file.
//
//   qbank-gen records N OUT.jsonl TRUTH.tsv [SEED]   JSONL records; 20% perturbed copies of earlier ones
//   qbank-gen raw BYTES OUT.txt [SEED]               a raw text list in the seed shapes, for normalize
//   qbank-gen adversarial N OUT.jsonl TRUTH.tsv [SEED]  look-alike distinct questions (gen_adversarial.cpp)
//   qbank-gen repeat COPIES OUT.jsonl TRUTH.tsv Q...   each question Q repeated COPIES times, in rounds
//   qbank-gen scale FILE BYTES OUT                   FILE repeated to BYTES as one valid document (gen_scale.cpp)
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "gen_adversarial.hpp"
#include "gen_perturb.hpp"
#include "gen_scale.hpp"
#include "gen_vocab.hpp"
#include "qbank/io.hpp"
#include "qbank/question.hpp"

namespace {

using qbank_bench::Template;

// One generated question before perturbation.
struct Original {
  std::size_t tmpl;
  std::uint64_t t0, t1;
  bool reversed = false;  // Made by swapping terms, or already swapped once: never swapped (again).
};

// Fills a template with its terms.
std::string render(const Original& o) {
  const Template& t = qbank_bench::templates()[o.tmpl];
  std::string s = t.text;
  auto put = [&](const char* slot, const std::string& v) {
    auto p = s.find(slot);
    if (p != std::string::npos) s.replace(p, 3, v);
  };
  put("{0}", qbank_bench::term(o.t0));
  put("{1}", qbank_bench::term(o.t1));
  return s;
}

// Writes the record JSONL and the truth file (line, group).
int gen_records(std::size_t n, const char* out_path, const char* truth_path, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<Original> originals;
  std::vector<std::size_t> original_line;
  std::FILE* out = std::fopen(out_path, "wb");
  std::FILE* truth = std::fopen(truth_path, "wb");
  if (!out || !truth) return std::perror("qbank-gen"), 1;
  const auto& tmpls = qbank_bench::templates();
  std::uint64_t next_term = 0;
  std::string line;
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t group;
    std::string text;
    const char* lang;
    if (!originals.empty() && rng() % 100 < 20) {
      group = rng() % originals.size();
      lang = tmpls[originals[group].tmpl].lang;
      text = qbank_bench::perturb(render(originals[group]), lang, rng);
    } else {
      Original o{rng() % tmpls.size(), next_term++, rng() % 2000, false};
      if (originals.size() > 10 && rng() % 20 == 0) {
        Original& prev = originals[originals.size() - 1 - rng() % 10];  // A reversed look-alike, made once.
        if (tmpls[prev.tmpl].directional && !prev.reversed) {
          o = {prev.tmpl, prev.t1, prev.t0, true};
          prev.reversed = true;
        }
      }
      group = originals.size();
      originals.push_back(o);
      lang = tmpls[o.tmpl].lang;
      text = render(o);
    }
    qbank::Question q;
    q.text = text;
    q.lang = lang;
    q.sources.push_back({"synthetic.jsonl", static_cast<std::int64_t>(i + 1), text, "text", std::nullopt, {}});
    q.id = qbank::compute_id(q);
    line.clear();
    qbank::append_json(line, q);
    line.push_back('\n');
    std::fwrite(line.data(), 1, line.size(), out);
    std::fprintf(truth, "%zu\t%zu\n", i + 1, group);
  }
  std::fclose(out);
  std::fclose(truth);
  return 0;
}

// Writes every question `copies` times, the whole list once per round (a list concatenated with itself), with
// a detected-free language guess (Cyrillic: ru, else en) and the truth file (line, question index).
int gen_repeat(std::size_t copies, const char* out_path, const char* truth_path, const std::vector<std::string>& qs) {
  std::FILE* out = std::fopen(out_path, "wb");
  std::FILE* truth = std::fopen(truth_path, "wb");
  if (!out || !truth) return std::perror("qbank-gen"), 1;
  std::string line;
  std::size_t n = 0;
  for (std::size_t round = 0; round < copies; ++round)
    for (std::size_t k = 0; k < qs.size(); ++k) {
      qbank::Question q;
      q.text = qs[k];
      q.lang = qs[k].find("\xD0") != std::string::npos || qs[k].find("\xD1") != std::string::npos ? "ru" : "en";
      q.sources.push_back({"list.txt", static_cast<std::int64_t>(k + 1), qs[k], "text", std::nullopt, {}});
      q.id = qbank::compute_id(q);
      line.clear();
      qbank::append_json(line, q);
      line.push_back('\n');
      std::fwrite(line.data(), 1, line.size(), out);
      std::fprintf(truth, "%zu\t%zu\n", ++n, k);
    }
  std::fclose(out);
  std::fclose(truth);
  return 0;
}

// Writes a raw list in the seed shapes (sections with counts, bullets, numbers, Q: blocks with answers and code).
int gen_raw(std::size_t bytes, const char* out_path, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::ofstream out(out_path, std::ios::binary);
  if (!out) return std::perror("qbank-gen"), 1;
  const auto& tmpls = qbank_bench::templates();
  std::size_t written = 0, part = 0;
  std::uint64_t next_term = 0;
  while (written < bytes) {
    std::string topic = qbank_bench::term(part++);  // The term before the count: the lists of earlier sessions.
    std::string block = "Part " + std::to_string(part) + ": Topic " + topic + " (40 questions)\n\n";
    int shape = static_cast<int>(part % 3);
    for (int k = 1; k <= 40; ++k) {
      std::string q = render({rng() % tmpls.size(), next_term++, rng() % 2000, false});
      if (shape == 0) block += "  \xE2\x80\xA2 " + q + "\n";
      else if (shape == 1) block += std::to_string(k) + ". " + q + "\n";
      else block += "Q: " + q + "\nA: The answer explains " + qbank_bench::term(next_term) + " in one sentence.\n\n";
    }
    block += "\n";
    out << block;
    written += block.size();
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "records" && argc >= 5)
    return gen_records(std::strtoull(argv[2], nullptr, 10), argv[3], argv[4], argc > 5 ? std::strtoull(argv[5], nullptr, 10) : 1);
  if (mode == "adversarial" && argc >= 5)
    return qbank_bench::gen_adversarial(std::strtoull(argv[2], nullptr, 10), argv[3], argv[4],
                                        argc > 5 ? std::strtoull(argv[5], nullptr, 10) : 1);
  if (mode == "repeat" && argc >= 6)
    return gen_repeat(std::strtoull(argv[2], nullptr, 10), argv[3], argv[4], std::vector<std::string>(argv + 5, argv + argc));
  if (mode == "scale" && argc >= 5)
    return qbank_bench::gen_scale(argv[2], std::strtoull(argv[3], nullptr, 10), argv[4]);
  if (mode == "raw" && argc >= 4)
    return gen_raw(std::strtoull(argv[2], nullptr, 10), argv[3], argc > 4 ? std::strtoull(argv[4], nullptr, 10) : 1);
  std::fprintf(stderr, "usage: qbank-gen records N OUT.jsonl TRUTH.tsv [SEED]\n       qbank-gen raw BYTES OUT.txt [SEED]\n"
                       "       qbank-gen adversarial N OUT.jsonl TRUTH.tsv [SEED]\n"
                       "       qbank-gen repeat COPIES OUT.jsonl TRUTH.tsv QUESTION...\n"
                       "       qbank-gen scale FILE BYTES OUT\n");
  return 2;
}
