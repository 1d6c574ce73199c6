#include "procure/text/json_text.hpp"

#include "procure/text/json_string.hpp"

namespace procure {

void JsonText::newline() {
  if (layout_ == JsonLayout::one_line)
    return;
  out_ += '\n';
  out_.append(levels_.size() * 2, ' ');
}

void JsonText::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty())
    return;
  Level& level = levels_.back();
  if (!level.empty)
    out_ += ',';
  level.empty = false;
  newline();
}

void JsonText::begin_object() {
  before_value();
  out_ += '{';
  levels_.push_back({});
}

void JsonText::begin_array() {
  before_value();
  out_ += '[';
  levels_.push_back({});
}

void JsonText::end_object() {
  const bool empty = levels_.back().empty;
  levels_.pop_back();
  if (!empty)
    newline();
  out_ += '}';
}

void JsonText::end_array() {
  const bool empty = levels_.back().empty;
  levels_.pop_back();
  if (!empty)
    newline();
  out_ += ']';
}

void JsonText::key(std::string_view name) {
  before_value();
  append_json_string(out_, name);
  out_ += layout_ == JsonLayout::one_line ? ":" : ": ";
  after_key_ = true;
}

void JsonText::string(std::string_view text) {
  before_value();
  append_json_string(out_, text);
}

void JsonText::string_in_parts(std::span<const std::string> parts) {
  before_value();
  // Each part quoted on its own, its quotes left out: a character is
  // escaped alike wherever the text around it is cut.
  std::size_t size = 0;
  for (const auto& part : parts)
    size += part.size();
  // Room for the parts and their escapes made once: a text of a hundred
  // megabytes grown by doubling held up to twice its size in room.
  out_.reserve(out_.size() + size + size / 4 + 2);
  out_ += '"';
  std::string quoted;
  for (const auto& part : parts) {
    quoted.clear();
    append_json_string(quoted, part);
    out_.append(quoted, 1, quoted.size() - 2);
  }
  out_ += '"';
}

void JsonText::number(long long value) {
  before_value();
  out_ += std::to_string(value);
}

void JsonText::number(const Decimal& value) {
  before_value();
  out_ += value.to_string();
}

void JsonText::field(std::string_view name, std::string_view text) {
  if (text.empty())
    return;
  key(name);
  string(text);
}

void JsonText::continue_array(std::size_t depth, bool has_items) {
  // Every level around the array holds something: at least the array.
  levels_.assign(depth, Level{false});
  if (!levels_.empty())
    levels_.back().empty = !has_items;
  after_key_ = false;
}

}  // namespace procure
