#pragma once
// Instants, and Norwegian local time (Europe/Oslo: CET, and CEST in the
// summer time periods of oslo_summer_time.hpp, for every year 1900-2199).
// Case files write local times; comparisons across cases and with receipt
// stamps use instants.

#include <chrono>
#include <string>
#include <string_view>

#include "procure/core/problem.hpp"
#include "procure/time/civil_time.hpp"
#include "procure/time/oslo_summer_time.hpp"

namespace procure {

// The instant of a local date and time in Oslo. A time that the clocks skip
// (02:30 on the last Sunday of March) or pass twice (02:30 on the last
// Sunday of October) is a problem, never a guess: a deadline must be exact.
Parsed<Instant> oslo_instant(Date date, TimeOfDay time);

// The local date and time in Oslo of an instant (to the second).
DateTime oslo_local(Instant instant);

// The local date and time in Oslo as a person reads it ("2018-05-31
// 12:00"), with the UTC offset where the clocks show that time twice
// ("2026-10-25 02:30 +02:00", the night summer time ends).
std::string oslo_local_text(Instant instant);

// The UTC offset in Oslo at an instant: +01:00 in winter, +02:00 in summer.
std::chrono::minutes oslo_offset(Instant instant);

// A receipt stamp as e-tendering systems export it: with a zone
// ("2018-05-31T09:58:03Z", "2018-05-31T11:58:03+02:00") or as Oslo local
// time ("2018-05-31 11:58:03").
Parsed<Instant> parse_instant(std::string_view text);

// "2018-04-06T10:00:00Z".
std::string iso_utc(Instant instant);
// "2018-04-06T12:00:00+02:00".
std::string iso_oslo(Instant instant);

}  // namespace procure
