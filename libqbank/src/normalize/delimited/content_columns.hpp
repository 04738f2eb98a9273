#pragma once
// Finds the question, answer, option and language columns of a table without a header row from its cells.

#include <functional>
#include <optional>
#include <vector>

#include "normalize/delimited/csv.hpp"

namespace qbank::internal {

// The columns of a headerless table, as read from their cells.
struct ContentColumns {
  std::optional<std::size_t> text;    // The question column (empty when no column holds text).
  std::optional<std::size_t> answer;  // The answer column: the first text column after the question.
  std::vector<std::size_t> wrong;     // Columns right after the answer holding one short wrong option each.
  std::optional<std::size_t> lang;    // A column of language codes ("en", "fr", "pt-BR").
};

// Picks the columns of a headerless table of the given width from its records: the question column is the
// text column whose cells most often read as questions (the first text column when none do); identifier,
// number, link and language-code columns are never question or answer columns.
ContentColumns columns_by_content(const std::vector<CsvRecord>& records, std::size_t width);

// The column, among those used() leaves, of short labels that recur from record to record (categories): the
// one with the most distinct labels when several do (a level column has fewer); empty when none does.
std::optional<std::size_t> label_column(const std::vector<CsvRecord>& records, std::size_t width,
                                        const std::function<bool(std::size_t)>& used);

// True when the first record is a header row whose names are not known ("No;Item;Reply"): the records
// after it hold numbers or questions where it holds short labels, and none of its cells is a question.
bool header_by_content(const std::vector<CsvRecord>& records, std::size_t width);

}  // namespace qbank::internal
