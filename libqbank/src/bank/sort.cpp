// Stable multi-field sorting of records.
#include "qbank/sort.hpp"

#include <algorithm>
#include <functional>

#include "qbank/filter.hpp"
#include "qbank/suggest.hpp"

namespace qbank {
namespace {

// Compares two optional strings: a missing value before any string, strings in byte order.
int compare(const std::optional<std::string>& a, const std::optional<std::string>& b) {
  if (!a || !b) return static_cast<int>(a.has_value()) - static_cast<int>(b.has_value());
  return a->compare(*b) < 0 ? -1 : a->compare(*b) > 0 ? 1 : 0;
}

// Compares two values of an ordered type.
template <typename T>
int compare_values(const T& a, const T& b) {
  return a < b ? -1 : b < a ? 1 : 0;
}

// Compares the first sources of two records: file, then line; a record without sources first.
int compare_source(const Question& a, const Question& b) {
  if (a.sources.empty() || b.sources.empty())
    return static_cast<int>(!a.sources.empty()) - static_cast<int>(!b.sources.empty());
  if (int c = compare_values(a.sources[0].file, b.sources[0].file)) return c;
  return compare_values(a.sources[0].line, b.sources[0].line);
}

// A comparison of two records on one field: negative, zero or positive.
using FieldOrder = std::function<int(const Question&, const Question&)>;

// Returns the comparison for a sortable field, or an empty function for an unknown name.
FieldOrder field_order(const std::string& name) {
  if (name == "id") return [](const Question& a, const Question& b) { return compare_values(a.id, b.id); };
  if (name == "text") return [](const Question& a, const Question& b) { return compare_values(a.text, b.text); };
  if (name == "lang") return [](const Question& a, const Question& b) { return compare_values(a.lang, b.lang); };
  if (name == "topic") return [](const Question& a, const Question& b) { return compare(a.topic, b.topic); };
  if (name == "answer") return [](const Question& a, const Question& b) { return compare(a.answer, b.answer); };
  if (name == "code") return [](const Question& a, const Question& b) { return compare(a.code, b.code); };
  if (name == "tags") return [](const Question& a, const Question& b) { return compare_values(a.tags, b.tags); };
  if (name == "source") return compare_source;
  if (name == "words")
    return [](const Question& a, const Question& b) { return compare_values(count_words(a.text), count_words(b.text)); };
  return {};
}

}  // namespace

const std::vector<std::string>& sort_field_names() {
  static const std::vector<std::string> names = {"id",   "text", "lang",   "topic", "answer",
                                                 "code", "tags", "source", "words"};
  return names;
}

Status sort_records(std::vector<Question>& records, const std::vector<std::string>& by, bool reverse) {
  if (by.empty()) return Status::InvalidArgument("--by: name at least one field to sort by");
  std::vector<FieldOrder> orders;
  for (const auto& name : by) {
    FieldOrder order = field_order(name);
    if (!order) {
      std::string known;
      for (const auto& f : sort_field_names()) known += (known.empty() ? "" : ", ") + f;
      std::string near = closest_name(name, sort_field_names());
      return Status::InvalidArgument("--by: cannot sort by '" + name + "'" +
                                     (near.empty() ? "" : "; did you mean '" + near + "'?") + " (fields: " + known +
                                     ")");
    }
    orders.push_back(std::move(order));
  }
  // Sorts positions, then moves each record once into its place.
  std::vector<std::size_t> index(records.size());
  for (std::size_t i = 0; i < index.size(); ++i) index[i] = i;
  std::stable_sort(index.begin(), index.end(), [&](std::size_t x, std::size_t y) {
    for (const auto& order : orders)
      if (int c = order(records[x], records[y])) return reverse ? c > 0 : c < 0;
    return false;
  });
  std::vector<Question> sorted;
  sorted.reserve(records.size());
  for (std::size_t i : index) sorted.push_back(std::move(records[i]));
  records = std::move(sorted);
  return Status::Ok();
}

}  // namespace qbank
