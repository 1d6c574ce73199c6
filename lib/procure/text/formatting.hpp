#pragma once
// Numbers, money and dates as a reader of each language expects them:
// "NOK 500 000" in English, "500 000 kr" in Norwegian; "Friday 6 April 2018
// at 12:00" and "fredag 6. april 2018 kl. 12.00".

#include <string>
#include <string_view>

#include "procure/core/decimal.hpp"
#include "procure/core/lang.hpp"
#include "procure/core/money.hpp"
#include "procure/time/civil_time.hpp"

namespace procure {

// Documents use no-break spaces inside numbers so that a line never breaks
// between "2 500" and "000"; terminals and machine output use plain spaces.
enum class Spacing { plain, no_break };

std::string format_decimal(const Decimal& value, Lang lang, Spacing spacing = Spacing::plain);
// Minor units are shown only when there are any: "NOK 2 500 000", "NOK 1 234,50".
std::string format_money(const Money& money, Lang lang, Spacing spacing = Spacing::plain);
// "30 %" (with the language's decimal separator).
std::string format_percent(const Decimal& value, Lang lang, Spacing spacing = Spacing::plain);

std::string_view weekday_name(unsigned iso_weekday, Lang lang);
std::string_view month_name(unsigned month, Lang lang);

// "6 April 2018" / "6. april 2018".
std::string format_date_long(Date date, Lang lang);
// "Friday 6 April 2018" / "fredag 6. april 2018".
std::string format_date_with_weekday(Date date, Lang lang);
// "12:00" / "12.00".
std::string format_time(TimeOfDay time, Lang lang);
// "Friday 6 April 2018 at 12:00" / "fredag 6. april 2018 kl. 12.00".
std::string format_date_time_long(const DateTime& when, Lang lang);
// A receipt in a table, short: "30 May 2018 08:55:12" / "30.05.2018 kl. 08.55.12"
// (the seconds only when there are any).
std::string format_date_time_short(const DateTime& when, Lang lang);
// "Thursday 22 March 2018, 09:30–12:00" / "torsdag 22. mars 2018 kl. 09.30–12.00";
// a span over several days gives both ends in full: "… kl. 09.00 – fredag 23. mars 2018 kl. 16.00";
// a whole day is the day alone.
std::string format_time_span(const DateTime& start, const DateTime& end, Lang lang);
// "week 16" / "uke 16" / "veke 16", and ranges "weeks 16-17".
std::string format_window(const DateWindow& window, Lang lang);

}  // namespace procure
