#include "procure/evaluation/export_formats.hpp"

#include <algorithm>
#include <array>

#include "procure/core/ascii.hpp"

namespace procure {
namespace {

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

constexpr std::string_view no_break_space = "\xC2\xA0";
constexpr std::string_view narrow_no_break_space = "\xE2\x80\xAF";

// A blank as spreadsheets write one between thousands or next to a currency:
// its length at the front of `text`, or 0.
std::size_t blank_at(std::string_view text) {
  if (text.starts_with(' '))
    return 1;
  if (text.starts_with(no_break_space))
    return no_break_space.size();
  if (text.starts_with(narrow_no_break_space))
    return narrow_no_break_space.size();
  return 0;
}

std::size_t blank_before_end(std::string_view text) {
  for (const auto blank : {std::string_view(" "), no_break_space, narrow_no_break_space}) {
    if (text.ends_with(blank))
      return blank.size();
  }
  return 0;
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && text.front() == ' ')
    text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ')
    text.remove_suffix(1);
  return text;
}

char separator_of(AmountFormat::Thousands thousands) {
  switch (thousands) {
    case AmountFormat::Thousands::dot:
      return '.';
    case AmountFormat::Thousands::comma:
      return ',';
    case AmountFormat::Thousands::apostrophe:
      return '\'';
    case AmountFormat::Thousands::space:
      return ' ';
    case AmountFormat::Thousands::none:
      break;
  }
  return 0;
}

// The whole part of an amount: digits, grouped by three with `separator`
// after the first one to three, or not grouped at all; nullopt otherwise.
std::optional<std::string> whole_part(std::string_view text, AmountFormat::Thousands thousands) {
  std::string digits;
  std::size_t group = 0;
  bool grouped = false;
  const char separator = separator_of(thousands);
  while (!text.empty()) {
    std::size_t skip = 0;
    if (thousands == AmountFormat::Thousands::space)
      skip = blank_at(text);
    else if (separator != 0 && text.front() == separator)
      skip = 1;
    if (skip > 0) {
      // A separator follows one to three digits at first, exactly three later.
      if (group == 0 || group > 3 || (grouped && group != 3))
        return std::nullopt;
      grouped = true;
      group = 0;
      text.remove_prefix(skip);
      continue;
    }
    if (!is_digit(text.front()))
      return std::nullopt;
    digits += text.front();
    ++group;
    text.remove_prefix(1);
  }
  if (digits.empty() || (grouped && group != 3))
    return std::nullopt;
  return digits;
}

}  // namespace

std::optional<TimeFormat> TimeFormat::parse(std::string_view pattern) {
  struct Token {
    std::string_view text;
    Field field;
    std::size_t min_digits;
    std::size_t max_digits;
  };
  // Longest first, so that "mm" is not read as two "m".
  static constexpr std::array<Token, 9> tokens{{{"yyyy", Field::year, 4, 4},
                                                {"mm", Field::month, 2, 2},
                                                {"dd", Field::day, 2, 2},
                                                {"HH", Field::hour, 2, 2},
                                                {"MM", Field::minute, 2, 2},
                                                {"SS", Field::second, 2, 2},
                                                {"m", Field::month, 1, 2},
                                                {"d", Field::day, 1, 2},
                                                {"H", Field::hour, 1, 2}}};
  TimeFormat format;
  std::vector<Field> seen;
  while (!pattern.empty()) {
    const auto token = std::find_if(tokens.begin(), tokens.end(),
                                    [&](const Token& t) { return pattern.starts_with(t.text); });
    if (token != tokens.end()) {
      if (std::find(seen.begin(), seen.end(), token->field) != seen.end())
        return std::nullopt;
      seen.push_back(token->field);
      format.parts_.push_back({token->field, token->min_digits, token->max_digits, 0});
      pattern.remove_prefix(token->text.size());
      // Two fields side by side could not be told apart when one has one or two digits.
      if (!pattern.empty() && token->min_digits != token->max_digits && is_letter(pattern.front()))
        return std::nullopt;
      continue;
    }
    const char c = pattern.front();
    // Letters are fields (a misspelt one must not pass as a literal); the
    // text is ASCII so that every character is one byte.
    if (is_letter(c) || static_cast<unsigned char>(c) < 0x20 ||
        static_cast<unsigned char>(c) >= 0x7F)
      return std::nullopt;
    format.parts_.push_back({Field::literal, 0, 0, c});
    pattern.remove_prefix(1);
  }
  for (const Field needed : {Field::year, Field::month, Field::day, Field::hour, Field::minute}) {
    if (std::find(seen.begin(), seen.end(), needed) == seen.end())
      return std::nullopt;
  }
  return format;
}

std::optional<std::string> TimeFormat::to_iso(std::string_view text) const {
  text = trimmed(text);
  std::array<std::string, 6> values;  // year, month, day, hour, minute, second
  for (const auto& part : parts_) {
    if (part.field == Field::literal) {
      if (text.empty() || text.front() != part.literal)
        return std::nullopt;
      text.remove_prefix(1);
      continue;
    }
    std::size_t n = 0;
    while (n < text.size() && n < part.max_digits && is_digit(text[n]))
      ++n;
    if (n < part.min_digits)
      return std::nullopt;
    std::string digits(n == 1 ? 1 : 0, '0');  // one digit is padded to two
    digits.append(text.substr(0, n));
    values[static_cast<std::size_t>(part.field) - 1] = std::move(digits);
    text.remove_prefix(n);
  }
  if (!text.empty())
    return std::nullopt;
  std::string iso =
      values[0] + "-" + values[1] + "-" + values[2] + " " + values[3] + ":" + values[4];
  if (!values[5].empty())
    iso += ":" + values[5];
  return iso;
}

std::optional<std::string> AmountFormat::to_amount(std::string_view text,
                                                   std::string_view currency_code) const {
  text = trimmed(text);
  if (!currency.empty()) {
    if (text.starts_with(currency)) {
      text.remove_prefix(currency.size());
      text.remove_prefix(blank_at(text));
    } else if (text.ends_with(currency)) {
      text.remove_suffix(currency.size());
      text.remove_suffix(blank_before_end(text));
    }
  }
  std::string sign;
  if (text.starts_with('-')) {
    sign = "-";
    text.remove_prefix(1);
  }
  std::string_view fraction;
  if (const auto point = text.rfind(decimal); point != std::string_view::npos) {
    fraction = text.substr(point + 1);
    text = text.substr(0, point);
    if (fraction.empty() || !std::all_of(fraction.begin(), fraction.end(), is_digit))
      return std::nullopt;
  }
  const auto whole = whole_part(text, thousands);
  if (!whole)
    return std::nullopt;
  std::string amount = std::string(currency_code) + " " + sign + *whole;
  if (!fraction.empty()) {
    amount += '.';
    amount.append(fraction);
  }
  return amount;
}

std::string AmountFormat::example() const {
  const char separator = separator_of(thousands);
  const std::string group = separator == 0 ? std::string() : std::string(1, separator);
  std::string number = "1" + group + "234" + group + "567" + decimal + "89";
  return currency.empty() ? number : currency + " " + number;
}

}  // namespace procure
