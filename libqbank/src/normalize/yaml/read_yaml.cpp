// The YAML reader (libfyaml). Every mapping that holds a question field ("question", "frage", "вопрос", … as for
// JSON keys) is a question; its other fields are read by the same names (answer, choices such as
// "propositions", topic, code, tags, lang). The topic of a question without a topic field is the nearest
// enclosing mapping key that is not a field name or a language code ("débutant" in quizz → fr → débutant →
// [items]); a language-code key on the path ("fr", "en") is the language hint. The line is the question key's
// line. Lines outside every question are rejected as "heading" (a key that opens a block) or "metadata".
#include <libfyaml.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "normalize/field_map.hpp"
#include "normalize/question_cues.hpp"
#include "normalize/reader.hpp"

namespace qbank::internal {
namespace {

// The longest raw source kept for one question.
constexpr std::size_t kMaxRaw = 4000;

// The scalar text of a node ("" for collections and null).
std::string scalar_of(fy_node* n) {
  if (!n || fy_node_get_type(n) != FYNT_SCALAR) return "";
  std::size_t len = 0;
  const char* s = fy_node_get_scalar(n, &len);
  return s ? std::string(s, len) : std::string();
}

// The 1-based line where a node starts (0 when unknown).
std::int64_t line_of(fy_node* n) {
  if (!n) return 0;
  if (fy_token* t = fy_node_get_scalar_token(n))
    if (const fy_mark* m = fy_token_start_mark(t)) return m->line + 1;
  return 0;
}

// The range of 1-based lines a subtree's scalars cover.
void span_of(fy_node* n, std::int64_t& first, std::int64_t& last) {
  if (!n) return;
  switch (fy_node_get_type(n)) {
    case FYNT_SCALAR: {
      fy_token* t = fy_node_get_scalar_token(n);
      if (!t) return;
      const fy_mark* a = fy_token_start_mark(t);
      const fy_mark* b = fy_token_end_mark(t);
      if (a) first = first == 0 ? a->line + 1 : std::min<std::int64_t>(first, a->line + 1);
      if (b) last = std::max<std::int64_t>(last, b->line + 1 - (b->column == 0 ? 1 : 0));
      return;
    }
    case FYNT_SEQUENCE: {
      void* it = nullptr;
      while (fy_node* c = fy_node_sequence_iterate(n, &it)) span_of(c, first, last);
      return;
    }
    case FYNT_MAPPING: {
      void* it = nullptr;
      while (fy_node_pair* p = fy_node_mapping_iterate(n, &it)) {
        span_of(fy_node_pair_key(p), first, last);
        span_of(fy_node_pair_value(p), first, last);
      }
      return;
    }
  }
}

// True when a key is a two-letter lower-case language code ("fr", "en").
bool language_key(std::string_view k) {
  return k.size() == 2 && std::islower(static_cast<unsigned char>(k[0])) &&
         std::islower(static_cast<unsigned char>(k[1]));
}

// The items of a sequence or the text of a scalar, as a list of strings.
std::vector<std::string> strings_of(fy_node* n) {
  std::vector<std::string> out;
  if (!n) return out;
  if (fy_node_get_type(n) == FYNT_SEQUENCE) {
    void* it = nullptr;
    while (fy_node* c = fy_node_sequence_iterate(n, &it))
      if (std::string s = std::string(trim(scalar_of(c))); !s.empty()) out.push_back(std::move(s));
  } else if (std::string s = std::string(trim(scalar_of(n))); !s.empty()) {
    out.push_back(std::move(s));
  }
  return out;
}

// Walks the document, turning question mappings into items.
class YamlWalker {
 public:
  YamlWalker(std::string_view text, const NormalizeOptions& options, ReaderOutput& out)
      : text_(text), options_(options), out_(out) {}

  // Reads the subtree at n under the given topic and language hint.
  void walk(fy_node* n, const std::string& topic, const std::string& lang) {
    if (!n) return;
    if (fy_node_get_type(n) == FYNT_SEQUENCE) {
      void* it = nullptr;
      while (fy_node* c = fy_node_sequence_iterate(n, &it)) walk(c, topic, lang);
      return;
    }
    if (fy_node_get_type(n) != FYNT_MAPPING) return;
    if (question(n, topic, lang)) return;
    std::string here = section_label(n).value_or(topic);
    void* it = nullptr;
    while (fy_node_pair* p = fy_node_mapping_iterate(n, &it)) {
      fy_node* v = fy_node_pair_value(p);
      if (!v || fy_node_get_type(v) == FYNT_SCALAR) continue;
      std::string key = std::string(trim(scalar_of(fy_node_pair_key(p))));
      bool field = field_for_name(key).has_value() || is_collection_name(key);
      if (language_key(key)) walk(v, here, key);
      else walk(v, field || key.empty() ? here : key, lang);
    }
  }

