// Record ids.
#include "qbank/question.hpp"

#include <xxhash.h>

#include <cstring>

#include "fold/fold_one_pass.hpp"
#include "records/record_id.hpp"

namespace qbank::internal {
namespace {

// Appends code with all whitespace runs collapsed to single spaces, so layout changes do not change the id.
void append_normalized_code(const std::string& code, std::string& out) {
  const std::size_t start = out.size();
  bool space = false;
  for (char c : code) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = out.size() != start;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
}

// The two lowercase hex digits of every byte value, one pair after the other.
struct HexPairs {
  char digits[512];
  constexpr HexPairs() : digits() {
    constexpr char kHex[] = "0123456789abcdef";
    for (int b = 0; b < 256; ++b) digits[2 * b] = kHex[b >> 4], digits[2 * b + 1] = kHex[b & 0xF];
  }
};
constexpr HexPairs kHexPairs;

// Texts up to this long are folded into a buffer on the stack when computing ids.
constexpr std::size_t kStackFold = 1024;

// Writes the id of a hash ("q" and 16 hex digits) into id.
void write_id(XXH64_hash_t h, std::string& id) {
  id.resize(17);
  id[0] = 'q';
  for (int k = 0; k < 8; ++k) std::memcpy(&id[1 + 2 * k], &kHexPairs.digits[2 * ((h >> (56 - 8 * k)) & 0xFF)], 2);
}

}  // namespace

void compute_id_into(const Question& q, std::string& id) {
  bool code = q.code && !q.code->empty();
  if (!code && q.text.size() + 4 <= kStackFold) {  // The common case, without a shared buffer.
    char folded[kStackFold];
    std::size_t n = fold_simple(q.text, folded);
    if (n != std::string_view::npos) {
      write_id(XXH3_64bits(folded, n), id);
      return;
    }
  }
  thread_local std::string key;
  fold_into(q.text, key);
  if (code) {
    key += "\n\x1f\n";
    append_normalized_code(*q.code, key);
  }
  write_id(XXH3_64bits(key.data(), key.size()), id);
}

}  // namespace qbank::internal

namespace qbank {

std::string compute_id(const Question& q) {
  std::string id;
  internal::compute_id_into(q, id);
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

