#include "procure/documents/template_value.hpp"

#include <cstdint>
#include <cstring>
#include <stdexcept>

#include "procure/core/byte_scan.hpp"

namespace procure {

namespace {

// Whether the `size` bytes at `x` and `y` are the same: a word or two at a
// time, the first and the last, which may overlap.
bool same_bytes(const char* x, const char* y, std::size_t size) {
  using byte_scan::word_at;
  if (size >= 8 && size <= 16) {
    return word_at(x) == word_at(y) && word_at(x + size - 8) == word_at(y + size - 8);
  }
  if (size >= 4 && size < 8) {
    return word_at<std::uint32_t>(x) == word_at<std::uint32_t>(y) &&
           word_at<std::uint32_t>(x + size - 4) == word_at<std::uint32_t>(y + size - 4);
  }
  return std::memcmp(x, y, size) == 0;
}

// Field names are a few bytes long and mostly differ in length or in their
// first byte, told here without a call; a report's tender sets and looks up
// thousands of fields, each set looking at the names set before.
bool same_name(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         (a.empty() || (a.front() == b.front() && same_bytes(a.data(), b.data(), a.size())));
}

}  // namespace

TemplateValue TemplateValue::borrowed(std::string_view text) {
  TemplateValue value;
  value.value_ = text;
  return value;
}

TemplateValue TemplateValue::list(std::size_t room) {
  TemplateValue value;
  value.value_.emplace<List>().reserve(room);
  return value;
}

TemplateValue TemplateValue::record(std::size_t room) {
  TemplateValue value;
  auto& record = value.value_.emplace<Record>();
  record.names.reserve(room);
  record.values.reserve(room);
  return value;
}

TemplateValue TemplateValue::from_json(const nlohmann::json& json) {
  if (json.is_null())
    return {};
  if (json.is_boolean())
    return json.get<bool>();
  if (json.is_string())
    return json.get<std::string>();
  if (json.is_array()) {
    TemplateValue value = list(json.size());
    for (const auto& item : json)
      value.push(from_json(item));
    return value;
  }
  if (json.is_object()) {
    TemplateValue value = record(json.size());
    auto& record = std::get<Record>(value.value_);
    // The keys are copied once, side by side, and named from there; a
    // JSON object's keys are distinct: appended, not searched for.
    auto keys = std::make_shared<std::string>();
    for (const auto& [key, item] : json.items())
      *keys += key;
    std::size_t at = 0;
    for (const auto& [key, item] : json.items()) {
      record.names.push_back(std::string_view(*keys).substr(at, key.size()));
      at += key.size();
      record.values.push_back(from_json(item));
    }
    record.keys = std::move(keys);
    return value;
  }
  return json.dump();
}

nlohmann::json TemplateValue::to_json() const {
  if (const bool* f = flag())
    return *f;
  if (is_text())
    return std::string(text());
  if (const List* list = items()) {
    nlohmann::json json = nlohmann::json::array();
    for (const auto& item : *list)
      json.push_back(item.to_json());
    return json;
  }
  if (const Record* record = fields()) {
    nlohmann::json json = nlohmann::json::object();
    for (std::size_t i = 0; i < record->names.size(); ++i)
      json[std::string(record->names[i])] = record->values[i].to_json();
    return json;
  }
  return nullptr;
}

std::string_view TemplateValue::text() const {
  if (const auto* owned = std::get_if<std::string>(&value_))
    return *owned;
  if (const auto* view = std::get_if<std::string_view>(&value_))
    return *view;
  return {};
}

const TemplateValue* TemplateValue::field(std::string_view name) const {
  std::size_t hint = 0;
  return field(name, hint);
}

const TemplateValue* TemplateValue::field(std::string_view name, std::size_t& hint) const {
  const Record* record = fields();
  if (record == nullptr)
    return nullptr;
  // A record's names are distinct: the one found at the hint is the field.
  if (hint < record->names.size() && same_name(record->names[hint], name))
    return &record->values[hint];
  for (std::size_t i = 0; i < record->names.size(); ++i) {
    if (same_name(record->names[i], name)) {
      hint = i;
      return &record->values[i];
    }
  }
  return nullptr;
}

TemplateValue& TemplateValue::set(FieldName name, TemplateValue value) {
  Record* record = std::get_if<Record>(&value_);
  if (record == nullptr)
    throw std::logic_error("a field set on a template value that is no record");
  for (std::size_t i = 0; i < record->names.size(); ++i) {
    if (same_name(record->names[i], name.text()))
      return record->values[i] = std::move(value);
  }
  record->names.push_back(name.text());
  return record->values.emplace_back(std::move(value));
}

TemplateValue& TemplateValue::push(TemplateValue value) {
  List* list = std::get_if<List>(&value_);
  if (list == nullptr)
    throw std::logic_error("an item pushed on a template value that is no list");
  return list->emplace_back(std::move(value));
}

std::size_t TemplateValue::count() const {
  std::size_t count = 1;
  // Most values are text or flags: counted without a call each (a report's
  // tender is two thousand values, counted for every tender).
  const auto add = [&count](const TemplateValue& value) {
    const bool holds = value.items() != nullptr || value.fields() != nullptr;
    count += holds ? value.count() : 1;
  };
  if (const List* list = items()) {
    for (const auto& item : *list)
      add(item);
  } else if (const Record* record = fields()) {
    for (const auto& value : record->values)
      add(value);
  }
  return count;
}

}  // namespace procure
