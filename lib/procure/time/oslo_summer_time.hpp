#pragma once
// When Norway keeps summer time (CEST, UTC+2 instead of CET, UTC+1), for
// every instant of the years the toolkit accepts (1900-2199). The rules are
// written out here rather than read from the machine's tz database: the
// database's explicit transitions end in 2037, and the rule that continues
// them is not read by the library that reads the database.

#include <chrono>
#include <vector>

namespace procure {

using Instant = std::chrono::sys_seconds;

// A span of summer time: from `begins` (included) to `ends` (excluded).
struct SummerTimePeriod {
  Instant begins;
  Instant ends;
};

// The summer time periods that begin in `year` (UTC), in order; none for a
// year without summer time (1917-1939, 1941, 1942, 1946-1958, 1966-1979).
std::vector<SummerTimePeriod> oslo_summer_time_periods(int year);

// Whether Oslo keeps summer time at `instant`.
bool is_oslo_summer_time(Instant instant);

}  // namespace procure