  // The section a mapping's scalar label names ("name: Containers" beside "faqs: [...]"), a topic field
  // before any other label; nullopt when it has none.
  static std::optional<std::string> section_label(fy_node* n) {
    std::optional<std::string> label;
    void* it = nullptr;
    while (fy_node_pair* p = fy_node_mapping_iterate(n, &it)) {
      std::string key = scalar_of(fy_node_pair_key(p));
      if (!is_section_label_name(key)) continue;
      std::string v(trim(scalar_of(fy_node_pair_value(p))));
      if (v.empty()) continue;
      auto f = field_for_name(key);
      if (f && f->first == Field::kTopic) return v;
      if (!label) label = std::move(v);
    }
    return label;
  }

  // The prose body beside a title ("content", "body", "details", "description"), null when there is none.
  static fy_node* body_of(fy_node* n) {
    void* it = nullptr;
    while (fy_node_pair* p = fy_node_mapping_iterate(n, &it)) {
      std::string key = name_key(scalar_of(fy_node_pair_key(p)));
      if (key == "content" || key == "body" || key == "details" || key == "description")
        if (fy_node* v = fy_node_pair_value(p); !trim(scalar_of(v)).empty()) return v;
    }
    return nullptr;
  }

  // The lines every question covers.
  const std::vector<std::pair<std::int64_t, std::int64_t>>& used() const { return used_; }

 private:
  // Reads a mapping with a question field as an item; returns false when it has none.
  bool question(fy_node* n, const std::string& topic, const std::string& lang) {
    fy_node* fields[kFieldCount] = {};
    fy_node* text_key = nullptr;
    int ranks[kFieldCount];
    std::fill(std::begin(ranks), std::end(ranks), 99);
    void* it = nullptr;
    while (fy_node_pair* p = fy_node_mapping_iterate(n, &it)) {
      std::string key = scalar_of(fy_node_pair_key(p));
      auto f = field_for_name(key);
      if (!f) continue;
      auto slot = static_cast<std::size_t>(f->first);
      if (f->second >= ranks[slot]) continue;
      ranks[slot] = f->second;
      fields[slot] = fy_node_pair_value(p);
      if (f->first == Field::kText) text_key = fy_node_pair_key(p);
    }
    fy_node* q = fields[static_cast<std::size_t>(Field::kText)];
    std::string text = std::string(trim(scalar_of(q)));
    fy_node*& answer = fields[static_cast<std::size_t>(Field::kAnswer)];
    if (!answer && ranks[static_cast<std::size_t>(Field::kText)] > 1) answer = body_of(n);  // title + content
    if (text.empty() || (ranks[static_cast<std::size_t>(Field::kText)] > 1 && !answer)) return false;
    RawItem& item = out_.items.emplace_back();
    item.line = line_of(text_key);
    std::int64_t first = 0, last = 0;
    span_of(n, first, last);
    used_.emplace_back(first, last);
    item.raw = shorten(lines(item.line, item.line), kMaxRaw);  // The question's own line, as other readers keep.
    item.text = strip_question_label(text);
    auto get = [&](Field f) { return std::string(trim(scalar_of(fields[static_cast<std::size_t>(f)]))); };
    item.choices = strings_of(fields[static_cast<std::size_t>(Field::kChoices)]);
    std::vector<std::string> answers = strings_of(fields[static_cast<std::size_t>(Field::kAnswer)]);
    if (!answers.empty()) {
      std::string a = answers[0];
      for (std::size_t i = 1; i < answers.size(); ++i) a += "\n" + answers[i];
      item.answer = std::move(a);
    }
    if (std::string c = get(Field::kCode); !c.empty()) item.code = std::move(c);
    std::string question = item.text;
    if (move_fenced_code(question, item.code)) item.text = std::move(question);
    if (std::string t = get(Field::kTopic); !t.empty()) item.topic = std::move(t);
    else if (!topic.empty()) item.topic = topic;
    if (fy_node* t = fields[static_cast<std::size_t>(Field::kTags)])
      for (const auto& s : strings_of(t)) add_tag(item.tags, s);
    item.lang_hint = get(Field::kLang);
    if (item.lang_hint.empty()) item.lang_hint = lang;
    (void)options_;
    return true;
  }

