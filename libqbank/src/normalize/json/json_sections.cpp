// Splits a JSON document into record spans, reading objects of sections ({"Go": [...], "Python": [...]})
// section by section with the key as topic, and keeping every other value as a span reported as not a question.
#include <optional>

#include "normalize/field_map.hpp"
#include "normalize/json/json_scan.hpp"
#include "normalize/question_cues.hpp"

namespace qbank::internal {
namespace {

// The deepest object nesting read as sections; deeper objects are read as records.
constexpr int kMaxSectionDepth = 8;

// The reason given for an object member that holds no questions.
constexpr const char* kMetadata = "metadata (not a question)";

// The reason given for the member that names a set of sections ("title": "Go questions").
constexpr const char* kHeading = "heading (topic)";

// The field a key names, if any.
std::optional<Field> key_field(std::string_view key) {
  auto f = field_for_name(key);
  if (!f) return std::nullopt;
  return f->first;
}

// True when a key names a record field other than the text or topic (answer, tags, code, ...): its value
// belongs to a record, never a section.
bool names_record_part(std::string_view key) {
  auto f = key_field(key);
  return f && *f != Field::kText && *f != Field::kTopic;
}

// True when a key names a collection or a record field instead of a topic ("questions", "items", ...).
bool is_collection_key(std::string_view key) {
  return key_field(key) || is_collection_name(key);
}

// Walks a document's values, deciding for each object whether it is a record or a set of sections.
class SectionSplitter {
 public:
  // Prepares a walk over t; text_key is the first step of a --column text path ("" when none).
  SectionSplitter(std::string_view t, const std::string& file, std::string_view text_key, std::vector<JsonSpan>& out)
      : t_(t), file_(file), text_key_(text_key), out_(out) {}

  // Reads an array element or top-level value: a set of sections, or a record.
  Status value(JsonRange v, const std::string& topic, int depth) {
    if (t_[v.begin] != '{' || depth >= kMaxSectionDepth) return record(v, topic);
    if (text({v.begin + 1, v.end}).find_first_of("[{") == std::string_view::npos) {  // flat
      std::vector<JsonMember> ms;
      if (json_members(t_, v.begin, file_, ms).ok() && question_keyed(ms)) {
        for (const auto& m : ms)
          out_.push_back({m.value.begin, m.value.end, m.key.begin, topic, "", json_string_text(text(m.key))});
        return Status::Ok();
      }
      return record(v, topic);
    }
    std::vector<JsonMember> ms;
    if (Status s = json_members(t_, v.begin, file_, ms); !s.ok()) return s;
    return is_sections(ms, depth) ? sections(ms, topic, depth) : record(v, topic);
  }

 private:
  // Adds a record span.
  Status record(JsonRange v, const std::string& topic) {
    out_.push_back({v.begin, v.end, v.begin, topic, "", ""});
    return Status::Ok();
  }

  // Reads the members of an object of sections: lists of questions under their key, the rest reported.
  Status sections(const std::vector<JsonMember>& ms, const std::string& topic, int depth) {
    std::string here = topic;
    const JsonMember* named = nullptr;  // a "category": "Go" or "name": "Go" member naming the sections
    for (const auto& m : ms) {
      std::string key = json_string_text(text(m.key));
      if (t_[m.value.begin] != '"' || !is_section_label_name(key)) continue;
      std::string label(trim(json_string_text(text(m.value))));
      if (label.empty() || (named && key_field(key) != Field::kTopic)) continue;  // a topic field wins
      named = &m, here = std::move(label);
    }
    bool one_list = named && holding_members(ms, depth) == 1;  // {"name": "Go", "qs": [...]}: "Go" is the topic
    for (const auto& m : ms) {
      if (&m == named) {  // a "title" or "name" heads the sections; a topic field is the records' own field
        if (key_field(json_string_text(text(m.key))) != Field::kTopic)
          out_.push_back({m.value.begin, m.value.end, m.key.begin, here, kHeading, ""});
        continue;
      }
      std::string key = json_string_text(text(m.key));
      if (names_record_part(key) || !holds(m.value, depth + 1, true)) {
        out_.push_back({m.value.begin, m.value.end, m.key.begin, here, kMetadata, ""});
        continue;
      }
      std::string name = one_list || is_collection_key(key) || trim(key).empty() ? here : std::string(trim(key));
      if (Status s = section(m.value, name, here, depth + 1); !s.ok()) return s;
    }
    return Status::Ok();
  }

  // Reads one section: the elements of a list, or an object of sections (a record object keeps outer).
  Status section(JsonRange v, const std::string& name, const std::string& outer, int depth) {
    if (t_[v.begin] == '{') {
      std::vector<JsonMember> ms;
      if (Status s = json_members(t_, v.begin, file_, ms); !s.ok()) return s;
      return is_sections(ms, depth) ? sections(ms, name, depth) : record(v, outer);
    }
    std::vector<JsonRange> elements;
    std::size_t end = 0;
    if (Status s = json_elements(t_, v.begin, file_, elements, end); !s.ok()) return s;
    for (const auto& e : elements)
      if (Status s = value(e, name, depth); !s.ok()) return s;
    return Status::Ok();
  }

