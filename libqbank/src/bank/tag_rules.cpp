// Reading tag rules from JSON: errors name the rules file, the rule index and the field.
#include <simdjson.h>

#include <algorithm>

#include "qbank/io.hpp"
#include "qbank/lang.hpp"
#include "qbank/tag.hpp"
#include "bank/tag_internal.hpp"

namespace qbank::internal {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// Reads a string member; returns an error naming where when it is not a string.
Status read_string(element v, const std::string& where, std::string& out) {
  std::string_view s;
  if (v.get_string().get(s)) return Status::InvalidArgument(where + ": must be a string");
  out.assign(s);
  return Status::Ok();
}

// Reads every value under v so that the on-demand parser meets the first syntax error; returns its error.
simdjson::error_code visit_all(simdjson::ondemand::value v) {
  using simdjson::ondemand::json_type;
  json_type type;
  if (auto err = v.type().get(type)) return err;
  if (type == json_type::object) {
    simdjson::ondemand::object obj;
    if (auto err = v.get_object().get(obj)) return err;
    for (auto field : obj) {
      simdjson::ondemand::value member;
      if (auto err = field.value().get(member)) return err;
      if (auto err = visit_all(member)) return err;
    }
    return simdjson::SUCCESS;
  }
  if (type == json_type::array) {
    simdjson::ondemand::array arr;
    if (auto err = v.get_array().get(arr)) return err;
    for (auto item : arr) {
      simdjson::ondemand::value member;
      if (auto err = item.get(member)) return err;
      if (auto err = visit_all(member)) return err;
    }
    return simdjson::SUCCESS;
  }
  if (type == json_type::string) return v.get_string().error();
  if (type == json_type::number) return v.get_double().error();
  if (type == json_type::boolean) return v.get_bool().error();
  return v.is_null().error();
}

// Returns ":LINE" of the first syntax error in json (1-based), or "" when it cannot be placed.
std::string syntax_error_line(std::string_view json) {
  simdjson::padded_string padded(json);
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document doc;
  if (parser.iterate(padded).get(doc)) return "";
  simdjson::ondemand::value root;
  if (!doc.get_value().get(root)) (void)visit_all(root);  // Stops where the text stops being JSON.
  const char* at = nullptr;
  if (doc.current_location().get(at)) return "";
  const auto offset = static_cast<std::size_t>(at - padded.data());
  return ":" + std::to_string(1 + std::count(json.begin(), json.begin() + std::min(offset, json.size()), '\n'));
}

// Reads one language code of "lang"; returns an error naming where when it is not a string or not an ISO 639-1
// code or und (a rule with it would never match).
Status read_lang(element v, const std::string& where, std::string& out) {
  if (Status s = read_string(v, where, out); !s.ok()) return s;
  if (!is_language_code(out))
    return Status::InvalidArgument(where + ": '" + out + "' is not a lowercase ISO 639-1 language code or und");
  return Status::Ok();
}

// Reads "lang": a string or an array of strings.
Status read_langs(element v, const std::string& where, std::vector<std::string>& out) {
  if (v.type() == element_type::STRING) {
    out.emplace_back();
    return read_lang(v, where, out.back());
  }
  simdjson::dom::array arr;
  if (v.get_array().get(arr)) return Status::InvalidArgument(where + ": must be a string or an array of strings");
  std::size_t i = 0;
  for (element item : arr) {
    out.emplace_back();
    if (Status s = read_lang(item, where + "[" + std::to_string(i++) + "]", out.back()); !s.ok()) return s;
  }
  return Status::Ok();
}

// Reads one rule object; where is "origin: rules[i]".
Result<TagRule> read_rule(element v, const std::string& where) {
  simdjson::dom::object obj;
  if (v.get_object().get(obj)) return Status::InvalidArgument(where + ": must be an object");
  TagRule rule;
  bool has_tag = false, has_pattern = false;
  for (auto kv : obj) {
    std::string field = where + "." + std::string(kv.key);
    has_tag = has_tag || kv.key == "tag";
    has_pattern = has_pattern || kv.key == "pattern";
    Status s;
    if (kv.key == "tag") s = read_string(kv.value, field, rule.tag);
    else if (kv.key == "pattern") s = read_string(kv.value, field, rule.pattern);
    else if (kv.key == "topic") s = read_string(kv.value, field, rule.topic);
    else if (kv.key == "lang") s = read_langs(kv.value, field, rule.langs);
    else if (kv.key != "comment")
      s = Status::InvalidArgument(field + ": unknown field (expected tag, pattern, lang, topic, comment)");
    if (!s.ok()) return s;
  }
  if (!has_tag) return Status::InvalidArgument(where + ".tag: missing");
  if (!has_pattern) return Status::InvalidArgument(where + ".pattern: missing");
  return rule;
}

}  // namespace

}  // namespace qbank::internal

namespace qbank {

Result<std::vector<TagRule>> parse_tag_rules(std::string_view json, const std::string& origin) {
  using simdjson::dom::element;
  using simdjson::dom::element_type;
  simdjson::dom::parser parser;
  element doc;
  if (json.substr(0, 3) == "\xEF\xBB\xBF") json.remove_prefix(3);  // Editors on Windows start UTF-8 with a BOM.
  if (auto err = parser.parse(json.data(), json.size(), true).get(doc)) {
    bool utf16 = json.substr(0, 2) == "\xFF\xFE" || json.substr(0, 2) == "\xFE\xFF" ||
                 json.find('\0') != std::string_view::npos;
    return Status::InvalidArgument(origin + internal::syntax_error_line(json) + ": invalid JSON: " +
                                   simdjson::error_message(err) +
                                   (utf16 ? " (the file looks UTF-16; save it as UTF-8)" : ""));
  }
  simdjson::dom::array arr;
  if (doc.type() == element_type::OBJECT) {
    element rules;
    if (doc["rules"].get(rules) || rules.get_array().get(arr))
      return Status::InvalidArgument(origin + ": expected an array of rules or an object with a \"rules\" array");
  } else if (doc.get_array().get(arr)) {
    return Status::InvalidArgument(origin + ": expected an array of rules or an object with a \"rules\" array");
  }
  std::vector<TagRule> out;
  std::size_t i = 0;
  for (element v : arr) {
    std::string where = origin + ": rules[" + std::to_string(i++) + "]";
    auto rule = internal::read_rule(v, where);
    if (!rule.ok()) return rule.status();
    if (Status s = internal::check_rule(*rule, where); !s.ok()) return s;
    rule->origin = where;
    out.push_back(std::move(*rule));
  }
  return out;
}

Result<std::vector<TagRule>> load_tag_rules(const std::string& path) {
  auto text = read_file(path);
  if (!text.ok()) return text.status();
  return parse_tag_rules(*text, path);
}

const std::vector<TagRule>& default_tag_rules() {
  static const std::vector<TagRule> rules = [] {
    auto parsed = parse_tag_rules(default_tag_rules_json(), "default_rules.json");
    return parsed.ok() ? std::move(*parsed) : std::vector<TagRule>{};
  }();
  return rules;
}

std::string_view default_tag_rules_json() { return internal::tag_data::default_rules_json(); }

}  // namespace qbank

