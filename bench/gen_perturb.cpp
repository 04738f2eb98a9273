// Meaning-preserving perturbations of a generated question.
#include "gen_perturb.hpp"

namespace qbank_bench {

// Applies one perturbation that keeps the meaning: case, punctuation, look-alikes, escapes, a context phrase.
std::string perturb(std::string s, const char* lang, std::mt19937_64& rng) {
  switch (rng() % 6) {
    case 0:
      for (char& c : s) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      return s;
    case 1:
      if (!s.empty() && (s.back() == '?' || s.back() == '.')) s.pop_back();
      else s += "?";
      return "  " + s + " ";
    case 2: {
      auto p = s.find(' ');
      if (p != std::string::npos) s.replace(p, 1, "\xC2\xA0");  // NBSP
      auto d = s.find('-');
      if (d != std::string::npos) s.replace(d, 1, "\xE2\x80\x91");  // U+2011
      auto o = s.find("\xD0\xBE");  // Cyrillic о -> Latin o
      if (o != std::string::npos) s.replace(o, 2, "o");
      return s;
    }
    case 3: {
      auto q = s.find_last_of("?.");
      if (q != std::string::npos && (s[q] == '?' || s[q] == '.')) s.insert(q, "\\");
      else s += " \\?";
      return s;
    }
    case 4: {
      std::string l = lang;
      bool q = !s.empty() && (s.back() == '?' || s.back() == '.');
      std::string tail = q ? std::string(1, s.back()) : "";
      if (q) s.pop_back();
      if (l == "en") return s + " in Python" + tail;
      if (l == "ru") return s + " в Python" + tail;
      if (l == "es") return s + " en Python" + tail;
      return s + " (Python)" + tail;
    }
    default:
      return s + " (Python)";
  }
}

}  // namespace qbank_bench