  // Counts the members that hold questions (not record parts such as an answer).
  std::size_t holding_members(const std::vector<JsonMember>& ms, int depth) const {
    std::size_t n = 0;
    for (const auto& m : ms)
      n += !names_record_part(json_string_text(text(m.key))) && holds(m.value, depth + 1, true);
    return n;
  }

  // True when an object is a set of sections: no strong question-text member, and a member holding questions.
  bool is_sections(const std::vector<JsonMember>& ms, int depth) const {
    if (has_text(ms, depth, 1)) return false;
    for (const auto& m : ms)
      if (!names_record_part(json_string_text(text(m.key))) && holds(m.value, depth + 1, true)) return true;
    return false;
  }

  // True when a member's key names the question text (ranked at most max_rank, or the --column key) and its
  // value can be that text: a scalar, or an object that is not itself a set of sections.
  bool has_text(const std::vector<JsonMember>& ms, int depth, int max_rank) const {
    for (const auto& m : ms) {
      std::string key = json_string_text(text(m.key));
      auto f = field_for_name(key);
      bool named = (!text_key_.empty() && key == text_key_) ||
                   (f && f->first == Field::kText && f->second <= max_rank);
      if (!named || t_[m.value.begin] == '[') continue;
      if (t_[m.value.begin] != '{' || depth >= kMaxSectionDepth) return true;
      std::vector<JsonMember> inner;
      if (!json_members(t_, m.value.begin, file_, inner).ok() || !is_sections(inner, depth + 1)) return true;
    }
    return false;
  }

  // True when a value holds questions: an object with a text member or sections, or a list of such objects
  // or (when strings count: a member's own value) of strings most of which read as questions. An object that is
  // a member's own value needs a strong text member ("question", not "title": {"meta": {"title": ...}}).
  bool holds(JsonRange v, int depth, bool strings) const {
    if (depth > kMaxSectionDepth) return false;
    if (t_[v.begin] == '{') {
      std::vector<JsonMember> ms;
      if (!json_members(t_, v.begin, file_, ms).ok()) return false;
      return has_text(ms, depth, strings ? 1 : 2) || is_sections(ms, depth);
    }
    if (t_[v.begin] != '[') return false;
    std::vector<JsonRange> elements;
    std::size_t end = 0, texts = 0, cued = 0;
    if (!json_elements(t_, v.begin, file_, elements, end).ok()) return false;
    for (const auto& e : elements) {
      if (t_[e.begin] == '{' && holds(e, depth + 1, false)) return true;
      if (t_[e.begin] != '"') continue;
      ++texts;
      cued += question_cue(json_string_text(text(e))) != QuestionCue::kNone;
    }
    return strings && texts > 0 && cued * 2 >= texts;
  }

  // True when an object maps questions to answers ({"What is X?": "X is …"}): no key names a field, and most
  // keys (at least two) end with a question mark or carry a question label, their values strings.
  bool question_keyed(const std::vector<JsonMember>& ms) const {
    std::size_t asked = 0;
    for (const auto& m : ms) {
      std::string key = json_string_text(text(m.key));
      if (key_field(key) || is_collection_name(key) || is_section_label_name(key)) return false;
      asked += t_[m.value.begin] == '"' && question_cue(key) == QuestionCue::kStrong;
    }
    return asked >= 2 && asked * 2 > ms.size();
  }

  // The source text of a range.
  std::string_view text(JsonRange r) const { return t_.substr(r.begin, r.end - r.begin); }

  std::string_view t_;          // The document.
  const std::string& file_;     // Its name, for error messages.
  std::string_view text_key_;   // The first step of a --column text path ("" when none).
  std::vector<JsonSpan>& out_;  // The spans found, in document order.
};

}  // namespace

Result<std::vector<JsonSpan>> split_json_records(std::string_view t, const std::string& file,
                                                 std::string_view text_key) {
  std::vector<JsonSpan> spans;
  SectionSplitter splitter(t, file, text_key, spans);
  std::size_t i = json_skip_ws(t, 0);
  if (i >= t.size()) return spans;
  std::vector<JsonRange> values;
  std::size_t end = 0;
  if (t[i] == '[') {
    if (Status s = json_elements(t, i, file, values, end); !s.ok()) return s;
    if (std::size_t rest = json_skip_ws(t, end); rest < t.size())
      return json_error_at(t, rest, file, "unexpected text after the top-level array");
  } else {
    while (i < t.size()) {  // one value, or several values one after another
      std::size_t e = json_skip_value(t, i);
      if (e == kJsonNpos) return json_error_at(t, i, file, "unterminated value (starts here)");
      if (e == i) return json_error_at(t, i, file, std::string("unexpected '") + t[i] + "'");
      values.push_back({i, e});
      i = json_skip_ws(t, e);
      if (i < t.size() && t[i] == ',') i = json_skip_ws(t, i + 1);
    }
  }
  for (const auto& v : values)
    if (Status s = splitter.value(v, "", 0); !s.ok()) return s;
  return spans;
}

}  // namespace qbank::internal
