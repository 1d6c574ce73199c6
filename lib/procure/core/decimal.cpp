#include "procure/core/decimal.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <limits>
#include <vector>

namespace procure {
namespace {

using Coefficient = Decimal::Coefficient;

// Values with more than 27 significant digits are refused at parse time, so
// that a sum or product of two valid inputs still fits in 128 bits.
constexpr int max_digits = 27;

Coefficient power_of_ten(int n) {
  Coefficient p = 1;
  for (int i = 0; i < n; ++i)
    p *= 10;
  return p;
}

bool scale_up(Coefficient units, int by, Coefficient& out) {
  out = units;
  for (int i = 0; i < by; ++i) {
    if (__builtin_mul_overflow(out, Coefficient{10}, &out))
      return false;
  }
  return true;
}

// Recognises one group separator at s[i]; returns its length in bytes or 0.
std::size_t separator_at(std::string_view s, std::size_t i) {
  if (s[i] == ' ' || s[i] == '_')
    return 1;
  if (s.substr(i, 2) == "\xC2\xA0")
    return 2;  // no-break space
  if (s.substr(i, 3) == "\xE2\x80\xAF" || s.substr(i, 3) == "\xE2\x80\x89")
    return 3;  // narrow/thin
  return 0;
}

// An optional '-', then digits, or digits, one '.' or ',' and digits, that no
// check of the general reading could refuse: read without its groups and
// copies, as nearly every score and price is written. Nullopt for any other
// text, which the general reading reads or refuses.
std::optional<Decimal> plain_decimal(std::string_view text) {
  const bool negative = text.starts_with('-');
  if (negative)
    text.remove_prefix(1);
  if (text.size() > static_cast<std::size_t>(max_digits))
    return std::nullopt;
  std::size_t point = std::string_view::npos;
  Coefficient units = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9')
      units = units * 10 + (c - '0');
    else if ((c == '.' || c == ',') && point == std::string_view::npos)
      point = i;
    else
      return std::nullopt;
  }
  const std::size_t whole = point == std::string_view::npos ? text.size() : point;
  const std::size_t fraction = point == std::string_view::npos ? 0 : text.size() - point - 1;
  // Three decimals may be a thousands group ("1,500"): the general reading decides.
  if (whole == 0 || (point != std::string_view::npos && (fraction == 0 || fraction == 3)) ||
      fraction > static_cast<std::size_t>(Decimal::max_scale))
    return std::nullopt;
  return Decimal::from_units(negative ? -units : units, static_cast<int>(fraction));
}

// The decimal digits of `units` (not negative), most significant first, at
// the start of `digits`; how many. A Coefficient has at most 39 digits.
std::size_t write_digits(Coefficient units, char (&digits)[40]) {
  // Nearly every amount and score fits 64 bits, where to_chars needs no
  // 128-bit division for each digit.
  if (units >= 0 && units <= std::numeric_limits<std::uint64_t>::max()) {
    const auto end =
        std::to_chars(digits, digits + sizeof digits, static_cast<std::uint64_t>(units));
    return static_cast<std::size_t>(end.ptr - digits);
  }
  std::size_t count = 0;
  while (units > 0) {
    digits[count++] = static_cast<char>('0' + static_cast<int>(units % 10));
    units /= 10;
  }
  std::reverse(digits, digits + count);
  return count;
}

}  // namespace

Parsed<Decimal> Decimal::parse(std::string_view text) {
  if (auto plain = plain_decimal(text))
    return *plain;
  return decimal_detail::parse_in_general(text);
}

Parsed<Decimal> decimal_detail::parse_in_general(std::string_view text) {
  const std::string_view original = text;
  const auto bad = [&](std::string code) {
    return Problem{std::move(code), {{"value", std::string(original)}}};
  };
  while (!text.empty() && text.front() == ' ')
    text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ')
    text.remove_suffix(1);
  if (text.empty())
    return bad("number.empty");
  bool negative = false;
  if (text.front() == '-' || text.front() == '+') {
    negative = text.front() == '-';
    text.remove_prefix(1);
  } else if (text.starts_with("\xE2\x88\x92")) {  // U+2212 minus sign, as word processors write it
    negative = true;
    text.remove_prefix(3);
  }
  if (text.empty())
    return bad("number.empty");
  std::vector<std::string> groups{""};
  std::string fraction;
  char point = 0;
  bool grouped = false;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      (point != 0 ? fraction : groups.back()).push_back(c);
      ++i;
    } else if (const auto sep = separator_at(text, i); sep > 0 && point == 0) {
      if (groups.back().empty())
        return bad("number.invalid");
      groups.emplace_back();
      grouped = true;
      i += sep;
    } else if ((c == '.' || c == ',') && point == 0) {
      point = c;
      ++i;
    } else if ((c == '.' || c == ',') && fraction.size() == 3) {
      return bad("number.grouped-with-points");
    } else {
      return bad("number.invalid");
    }
  }
  if (groups.front().empty() || groups.back().empty())
    return bad("number.invalid");
  if (point != 0 && fraction.empty())
    return bad("number.invalid");
  if (grouped) {
    // Nor does a first group of zeros ("0 569,278" is 569,278, written out
    // "569.278", which is ambiguous).
    if (groups.front().size() > 3 || groups.front().front() == '0')
      return bad("number.bad-grouping");
    for (std::size_t g = 1; g < groups.size(); ++g) {
      if (groups[g].size() != 3)
        return bad("number.bad-grouping");
    }
  }
  std::string whole;
  for (const auto& g : groups)
    whole += g;
  // "1,500" or "2.250": a thousands group or three decimals? Refuse to guess.
  // Zeros before the whole part do not tell ("01.140" is 1.140 or 1 140
  // as much as "1.140" is, which is how it is written out again); a whole
  // part of nothing but zeros does ("0.125").
  const auto first_digit = whole.find_first_not_of('0');
  if (!grouped && point != 0 && fraction.size() == 3 && first_digit != std::string::npos &&
      whole.size() - first_digit <= 3) {
    return bad("number.ambiguous");
  }
  if (static_cast<int>(fraction.size()) > Decimal::max_scale)
    return bad("number.too-precise");
  const std::string digits = whole + fraction;
  const auto significant = digits.find_first_not_of('0');
  if (significant != std::string::npos &&
      static_cast<int>(digits.size() - significant) > max_digits) {
    return bad("number.too-large");
  }
  Coefficient units = 0;
  for (const char d : digits)
    units = units * 10 + (d - '0');
  return Decimal::from_units(negative ? -units : units, static_cast<int>(fraction.size()));
}

