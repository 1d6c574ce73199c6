#include "completion_table.hpp"

#include <map>

#include <CLI/CLI.hpp>

#include "command_line.hpp"

namespace procure::manual {
namespace {

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& word : words)
    out += (out.empty() ? "" : " ") + word;
  return out;
}

// Names and values come from the tools' own definitions; quoting them keeps
// the file valid bash whatever they hold.
std::string bash_quoted(std::string_view text) {
  std::string out = "'";
  for (const char c : text) {
    if (c == '\'')
      out += "'\\''";
    else
      out += c;
  }
  return out + "'";
}

struct Table {
  std::map<std::string, std::string> commands, options, value_options, choices, arguments;

  // `key` is "tool" or "tool command"; `inherited` are the options of the
  // tool that a command accepts too (CLI11's fallthrough).
  void add(const std::string& key, const CLI::App& app,
           const std::vector<const CLI::Option*>& inherited) {
    std::vector<const CLI::Option*> named = named_options_of(app, true);
    named.insert(named.end(), inherited.begin(), inherited.end());
    std::vector<std::string> option_names, value_names;
    for (const CLI::Option* option : named) {
      for (const auto& name : names_of(option)) {
        option_names.push_back(name);
        if (takes_value(option)) {
          value_names.push_back(name);
          if (const auto values = choices_of(option); !values.empty())
            choices[key + " " + name] = joined(values);
        }
      }
    }
    options[key] = joined(option_names);
    value_options[key] = joined(value_names);
    std::vector<std::string> argument_names;
    for (const CLI::Option* option : positionals_of(app))
      argument_names.push_back(option->get_name() + (repeats(option) ? "..." : ""));
    arguments[key] = joined(argument_names);

    std::vector<std::string> command_names;
    for (const CLI::App* command : commands_of(app)) {
      command_names.push_back(command->get_name());
      add(key + " " + command->get_name(), *command,
          command->get_fallthrough() ? named_options_of(app, false)
                                     : std::vector<const CLI::Option*>{});
    }
    if (!command_names.empty())
      commands[key] = joined(command_names);
  }
};

void write_array(std::string& out, std::string_view name,
                 const std::map<std::string, std::string>& entries) {
  out += "declare -gA " + std::string(name) + "=(\n";
  for (const auto& [key, value] : entries)
    out += "  [" + bash_quoted(key) + "]=" + bash_quoted(value) + "\n";
  out += ")\n";
}

}  // namespace

std::string completion_table(
    const std::vector<std::pair<std::string_view, const CLI::App*>>& tools) {
  Table table;
  std::vector<std::string> tool_names;
  for (const auto& [name, app] : tools) {
    tool_names.emplace_back(name);
    table.add(std::string(name), *app, {});
  }
  std::string out = "_procure_tools=" + bash_quoted(joined(tool_names)) + "\n";
  write_array(out, "_procure_commands", table.commands);
  write_array(out, "_procure_options", table.options);
  write_array(out, "_procure_value_options", table.value_options);
  write_array(out, "_procure_choices", table.choices);
  write_array(out, "_procure_arguments", table.arguments);
  return out;
}

}  // namespace procure::manual
