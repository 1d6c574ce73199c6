#include "procure/load/value_readers.hpp"

#include <algorithm>

namespace procure {
namespace {

// "11:30-12:15": a break's start and end, the start first.
std::optional<std::pair<TimeOfDay, TimeOfDay>> read_break(yaml::Reader& reader,
                                                          const yaml::Node& node) {
  const auto text = reader.text(node);
  if (!text)
    return std::nullopt;
  const auto dash = text->find('-');
  const auto from = TimeOfDay::parse(text->substr(0, dash));
  const auto to = dash == std::string::npos ? Parsed<TimeOfDay>(Problem{})
                                            : TimeOfDay::parse(text->substr(dash + 1));
  if (!from || !to || !(*from < *to)) {
    reader.error(node, "dialogue.bad-break", {{"value", *text}});
    return std::nullopt;
  }
  return std::pair{*from, *to};
}

}  // namespace

std::optional<std::string> read_email(yaml::Reader& reader, const yaml::Node& node) {
  auto email = reader.text(node);
  if (!email)
    return std::nullopt;
  const auto at = email->find('@');
  if (at == std::string::npos || at == 0 || email->find('.', at) == std::string::npos ||
      email->find(' ') != std::string::npos) {
    reader.error(node, "value.bad-email", {{"value", *email}});
    return std::nullopt;
  }
  return email;
}

std::optional<OrganisationNumber> read_organisation_number(yaml::Reader& reader,
                                                           const yaml::Node& node) {
  const auto text = reader.text(node);
  if (!text)
    return std::nullopt;
  const auto number = OrganisationNumber::parse(*text);
  if (!number) {
    reader.report(node, number.problem());
    return std::nullopt;
  }
  return *number;
}

std::optional<std::chrono::minutes> read_minutes(yaml::Reader& reader, const yaml::Node& node,
                                                 int least) {
  const auto text = reader.text(node);
  if (!text)
    return std::nullopt;
  std::string_view digits = *text;
  if (digits.ends_with(" min"))
    digits.remove_suffix(4);
  const bool all_digits =
      !digits.empty() && digits.size() <= 3 &&
      std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
  const int minutes = all_digits ? std::stoi(std::string(digits)) : -1;
  if (minutes < least || minutes > 600) {
    reader.error(node, "dialogue.bad-minutes", {{"value", *text}});
    return std::nullopt;
  }
  return std::chrono::minutes(minutes);
}

const yaml::Node* read_slot_layout(yaml::Reader& reader, yaml::MapReader& map, SlotLayout& layout) {
  const yaml::Node* length = map.required("length");
  if (length != nullptr) {
    if (auto v = read_minutes(reader, *length, 1))
      layout.length = *v;
  }
  if (const auto* n = map.optional("gap")) {
    if (auto v = read_minutes(reader, *n, 0))
      layout.gap = *v;
  }
  if (const auto* n = map.optional("breaks")) {
    if (const auto* list = reader.sequence(*n)) {
      for (const auto& entry : *list) {
        if (auto v = read_break(reader, entry))
          layout.breaks.push_back(*v);
      }
    }
  }
  return length;
}

}  // namespace procure
