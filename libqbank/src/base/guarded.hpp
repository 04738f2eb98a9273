// guarded(): runs a body that returns a Status or a Result, turning any escaping exception into an error Status.
#pragma once

#include <exception>
#include <new>
#include <string>
#include <string_view>

#include "qbank/status.hpp"

namespace qbank::internal {

// Runs body (returning a Status or a Result); an escaping exception becomes an error Status whose message
// starts with "what: ", so out of memory is an error, never a crash.
template <typename Body>
auto guarded(std::string_view what, Body&& body) noexcept -> decltype(body()) {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return Status::Internal(std::string(what) + ": out of memory");
  } catch (const std::exception& e) {
    return Status::Internal(std::string(what) + ": " + e.what());
  } catch (...) {
    return Status::Internal(std::string(what) + ": unexpected failure");
  }
}

}  // namespace qbank::internal
