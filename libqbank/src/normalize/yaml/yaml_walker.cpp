// The YAML walk. Every mapping that holds a question field ("question", "frage", "вопрос", … as for JSON keys)
// is a question; its other fields are read by the same names (answer, choices such as "propositions", topic,
// code, tags, lang). The topic of a question without a topic field is the nearest enclosing mapping key that is
// not a field name or a language code ("débutant" in quizz → fr → débutant → [items]); a language-code key on
// the path ("fr", "en") is the language hint. The line is the question key's line.
#include "normalize/yaml/yaml_walker.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "normalize/choice_reference.hpp"
#include "normalize/field_map.hpp"
#include "normalize/question_cues.hpp"

namespace qbank::internal::yaml {
namespace {

using Kind = Event::Kind;

// The longest raw source kept for one question.
constexpr std::size_t kMaxRaw = 4000;

// The scalar text of a node ("" for collections and null).
std::string_view scalar_of(const Node* n) {
  return n && n->kind == Kind::kScalar ? std::string_view(n->text) : std::string_view();
}

// The range of lines a subtree's scalars cover.
void span_of(const Node& n, std::int64_t& first, std::int64_t& last) {
  if (n.kind == Kind::kScalar) {
    if (n.line == 0) return;
    first = first == 0 ? n.line : std::min(first, n.line);
    last = std::max(last, n.last);
    return;
  }
  for (const Node& c : n.children) span_of(c, first, last);
}

// True when a key is a two-letter lower-case language code ("fr", "en").
bool language_key(std::string_view k) {
  return k.size() == 2 && std::islower(static_cast<unsigned char>(k[0])) &&
         std::islower(static_cast<unsigned char>(k[1]));
}

// The items of a sequence or the text of a scalar, as a list of strings.
std::vector<std::string> strings_of(const Node* n) {
  std::vector<std::string> out;
  if (!n) return out;
  if (n->kind == Kind::kSequenceStart) {
    for (const Node& c : n->children)
      if (std::string s(trim(scalar_of(&c))); !s.empty()) out.push_back(std::move(s));
  } else if (std::string s(trim(scalar_of(n))); !s.empty()) {
    out.push_back(std::move(s));
  }
  return out;
}

// The texts under a node in document order: a scalar's text, a sequence's items, a mapping's values (not its
// keys), nested collections flattened; how an answer given as a mapping ("text:", "why:") keeps all its text.
void texts_under(const Node* n, std::vector<std::string>& out) {
  if (!n) return;
  if (n->kind == Kind::kSequenceStart) {
    for (const Node& c : n->children) texts_under(&c, out);
  } else if (n->kind == Kind::kMappingStart) {
    for (std::size_t i = 1; i < n->children.size(); i += 2) texts_under(&n->children[i], out);
  } else if (std::string s(trim(scalar_of(n))); !s.empty()) {
    out.push_back(std::move(s));
  }
}

// The section a mapping's scalar label names ("name: Containers" beside "faqs: [...]"), a topic field before
// any other label; nullopt when it has none. Only complete pairs count.
std::optional<std::string> section_label(const Node& n) {
  std::optional<std::string> label;
  for (std::size_t i = 0; i + 1 < n.children.size(); i += 2) {
    std::string_view key = scalar_of(&n.children[i]);
    if (!is_section_label_name(key)) continue;
    std::string v(trim(scalar_of(&n.children[i + 1])));
    if (v.empty()) continue;
    auto f = field_for_name(key);
    if (f && f->first == Field::kTopic) return v;
    if (!label) label = std::move(v);
  }
  return label;
}

// The prose body beside a title ("content", "body", "details", "description"), null when there is none.
const Node* body_of(const Node& n) {
  for (std::size_t i = 0; i + 1 < n.children.size(); i += 2) {
    std::string key = name_key(scalar_of(&n.children[i]));
    if (key == "content" || key == "body" || key == "details" || key == "description")
      if (const Node* v = &n.children[i + 1]; !trim(scalar_of(v)).empty()) return v;
  }
  return nullptr;
}

// The fields of a mapping found by key name, the best-ranked key of each.
struct Fields {
  const Node* value[kFieldCount] = {};  // The value of each field's key (null when absent).
  const Node* text_key = nullptr;       // The key of the question text.
  int rank[kFieldCount];                // Each field's key rank (99 when absent).
};

// Finds a mapping's fields among its complete pairs; name_of tells what a key names (a KeyName).
template <typename NameOf>
Fields fields_of(const Node& n, NameOf&& name_of) {
  Fields f;
  std::fill(std::begin(f.rank), std::end(f.rank), 99);
  for (std::size_t i = 0; i + 1 < n.children.size(); i += 2) {
    const Node& k = n.children[i];
    if (k.kind != Kind::kScalar) continue;
    const auto& m = name_of(k.text).field;
    if (!m) continue;
    auto slot = static_cast<std::size_t>(m->first);
    if (m->second >= f.rank[slot]) continue;
    f.rank[slot] = m->second;
    f.value[slot] = &n.children[i + 1];
    if (m->first == Field::kText) f.text_key = &n.children[i];
  }
  auto text = static_cast<std::size_t>(Field::kText);
  auto answer = static_cast<std::size_t>(Field::kAnswer);
  if (!f.value[answer] && f.rank[text] > 1) f.value[answer] = body_of(n);  // title + content
  return f;
}

// True when fields make a question: a question text, and an answer unless the text key is a strong one.
bool is_question(const Fields& f) {
  auto text = static_cast<std::size_t>(Field::kText);
  if (trim(scalar_of(f.value[text])).empty()) return false;
  return f.rank[text] <= 1 || f.value[static_cast<std::size_t>(Field::kAnswer)];
}

// The topic and language hint a mapping's value under key inherits from a mapping read under here and lang.
// Keys name topics unless key_topics is false (element names of an XML schema).
std::pair<std::string, std::string> child_context(const std::string& key, const std::string& here,
                                                  const std::string& lang, bool key_topics) {
  if (language_key(key)) return {here, key};
  bool field = field_for_name(key).has_value() || is_collection_name(key);
  return {field || key.empty() || !key_topics ? here : key, lang};
}

}  // namespace

void Walker::set_source(std::string_view text, std::int64_t first_line) {
  if (first_line != source_line_) cursor_line_ = first_line, cursor_pos_ = 0;
  source_ = text;
  source_line_ = first_line;
}

std::string Walker::source_line(std::int64_t line) {
  if (line < source_line_) return "";
  if (line < cursor_line_) cursor_line_ = source_line_, cursor_pos_ = 0;
  std::size_t pos = cursor_pos_;
  for (std::int64_t l = cursor_line_; l < line && pos < source_.size(); ++l)
    pos = std::min(source_.find('\n', pos), source_.size()) + 1;
  cursor_line_ = line;
  cursor_pos_ = pos;
  pos = std::min(pos, source_.size());
  std::size_t end = std::min(source_.find('\n', pos), source_.size());
  std::string out(trim(source_.substr(pos, end - pos)));
  out.erase(std::remove(out.begin(), out.end(), '\r'), out.end());
  return out;
}

bool Walker::question(const Node& n, const std::string& topic, const std::string& lang) {
  Fields f = fields_of(n, [this](const std::string& k) -> const KeyName& { return key_name(k); });
  if (!is_question(f)) return false;
  auto value = [&](Field field) { return f.value[static_cast<std::size_t>(field)]; };
  RawItem& item = out_.items.emplace_back();
  item.line = f.text_key ? f.text_key->line : 0;
  std::int64_t first = 0, last = 0;
  span_of(n, first, last);
  used_.emplace_back(first, last);
  item.raw = item.line > 0 ? shorten(source_line(item.line), kMaxRaw) : std::string();  // The question's own line.
  item.text = strip_question_label(trim(scalar_of(value(Field::kText))));
  auto get = [&](Field field) { return std::string(trim(scalar_of(value(field)))); };
  item.choices = strings_of(value(Field::kChoices));
  std::vector<std::string> answers;
  texts_under(value(Field::kAnswer), answers);
  if (!answers.empty()) {
    std::string a = answers[0];
    for (std::size_t i = 1; i < answers.size(); ++i) a += "\n" + answers[i];
    item.answer = answers.size() == 1 ? choice_at(item.choices, a).value_or(std::move(a)) : std::move(a);
  }
  if (std::string c = get(Field::kCode); !c.empty()) item.code = std::move(c);
  std::string text = item.text;
  if (move_fenced_code(text, item.code)) item.text = std::move(text);
  if (std::string t = get(Field::kTopic); !t.empty()) item.topic = std::move(t);
  else if (!topic.empty()) item.topic = topic;
  if (const Node* t = value(Field::kTags))
    for (const auto& s : strings_of(t)) add_tag(item.tags, s);
  item.lang_hint = get(Field::kLang);
  if (item.lang_hint.empty()) item.lang_hint = lang;
  return true;
}

void Walker::walk(Node& n, const std::string& topic, const std::string& lang) {
  if (n.kind == Kind::kSequenceStart)
    for (Node& c : n.children) walk(c, topic, lang);
  else if (n.kind == Kind::kMappingStart)
    walk_mapping(n, topic, lang);
}

void Walker::walk_mapping(Node& n, const std::string& topic, const std::string& lang) {
  if (question(n, topic, lang)) return;
  std::string here = section_label(n).value_or(topic);
  for (std::size_t i = 0; i + 1 < n.children.size(); i += 2) {
    Node& v = n.children[i + 1];
    if (v.kind == Kind::kScalar) continue;
    auto [t, l] = child_context(std::string(trim(scalar_of(&n.children[i]))), here, lang, key_topics_);
    walk(v, t, l);
  }
}

void Walker::open(Event&& e, std::string topic, std::string lang) {
  if (e.kind == Kind::kSequenceStart) {
    Frame& f = frames_.emplace_back();
    f.column = e.column;
    f.block = e.block;
    f.topic = std::move(topic);
    f.lang = std::move(lang);
    return;
  }
  holding_ = true;
  held_ = Node{Kind::kMappingStart, {}, 0, 0, e.column, e.pos, e.block, {}};
  held_topic_ = std::move(topic);
  held_lang_ = std::move(lang);
  path_.assign(1, &held_);
  path_keys_.assign(1, {});
}

void Walker::value_done() {
  if (!frames_.empty() && frames_.back().mapping) frames_.back().want_value = false;
}

void Walker::build(Event&& e) {
  Node* top = path_.back();
  bool key = top->kind == Kind::kMappingStart && top->children.size() % 2 == 0;
  switch (e.kind) {
    case Kind::kScalar:
      if (key && e.line > 0 && !path_keys_.back().insert(e.text).second && status_.ok())
        status_ = Status::DataError(file_ + ":" + std::to_string(e.line) + ": invalid YAML: duplicate key");
      top->children.push_back(Node{Kind::kScalar, std::move(e.text), e.line, e.last, 0, e.pos, false, {}});
      return;
    case Kind::kMappingStart:
    case Kind::kSequenceStart:
      top->children.push_back(Node{e.kind, {}, 0, 0, e.column, e.pos, e.block, {}});
      path_.push_back(&top->children.back());
      path_keys_.emplace_back();
      return;
    case Kind::kMappingEnd:
    case Kind::kSequenceEnd:
      path_.pop_back();
      path_keys_.pop_back();
      if (!path_.empty()) return;
      holding_ = false;
      walk_mapping(held_, held_topic_, held_lang_);
      held_ = Node{};
      value_done();
      return;
  }
}

void Walker::maybe_stream(std::uint64_t pos) {
  auto name_of = [this](const std::string& k) -> const KeyName& { return key_name(k); };
  while (holding_ && pos > held_.pos + section_bytes_ && !is_question(fields_of(held_, name_of))) {
    // Only values (never keys) may be open below the held mapping.
    for (std::size_t i = 1; i < path_.size(); ++i)
      if (path_[i - 1]->kind == Kind::kMappingStart && path_[i - 1]->children.size() % 2 == 1) return;
    std::size_t i = 0;
    std::string topic = held_topic_, lang = held_lang_;
    for (; i < path_.size(); ++i) {
      Node& n = *path_[i];
      bool open_child = i + 1 < path_.size();
      if (i > 0 && n.kind == Kind::kMappingStart) break;  // A mapping below is held in its turn.
      Frame& f = frames_.emplace_back();
      f.mapping = n.kind == Kind::kMappingStart;
      f.column = n.column;
      f.block = n.block;
      f.lang = lang;
      std::size_t complete = n.children.size() - (open_child ? 1 : 0);
      if (!f.mapping) {
        f.topic = topic;
        for (std::size_t c = 0; c < complete; ++c) walk(n.children[c], topic, lang);
        continue;
      }
      f.keys = std::move(path_keys_[i]);
      f.topic = section_label(n).value_or(topic);
      for (std::size_t c = 0; c + 1 < complete; c += 2) {
        Node& v = n.children[c + 1];
        if (v.kind == Kind::kScalar) continue;
        auto [t, l] = child_context(std::string(trim(scalar_of(&n.children[c]))), f.topic, lang, key_topics_);
        walk(v, t, l);
      }
      if (complete % 2 == 1 || open_child) {
        f.want_value = true;
        f.key = std::string(trim(scalar_of(&n.children[complete % 2 == 1 ? complete - 1 : complete - 2])));
        std::tie(topic, lang) = child_context(f.key, f.topic, lang, key_topics_);
      }
    }
    if (i == path_.size()) {  // Every open node streams on.
      holding_ = false;
      held_ = Node{};
      path_.clear();
      path_keys_.clear();
      return;
    }
    Node next = std::move(*path_[i]);  // The vectors move, so the deeper pointers stay valid.
    held_ = std::move(next);
    held_topic_ = topic;
    held_lang_ = lang;
    path_.erase(path_.begin(), path_.begin() + static_cast<std::ptrdiff_t>(i));
    path_[0] = &held_;
    path_keys_.erase(path_keys_.begin(), path_keys_.begin() + static_cast<std::ptrdiff_t>(i));
  }
}

Status Walker::on_event(Event&& e) {
  if (!status_.ok()) return status_;
  if (holding_) {
    std::uint64_t pos = e.pos;
    build(std::move(e));
    maybe_stream(pos);
    return status_;
  }
  bool start = e.kind == Kind::kMappingStart || e.kind == Kind::kSequenceStart;
  if (skip_ > 0) {  // A complex key of a streamed mapping: read as the key "".
    skip_ += start ? 1 : (e.kind == Kind::kScalar ? 0 : -1);
    if (skip_ == 0) frames_.back().want_value = true, frames_.back().key.clear();
    return status_;
  }
  if (frames_.empty()) {
    if (start) open(std::move(e), "", "");
    return status_;
  }
  Frame& f = frames_.back();
  if (e.kind == Kind::kMappingEnd || e.kind == Kind::kSequenceEnd) {
    frames_.pop_back();
    value_done();
    return status_;
  }
  if (!f.mapping) {
    if (start) open(std::move(e), f.topic, f.lang);
    return status_;
  }
  if (!f.want_value) {
    if (start) {
      skip_ = 1;
      return status_;
    }
    if (e.line > 0 && !f.keys.insert(e.text).second)
      return status_ = Status::DataError(file_ + ":" + std::to_string(e.line) + ": invalid YAML: duplicate key");
    f.key = std::string(trim(e.text));
    f.want_value = true;
    return status_;
  }
  if (!start) {
    f.want_value = false;
    return status_;
  }
  auto [t, l] = child_context(f.key, f.topic, f.lang, key_topics_);
  open(std::move(e), t, l);
  return status_;
}

const KeyName& Walker::key_name(const std::string& key) const {
  auto it = key_names_.find(key);
  if (it != key_names_.end()) return it->second;
  if (key_names_.size() >= 4096) key_names_.clear();  // Keys that are data, not names: keep the table small.
  KeyName& n = key_names_[key];
  n.field = field_for_name(key);
  std::string k = name_key(key);
  n.read = n.field.has_value() || is_section_label_name(key) || k == "content" || k == "body" || k == "details" ||
           k == "description";
  return n;
}

bool Walker::inside_answer() const {
  for (std::size_t i = 1; i < path_.size(); ++i) {
    const Node* parent = path_[i - 1];
    std::size_t n = parent->children.size();
    if (parent->kind != Kind::kMappingStart || n < 2 || n % 2 == 1) continue;
    const auto& field = key_name(parent->children[n - 2].text).field;
    if (field && field->first == Field::kAnswer) return true;
  }
  return false;
}

bool Walker::wants_text() const {
  if (holding_) {
    if (inside_answer()) return true;
    const Node* top = path_.back();
    if (top->kind == Kind::kMappingStart)
      return top->children.size() % 2 == 0 || key_name(top->children.back().text).read;
    if (path_.size() < 2) return false;
    const Node* parent = path_[path_.size() - 2];
    std::size_t n = parent->children.size();  // An open value is the last of an even count.
    return parent->kind == Kind::kMappingStart && n % 2 == 0 && key_name(parent->children[n - 2].text).read;
  }
  return skip_ == 0 && !frames_.empty() && frames_.back().mapping && !frames_.back().want_value;
}

void Walker::end_document() {
  frames_.clear();
  holding_ = false;
  path_.clear();
  path_keys_.clear();
  skip_ = 0;
}

bool Walker::can_restart_at(const Event& e, std::string_view line) const {
  if (holding_ || skip_ > 0 || frames_.empty()) return false;
  if (e.kind != Kind::kScalar && e.kind != Kind::kMappingStart && e.kind != Kind::kSequenceStart) return false;
  for (const Frame& f : frames_)
    if (!f.block) return false;
  const Frame& f = frames_.back();
  auto col = static_cast<std::size_t>(f.column);
  if (line.size() <= col || line.substr(0, col).find_first_not_of(' ') != std::string_view::npos) return false;
  if (f.mapping) return !f.want_value && e.kind == Kind::kScalar && e.line > 0 && e.column == f.column && line[col] != ' ';
  return line[col] == '-';
}

std::pair<std::string, std::int64_t> Walker::skeleton() const {
  std::string s;
  for (std::size_t i = 0; i < frames_.size(); ++i) {
    const Frame& f = frames_[i];
    s.append(static_cast<std::size_t>(f.column), ' ');
    bool last = i + 1 == frames_.size();
    s += f.mapping ? (last ? "_: _\n" : "_:\n") : (last ? "- _\n" : "-\n");
  }
  return {s, static_cast<std::int64_t>(frames_.size())};
}

void reject_unused(std::string_view text, std::int64_t first_line,
                   std::vector<std::pair<std::int64_t, std::int64_t>>& used, std::vector<RejectedLine>& rejected) {
  std::sort(used.begin(), used.end());
  std::size_t u = 0;
  std::int64_t line = first_line - 1;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t end = std::min(text.find('\n', pos), text.size());
    std::string_view l = trim(text.substr(pos, end - pos));
    pos = end + 1;
    ++line;
    while (u < used.size() && used[u].second < line) ++u;
    if (l.empty() || (u < used.size() && used[u].first <= line)) continue;
    if (l == "---" || l == "...") continue;
    bool opens = l.back() == ':' || (l.front() == '[' && l.back() == ']' && l.find('=') == std::string_view::npos);
    rejected.push_back({line, std::string(l), opens ? "heading" : "metadata"});
  }
}

}  // namespace qbank::internal::yaml
