// The JSON / JSONL reader: each object is one question; fields are found by name or by --column paths.
#include <simdjson.h>

#include <cctype>
#include <map>
#include <algorithm>

#include "normalize/choice_reference.hpp"
#include "normalize/json/chat_turns.hpp"
#include "normalize/field_map.hpp"
#include "normalize/html/rich_text.hpp"
#include "normalize/html/visible_text.hpp"
#include "normalize/json/json_scan.hpp"
#include "normalize/json/notebook.hpp"
#include "normalize/reader.hpp"
#include "normalize/question_cues.hpp"

namespace qbank::internal {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// The longest raw source kept for one record.
constexpr std::size_t kMaxRaw = 4000;

// Keys whose value is the text of a choice object or a nested text object.
constexpr std::string_view kTextKeys[] = {"text", "answer", "option", "label", "value", "choice", "content",
                                          "body", "title"};

// Keys whose boolean value marks a choice as correct.
constexpr std::string_view kCorrectKeys[] = {"correct", "iscorrect", "right", "isright", "valid"};

// The fields wanted by --column and which of them some record had, and the keys records hold.
struct FieldSpec {
  std::array<std::optional<std::string>, kFieldCount> wanted;
  std::array<bool, kFieldCount> seen{};
  std::vector<std::pair<std::string, std::string>> extensions;  // (x_ field, source path) from --column.
  std::vector<bool> extension_seen;                             // Per extension: some record had it.
  std::vector<std::string> keys;                                // Record keys in first-seen order.
  std::map<std::string, bool, std::less<>> used;                // Per record key: some field took it.
};

// Returns an array element as an array value (a copy, so range-for never holds a dangling temporary).
simdjson::dom::array array_of(element v) {
  simdjson::dom::array a = v.get_array().value_unsafe();
  return a;
}

// Returns an object element as an object value (a copy, for the same reason).
simdjson::dom::object object_of(element v) {
  simdjson::dom::object o = v.get_object().value_unsafe();
  return o;
}

// Returns an element's text: strings as they are, numbers and booleans in JSON form, arrays line by line,
// objects by their text-like key.
std::string as_text(element v, int depth = 0) {
  switch (v.type()) {
    case element_type::STRING: return std::string(v.get_string().value_unsafe());
    case element_type::NULL_VALUE: return "";
    case element_type::ARRAY: {
      std::string out;
      for (element x : array_of(v)) {
        std::string s = depth < 4 ? as_text(x, depth + 1) : "";
        if (!s.empty()) out += (out.empty() ? "" : "\n") + s;
      }
      return out;
    }
    case element_type::OBJECT:
      if (depth >= 4) return "";
      for (auto [key, value] : object_of(v))
        for (auto k : kTextKeys)
          if (name_key(key) == k) return as_text(value, depth + 1);
      return "";
    default: return simdjson::to_string(v);
  }
}

// Returns an object's members as "key: text" lines (one member: its text alone), for an answer object without
// a text-like key (so its content is kept rather than dropped).
std::string member_lines(element v) {
  std::string out, text;
  std::size_t members = 0;
  for (auto [key, value] : object_of(v))
    if (std::string t(trim(as_text(value, 1))); !t.empty()) {
      out += (out.empty() ? "" : "\n") + std::string(key) + ": " + t;
      text = std::move(t), ++members;
    }
  return members == 1 ? text : out;
}

// Follows a dotted path ("a.b") from an element; returns nullopt when a step is missing.
std::optional<element> at_path(element cur, std::string_view path) {
  for (std::size_t pos = 0; pos <= path.size();) {
    std::size_t dot = std::min(path.find('.', pos), path.size());
    if (cur.type() != element_type::OBJECT) return std::nullopt;
    auto next = object_of(cur).at_key(path.substr(pos, dot - pos));
    if (next.error()) return std::nullopt;
    cur = next.value_unsafe();
    pos = dot + 1;
  }
  return cur;
}

// Marks a record key as taken by a field.
void mark_used(FieldSpec& spec, std::string_view key) {
  auto it = spec.used.find(key);
  if (it != spec.used.end()) it->second = true;
}

// Finds the value of each field in an object: by --column path, else by the best-ranked known key; notes the
// object's keys and which of them a field took. text_key, when given, is set to the key the text was found
// under ("" for a --column path).
std::array<std::optional<element>, kFieldCount> find_fields(element record, FieldSpec& spec,
                                                           std::string_view* text_key = nullptr) {
  simdjson::dom::object obj = object_of(record);
  std::array<std::optional<element>, kFieldCount> found;
  std::array<std::string_view, kFieldCount> found_key;
  std::array<int, kFieldCount> rank;
  rank.fill(1000);
  for (auto [key, value] : obj) {
    if (spec.used.find(key) == spec.used.end()) {
      spec.used.emplace(std::string(key), false);
      spec.keys.emplace_back(key);
    }
    auto f = field_for_name(key);
    if (!f) continue;
    auto slot = static_cast<std::size_t>(f->first);
    if (spec.wanted[slot] || f->second >= rank[slot]) continue;
    rank[slot] = f->second;
    found[slot] = value;
    found_key[slot] = key;
    if (text_key && f->first == Field::kText) *text_key = key;
  }
  for (std::size_t slot = 0; slot < kFieldCount; ++slot) {
    if (!spec.wanted[slot]) {
      if (found[slot]) mark_used(spec, found_key[slot]);
      continue;
    }
    std::string_view path = *spec.wanted[slot];
    mark_used(spec, path.substr(0, path.find('.')));
    if (auto v = at_path(record, path)) found[slot] = *v, spec.seen[slot] = true;
  }
  return found;
}

// Adds the --column extension fields of a record to the item as raw JSON.
void read_extensions(element record, FieldSpec& spec, RawItem& item) {
  for (std::size_t i = 0; i < spec.extensions.size(); ++i) {
    const auto& [name, path] = spec.extensions[i];
    mark_used(spec, std::string_view(path).substr(0, path.find('.')));
    auto v = at_path(record, path);
    if (!v) continue;
    spec.extension_seen[i] = true;
    item.extra.emplace_back(name, simdjson::minify(*v));
  }
}

// True when a choice object says it is correct.
bool choice_correct(simdjson::dom::object o) {
  for (auto [key, value] : o)
    for (auto k : kCorrectKeys)
      if (name_key(key) == k && value.type() == element_type::BOOL) return value.get_bool().value_unsafe();
  return false;
}

// True when a value is a list of choice objects some of which say whether they are correct.
bool flags_choices(element v) {
  if (v.type() != element_type::ARRAY) return false;
  for (element c : array_of(v)) {
    if (c.type() != element_type::OBJECT) return false;
    for (auto [key, value] : object_of(c))
      for (auto k : kCorrectKeys)
        if (name_key(key) == k && value.type() == element_type::BOOL) return true;
  }
  return false;
}

// Reads choices (strings, {text, correct} objects or a {"A": …} map); correct ones go to correct.
void read_choices(element v, RawItem& item, std::vector<std::string>& correct) {
  if (v.type() == element_type::ARRAY) {
    for (element c : array_of(v)) {
      std::string t = as_text(c);
      if (t.empty()) continue;
      if (c.type() == element_type::OBJECT && choice_correct(object_of(c))) correct.push_back(t);
      item.choices.push_back(std::move(t));
    }
  } else if (v.type() == element_type::OBJECT) {
    for (auto [key, value] : object_of(v))
      item.choices.push_back(std::string(key) + ": " + as_text(value));
  } else {
    std::string all = as_text(v);
    for (std::size_t pos = 0; pos <= all.size();) {
      std::size_t end = std::min(all.find('\n', pos), all.size());
      if (auto c = trim(std::string_view(all).substr(pos, end - pos)); !c.empty()) item.choices.emplace_back(c);
      pos = end + 1;
    }
  }
}

// Returns the code an instruction record gives its question in an "input" member: the member's text when
// most of its lines look like code, nullopt otherwise.
std::optional<std::string> instruction_input_code(element el, FieldSpec& spec) {
  auto is_input = [](std::string_view k) {
    if (k.size() != 5) return false;
    for (std::size_t i = 0; i < 5; ++i)
      if (std::tolower(static_cast<unsigned char>(k[i])) != "input"[i]) return false;
    return true;
  };
  for (auto [key, value] : object_of(el)) {
    if (!is_input(key) || value.type() != element_type::STRING) continue;
    std::string_view v = value.get_string().value_unsafe();
    if (trim(v).empty() || !mostly_code(v)) return std::nullopt;
    mark_used(spec, key);
    return std::string(v);
  }
  return std::nullopt;
}

// Fills an item from the fields of a record object, or from its chat turns when no field holds the question;
// returns false when it has no question text. text_key is set as by find_fields; chat_question to the user
// turn the question came from.
bool fill_item(element el, FieldSpec& spec, RawItem& item, std::string_view& text_key, std::string& chat_question) {
  auto f = find_fields(el, spec, &text_key);
  auto get = [&](Field x) { auto& v = f[static_cast<std::size_t>(x)]; return v ? as_text(*v) : std::string(); };
  std::string text = get(Field::kText);
  std::optional<ChatExchange> chat;
  if (trim(text).empty() && !spec.wanted[static_cast<std::size_t>(Field::kText)]) chat = chat_exchange(el);
  if (chat) {
    mark_used(spec, chat->member);
    text = chat->question;
    chat_question = chat->question;
  }
  if (trim(text).empty()) return false;
  item.text = strip_question_label(text);
  if (!chat && !text_key.empty() && !f[static_cast<std::size_t>(Field::kCode)])
    if (auto code = instruction_input_code(el, spec)) item.code = std::move(code);
  std::vector<std::string> correct;
  if (auto& c = f[static_cast<std::size_t>(Field::kChoices)]) read_choices(*c, item, correct);
  auto& listed = f[static_cast<std::size_t>(Field::kAnswer)];
  if (listed && item.choices.empty() && flags_choices(*listed)) {  // "answers": [{"text": …, "correct": true}]
    read_choices(*listed, item, correct);
    listed.reset();
  }
  std::string a(trim(get(Field::kAnswer)));
  if (a.empty() && listed && listed->type() == element_type::OBJECT) a = member_lines(*listed);
  if (chat && !trim(chat->answer).empty()) item.answer = chat->answer;
  else if (!a.empty())
    item.answer = choice_at(item.choices, a).value_or(std::move(a));
  else if (!correct.empty()) {
    item.answer = correct.front();
    for (std::size_t i = 1; i < correct.size(); ++i) *item.answer += "\n" + correct[i];
  }
  if (std::string c = get(Field::kCode); !trim(c).empty()) item.code = std::move(c);
  if (auto& q = f[static_cast<std::size_t>(Field::kText)]; q && q->type() == element_type::OBJECT && !item.code)
    for (auto [key, value] : object_of(*q))  // a question object's own code field
      if (auto k = field_for_name(key); k && k->first == Field::kCode)
        if (std::string c = as_text(value); !trim(c).empty()) item.code = std::move(c);
  std::string question = item.text;
  if (move_fenced_code(question, item.code) || (!item.code && split_code_lines(question, item.code)))
    item.text = std::move(question);
  if (std::string t = std::string(trim(get(Field::kTopic))); !t.empty()) item.topic = std::move(t);
  if (auto& t = f[static_cast<std::size_t>(Field::kTags)]) item.tags = split_tags(as_text(*t));
  item.lang_hint = get(Field::kLang);
  read_extensions(el, spec, item);
  return true;
}

// Adds the follow-up questions of a record: members no field names whose value is a list of strings that all
// ask ("follow_ups": ["Why?"]), each an item under the record's topic at the line of its string.
void read_follow_ups(element el, std::int64_t line, std::string_view raw, const RawItem& record, FieldSpec& spec,
                     ReaderOutput& out) {
  if (el.type() != element_type::OBJECT) return;
  auto ends_asking = [](std::string_view t) {  // a question mark last, before closing quotes and spaces
    while (!t.empty() && std::string_view(" \t\r\n\"')").find(t.back()) != std::string_view::npos) t.remove_suffix(1);
    return t.ends_with("?") || t.ends_with("？") || t.ends_with("؟");
  };
  for (auto [key, value] : object_of(el)) {
    if (value.type() != element_type::ARRAY) continue;
    std::vector<std::string_view> asked;
    bool all = true;
    for (element x : array_of(value)) {
      all = all && x.type() == element_type::STRING && ends_asking(x.get_string().value_unsafe());
      if (!all) break;
      asked.push_back(x.get_string().value_unsafe());
    }
    if (!all || asked.empty() || field_for_name(key)) continue;
    mark_used(spec, key);
    std::size_t from = 0;
    for (std::string_view q : asked) {
      RawItem item;
      std::size_t at = raw.find(q.substr(0, std::min<std::size_t>(q.size(), 24)), from);
      if (at != std::string_view::npos) from = at;
      item.line = line + (at == std::string_view::npos ? 0 : static_cast<std::int64_t>(
                                                              std::count(raw.begin(), raw.begin() + static_cast<long>(at), '\n')));
      item.raw = std::string(q);
      item.text = strip_question_label(q);
      item.topic = record.topic;
      item.lang_hint = record.lang_hint;
      out.items.push_back(std::move(item));
    }
  }
}

// Turns one parsed record into an item under topic (unless it names its own), or rejects it with the
// reason; returns true when it became an item. A non-empty question is the record's key (the record its answer).
bool read_record(element el, std::int64_t line, std::string_view raw, const std::string& topic,
                 const std::string& question, FieldSpec& spec, ReaderOutput& out) {
  RawItem item;
  item.line = line;
  item.raw = shorten(raw, kMaxRaw);
  if (!topic.empty()) item.topic = topic;
  std::string why;
  std::string_view key;  // The key the question text is under.
  std::string chat_question;  // The user turn of a chat record, which the question came from.
  if (!question.empty()) {  // {"What is X?": "X is …"}: the key asks, the value answers
    item.text = strip_question_label(question);
    if (std::string a(trim(as_text(el))); !a.empty()) item.answer = std::move(a);
  } else if (el.type() == element_type::STRING) {
    item.text = as_text(el);
    if (trim(item.text).empty()) why = "empty question text";
  } else if (el.type() == element_type::ARRAY) {  // ["What is X?", "X is …"]: a row of question and answer
    std::vector<std::string> cells;
    for (element x : array_of(el)) {
      if (x.type() != element_type::STRING || cells.size() == 8) {
        cells.clear();
        break;
      }
      cells.emplace_back(trim(x.get_string().value_unsafe()));
    }
    if (cells.size() < 2 || cells[0].empty()) {
      why = "not a JSON object";
    } else {
      item.text = strip_question_label(cells[0]);
      if (!cells[1].empty()) item.answer = cells[1];
    }
  } else if (el.type() != element_type::OBJECT) {
    why = "not a JSON object";
  } else if (!fill_item(el, spec, item, key, chat_question)) {
    const auto& w = spec.wanted[static_cast<std::size_t>(Field::kText)];
    why = w ? "no question text in field '" + *w + "'"
            : "no question text (expected a field such as text, question, q or front)";
  }
  if (!why.empty()) {
    out.rejected.push_back({line, std::move(item.raw), std::move(why)});
    return false;
  }
  if (!chat_question.empty()) {  // The question starts on its turn's line.
    std::string_view head = trim(chat_question);
    head = head.substr(0, std::min(head.find_first_of("\"\\\n\t"), std::min<std::size_t>(head.size(), 24)));
    if (std::size_t at = head.empty() ? std::string_view::npos : raw.find(head); at != std::string_view::npos)
      item.line = line + static_cast<std::int64_t>(std::count(raw.begin(), raw.begin() + static_cast<long>(at), '\n'));
  } else if (!key.empty()) {  // The question starts on its key's line, not on the object's opening brace.
    std::string quoted = "\"" + std::string(key) + "\"";
    if (std::size_t at = raw.find(quoted); at != std::string_view::npos)
      item.line = line + static_cast<std::int64_t>(std::count(raw.begin(), raw.begin() + static_cast<long>(at), '\n'));
  }
  out.items.push_back(std::move(item));
  if (question.empty()) read_follow_ups(el, line, raw, out.items.back(), spec, out);
  return true;
}

// Returns the spans of a JSONL input: one per non-blank line.
std::vector<JsonSpan> line_spans(std::string_view text) {
  std::vector<JsonSpan> spans;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t end = std::min(text.find('\n', pos), text.size());
    std::string_view l = trim(text.substr(pos, end - pos));
    if (!l.empty()) {
      std::size_t b = static_cast<std::size_t>(l.data() - text.data());
      spans.push_back({b, b + l.size(), b, "", "", ""});
    }
    pos = end + 1;
  }
  return spans;
}

