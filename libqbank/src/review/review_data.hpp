#pragma once
// What the dedup review page shows, as the recorder collects it and the HTML renderer reads it.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "qbank/review.hpp"

namespace qbank::internal::review {

// One input record absorbed into a merged cluster.
struct Variant {
  std::string id;                    // The input record's id.
  std::string text;                  // Its text as read.
  std::string lang;                  // Its language code.
  std::string topic;                 // Its topic ("" when it has none).
  std::string answer;                // Its answer ("" when it has none).
  std::string code;                  // Its code ("" when it has none).
  std::vector<std::string> sources;  // Every source as "file:line".
  std::string first_file;            // The file of its first source ("" when it has none).
  std::int64_t first_line = 0;       // The line of its first source (0 when it has none).
  bool seed = true;                  // True when no merge explanation names it: the text others were compared with.
  double score = 0.0;                // The merge score (when not the seed).
  std::string evidence;              // Why it was merged (when not the seed).
};

// One merged cluster: an output record that stands for more than one input record.
struct Cluster {
  std::string id;                 // The output record's id.
  std::string text;               // Its shown text.
  std::string lang;               // Its language code.
  std::string topic;              // Its topic ("" when it has none).
  std::vector<Variant> variants;  // The absorbed input records, by first source (file, line), then id and text.
};

// One side of a candidate pair kept apart.
struct Side {
  std::string text;        // The text compared.
  std::string from;        // "file:line" of the record ("" when unknown).
  std::string code;        // The record's code ("" when it has none or is unknown).
  std::string cluster_id;  // The output record it ended up in ("" when unknown).
  bool merged = false;     // True when that output record is a merged cluster shown on the page.
  std::string lang;        // The output record's language ("" when unknown).
  std::string topic;       // The output record's topic ("" when it has none or is unknown).
};

// A candidate pair that dedup compared and kept apart.
struct Pair {
  Side record;           // The record placed.
  Side compared;         // The cluster seed it was compared with.
  std::string evidence;  // What differed.
};

// Everything the page shows.
struct Page {
  std::size_t input_records = 0;   // Records dedup read.
  std::size_t output_records = 0;  // Records dedup wrote (cluster lines).
  std::vector<Cluster> clusters;   // The merged clusters, in output order.
  std::vector<Pair> apart;         // The candidate pairs kept apart, in the order dedup compared them.
};

// Appends s escaped for HTML text and quoted attribute values (& < > " '), control characters other than
// tab and newline dropped.
void append_escaped(std::string& out, std::string_view s);

// Renders the page as one self-contained HTML document.
std::string render_html(const Page& page, const ReviewOptions& options);

}  // namespace qbank::internal::review
