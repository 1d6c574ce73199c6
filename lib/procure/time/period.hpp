#pragma once
// A length of time as people write it on the command line and in case files:
// "35d" (calendar days), "10wd" (working days), "2w" (weeks), "3mo"
// (months), "12h" (hours). Counting a period from an event by the rules of
// Regulation 1182/71 is the calendar layer's work (period_end.hpp).

#include <string>
#include <string_view>

#include "procure/core/problem.hpp"

namespace procure {

enum class PeriodUnit { days, working_days, weeks, months, hours };

struct Period {
  int count = 0;
  PeriodUnit unit = PeriodUnit::days;

  // "35d", "35 d", "10wd", "2w", "3mo", "12h". The count is 1 to 36 500.
  static Parsed<Period> parse(std::string_view text);
  // As it would be written: "35d".
  std::string text() const;
  // The unit's suffix: "d", "wd", "w", "mo", "h".
  static std::string_view suffix(PeriodUnit unit);

  bool operator==(const Period&) const = default;
};

}  // namespace procure