// The first step of the --column text path ("" when none).
std::string_view text_key(const FieldSpec& spec) {
  const auto& w = spec.wanted[static_cast<std::size_t>(Field::kText)];
  return w ? std::string_view(*w).substr(0, w->find('.')) : std::string_view();
}

// Parses and reads each span of text, whose first line is first_line. A JSONL line (lines) that is an
// object without question text is split again, in case it is a set of sections.
Status read_spans(std::string_view text, const std::vector<JsonSpan>& spans, std::int64_t first_line, bool lines,
                  const std::string& file, FieldSpec& spec, ReaderOutput& out) {
  simdjson::dom::parser parser;
  std::size_t counted = 0;
  std::int64_t line = first_line;
  for (const auto& s : spans) {
    std::string_view raw = text.substr(s.raw_begin, s.end - s.raw_begin);
    line += line_at(text.substr(counted, s.raw_begin - counted), s.raw_begin - counted) - 1;
    counted = s.raw_begin;
    auto doc = parser.parse(text.data() + s.begin, s.end - s.begin);
    if (doc.error())
      return Status::DataError(file + ":" + std::to_string(line) + ": invalid JSON: " +
                               simdjson::error_message(doc.error()));
    if (!s.reject.empty()) {
      out.rejected.push_back({line, shorten(raw, kMaxRaw), s.reject});
      continue;
    }
    std::size_t mark = out.rejected.size();
    element el = doc.value_unsafe();
    if (read_record(el, line, raw, s.topic, s.question, spec, out) || !lines || el.type() != element_type::OBJECT) continue;
    auto split = split_json_records(raw, file, text_key(spec));
    if (!split.ok() || (split->size() == 1 && split->front().reject.empty())) continue;
    out.rejected.resize(mark);
    if (Status st = read_spans(raw, *split, line, false, file, spec, out); !st.ok()) return st;
  }
  return Status::Ok();
}

