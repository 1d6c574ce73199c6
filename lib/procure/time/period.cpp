#include "procure/time/period.hpp"

#include <array>
#include <charconv>

namespace procure {
namespace {

struct UnitName {
  std::string_view suffix;
  PeriodUnit unit;
};

constexpr std::array<UnitName, 5> units{{
    {"d", PeriodUnit::days},
    {"wd", PeriodUnit::working_days},
    {"w", PeriodUnit::weeks},
    {"mo", PeriodUnit::months},
    {"h", PeriodUnit::hours},
}};

// A hundred years of days: far beyond any procurement, and it keeps every
// result inside the years the calendar knows.
constexpr int max_count = 36'500;

}  // namespace

Parsed<Period> Period::parse(std::string_view text) {
  const Problem invalid{"period.invalid", {{"value", std::string(text)}}};
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9')
    ++digits;
  if (digits == 0 || digits > 6)
    return invalid;
  std::string_view rest = text.substr(digits);
  if (rest.starts_with(' '))
    rest.remove_prefix(1);
  int count = 0;
  std::from_chars(text.data(), text.data() + digits, count);
  for (const auto& u : units) {
    if (rest != u.suffix)
      continue;
    if (count < 1 || count > max_count) {
      return Problem{"period.out-of-range",
                     {{"value", std::string(text)}, {"max", std::to_string(max_count)}}};
    }
    return Period{count, u.unit};
  }
  return invalid;
}

std::string_view Period::suffix(PeriodUnit unit) {
  for (const auto& u : units) {
    if (u.unit == unit)
      return u.suffix;
  }
  return "?";
}

std::string Period::text() const {
  return std::to_string(count) + std::string(suffix(unit));
}

}  // namespace procure