  // The source lines first..last joined (questions come in document order: the search goes on from the
  // previous one).
  std::string lines(std::int64_t first, std::int64_t last) {
    if (first <= 0) return "";
    if (first < cursor_line_) cursor_line_ = 1, cursor_pos_ = 0;
    std::size_t pos = cursor_pos_;
    for (std::int64_t l = cursor_line_; l < first && pos < text_.size(); ++l)
      pos = std::min(text_.find('\n', pos), text_.size()) + 1;
    cursor_line_ = first;
    cursor_pos_ = pos;
    std::size_t end = pos;
    for (std::int64_t l = first; l <= last && end < text_.size(); ++l)
      end = std::min(text_.find('\n', end), text_.size()) + 1;
    std::string out(trim(text_.substr(std::min(pos, text_.size()), end - std::min(pos, end))));
    out.erase(std::remove(out.begin(), out.end(), '\r'), out.end());
    return out;
  }

  std::string_view text_;                                   // The whole input.
  std::int64_t cursor_line_ = 1;                            // A line lines() found last …
  std::size_t cursor_pos_ = 0;                              // … and the byte where it starts.
  const NormalizeOptions& options_;                         // The caller's options.
  ReaderOutput& out_;                                       // Where items go.
  std::vector<std::pair<std::int64_t, std::int64_t>> used_;  // Lines covered by questions.
};

// Deletes a libfyaml diagnostics object.
struct DiagDeleter {
  void operator()(fy_diag* d) const { fy_diag_destroy(d); }
};

// Deletes a libfyaml parser.
struct ParserDeleter {
  void operator()(fy_parser* p) const { fy_parser_destroy(p); }
};

// The data error for a YAML stream that does not parse: the first message's line ("<input>:3:1: error: did
// not find expected node content") and text.
Status yaml_error(const std::string& file, std::string_view messages) {
  std::size_t at = messages.find(": error: ");
  if (at == std::string_view::npos) return Status::DataError(file + ": invalid YAML");
  std::size_t eol = std::min(messages.find('\n', at), messages.size());
  std::string what(trim(messages.substr(at + 9, eol - at - 9)));
  std::string_view head = messages.substr(0, at);  // "<input>:LINE:COLUMN"
  std::size_t c2 = head.rfind(':');
  std::size_t c1 = c2 == std::string_view::npos || c2 == 0 ? std::string_view::npos : head.rfind(':', c2 - 1);
  std::string line = c1 == std::string_view::npos ? "" : std::string(head.substr(c1 + 1, c2 - c1 - 1));
  bool digits = !line.empty() && line.find_first_not_of("0123456789") == std::string::npos;
  return Status::DataError(file + (digits ? ":" + line : std::string()) + ": invalid YAML: " + what);
}

}  // namespace

Status read_yaml(std::string_view text, const NormalizeOptions& options, ReaderOutput& out) {
  // Parse messages are kept (not printed) so that the first error can name its line.
  std::string messages;
  fy_diag_cfg dc;
  fy_diag_cfg_default(&dc);
  dc.fp = nullptr;
  dc.colorize = false;
  dc.user = &messages;
  dc.output_fn = [](fy_diag*, void* user, const char* buf, std::size_t len) {
    auto* m = static_cast<std::string*>(user);
    if (m->size() < 4096) m->append(buf, len);
  };
  std::unique_ptr<fy_diag, DiagDeleter> diag(fy_diag_create(&dc));
  if (!diag) return Status::Internal("out of memory creating the YAML diagnostics");
  fy_parse_cfg cfg{};
  cfg.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_COLLECT_DIAG | FYPCF_DEFAULT_VERSION_AUTO);
  cfg.diag = diag.get();
  std::unique_ptr<fy_parser, ParserDeleter> parser(fy_parser_create(&cfg));
  if (!parser || fy_parser_set_string(parser.get(), text.data(), text.size()) != 0)
    return Status::Internal("out of memory creating the YAML parser");
  YamlWalker walker(text, options, out);
  // Every document of the stream ("---" separated) is read.
  while (fy_document* doc = fy_parse_load_document(parser.get())) {
    walker.walk(fy_document_root(doc), "", "");
    fy_parse_document_destroy(parser.get(), doc);
  }
  if (fy_parser_get_stream_error(parser.get())) return yaml_error(options.file, messages);
  // Every line outside a question is rejected: a key that opens a block is a heading, anything else metadata.
  std::vector<std::pair<std::int64_t, std::int64_t>> used = walker.used();
  std::sort(used.begin(), used.end());
  std::size_t u = 0;
  std::int64_t line = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t end = std::min(text.find('\n', pos), text.size());
    std::string_view l = trim(text.substr(pos, end - pos));
    pos = end + 1;
    ++line;
    while (u < used.size() && used[u].second < line) ++u;
    if (l.empty() || (u < used.size() && used[u].first <= line)) continue;
    if (l == "---" || l == "...") continue;
    bool opens = l.back() == ':';
    out.rejected.push_back({line, std::string(l), opens ? "heading" : "metadata"});
  }
  return Status::Ok();
}

}  // namespace qbank::internal