// Turns the texts, answers and choices of items[from…] into plain text when together they read as HTML.
void read_rich_text(std::vector<RawItem>& items, std::size_t from) {
  RichTextVote vote;
  for (std::size_t i = from; i < items.size(); ++i) {
    vote.add(std::string_view(items[i].text));
    if (items[i].answer) vote.add(*items[i].answer);
    for (const auto& c : items[i].choices) vote.add(c);
  }
  if (!vote.html()) return;
  for (std::size_t i = from; i < items.size(); ++i) {
    items[i].text = html_fragment_to_text(std::string_view(items[i].text));
    if (items[i].answer) items[i].answer = html_fragment_to_text(*items[i].answer);
    for (auto& c : items[i].choices) c = html_fragment_to_text(c);
  }
}

// Names the record keys no field took, with the --column that would keep the first ("" when all were used).
std::string unused_keys(const FieldSpec& spec, const std::string& file) {
  std::vector<std::string_view> unused;
  for (const auto& k : spec.keys)
    if (!spec.used.find(k)->second) unused.push_back(k);
  if (unused.empty()) return "";
  std::string list;
  for (auto k : unused) list += (list.empty() ? "" : ", ") + std::string(k);
  std::string first(unused.front());
  bool plain = first.find_first_of(" ,=.\"") == std::string::npos;
  std::string hint = plain ? " (--column x_" + first + "=" + first + (unused.size() == 1 ? " keeps it)" : " keeps the first)")
                           : "";
  return (file == "-" ? std::string("stdin") : file) + ": fields not used: " + list + hint;
}

