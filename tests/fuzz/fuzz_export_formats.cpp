// Fuzz target for the formats an import mapping declares for an export's
// times and amounts (export_formats.hpp). The first byte picks the amount
// format (decimal mark, thousands separator, currency text); the rest is a
// time pattern, a line break and a value. A pattern that parses turns a
// value it accepts into yyyy-mm-dd HH:MM[:SS]; an amount accepted becomes
// "NOK [-]digits[.digits]" with the value's digits, in order, none added or
// dropped.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "procure/evaluation/export_formats.hpp"

namespace {

using procure::AmountFormat;
using procure::TimeFormat;
using procure::fuzz::expect;

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

std::string digits_of(std::string_view text) {
  std::string out;
  std::copy_if(text.begin(), text.end(), std::back_inserter(out), is_digit);
  return out;
}

// yyyy-mm-dd HH:MM, optionally :SS.
bool is_iso_time(std::string_view text) {
  constexpr std::string_view shape = "dddd-dd-dd dd:dd:dd";
  if (text.size() != 16 && text.size() != 19)
    return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (shape[i] == 'd' ? !is_digit(text[i]) : text[i] != shape[i])
      return false;
  }
  return true;
}

void check_amount(const AmountFormat& format, std::string_view value) {
  const auto amount = format.to_amount(value, "NOK");
  if (!amount)
    return;
  std::string_view rest(*amount);
  expect(rest.starts_with("NOK "), "an amount names the case's currency");
  rest.remove_prefix(4);
  if (rest.starts_with('-'))
    rest.remove_prefix(1);
  const auto point = rest.find('.');
  const auto whole = rest.substr(0, point);
  expect(!whole.empty() && std::all_of(whole.begin(), whole.end(), is_digit),
         "an amount's whole part is digits");
  if (point != std::string_view::npos) {
    const auto fraction = rest.substr(point + 1);
    expect(!fraction.empty() && std::all_of(fraction.begin(), fraction.end(), is_digit),
           "an amount's fraction is digits");
  }
  // The currency texts tried hold no digits: every digit is the amount's.
  expect(digits_of(*amount) == digits_of(value), "an amount keeps the value's digits");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0)
    return 0;
  const unsigned choice = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  const auto line_break = text.find('\n');
  const auto pattern = text.substr(0, line_break);
  const auto value =
      line_break == std::string_view::npos ? std::string_view() : text.substr(line_break + 1);

  if (const auto format = TimeFormat::parse(pattern)) {
    if (const auto iso = format->to_iso(value))
      expect(is_iso_time(*iso), "a time read by a pattern is yyyy-mm-dd HH:MM[:SS]");
  }

  AmountFormat amount;
  amount.decimal = (choice & 1) != 0 ? '.' : ',';
  amount.thousands = static_cast<AmountFormat::Thousands>((choice >> 1) % 5);
  constexpr std::string_view currencies[] = {"", "kr", "NOK", "kr."};
  amount.currency = std::string(currencies[(choice >> 4) % 4]);
  check_amount(amount, value);
  check_amount(amount, pattern);
  return 0;
}
