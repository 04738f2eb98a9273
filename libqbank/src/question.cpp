// Record ids.
#include "qbank/question.hpp"

#include <xxhash.h>

#include "filter_fold.hpp"

namespace qbank {
namespace {

// Collapses all whitespace runs in code to single spaces so layout changes do not change the id.
std::string normalize_code(const std::string& code) {
  std::string out;
  bool space = false;
  for (char c : code) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace

std::string compute_id(const Question& q) {
  thread_local std::string key;
  fold_into(q.text, key);
  if (q.code && !q.code->empty()) {
    key += "\n\x1f\n";
    key += normalize_code(*q.code);
  }
  XXH64_hash_t h = XXH3_64bits(key.data(), key.size());
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id(17, 'q');
  for (int i = 1, shift = 60; shift >= 0; ++i, shift -= 4) id[static_cast<std::size_t>(i)] = kHex[(h >> shift) & 0xF];
  return id;
}

bool is_valid_id(const std::string& id) {
  if (id.size() != 17 || id[0] != 'q') return false;
  for (std::size_t i = 1; i < id.size(); ++i) {
    char c = id[i];
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

}  // namespace qbank
