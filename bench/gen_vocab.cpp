// Templates and terms for the synthetic corpus.
#include "gen_vocab.hpp"

namespace qbank_bench {

const std::vector<Template>& templates() {
  static const std::vector<Template> t = {
      {"en", "What is {0}?", 1, false},
      {"en", "What is the difference between {0} and {1}?", 2, false},
      {"en", "How to use {0} with {1}?", 2, false},
      {"en", "Convert {0} to {1}.", 2, true},
      {"en", "Explain how {0} works internally.", 1, false},
      {"en", "When should you prefer {0} over {1}?", 2, true},
      {"en", "Why is {0} slow and how to speed it up?", 1, false},
      {"ru", "Что такое {0}", 1, false},
      {"ru", "В чем разница между {0} и {1}", 2, false},
      {"ru", "Как работает {0} внутри", 1, false},
      {"ru", "Зачем нужен {0}", 1, false},
      {"ru", "Как преобразовать {0} в {1}", 2, true},
      {"es", "¿Qué es {0}?", 1, false},
      {"es", "¿Cuál es la diferencia entre {0} y {1}?", 2, false},
      {"es", "¿Cómo funciona {0} por dentro?", 1, false},
      {"zh", "什么是{0}？", 1, false},
      {"zh", "{0}和{1}有什么区别？", 2, false},
      {"zh", "如何使用{0}？", 1, false},
  };
  return t;
}

const std::vector<std::string>& base_terms() {
  static const std::vector<std::string> t = {
      "GIL", "MRO", "TCP", "TCP/IP", "UDP", "HTTP", "REST", "GraphQL", "Django", "Django ORM", "Flask", "asyncio",
      "gevent", "polling", "long polling", "map", "zip", "filter", "reduce", "closure", "decorator", "generator",
      "iterator", "metaclass", "descriptor", "slots", "list", "tuple", "dict", "set", "frozenset", "deque",
      "heapq", "bisect", "namedtuple", "dataclass", "property", "staticmethod", "classmethod", "super", "lambda",
      "pickle", "json", "yaml", "Redis", "MySQL", "PostgreSQL", "MongoDB", "Docker", "Docker image", "Kubernetes",
      "git", "git push", "git rebase", "nginx", "Apache", "Linux", "bash", "cron", "systemd", "SSL", "TLS", "OAuth",
      "JWT", "CORS", "CSRF", "XSS", "SQL injection", "index", "transaction", "ACID", "JOIN", "SELF JOIN", "HAVING",
      "GROUP BY", "binary", "decimal", "hexadecimal", "string", "bytes", "unicode", "UTF-8", "regex", "mock",
      "pytest", "unittest", "coverage", "CI", "CD", "WSGI", "ASGI", "uvicorn", "gunicorn", "celery", "RabbitMQ",
      "Kafka", "thread", "process", "coroutine", "event loop", "future", "promise", "callback", "mutex", "semaphore"};
  return t;
}

std::string term(std::uint64_t i) {
  const auto& base = base_terms();
  if (i < base.size()) return base[i];
  static const char* const kOnset[] = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
                                       "br", "dr", "gr", "kl", "pl", "st", "tr", "sk", "sp", "fl"};
  static const char* const kVowel[] = {"a", "e", "i", "o", "u", "ai", "ou", "io"};
  std::string out;
  std::uint64_t x = i - base.size() + 1;
  int syllables = 0;
  while (x > 0 || syllables < 2) {
    out += kOnset[x % 24];
    x /= 24;
    out += kVowel[x % 8];
    x /= 8;
    ++syllables;
  }
  // Two check syllables derived from the whole index keep distinct terms (almost always) two edits apart.
  std::uint64_t h = i * 0x9E3779B97F4A7C15ull;
  out += kOnset[(h >> 40) % 24];
  out += kVowel[(h >> 50) % 8];
  out += kOnset[(h >> 20) % 24];
  out += kVowel[(h >> 30) % 8];
  out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

}  // namespace qbank_bench
