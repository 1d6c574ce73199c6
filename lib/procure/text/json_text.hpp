#pragma once
// A JSON document written straight into a string, without building a tree:
// two-space indents (the tools' JSON documents, a file a person may open),
// or one line (JSON Lines). Strings are quoted by append_json_string (inert to terminals);
// numbers are written as exact decimal text, so an amount of money never
// passes through a double.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "procure/core/decimal.hpp"

namespace procure {

enum class JsonLayout { indented, one_line };

class JsonText {
 public:
  JsonText(std::string& out, JsonLayout layout) : out_(out), layout_(layout) {}

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  // The key of the next value in the current object.
  void key(std::string_view name);

  void string(std::string_view text);
  // A string given in parts, each of whole characters, as string() writes
  // their join, without joining them (an export held as its cases' parts).
  void string_in_parts(std::span<const std::string> parts);
  void number(long long value);
  // The decimal as written ("2500000.00"), never rounded.
  void number(const Decimal& value);
  // A key and a string value; nothing when the text is empty (OCDS leaves
  // out what is not known rather than writing an empty string).
  void field(std::string_view name, std::string_view text);

  // How many objects and arrays are open.
  std::size_t depth() const { return levels_.size(); }
  // Takes up an array open `depth` levels deep, with items before or not.
  // So the items of one array can be written by several writers, each into
  // a text of its own (on other threads), and appended in order to the text
  // of the writer that opened the array, which then takes it up again.
  void continue_array(std::size_t depth, bool has_items);

 protected:
  // For writers that add kinds of values: call before writing one to text().
  void before_value();
  std::string& text() { return out_; }

 private:
  void newline();

  struct Level {
    bool empty = true;
  };
  std::string& out_;
  JsonLayout layout_;
  std::vector<Level> levels_;
  bool after_key_ = false;
};

}  // namespace procure
