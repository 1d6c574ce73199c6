#include "procure/text/formatting.hpp"

#include <array>
#include <cstdio>

namespace procure {
namespace {

constexpr std::string_view nbsp = "\xC2\xA0";

std::string_view group_separator(Spacing spacing) {
  return spacing == Spacing::no_break ? nbsp : " ";
}
std::string_view decimal_point(Lang lang) {
  return lang == Lang::en ? "." : ",";
}

constexpr std::array<std::array<std::string_view, 7>, 3> weekdays{{
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
    {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"},
    {"måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "søndag"},
}};

constexpr std::array<std::array<std::string_view, 12>, 3> months{{
    {"January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"},
    {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
     "november", "desember"},
    {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
     "november", "desember"},
}};

std::size_t index_of(Lang lang) {
  return static_cast<std::size_t>(lang);
}

}  // namespace

std::string format_decimal(const Decimal& value, Lang lang, Spacing spacing) {
  return value.to_string(group_separator(spacing), decimal_point(lang));
}

std::string format_money(const Money& money, Lang lang, Spacing spacing) {
  Decimal amount = money.amount();
  if (amount.is_integer())
    amount = amount.rounded(0);
  const std::string number = format_decimal(amount, lang, spacing);
  const std::string space(group_separator(spacing));
  // Norwegian writes "500 000 kr" for kroner; other currencies keep their code first.
  if (lang != Lang::en && money.currency().code == "NOK")
    return number + space + "kr";
  return std::string(money.currency().code) + space + number;
}

std::string format_percent(const Decimal& value, Lang lang, Spacing spacing) {
  return format_decimal(value.normalized(), lang, spacing) + std::string(group_separator(spacing)) +
         "%";
}

std::string_view weekday_name(unsigned iso_weekday, Lang lang) {
  return weekdays[index_of(lang)][(iso_weekday + 6) % 7];
}

std::string_view month_name(unsigned month, Lang lang) {
  return months[index_of(lang)][(month + 11) % 12];
}

std::string format_date_long(Date date, Lang lang) {
  const std::string day = std::to_string(date.day());
  const std::string year = std::to_string(date.year());
  if (lang == Lang::en)
    return day + " " + std::string(month_name(date.month(), lang)) + " " + year;
  return day + ". " + std::string(month_name(date.month(), lang)) + " " + year;
}

std::string format_date_with_weekday(Date date, Lang lang) {
  return std::string(weekday_name(date.iso_weekday(), lang)) + " " + format_date_long(date, lang);
}

std::string format_time(TimeOfDay time, Lang lang) {
  std::string text = time.iso();
  if (lang != Lang::en) {
    for (char& c : text) {
      if (c == ':')
        c = '.';
    }
  }
  return text;
}

std::string format_date_time_long(const DateTime& when, Lang lang) {
  std::string text = format_date_with_weekday(when.date, lang);
  if (when.time)
    text += (lang == Lang::en ? " at " : " kl. ") + format_time(*when.time, lang);
  return text;
}

std::string format_date_time_short(const DateTime& when, Lang lang) {
  const Date d = when.date;
  std::string text;
  if (lang == Lang::en) {
    text = format_date_long(d, lang);
  } else {
    char day[16];
    std::snprintf(day, sizeof day, "%02u.%02u.%04d", d.day(), d.month(), d.year());
    text = day;
  }
  if (when.time)
    text += (lang == Lang::en ? " " : " kl. ") + format_time(*when.time, lang);
  return text;
}

std::string format_time_span(const DateTime& start, const DateTime& end, Lang lang) {
  if (start.date == end.date && !start.time && !end.time)
    return format_date_with_weekday(start.date, lang);
  if (start.date == end.date && start.time && end.time) {
    const std::string_view joint = lang == Lang::en ? ", " : " kl. ";
    return format_date_with_weekday(start.date, lang) + std::string(joint) +
           format_time(*start.time, lang) + "–" + format_time(*end.time, lang);
  }
  return format_date_time_long(start, lang) + " – " + format_date_time_long(end, lang);
}

std::string format_window(const DateWindow& window, Lang lang) {
  if (!window.in_weeks) {
    return format_date_long(window.first, lang) + " – " + format_date_long(window.last, lang);
  }
  const auto first = IsoWeek::of(window.first);
  const auto last = IsoWeek::of(window.last);
  const std::string_view single = lang == Lang::en ? "week" : lang == Lang::nb ? "uke" : "veke";
  const std::string_view plural = lang == Lang::en ? "weeks" : lang == Lang::nb ? "uke" : "veke";
  if (first == last)
    return std::string(single) + " " + std::to_string(first.week) + " " +
           std::to_string(first.year);
  const std::string years = first.year == last.year
                                ? std::to_string(last.year)
                                : std::to_string(first.year) + "/" + std::to_string(last.year);
  return std::string(plural) + " " + std::to_string(first.week) + "–" + std::to_string(last.week) +
         " " + years;
}

}  // namespace procure
