#pragma once
// Reads a chat transcript record (fine-tuning "messages" or "conversations") as a question and its answer.

#include <simdjson.h>

#include <optional>
#include <string>
#include <string_view>

namespace qbank::internal {

// The first question of a chat transcript and the reply that follows it.
struct ChatExchange {
  std::string question;     // The first user turn's text.
  std::string answer;       // The assistant turn right after it ("" when none follows).
  std::string_view member;  // The record key holding the turns.
};

// Returns the first user turn and the assistant reply after it when a member of the object is a list of turns
// ({"role"|"from": "user"|"human"|…, "content"|"value": …}); nullopt when no member is one. System turns are
// skipped.
std::optional<ChatExchange> chat_exchange(simdjson::dom::element record);

}  // namespace qbank::internal
