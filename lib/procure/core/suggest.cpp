#include "procure/core/suggest.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace procure {
namespace {

char fold(char c) {
  if (c == '-')
    return '_';
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

template <class Range>
std::optional<std::string> nearest_in(std::string_view word, const Range& candidates) {
  std::optional<std::string> best;
  std::size_t best_distance = 0;
  const std::size_t allowed = std::max<std::size_t>(1, (word.size() + 2) / 3);
  for (const auto& candidate : candidates) {
    // The distance is at least the difference in length: a word far longer
    // than every candidate (a pasted document) costs nothing to rule out.
    const std::size_t size = std::string_view(candidate).size();
    if ((word.size() > size ? word.size() - size : size - word.size()) > allowed)
      continue;
    const std::size_t d = edit_distance(word, candidate);
    if (d == 0 && std::string_view(candidate) == word)
      continue;
    if (d <= allowed && (!best || d < best_distance)) {
      best = std::string(candidate);
      best_distance = d;
    }
  }
  return best;
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  std::vector<std::size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
  for (std::size_t j = 0; j <= m; ++j)
    prev[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = fold(a[i - 1]) == fold(b[j - 1]) ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && fold(a[i - 1]) == fold(b[j - 2]) && fold(a[i - 2]) == fold(b[j - 1])) {
        cur[j] = std::min(cur[j], prev2[j - 2] + 1);
      }
    }
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[m];
}

std::optional<std::string> nearest(std::string_view word, std::span<const std::string> candidates) {
  return nearest_in(word, candidates);
}

std::optional<std::string> nearest(std::string_view word,
                                   std::span<const std::string_view> candidates) {
  return nearest_in(word, candidates);
}

}  // namespace procure
