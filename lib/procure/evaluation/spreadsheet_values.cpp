#include "procure/evaluation/spreadsheet_values.hpp"

#include <array>

#include "procure/core/ascii.hpp"

namespace procure {
namespace {

// One or two digits (or exactly `width`) at the front of `text`, taken off it.
std::optional<std::string> digits(std::string_view& text, std::size_t min, std::size_t max) {
  std::size_t n = 0;
  while (n < text.size() && n < max && is_digit(text[n]))
    ++n;
  if (n < min || (n < text.size() && is_digit(text[n])))
    return std::nullopt;
  std::string out(text.substr(0, n));
  text.remove_prefix(n);
  return out;
}

bool take(std::string_view& text, char c) {
  if (text.empty() || text.front() != c)
    return false;
  text.remove_prefix(1);
  return true;
}

std::string two(const std::string& number) {
  return number.size() == 1 ? "0" + number : number;
}

}  // namespace

std::optional<std::string> iso_from_day_first(std::string_view text) {
  auto day = digits(text, 1, 2);
  if (!day || !take(text, '.'))
    return std::nullopt;
  auto month = digits(text, 1, 2);
  if (!month || !take(text, '.'))
    return std::nullopt;
  auto year = digits(text, 4, 4);
  if (!year)
    return std::nullopt;
  std::string iso = *year + "-" + two(*month) + "-" + two(*day);
  if (text.empty())
    return iso;
  // The time is passed on as it is: its own reader checks it.
  if (!take(text, ' ') || text.empty() || !is_digit(text.front()))
    return std::nullopt;
  auto hour = digits(text, 1, 2);
  if (!hour)
    return std::nullopt;
  return iso + " " + two(*hour) + std::string(text);
}

std::optional<std::string> amount_in_kroner(std::string_view text, std::string_view kroner_code) {
  static constexpr std::array<std::string_view, 3> before{"kr. ", "kr ", "kr\xC2\xA0"};
  static constexpr std::array<std::string_view, 2> after{" kr", "\xC2\xA0kr"};
  while (!text.empty() && text.front() == ' ')
    text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ')
    text.remove_suffix(1);
  for (const auto prefix : before) {
    if (text.starts_with(prefix))
      return std::string(kroner_code) + " " + std::string(text.substr(prefix.size()));
  }
  for (const auto suffix : after) {
    if (text.ends_with(suffix))
      return std::string(text.substr(0, text.size() - suffix.size())) + " " +
             std::string(kroner_code);
  }
  return std::nullopt;
}

}  // namespace procure
