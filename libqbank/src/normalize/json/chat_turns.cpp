// Chat transcript records: the turns of a "messages" or "conversations" list read as question and answer.
#include "normalize/json/chat_turns.hpp"

#include <array>

#include "normalize/field_map.hpp"

namespace qbank::internal {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// Keys naming who speaks a turn.
constexpr std::array<std::string_view, 4> kSpeakerKeys = {"role", "from", "speaker", "author"};

// Keys holding a turn's text.
constexpr std::array<std::string_view, 4> kContentKeys = {"content", "value", "text", "message"};

// Speakers that ask.
constexpr std::array<std::string_view, 4> kAskers = {"user", "human", "prompter", "customer"};

// Speakers that answer.
constexpr std::array<std::string_view, 6> kRepliers = {"assistant", "gpt", "bot", "model", "chatgpt", "ai"};

// Speakers whose turn is neither question nor answer.
constexpr std::array<std::string_view, 3> kOthers = {"system", "developer", "tool"};

// Who speaks a turn: 'q' asks, 'a' answers, 's' sets up; 0 when the object is no turn.
char speaker_of(simdjson::dom::object turn) {
  for (auto [key, value] : turn) {
    if (value.type() != element_type::STRING) continue;
    std::string k = name_key(key);
    bool speaker_key = false;
    for (auto s : kSpeakerKeys) speaker_key = speaker_key || k == s;
    if (!speaker_key) continue;
    std::string who = name_key(value.get_string().value_unsafe());
    for (auto s : kAskers) if (who == s) return 'q';
    for (auto s : kRepliers) if (who == s) return 'a';
    for (auto s : kOthers) if (who == s) return 's';
    return 0;
  }
  return 0;
}

// A turn's text: a string, or the "text" parts of a list of content parts.
std::string turn_text(simdjson::dom::object turn) {
  for (auto [key, value] : turn) {
    std::string k = name_key(key);
    bool content_key = false;
    for (auto c : kContentKeys) content_key = content_key || k == c;
    if (!content_key) continue;
    if (value.type() == element_type::STRING) return std::string(value.get_string().value_unsafe());
    if (value.type() != element_type::ARRAY) return "";
    std::string out;
    simdjson::dom::array parts = value.get_array().value_unsafe();
    for (element part : parts) {
      if (part.type() == element_type::STRING) {
        out += (out.empty() ? "" : "\n") + std::string(part.get_string().value_unsafe());
        continue;
      }
      if (part.type() != element_type::OBJECT) continue;
      auto t = part.get_object().value_unsafe().at_key("text");
      if (!t.error() && t.value_unsafe().type() == element_type::STRING)
        out += (out.empty() ? "" : "\n") + std::string(t.value_unsafe().get_string().value_unsafe());
    }
    return out;
  }
  return "";
}

// Reads one list of turns; nullopt when an element is no turn or no user turn has text.
std::optional<ChatExchange> read_turns(simdjson::dom::array turns) {
  std::optional<ChatExchange> found;
  for (element t : turns) {
    if (t.type() != element_type::OBJECT) return std::nullopt;
    simdjson::dom::object turn = t.get_object().value_unsafe();
    char who = speaker_of(turn);
    if (who == 0) return std::nullopt;
    if (found) {
      if (who == 'a' && found->answer.empty()) found->answer = turn_text(turn);
      if (who == 'q') break;
      continue;
    }
    if (who != 'q') continue;
    std::string text = turn_text(turn);
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    found = ChatExchange{std::move(text), "", {}};
  }
  return found;
}

}  // namespace

std::optional<ChatExchange> chat_exchange(element record) {
  if (record.type() != element_type::OBJECT) return std::nullopt;
  simdjson::dom::object obj = record.get_object().value_unsafe();
  for (auto [key, value] : obj) {
    if (value.type() != element_type::ARRAY) continue;
    if (auto found = read_turns(value.get_array().value_unsafe())) {
      found->member = key;
      return found;
    }
  }
  return std::nullopt;
}

}  // namespace qbank::internal
