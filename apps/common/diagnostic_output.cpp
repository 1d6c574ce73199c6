#include "diagnostic_output.hpp"

#include <algorithm>

#include "procure/core/utf8.hpp"
#include "procure/text/visible_controls.hpp"

namespace procure::cli {
namespace {

std::string severity_key(Severity severity) {
  return severity == Severity::error ? "ui.severity.error" : "ui.severity.warning";
}

// Tabs would shift the caret; show each as one space so columns stay true.
// Other control characters are shown, never acted on.
std::string printable(std::string_view line) {
  std::string out(line);
  std::replace(out.begin(), out.end(), '\t', ' ');
  return visible_controls(out);
}

// Arguments quote the input (a supplier's name, a value in case.yaml): on a
// terminal they must not act.
MessageArgs printable_args(const MessageArgs& args) {
  MessageArgs shown = args;
  for (auto& [name, value] : shown)
    value = visible_controls(value);
  return shown;
}

// The first `chars` characters of a line, for the caret's indentation.
std::string_view prefix_chars(std::string_view line, int chars) {
  std::size_t i = 0;
  int seen = 0;
  while (i < line.size() && seen < chars) {
    ++i;
    while (i < line.size() && utf8::is_continuation(line[i]))
      ++i;
    ++seen;
  }
  return line.substr(0, i);
}

// A finding may carry its rule and source as arguments (rules kept as data);
// the argument wins over the catalog's rule.
std::string arg_of(const Diagnostic& d, std::string_view name) {
  for (const auto& [key, value] : d.args) {
    if (key == name)
      return value;
  }
  return {};
}

std::string rule_of(const Diagnostic& d, const MessageCatalog& catalog) {
  const std::string rule = arg_of(d, "rule");
  return rule.empty() ? std::string(catalog.rule(d.code)) : rule;
}

// A note for each argument the library cut (see Diagnostics::add), so that
// no one takes the cut value for the whole.
std::string shortened_notes(const Diagnostic& d, const MessageCatalog& catalog, Lang lang) {
  std::string out;
  for (const auto& arg : d.shortened) {
    out += "  " +
           catalog.text(lang, "ui.label.shortened", {{"length", std::to_string(arg.length)}}) +
           "\n";
  }
  return out;
}

}  // namespace

std::string format_diagnostic(const Diagnostic& diagnostic, const MessageCatalog& catalog,
                              Lang lang) {
  Diagnostic d = diagnostic;
  d.args = printable_args(diagnostic.args);
  std::string out = "procure: " + catalog.text(lang, severity_key(d.severity)) + ": ";
  if (d.where && !d.where->file.empty()) {
    out += visible_controls(d.where->file);
    if (d.where->line > 0)
      out += ":" + std::to_string(d.where->line) + ":" + std::to_string(d.where->column);
    out += ": ";
  }
  out += catalog.text(lang, d.code, d.args) + "\n";
  if (d.where && d.where->line > 0) {
    const std::string number = std::to_string(d.where->line);
    const std::string gutter(number.size(), ' ');
    const std::string line = printable(d.where->line_text);
    std::string quoted = "  " + number + " | " + line;
    while (quoted.back() == ' ')
      quoted.pop_back();
    out += quoted + "\n";
    // Measured as shown: a control character before or in the value takes
    // the columns of its escape; a long line's excerpt starts after its cut.
    const std::string_view raw = d.where->line_text;
    const std::string_view before = prefix_chars(raw, d.where->excerpt_column() - 1);
    const std::string_view marked = prefix_chars(raw.substr(before.size()), d.where->length);
    const auto indent = utf8::display_width(printable(before));
    const auto carets = std::max<std::size_t>(1, utf8::display_width(printable(marked)));
    out += "  " + gutter + " | " + std::string(indent, ' ') + std::string(carets, '^') + "\n";
  }
  out += shortened_notes(d, catalog, lang);
  if (const auto hint = catalog.hint(lang, d.code, d.args); !hint.empty()) {
    out += "  " + catalog.text(lang, "ui.label.hint") + ": " + hint + "\n";
  }
  if (const auto rule = rule_of(d, catalog); !rule.empty())
    out += "  " + catalog.text(lang, "ui.label.rule") + ": " + rule + "\n";
  if (const auto source = arg_of(d, "source"); !source.empty()) {
    out += "  " + catalog.text(lang, "ui.label.source") + ": " + source;
    if (arg_of(d, "unconfirmed") == "true")
      out += " (" + catalog.text(lang, "ui.label.unconfirmed") + ")";
    out += "\n";
  }
  return out;
}

nlohmann::json diagnostic_to_json(const Diagnostic& d, const MessageCatalog& catalog, Lang lang) {
  nlohmann::json j;
  j["severity"] = d.severity == Severity::error ? "error" : "warning";
  j["code"] = d.code;
  j["message"] = catalog.text(lang, d.code, d.args);
  if (const auto hint = catalog.hint(lang, d.code, d.args); !hint.empty())
    j["hint"] = hint;
  if (const auto rule = rule_of(d, catalog); !rule.empty())
    j["rule"] = rule;
  if (const auto source = arg_of(d, "source"); !source.empty()) {
    j["source"] = source;
    j["unconfirmed"] = arg_of(d, "unconfirmed") == "true";
  }
  if (d.where) {
    j["file"] = d.where->file;
    if (d.where->line > 0) {
      j["line"] = d.where->line;
      j["column"] = d.where->column;
    }
  }
  nlohmann::json args = nlohmann::json::object();
  for (const auto& [name, value] : d.args)
    args[name] = value;
  j["args"] = args;
  if (!d.shortened.empty()) {
    nlohmann::json lengths = nlohmann::json::object();
    for (const auto& arg : d.shortened)
      lengths[arg.name] = arg.length;
    j["shortened"] = lengths;
  }
  return j;
}

nlohmann::json diagnostics_to_json(const Diagnostics& diagnostics, const MessageCatalog& catalog,
                                   Lang lang) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& d : diagnostics.items())
    list.push_back(diagnostic_to_json(d, catalog, lang));
  return list;
}

}  // namespace procure::cli
