#pragma once
// A value of a template's data as the renderer reads it: null, a flag, text,
// a list, or a record of named fields. The documents build their data as
// JSON and the renderer takes it over once; the items of a long list (a
// report's thousand tenders, each with its criteria and reasons) are built as
// records directly, each field a name and a value side by side, where a JSON
// object would make a tree node and sort its key for every field, and their
// texts that the evaluation holds are borrowed, not copied. A field's name
// is the code's string literal, or the JSON key's, kept with the record: a
// report's tender sets some two thousand fields, none of them copying its
// name.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

namespace procure {

// A field's name as the code gives it: a string literal, which outlives
// every value (anything else does not compile).
class FieldName {
 public:
  template <std::size_t size>
  consteval FieldName(const char (&text)[size]) : text_(text, size - 1) {}
  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
};

class TemplateValue {
 public:
  using List = std::vector<TemplateValue>;
  // Names and values side by side: values[i] is named names[i].
  struct Record {
    std::vector<std::string_view> names;  // literals, or in `keys`
    std::vector<TemplateValue> values;
    std::shared_ptr<const std::string> keys;  // a JSON object's keys, one after another
  };

  TemplateValue() = default;  // null
  TemplateValue(bool flag) : value_(flag) {}
  TemplateValue(std::string text) : value_(std::move(text)) {}
  TemplateValue(const char* text) : value_(std::string(text)) {}
  // A number would turn into a flag: numbers are given as the text shown.
  template <class Number>
  requires std::is_arithmetic_v<Number> &&
      (!std::is_same_v<Number, bool>)TemplateValue(Number) = delete;

  // Text that lives elsewhere, longer than the value (an item of a deferred
  // list is dropped once rendered; the evaluation it shows stays).
  static TemplateValue borrowed(std::string_view text);
  static TemplateValue list(std::size_t room = 0);
  static TemplateValue record(std::size_t room = 0);

  // JSON's numbers become the text JSON writes for them.
  static TemplateValue from_json(const nlohmann::json& json);
  nlohmann::json to_json() const;

  bool is_null() const { return std::holds_alternative<std::monostate>(value_); }
  const bool* flag() const { return std::get_if<bool>(&value_); }
  bool is_text() const {
    return std::holds_alternative<std::string>(value_) ||
           std::holds_alternative<std::string_view>(value_);
  }
  // The text, or nothing for a value that is not text.
  std::string_view text() const;
  const List* items() const { return std::get_if<List>(&value_); }
  const Record* fields() const { return std::get_if<Record>(&value_); }

  // A record's field by name; null when this is no record or has no such field.
  const TemplateValue* field(std::string_view name) const;
  // The same, looking first at place `hint`, where the caller found a field
  // of that name before (records built alike hold their fields alike), and
  // setting it to where the field was found.
  const TemplateValue* field(std::string_view name, std::size_t& hint) const;
  // Sets a record's field (replacing one of that name) and returns its value.
  TemplateValue& set(FieldName name, TemplateValue value);
  // Adds an item to a list and returns it.
  TemplateValue& push(TemplateValue value);

  // How many values it holds, itself, lists and records included.
  std::size_t count() const;

 private:
  std::variant<std::monostate, bool, std::string, std::string_view, List, Record> value_;
};

}  // namespace procure