// Reads JSON records: one per non-blank line (lines), else the records of one document.
Status read_json_records(std::string_view text, const NormalizeOptions& options, bool lines, ReaderOutput& out) {
  FieldSpec spec;
  auto wanted = parse_column_options(options.columns);
  if (!wanted.ok()) return wanted.status();
  spec.wanted = *wanted;
  spec.extensions = column_extensions(options.columns);
  spec.extension_seen.assign(spec.extensions.size(), false);
  std::vector<JsonSpan> spans;
  if (lines) {
    spans = line_spans(text);
  } else {
    auto split = split_json_records(text, options.file, text_key(spec));
    if (!split.ok()) return split.status();
    spans = std::move(*split);
  }
  std::size_t before = out.items.size();
  if (Status s = read_spans(text, spans, 1, lines, options.file, spec, out); !s.ok()) return s;
  read_rich_text(out.items, before);
  for (std::size_t slot = 0; slot < kFieldCount; ++slot)
    if (spec.wanted[slot] && !spec.seen[slot] && !spans.empty())
      return Status::InvalidArgument(options.file + ": field '" + *spec.wanted[slot] + "' for " +
                                     field_name(static_cast<Field>(slot)) + " is in no record");
  for (std::size_t i = 0; i < spec.extensions.size(); ++i)
    if (!spec.extension_seen[i] && !out.items.empty())
      return Status::InvalidArgument(options.file + ": field '" + spec.extensions[i].second + "' for " +
                                     spec.extensions[i].first + " is in no record");
  if (std::string note = unused_keys(spec, options.file); !note.empty()) out.notes.push_back(std::move(note));
  return Status::Ok();
}

// Reads JSON Lines piece by piece: pieces end at line ends.
class JsonLinesReader final : public PieceReader {
 public:
  explicit JsonLinesReader(const NormalizeOptions& options) : options_(options) {}

  std::size_t cut(std::string_view buf, std::size_t from) override {
    std::size_t nl = buf.find('\n', from);
    return nl == std::string_view::npos ? nl : nl + 1;
  }

  Status read(std::string_view piece, ReaderOutput& out) override {
    return read_json_records(piece, options_, true, out);
  }

 private:
  const NormalizeOptions& options_;  // The caller's options, which outlive the reader.
};

}  // namespace

std::unique_ptr<PieceReader> json_lines_piece_reader(const NormalizeOptions& options) {
  return std::make_unique<JsonLinesReader>(options);
}

Status read_json(std::string_view text, const NormalizeOptions& options, bool lines, ReaderOutput& out) {
  if (!lines && options.columns.empty() && looks_like_notebook(text)) return read_notebook(text, options, out);
  std::string_view head = trim(text.substr(0, 64));
  return read_json_records(text, options, lines && (head.empty() || head[0] != '['), out);
}

}  // namespace qbank::internal
