#pragma once
// The result of parsing one value: the value, or the catalog code and
// arguments that say what is wrong with it. Readers attach the place.

#include <string>
#include <utility>
#include <variant>

#include "procure/core/message_catalog.hpp"

namespace procure {

struct Problem {
  std::string code;
  MessageArgs args;
};

template <class T>
class Parsed {
 public:
  Parsed(T value) : state_(std::move(value)) {}            // NOLINT(google-explicit-constructor)
  Parsed(Problem problem) : state_(std::move(problem)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }
  const T& value() const { return std::get<T>(state_); }
  const T& operator*() const { return value(); }
  const T* operator->() const { return &value(); }
  const Problem& problem() const { return std::get<Problem>(state_); }

 private:
  std::variant<T, Problem> state_;
};

}  // namespace procure
