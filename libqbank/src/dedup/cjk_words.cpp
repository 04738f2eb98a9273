// Words of Chinese, Japanese and Korean text as dedup compares them: function words cut out of Han runs,
// kana and Hangul split from Latin terms, Japanese particles and Korean endings set aside.
#include <array>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/utf8.hpp"
#include "dedup/features.hpp"
#include "fold/unicode.hpp"

namespace qbank::internal {
namespace {

// The scripts whose boundaries separate words inside one run of letters.
enum class Run : std::uint8_t { kNone, kLatin, kHan, kHiragana, kKatakana, kHangul };

// Returns the run class of a folded code point.
Run run_of(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ? Run::kLatin : Run::kNone;
  if (c >= 0x3041 && c <= 0x309F) return Run::kHiragana;
  if ((c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC || (c >= 0x31F0 && c <= 0x31FF)) return Run::kKatakana;
  if ((c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F)) return Run::kHangul;
  if (is_cjk_ideograph(c)) return Run::kHan;
  if (c < 0x250) return Run::kLatin;
  return Run::kNone;
}

// Chinese function words (and the structure words dedup reads: question words, comparison cues, definition
// verbs, directions) cut out of a Han run so that the words around them are compared on their own.
constexpr std::array<std::string_view, 54> kHanFunctionWords = {
    "的", "了", "是", "吗", "呢", "吧", "啊", "和", "与", "及", "或", "中", "在", "有", "请", "一下", "什么",
    "如何", "怎么", "怎样", "为什么", "哪些", "哪个", "哪里", "一个", "这个", "那个", "这些", "那些", "我们",
    "你们", "可以", "以及", "或者", "还是", "请问", "解释", "介绍", "说明", "描述", "区别", "差异", "不同",
    "之间", "转换为", "转换成", "转为", "什么时候", "不是", "没有", "是否", "有什么", "将", "把"};

// The longest Han function word, in code points.
constexpr std::size_t kLongestHanWord = 4;

// Korean particles and copula endings that follow a noun ("클로저란", "데드락을", "무엇인가요"), longest first.
constexpr std::array<std::string_view, 24> kHangulEndings = {
    "인가요", "입니까", "이에요", "이란", "에서", "에게", "으로", "이나", "인가", "이다", "예요", "란",
    "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도"};

// Japanese negative auxiliaries: a hiragana run holding one negates its verb.
constexpr std::array<std::string_view, 4> kKanaNegations = {"ない", "なく", "ません", "なかっ"};

// True when the text holds a code point of the CJK, kana or Hangul blocks (all encoded from 0xE1 on).
bool has_cjk_bytes(std::string_view s) {
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {  // Eight bytes at a time: a byte of 0xE0 or more has its top three bits set.
    std::uint64_t x;
    std::memcpy(&x, s.data() + i, 8);
    if (!(x & (x << 1) & (x << 2) & 0x8080808080808080ull)) continue;
    for (std::size_t k = i; k < i + 8; ++k)
      if (static_cast<unsigned char>(s[k]) >= 0xE1 && static_cast<unsigned char>(s[k]) <= 0xED) return true;
  }
  for (; i < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) >= 0xE1 && static_cast<unsigned char>(s[i]) <= 0xED) return true;
  return false;
}

// The Han function words as a set, with the code points they open with.
struct HanFunctionWords {
  static constexpr char32_t kFirst = 0x4E00, kLast = 0x9FFF;  // The unified ideographs the openings lie in.
  std::unordered_set<std::string_view> words{kHanFunctionWords.begin(), kHanFunctionWords.end()};
  std::vector<std::uint64_t> openings = std::vector<std::uint64_t>((kLast - kFirst) / 64 + 1, 0);
  HanFunctionWords() {
    for (auto w : kHanFunctionWords) {
      std::size_t i = 0;
      char32_t c = utf8::next(w, i) - kFirst;
      openings[c / 64] |= std::uint64_t{1} << (c % 64);
    }
  }
  // True when some function word opens with c.
  bool opens(char32_t c) const {
    return c >= kFirst && c <= kLast && (openings[(c - kFirst) / 64] >> ((c - kFirst) % 64) & 1);
  }
};

// The Han function words, built once.
const HanFunctionWords& han_function_words() {
  static const HanFunctionWords words;
  return words;
}

// Sets aside what a kana or Hangul word carries besides its stem: a Japanese hiragana run is a particle or an
// ending (a stop word) unless it asks a question or negates; a Korean word loses its particle, and is a stop
// word when it is nothing else.
void settle_word(Token& t) {
  if (t.symbol || t.text.empty()) return;
  std::size_t i = 0;
  Run run = run_of(utf8::next(t.text, i));
  if (run == Run::kHiragana) {
    for (auto neg : kKanaNegations)
      if (t.text.find(neg) != std::string::npos) {
        t.text = t.stem = "ない";
        t.stop = false;
        return;
      }
    t.stop = t.stop || word_info(t.text).form == 0;
    return;
  }
  if (run != Run::kHangul) return;
  if (word_info(t.text).form || word_info(t.text).comparison_cue) return;
  for (auto end : kHangulEndings) {
    if (t.text.size() < end.size() || t.text.compare(t.text.size() - end.size(), end.size(), end) != 0) continue;
    if (t.text.size() == end.size()) {
      t.stop = true;
      return;
    }
    t.text.resize(t.text.size() - end.size());
    t.stem = t.text;
    return;
  }
}

}  // namespace

std::vector<Token> dedup_tokens(std::string_view segment, std::string_view lang) {
  if (!has_cjk_bytes(segment)) return tokenize(segment, lang, Stemming::kNonAsciiContent);
  std::vector<Token> out;
  std::string piece;     // Text awaiting the tokenizer: everything between two cut-out words.
  std::size_t from = 0;  // Where the bytes not yet copied into piece begin.
  auto take = [&](std::size_t upto) {
    piece.append(segment.substr(from, upto - from));
    from = upto;
  };
  auto flush = [&] {
    if (piece.empty()) return;
    std::vector<Token> toks = tokenize(piece, lang, Stemming::kNonAsciiContent);
    std::size_t first = out.size();
    if (out.empty()) out = std::move(toks);
    else out.insert(out.end(), std::make_move_iterator(toks.begin()), std::make_move_iterator(toks.end()));
    for (std::size_t k = first; k < out.size(); ++k) settle_word(out[k]);
    piece.clear();
  };
  auto cut = [&](std::size_t start, std::size_t end, bool stop) {  // Emits segment[start, end) as one word.
    take(start);
    flush();
    std::string w(segment.substr(start, end - start));
    out.push_back(Token{w, w, stop, false});
    from = end;
  };
  const auto& words = han_function_words();
  Run previous = Run::kNone;
  for (std::size_t i = 0; i < segment.size();) {
    std::size_t start = i;
    char32_t c = utf8::next_inline(segment, i);
    Run run = run_of(c);
    if (run == Run::kHan && words.opens(c)) {  // The longest function word starting here, if any.
      std::size_t end = i, best = 0;
      for (std::size_t n = 1; n <= kLongestHanWord; ++n) {
        if (words.words.count(segment.substr(start, end - start))) best = end;
        std::size_t after = end;
        if (end == segment.size() || run_of(utf8::next_inline(segment, after)) != Run::kHan) break;
        end = after;
      }
      if (best) {
        WordInfo info = word_info(segment.substr(start, best - start));
        cut(start, best, !(info.form || info.comparison_cue || info.definition_verb || info.direction || info.negation));
        i = best;
        previous = Run::kNone;
        continue;
      }
    }
    if (run == Run::kHiragana) {  // A hiragana run is one word: a particle, an ending, a question word.
      std::size_t end = i;
      for (std::size_t after = end; end < segment.size() && run_of(utf8::next_inline(segment, after)) == Run::kHiragana;)
        end = after;
      cut(start, end, false);
      settle_word(out.back());
      i = end;
      previous = Run::kNone;
      continue;
    }
    // A change of script inside a run of letters ends a word ("rest란", "ciとは", "クロージャ" + "何").
    if (previous != Run::kNone && run != Run::kNone && run != previous) {
      take(start);
      piece.push_back(' ');
    }
    previous = run;
  }
  take(segment.size());
  flush();
  return out;
}

}  // namespace qbank::internal
