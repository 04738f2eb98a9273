#pragma once
// The expat parse shared by the XML readers (Moodle quizzes, XML data files), fed a whole text or block by block.

#include <expat.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>

#include "qbank/status.hpp"

namespace qbank::internal {

// What an ExpatParse's callbacks reach: the handler, the parser and whether a callback failed.
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

// One expat parse calling handler.start(name, atts), handler.end(name) and handler.chars(s, len) after
// handler.attach(parser) (for line numbers and offsets), fed its input in blocks. A callback that throws (out of
// memory) stops the parse and is an error; malformed XML is a data error naming file and line; a handler that
// stops the parser itself (XML_StopParser) ends it without error, its own status telling why.
template <class Handler>
class ExpatParse {
 public:
  // Creates the parser for handler; file names errors ("-" is stdin).
  ExpatParse(Handler& handler, const std::string& file)
      : parser_(XML_ParserCreate("UTF-8")), state_{&handler, parser_.get()}, name_(file == "-" ? "stdin" : file) {
    if (!parser_) return;
    handler.attach(parser_.get());
    XML_SetUserData(parser_.get(), &state_);
    XML_SetElementHandler(
        parser_.get(),
        [](void* s, const XML_Char* name, const XML_Char** atts) {
          auto* st = static_cast<ExpatState<Handler>*>(s);
          st->run([&] { st->handler->start(name, atts); });
        },
        [](void* s, const XML_Char* name) {
          auto* st = static_cast<ExpatState<Handler>*>(s);
          st->run([&] { st->handler->end(name); });
        });
    XML_SetCharacterDataHandler(parser_.get(), [](void* s, const XML_Char* data, int len) {
      auto* st = static_cast<ExpatState<Handler>*>(s);
      st->run([&] { st->handler->chars(data, len); });
    });
  }

  // Parses the next block of input; last marks the end of the input.
  Status parse(std::string_view data, bool last) {
    if (!parser_) return Status::Internal("out of memory while reading XML");
    constexpr std::size_t kChunk = 1u << 30;  // Expat takes at most INT_MAX bytes a call.
    for (std::size_t at = 0; at < data.size() || at == 0; at += kChunk) {
      std::size_t n = std::min(kChunk, data.size() - at);
      bool end = last && at + n >= data.size();
      XML_Status status = XML_Parse(parser_.get(), data.data() + at, static_cast<int>(n), end ? 1 : 0);
      if (state_.failed) return Status::Internal("out of memory while reading XML");
      if (status == XML_STATUS_ERROR && XML_GetErrorCode(parser_.get()) == XML_ERROR_ABORTED) return Status::Ok();
      if (status == XML_STATUS_ERROR)
        return Status::DataError(name_ + ":" + std::to_string(XML_GetCurrentLineNumber(parser_.get())) +
                                 ": invalid XML: " + XML_ErrorString(XML_GetErrorCode(parser_.get())));
      if (at + n >= data.size()) break;
    }
    return Status::Ok();
  }

 private:
  struct Deleter {
    void operator()(XML_ParserStruct* p) const { XML_ParserFree(p); }
  };
  std::unique_ptr<XML_ParserStruct, Deleter> parser_;  // The parser (null when it could not be made).
  ExpatState<Handler> state_;                          // What its callbacks reach.
  std::string name_;                                   // The input's name in errors.
};

}  // namespace qbank::internal
