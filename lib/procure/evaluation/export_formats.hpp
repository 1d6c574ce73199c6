#pragma once
// The formats an e-tendering system's export writes times and amounts in, as
// an import mapping (bids/import.yaml) declares them per column. A value is
// turned into the form case files use, so that the same readers (and their
// messages) check it; a value that does not fit its declared format is
// refused rather than guessed at.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace procure {

// A date and time pattern such as "dd.mm.yyyy HH:MM". Fields: yyyy (year),
// mm or m (month), dd or d (day), HH or H (hour), MM (minute), SS (second);
// lower-case m is the month, upper-case M the minute. A doubled letter takes
// exactly two digits, a single one one or two. Any other character that is
// not a letter stands for itself.
class TimeFormat {
 public:
  // Nullopt when the pattern has a letter that is no field, a field twice,
  // or lacks the year, month, day, hour or minute.
  static std::optional<TimeFormat> parse(std::string_view pattern);

  // "03.06.2027 11:58" as "2027-06-03 11:58"; nullopt when the text does not
  // fit the pattern. Whether the date exists is left to the date reader.
  std::optional<std::string> to_iso(std::string_view text) const;

 private:
  enum class Field { literal, year, month, day, hour, minute, second };
  struct Part {
    Field field = Field::literal;
    std::size_t min_digits = 0;
    std::size_t max_digits = 0;
    char literal = 0;
  };
  std::vector<Part> parts_;
};

// How an amount is written: "kr 1 234 567,00" is decimal comma, a blank
// between thousands and the currency text "kr".
struct AmountFormat {
  enum class Thousands { none, space, dot, comma, apostrophe };
  char decimal = ',';  // ',' or '.'
  Thousands thousands = Thousands::none;
  // Text written before or after the amount that stands for the case's
  // currency ("kr", "NOK"); empty when the cells carry none.
  std::string currency;

  // "kr 1 234 567,00" as "NOK 1234567.00" (with `currency_code` for the
  // currency text); nullopt when the text does not fit. A blank between
  // thousands may also be a no-break space (as Excel writes it).
  std::optional<std::string> to_amount(std::string_view text, std::string_view currency_code) const;
  // An amount written in this format, as messages show it: "kr 1 234 567,89".
  std::string example() const;
};

}  // namespace procure
