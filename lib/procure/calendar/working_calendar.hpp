#pragma once
// Working days in Norway as Regulation 1182/71 art. 2 defines them: every day
// except Saturdays, Sundays and public holidays. A case may add closing days
// of its own (Christmas Eve, say); they count as non-working days wherever
// the case's periods are counted, which can only lengthen them.

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "procure/calendar/norwegian_holidays.hpp"
#include "procure/time/civil_time.hpp"

namespace procure {

enum class DayKind { working_day, saturday, sunday, public_holiday, closing_day };

// "working-day", "saturday", ... for JSON.
std::string_view day_kind_name(DayKind kind);

class WorkingCalendar {
 public:
  WorkingCalendar() = default;
  explicit WorkingCalendar(std::vector<Date> closing_days);

  // A public holiday wins over the weekend (Easter Sunday is a holiday, not
  // just a Sunday); a closing day is reported only on an otherwise working day.
  DayKind kind(Date day) const;
  bool is_working_day(Date day) const { return kind(day) == DayKind::working_day; }
  std::optional<HolidayKind> holiday(Date day) const { return norwegian_holiday(day); }
  bool is_closing_day(Date day) const;
  std::span<const Date> closing_days() const { return closing_days_; }

  // `day` itself if it is a working day, else the first working day after it.
  Date working_day_on_or_after(Date day) const;
  // The first working day after `day`.
  Date next_working_day(Date day) const;
  // The first working day before `day`.
  Date previous_working_day(Date day) const;
  // Working days in (after, until]: the first day not counted, the last counted.
  int working_days_between(Date after, Date until) const;

 private:
  std::vector<Date> closing_days_;  // sorted, unique
};

}  // namespace procure
