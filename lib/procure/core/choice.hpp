#pragma once
// A name as written in files and on the command line, and the value it
// stands for. Tables of these drive parsing, suggestions and printing alike.

#include <span>
#include <string_view>

namespace procure {

template <class E>
struct Choice {
  std::string_view name;
  E value;
};

template <class E>
std::string_view name_in(std::span<const Choice<E>> choices, E value) {
  for (const auto& c : choices) {
    if (c.value == value)
      return c.name;
  }
  return "?";
}

}  // namespace procure
