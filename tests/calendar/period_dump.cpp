// Reads "DATE PERIOD" lines from standard input and prints "DATE PERIOD
// LAST" for each: the last day of the period counted by Regulation 1182/71
// with Norwegian holidays. compare_calendar.py checks these against an
// independent implementation built on python-holidays and dateutil.
#include <iostream>
#include <sstream>
#include <string>

#include "procure/calendar/period_end.hpp"

int main() {
  const procure::WorkingCalendar calendar;
  std::string line;
  while (std::getline(std::cin, line)) {
    std::istringstream fields(line);
    std::string day;
    std::string period;
    fields >> day >> period;
    const auto from = procure::Date::parse(day);
    const auto length = procure::Period::parse(period);
    if (!from || !length) {
      std::cout << day << " " << period << " invalid\n";
      continue;
    }
    const auto end = procure::count_period(*from, *length, calendar);
    std::cout << day << " " << period << " " << (end ? end->last.iso() : end.problem().code)
              << "\n";
  }
  return 0;
}
