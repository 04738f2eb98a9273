#pragma once
// Cross-language links: records in different languages that ask the same question are linked, never merged.
//
//   std::vector<qbank::Question> bank = ...;               // e.g. the output of qbank::dedup()
//   auto res = qbank::link_translations(bank);             // fills bank[i].translations
//   if (res.ok()) for (const auto& l : res->links) std::cout << l.a << " ~ " << l.b << '\n';
//
//   qbank::DedupLinkReport report;                          // or deduplicate and link in one streaming pass:
//   qbank::Status s = qbank::dedup_and_link(std::move(records), sink, report);
//
// Evidence, without a translation model: every content word on both sides must be accounted for by a shared
// anchor (an identifier, acronym, Latin-script term, number or operator written the same on both sides) or by
// a concept of the built-in computing glossary (libqbank/data/xlang/glossary.txt: closure / замыкание / 闭包 …;
// words are matched by stem, Russian and Ukrainian terms in every case form, a Latin-script term inside another
// language by the longest term of that language or English, and a word the glossary says carries no content
// names a concept only when written as its term); the question forms (what is / difference / how / why / when /
// where) must agree ("explain X" and "describe X" ask what X is; "what are" and "which" agree, as Russian
// "Какие…?" translates both, and "Каковы…?" asks "what are"; a what-question about how something works,
// "X的原理是什么？", asks how, and one about its purpose, "What is X for?", asks why); numbers and operators must be equal; words on either
// side of a directional word ("bytes to string", "a list instead of an array") must stay on their side; code
// must be equal, or share at least half of its Latin-script tokens (code and choices), when both
// records have code, and a record with code never links to one without. Among several candidates in one
// language only the best-scoring ones link, and only when each is the other's best.

#include <cstddef>
#include <string>
#include <vector>

#include "qbank/api.hpp"
#include "qbank/dedup.hpp"
#include "qbank/question.hpp"
#include "qbank/status.hpp"

namespace qbank {

// Options for link_translations().
struct QBANK_EXPORT LinkOptions {
  unsigned threads = 0;         // Worker threads (default 0: all cores).
  bool explain = false;         // Fill LinkResult::links[i].evidence (default off).
  double code_overlap = 0.5;    // Least share of shared Latin-script code tokens for unequal code (default 0.5).
  std::size_t max_bucket = 4096;  // Candidate lists longer than this are not searched (default 4096).
};

// The verdict of comparing two records in different languages.
struct QBANK_EXPORT LinkVerdict {
  bool linked = false;    // True when the records ask the same question.
  double score = 0.0;     // Strength of the evidence: 1.0 for equal code or text-only evidence, else the code overlap.
  std::string evidence;   // Why: the form, the concepts and anchors matched, the code, or what is unaccounted.
};

// One link between two records.
struct QBANK_EXPORT TranslationLink {
  std::size_t a = 0, b = 0;  // Indexes of the linked records; a has the smaller id (the evidence's first side).
  LinkVerdict verdict;       // Score and, when options.explain is set, evidence.
};

// What link_translations() found.
struct QBANK_EXPORT LinkResult {
  std::vector<TranslationLink> links;  // Every link, ordered by the ids of its records.
};

// Compares two records of different languages with the rules above.
QBANK_EXPORT LinkVerdict compare_translations(const Question& a, const Question& b);

// Links the records that ask the same question in different languages: sets each record's translations to the
// ids of its linked records (ordered by language, then id), replacing what was there. Records are neither
// merged nor reordered, and the links do not depend on the order of the records.
QBANK_EXPORT Result<LinkResult> link_translations(std::vector<Question>& records, const LinkOptions& options = {});

// One link found by dedup_and_link(), with both records as they are written.
struct QBANK_EXPORT LinkExplanation {
  std::string a_id, a_lang, a_text;  // The record with the smaller id (the evidence's first side).
  std::string b_id, b_lang, b_text;  // The other record.
  LinkVerdict verdict;               // Score and evidence.
};

// What dedup_and_link() found, complete before the sink's begin() is called.
struct QBANK_EXPORT DedupLinkReport {
  std::size_t links = 0;                      // How many links.
  std::vector<LinkExplanation> explanations;  // Every link with its evidence when LinkOptions::explain is set.
};

// Like dedup(input, sink, options), and links the merged records across languages before the sink sees any:
// each record's translations holds the ids of its linked records (ordered by language, then id), replacing
// what was there. Merges, ids and order are exactly those of dedup(); only the compact evidence of the merged
// records is held, never a second copy of the bank. report is filled before the sink's begin().
[[nodiscard]] QBANK_EXPORT Status dedup_and_link(DedupInput input, DedupSink& sink, DedupLinkReport& report,
                                                 const DedupOptions& options = {}, const LinkOptions& link = {});

}  // namespace qbank
