#pragma once
// Values as Norwegian spreadsheets and e-tendering exports write them in CSV
// tables, turned into the forms case files use, so that the same readers
// (and their messages) apply. Only CSV cells get this: case files keep one
// unambiguous form.

#include <optional>
#include <string>
#include <string_view>

namespace procure {

// "03.06.2027 11:58" or "3.6.2027 11:58:07" (day first, with dots, as
// Norwegian Excel shows a date and time) as "2027-06-03 11:58"; nullopt when
// the text is not of that form (it is then read as it is).
std::optional<std::string> iso_from_day_first(std::string_view text);

// "kr 1 234 567,00", "1 234 567,00 kr", "kr. 1 234,50": kroner as Norwegian
// spreadsheets format them, with `kroner_code` in place of "kr" (NOK for a
// case in NOK); nullopt when the text names no kroner this way.
std::optional<std::string> amount_in_kroner(std::string_view text, std::string_view kroner_code);

}  // namespace procure
