// Stemming: Snowball stemmers per thread, and a light suffix stripper for languages Snowball lacks
// (Ukrainian), driven by the [suffixes] section of the language's data file.
#include <libstemmer.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lang/lang_internal.hpp"
#include "tokenize/tokenize_internal.hpp"

namespace qbank::internal {
namespace {

// The fewest code points a light stemmer leaves in a stem.
constexpr std::size_t kMinLightStem = 3;

// Deletes a Snowball stemmer.
struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

// One thread's stemmer for one language (null when Snowball has none).
struct CachedStemmer {
  std::string lang;
  std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer;
};

// Returns this thread's Snowball stemmer for a language, or nullptr; stemmers are not thread-safe.
sb_stemmer* thread_stemmer(std::string_view lang) {
  thread_local std::vector<CachedStemmer> cache;
  for (auto& c : cache)
    if (c.lang == lang) return c.stemmer.get();
  std::string code(lang);
  sb_stemmer* s = code.size() == 2 ? sb_stemmer_new(code.c_str(), "UTF_8") : nullptr;
  cache.push_back({code, std::unique_ptr<sb_stemmer, StemmerDeleter>(s)});
  return s;
}

// Counts the code points of UTF-8 bytes.
std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Strips the longest listed suffix that leaves a stem of at least kMinLightStem code points.
std::string light_stem(std::string_view word, const std::vector<std::string>& suffixes) {
  for (const auto& suf : suffixes) {
    if (suf.size() >= word.size() || word.substr(word.size() - suf.size()) != suf) continue;
    std::string_view rest = word.substr(0, word.size() - suf.size());
    if (code_points(rest) >= kMinLightStem) return std::string(rest);
  }
  return std::string(word);
}

// Hashes strings and string views alike, so the memo is searched without building a key string.
struct ViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// One thread's memo of recent stems, keyed by the language's length, the language and the word: words recur
// throughout a bank, and a lookup costs far less than a Snowball run.
class StemMemo {
 public:
  // Returns the remembered stem of word in lang, or nullptr.
  const std::string* find(std::string_view word, std::string_view lang) {
    key_.assign(1, static_cast<char>(lang.size())).append(lang).append(word);
    auto it = map_.find(std::string_view(key_));
    return it == map_.end() ? nullptr : &it->second;
  }
  // Remembers the stem of the word passed to the last find(); forgets everything when full.
  void put(std::string stem) {
    if (map_.size() >= kCapacity) map_.clear();
    map_.emplace(key_, std::move(stem));
  }

 private:
  static constexpr std::size_t kCapacity = std::size_t{1} << 16;
  std::string key_;
  std::unordered_map<std::string, std::string, ViewHash, std::equal_to<>> map_;
};

// Stems a word without the memo.
std::string stem_uncached(std::string_view word, std::string_view lang) {
  if (sb_stemmer* s = thread_stemmer(lang)) {
    const sb_symbol* out =
        sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    if (out == nullptr) return std::string(word);
    return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(s)));
  }
  const LanguageProfile* p = find_profile(lang);
  if (p != nullptr && !p->suffixes.empty()) return light_stem(word, p->suffixes);
  return std::string(word);
}

}  // namespace

std::string stem(std::string_view word, std::string_view lang) {
  if (word.empty() || word.size() > 64) return std::string(word);
  if (lang.size() > 0xFF) return internal::stem_uncached(word, lang);
  thread_local internal::StemMemo memo;
  if (const std::string* hit = memo.find(word, lang)) return *hit;
  std::string s = internal::stem_uncached(word, lang);
  memo.put(s);
  return s;
}

bool has_stemmer(std::string_view lang) {
  if (internal::thread_stemmer(lang) != nullptr) return true;
  const internal::LanguageProfile* p = internal::find_profile(lang);
  return p != nullptr && !p->suffixes.empty();
}

}  // namespace qbank::internal

