// Reads lines from standard input and answers each on one line, for
// compare_oslo_time.py:
//   "DATE TIME"  -> "DATE TIME UTC" (the instant in UTC, ISO 8601) or
//                   "DATE TIME CODE" (time.nonexistent-in-oslo, ...)
//   "@SECONDS"   -> "@SECONDS LOCAL OFFSET" (the Oslo local time of that
//                   Unix time and its UTC offset in minutes)
#include <iostream>
#include <sstream>
#include <string>

#include "procure/time/oslo_time.hpp"

int main() {
  std::string line;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line[0] == '@') {
      const procure::Instant instant{std::chrono::seconds{std::stoll(line.substr(1))}};
      std::cout << line << " " << procure::iso_oslo(instant).substr(0, 19) << " "
                << procure::oslo_offset(instant).count() << "\n";
      continue;
    }
    std::istringstream fields(line);
    std::string day;
    std::string time;
    fields >> day >> time;
    const auto date = procure::Date::parse(day);
    const auto time_of_day = procure::TimeOfDay::parse(time);
    if (!date || !time_of_day) {
      std::cout << day << " " << time << " invalid\n";
      continue;
    }
    const auto instant = procure::oslo_instant(*date, *time_of_day);
    std::cout << day << " " << time << " "
              << (instant ? procure::iso_utc(*instant) : instant.problem().code) << "\n";
  }
  return 0;
}
