#pragma once
// Norwegian public holidays (lov om helligdager og helligdagsfred § 2, and the
// law of 26 April 1947 on 1 and 17 May), computed for any supported year:
// the fixed days, and the days that move with Easter (Gregorian computus).
// Every Sunday is a holy day too, but a Sunday is not a working day anyway,
// so only named holidays are listed here.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "procure/core/choice.hpp"
#include "procure/time/civil_time.hpp"

namespace procure {

enum class HolidayKind {
  new_years_day,     // 1 January
  maundy_thursday,   // Easter - 3
  good_friday,       // Easter - 2
  easter_sunday,     // Easter
  easter_monday,     // Easter + 1
  labour_day,        // 1 May (from 1947)
  constitution_day,  // 17 May (from 1947)
  ascension_day,     // Easter + 39
  whit_sunday,       // Easter + 49
  whit_monday,       // Easter + 50
  christmas_day,     // 25 December
  boxing_day,        // 26 December
};

struct Holiday {
  Date date;
  HolidayKind kind = HolidayKind::new_years_day;
};

// Easter Sunday in the Gregorian calendar (the anonymous Gregorian
// algorithm, also known as Meeus/Jones/Butcher).
Date easter_sunday(int year);

// The year's public holidays in date order.
std::vector<Holiday> norwegian_holidays(int year);

// The holiday on `day`, if it is one.
std::optional<HolidayKind> norwegian_holiday(Date day);

// The names case files and JSON use ("easter-monday"), and the catalog key
// of each holiday's display name ("name.holiday.easter-monday").
std::span<const Choice<HolidayKind>> holiday_choices();
std::string holiday_display_key(HolidayKind kind);

}  // namespace procure
