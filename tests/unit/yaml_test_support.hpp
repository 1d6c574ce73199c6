#pragma once
// YAML trees and problems as text, to compare two reads of the same text:
// every node's kind, place, text and quoting, every problem with its place.

#include <string>

#include "procure/core/diagnostic.hpp"
#include "procure/yaml/node.hpp"

namespace procure::test {

inline void describe_node(const yaml::Node& node, std::string& out) {
  out += std::to_string(static_cast<int>(node.kind)) + (node.quoted ? "q" : "") + "@" +
         std::to_string(node.line) + ":" + std::to_string(node.byte_column) + "[" + node.text + "]";
  if (node.is_sequence()) {
    out += "(";
    for (const auto& item : node.items)
      describe_node(item, out);
    out += ")";
  }
  if (node.is_map()) {
    out += "{";
    for (const auto& entry : node.entries) {
      describe_node(entry.key, out);
      out += "=";
      describe_node(entry.value, out);
    }
    out += "}";
  }
}

// Each problem: its code, arguments and place with the quoted line.
inline std::string describe_items(const Diagnostics& diagnostics) {
  std::string text;
  for (const auto& d : diagnostics.items()) {
    text += d.code;
    for (const auto& [name, value] : d.args)
      text += " " + name + "=" + value;
    if (d.where)
      text += " @" + d.where->file + ":" + std::to_string(d.where->line) + ":" +
              std::to_string(d.where->column) + " " + d.where->line_text;
    text += ";";
  }
  return text;
}

// The counts of errors and warnings, then each problem.
inline std::string describe(const Diagnostics& diagnostics) {
  return std::to_string(diagnostics.error_count()) + "/" +
         std::to_string(diagnostics.warning_count()) + ";" + describe_items(diagnostics);
}

}  // namespace procure::test