bool Decimal::is_integer() const {
  return units_ % power_of_ten(scale_) == 0;
}

std::optional<Decimal> Decimal::plus(const Decimal& other) const {
  const int scale = std::max(scale_, other.scale_);
  Coefficient a = 0;
  Coefficient b = 0;
  Coefficient sum = 0;
  if (!scale_up(units_, scale - scale_, a) || !scale_up(other.units_, scale - other.scale_, b) ||
      __builtin_add_overflow(a, b, &sum)) {
    return std::nullopt;
  }
  return Decimal(sum, scale);
}

std::optional<Decimal> Decimal::minus(const Decimal& other) const {
  return plus(other.negated());
}

std::optional<Decimal> Decimal::times(const Decimal& other) const {
  Coefficient product = 0;
  if (__builtin_mul_overflow(units_, other.units_, &product))
    return std::nullopt;
  Decimal result(product, scale_ + other.scale_);
  // Keep the scale bounded; exact products of two inputs have at most 18 decimals.
  while (result.scale_ > 2 * max_scale && result.units_ % 10 == 0) {
    result.units_ /= 10;
    --result.scale_;
  }
  return result;
}

Decimal Decimal::rounded(int scale) const {
  if (scale >= scale_) {
    Coefficient units = 0;
    if (!scale_up(units_, scale - scale_, units))
      return *this;
    return Decimal(units, scale);
  }
  const Coefficient divisor = power_of_ten(scale_ - scale);
  Coefficient quotient = units_ / divisor;
  const Coefficient remainder = units_ % divisor;
  const Coefficient twice = (remainder < 0 ? -remainder : remainder) * 2;
  if (twice >= divisor)
    quotient += units_ < 0 ? -1 : 1;
  return Decimal(quotient, scale);
}

Decimal Decimal::normalized() const {
  Decimal result = *this;
  while (result.scale_ > 0 && result.units_ % 10 == 0) {
    result.units_ /= 10;
    --result.scale_;
  }
  return result;
}

double Decimal::to_double() const {
  return static_cast<double>(units_) / static_cast<double>(power_of_ten(scale_));
}

std::string Decimal::to_string() const {
  return to_string("", ".");
}

std::string Decimal::to_string(std::string_view group, std::string_view point) const {
  char digits[40];
  const std::size_t count = write_digits(units_ < 0 ? -units_ : units_, digits);
  // The units' digits, with zeros before them to give one whole digit at
  // least ("5" at two decimals is 0.05): no division of the 128-bit units.
  const auto scale = static_cast<std::size_t>(std::max(scale_, 0));
  const std::size_t zeros = count > scale ? 0 : scale + 1 - count;
  const std::size_t whole = zeros + count - scale;
  const auto digit = [&](std::size_t i) { return i < zeros ? '0' : digits[i - zeros]; };
  std::string out;
  out.reserve(1 + whole + (whole / 3) * group.size() + point.size() + scale);
  if (units_ < 0)
    out += '-';
  for (std::size_t i = 0; i < whole; ++i) {
    if (i > 0 && (whole - i) % 3 == 0)
      out += group;
    out += digit(i);
  }
  if (scale > 0) {
    out += point;
    for (std::size_t i = whole; i < whole + scale; ++i)
      out += digit(i);
  }
  return out;
}

std::strong_ordering Decimal::operator<=>(const Decimal& other) const {
  const int scale = std::max(scale_, other.scale_);
  Coefficient a = 0;
  Coefficient b = 0;
  const bool fits_a = scale_up(units_, scale - scale_, a);
  const bool fits_b = scale_up(other.units_, scale - other.scale_, b);
  if (fits_a && fits_b)
    return a <=> b;
  // Only reachable with huge magnitudes: the one that overflowed is the larger in magnitude.
  if (!fits_a)
    return units_ < 0 ? std::strong_ordering::less : std::strong_ordering::greater;
  return other.units_ < 0 ? std::strong_ordering::greater : std::strong_ordering::less;
}

}  // namespace procure
