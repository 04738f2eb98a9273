#pragma once
// The question record: one question with its provenance, as described by schemas/question.schema.json.
//
//   qbank::Question q;
//   q.text = "What is the GIL?";
//   q.sources.push_back({"list.md", 12, "* What is the GIL?"});
//   q.id = qbank::compute_id(q);

#include "qbank/api.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace qbank {

// Where a question was found: one variant of it in one input file.
struct QBANK_EXPORT Source {
  std::string file;          // The input file as the user named it ("-" for stdin).
  std::int64_t line = 1;     // 1-based line where the question starts.
  std::string raw;           // The original text of the question line(s), before cleanup.
  std::string format;        // The input format it was read as ("text", "markdown", ...); empty if unknown.
  std::optional<std::string> text;  // The variant's cleaned text when it differs from the record's text.
  // Fields the schema does not know, kept as (name, raw JSON value) so nothing is lost on a round trip.
  std::vector<std::pair<std::string, std::string>> extra;
};

// One question record.
struct QBANK_EXPORT Question {
  std::string id;                     // Stable content-derived id, see compute_id().
  std::string text;                   // The cleaned question text, never empty.
  std::string lang = "und";           // ISO 639-1 code, or "und" when unknown.
  std::optional<std::string> topic;   // The section the question sits under, if any.
  std::vector<std::string> tags;      // Unique labels without spaces; hierarchy as "a::b".
  std::optional<std::string> answer;  // The answer text, if the source has one.
  std::optional<std::string> code;    // Code or sub-items that belong to the question, if any.
  std::vector<std::string> choices;   // Multiple-choice options in source order (empty if none).
  std::vector<Source> sources;        // Every variant this record stands for; at least one.
  std::vector<std::string> notes;     // Repairs and remarks made while cleaning (empty if none).
  std::vector<std::string> translations;  // Ids of records in other languages asking the same question (empty if none).
  // Fields the schema does not know, kept as (name, raw JSON value) so nothing is lost on a round trip.
  std::vector<std::pair<std::string, std::string>> extra;
};

// Computes the record id: "q" + 16 hex digits of XXH3-64 over the folded text and the normalized code.
// Records with the same id are exact duplicates once folded; the id does not depend on file or line.
QBANK_EXPORT std::string compute_id(const Question& q);

// True when the string is a well-formed record id ("q" followed by 16 lowercase hex digits).
QBANK_EXPORT bool is_valid_id(const std::string& id);

}  // namespace qbank
