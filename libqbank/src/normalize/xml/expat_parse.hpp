#pragma once
// One expat parse of a whole text, shared by the XML readers (Moodle quizzes, XML data files).

#include <expat.h>

#include <memory>
#include <string>
#include <string_view>

#include "qbank/status.hpp"

namespace qbank::internal {

// What parse_xml()'s callbacks reach: the handler, the parser and whether a callback failed.
template <class Handler>
struct ExpatState {
  Handler* handler;     // The reader the callbacks go to.
  XML_Parser parser;    // The parser, stopped when a callback fails.
  bool failed = false;  // True once a callback threw.

  // Runs a callback's body; an exception stops the parse instead of crossing expat's C frames.
  template <class Body>
  void run(Body&& body) noexcept {
    try {
      body();
    } catch (...) {
      failed = true;
      XML_StopParser(parser, XML_FALSE);
    }
  }
};

// Parses text with expat, calling handler.start(name, atts), handler.end(name) and handler.chars(s, len) after
// handler.attach(parser) (for line numbers). A callback that throws (out of memory) stops the parse and is an
// error; malformed XML is a data error naming file and line.
template <class Handler>
Status parse_xml(std::string_view text, const std::string& file, Handler& handler) {
  struct Deleter {
    void operator()(XML_ParserStruct* p) const { XML_ParserFree(p); }
  };
  std::unique_ptr<XML_ParserStruct, Deleter> parser(XML_ParserCreate("UTF-8"));
  if (!parser) return Status::Internal("out of memory while reading XML");
  ExpatState<Handler> state{&handler, parser.get()};
  handler.attach(parser.get());
  XML_SetUserData(parser.get(), &state);
  XML_SetElementHandler(
      parser.get(),
      [](void* s, const XML_Char* name, const XML_Char** atts) {
        auto* st = static_cast<ExpatState<Handler>*>(s);
        st->run([&] { st->handler->start(name, atts); });
      },
      [](void* s, const XML_Char* name) {
        auto* st = static_cast<ExpatState<Handler>*>(s);
        st->run([&] { st->handler->end(name); });
      });
  XML_SetCharacterDataHandler(parser.get(), [](void* s, const XML_Char* data, int len) {
    auto* st = static_cast<ExpatState<Handler>*>(s);
    st->run([&] { st->handler->chars(data, len); });
  });
  const std::string name = file == "-" ? std::string("stdin") : file;
  constexpr std::size_t kChunk = 1u << 30;  // Expat takes at most INT_MAX bytes a call.
  for (std::size_t at = 0; at < text.size() || at == 0; at += kChunk) {
    std::size_t n = std::min(kChunk, text.size() - at);
    bool last = at + n >= text.size();
    XML_Status status = XML_Parse(parser.get(), text.data() + at, static_cast<int>(n), last ? 1 : 0);
    if (state.failed) return Status::Internal("out of memory while reading XML");
    if (status == XML_STATUS_ERROR)
      return Status::DataError(name + ":" + std::to_string(XML_GetCurrentLineNumber(parser.get())) +
                               ": invalid XML: " + XML_ErrorString(XML_GetErrorCode(parser.get())));
    if (last) break;
  }
  return Status::Ok();
}

}  // namespace qbank::internal
