#include "procure/documents/template_value.hpp"

#include <stdexcept>

namespace procure {

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
  value.value_.emplace<Record>().reserve(room);
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
    // A JSON object's keys are distinct: appended, not searched for.
    auto& fields = std::get<Record>(value.value_);
    for (const auto& [key, item] : json.items())
      fields.push_back({key, from_json(item)});
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
    for (const auto& [name, value] : *record)
      json[name] = value.to_json();
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
  const Record* record = fields();
  if (record == nullptr)
    return nullptr;
  for (const auto& f : *record) {
    if (f.name == name)
      return &f.value;
  }
  return nullptr;
}

TemplateValue& TemplateValue::set(std::string_view name, TemplateValue value) {
  Record* record = std::get_if<Record>(&value_);
  if (record == nullptr)
    throw std::logic_error("a field set on a template value that is no record");
  for (auto& f : *record) {
    if (f.name == name)
      return f.value = std::move(value);
  }
  record->push_back({std::string(name), std::move(value)});
  return record->back().value;
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
    for (const auto& f : *record)
      add(f.value);
  }
  return count;
}

}  // namespace procure
