#pragma once
// "Did you mean": the closest valid name to a misspelt one.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace procure {

// Optimal string alignment distance (Damerau-Levenshtein with adjacent
// transpositions), case-insensitive for ASCII, counted in bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word`, if it is close enough to be a likely typo:
// at most a third of the word's length in edits (at least one), or a
// candidate that differs only by '-' versus '_' or case.
std::optional<std::string> nearest(std::string_view word, std::span<const std::string> candidates);
std::optional<std::string> nearest(std::string_view word,
                                   std::span<const std::string_view> candidates);

}  // namespace procure
