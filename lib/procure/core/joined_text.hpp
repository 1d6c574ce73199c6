#pragma once
// A text held in parts, one after another (a report's rendered segments, its
// Markdown with the figures left out): its size, and the parts joined into
// one string, copied once into room made for all of them.

#include <cstddef>
#include <string>
#include <string_view>

namespace procure {

template <class Parts>
std::size_t joined_size(const Parts& parts) {
  std::size_t size = 0;
  for (const auto& part : parts)
    size += std::string_view(part).size();
  return size;
}

template <class Parts>
std::string joined(const Parts& parts) {
  std::string text;
  text.reserve(joined_size(parts));
  for (const auto& part : parts)
    text += std::string_view(part);
  return text;
}

}  // namespace procure
