// Code-likeness of a line: keywords, assignments, calls, prompts, braces and symbol density.
#include <array>
#include <cctype>
#include <cstdint>

#include "normalize/text/lines.hpp"

namespace qbank::internal::txt {
namespace {

// Keywords that start a line of code whatever follows them (case-sensitive).
constexpr std::array<std::string_view, 34> kStrongKeywords = {
    "def", "return", "yield", "elif", "lambda", "pass", "raise", "assert", "del", "nonlocal", "var",
    "let", "const", "function", "SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "DROP", "ALTER",
    "select", "insert", "public", "private", "static", "void", "package", "func", "fn", "#include",
    "#define", "console.log", "await"};

// Keywords that start code only when the line also ends with ':' or holds '(' or '{'.
constexpr std::array<std::string_view, 13> kWeakKeywords = {
    "class", "if", "for", "while", "with", "try", "except", "finally", "else", "async", "import", "from",
    "print"};

// True for a character that may appear in a callee or assignment target ("a[1].b", "v['k']").
bool target_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '[' || c == ']' ||
         c == '\'' || c == '"' || c == '$';
}

// Returns the first space-delimited token (up to '(' or ':' too).
std::string_view first_token(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && s[i] != ' ' && s[i] != '(' && s[i] != ':' && s[i] != '\t') ++i;
  return s.substr(0, i);
}

// True for "target = value" (not "==") at the start of the line.
bool is_assignment(std::string_view s) {
  if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_' || s[0] == '$'))
    return false;
  std::size_t i = 0;
  while (i < s.size() && target_char(s[i])) ++i;
  while (i < s.size() && s[i] == ' ') ++i;
  if (i < s.size() && std::string_view("+-*/%|&:").find(s[i]) != std::string_view::npos) ++i;
  return i + 1 < s.size() && s[i] == '=' && s[i + 1] != '=';
}

// True for "callee(args)" filling the whole line, with an optional ';'.
bool is_call(std::string_view s) {
  if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
  std::size_t i = 0;
  while (i < s.size() && target_char(s[i])) ++i;
  std::size_t name_end = i;
  while (i < s.size() && s[i] == ' ') ++i;
  if (i >= s.size() || s[i] != '(' || i - name_end > 1) return false;
  char last = s.back() == ';' ? s[s.size() - 2] : s.back();
  return last == ')' || (s.find(").") != std::string_view::npos && last != '.');
}

// For each byte, what symbol_ratio counts: 1 for a code symbol, 1 << 32 for a space, 0 for any other byte.
struct SymbolTable {
  std::uint64_t weight[256] = {};
  SymbolTable() {
    for (char c : std::string_view("=(){}[];<>+*/%&|!^~")) weight[static_cast<unsigned char>(c)] = 1;
    weight[static_cast<unsigned char>(' ')] = std::uint64_t{1} << 32;
  }
};

// Share of characters that are code symbols (spaces not counted).
double symbol_ratio(std::string_view s) {
  static const SymbolTable table;
  std::uint64_t sum = 0;  // Symbols in the low half, spaces in the high half.
  for (char c : s) sum += table.weight[static_cast<unsigned char>(c)];
  auto sym = static_cast<int>(sum & 0xFFFFFFFFu);
  int total = static_cast<int>(s.size()) - static_cast<int>(sum >> 32);
  return total ? static_cast<double>(sym) / total : 0.0;
}

}  // namespace

bool looks_like_code(std::string_view line) {
  std::string_view s = trim(line);
  if (s.empty()) return false;
  if (s.substr(0, 3) == ">>>" || s.substr(0, 2) == "$ " || s.substr(0, 2) == "//" ||
      s.substr(0, 2) == "/*" || s.substr(0, 2) == "*/")
    return true;
  char f = s[0];
  if (f == '{' || f == '}' || f == '[' || f == ']' || f == ')' || f == '(') return symbol_ratio(s) > 0.05;
  if (f == '<' && s.size() > 1 && (std::isalpha(static_cast<unsigned char>(s[1])) || s[1] == '/')) return true;
  if (f == '@' && s.size() > 1 && std::isalpha(static_cast<unsigned char>(s[1])) &&
      s.find(' ') == std::string_view::npos)
    return true;
  char l = s.back();
  if (l == '.' && s.size() > 40 && symbol_ratio(s) < 0.1 && s.substr(s.size() - 3) != "...") return false;
  if (l == ';' || l == '{' || l == '}') return true;
  std::string_view tok = first_token(s);
  auto same = [&](std::string_view k) { return tok.size() == k.size() && tok[0] == k[0] && tok == k; };
  for (auto k : kStrongKeywords)
    if (same(k) && (s.size() == tok.size() || s[tok.size()] != ' ' || s.find('?') == std::string_view::npos))
      return true;
  for (auto k : kWeakKeywords) {
    if (!same(k) || s.back() == '?' || s.back() == '.') continue;
    if (k == "import") return s.size() > 7 && std::isalpha(static_cast<unsigned char>(s[7]));
    if (k == "from") return s.find(" import ") != std::string_view::npos;
    if (l == ':' || s.find('(') != std::string_view::npos || s.find('{') != std::string_view::npos) return true;
  }
  if (is_assignment(s) || is_call(s)) return true;
  return s.size() > 3 && symbol_ratio(s) > 0.3;
}

}  // namespace qbank::internal::txt
